import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, GraphQLContext, groupByKeys, loaderFor } from '@carebridge/common';
import { CertificateStatus, JobDemand, Placement, PrismaService } from '@carebridge/db';
import { CandidateFacts } from './candidate-profile.rules';

/**
 * The per-request DataLoaders of proposals: one query per relation per request, whatever the
 * rows. They load without scope checks: they resolve only under proposals the caller may see.
 */
@Injectable()
export class ProposalsLoaders {
  constructor(private readonly prisma: PrismaService) {}

  demand(ctx: GraphQLContext): DataLoader<string, JobDemand | null> {
    return loaderFor(ctx, 'matching.demand', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.jobDemand.findMany({ where: { id: { in: [...ids] } } }), (demand) => demand.id),
    );
  }

  placement(ctx: GraphQLContext): DataLoader<string, Placement | null> {
    return loaderFor(ctx, 'matching.placement', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.placement.findMany({ where: { id: { in: [...ids] } } }), (placement) => placement.id),
    );
  }

  /** What a candidate profile is made of, by trainee id: three queries for any number of trainees. */
  candidate(ctx: GraphQLContext): DataLoader<string, CandidateFacts | null> {
    return loaderFor(ctx, 'matching.candidate', async (ids: readonly string[]) => {
      const traineeIds = [...ids];
      const [trainees, certificates, placements] = await Promise.all([
        this.prisma.trainee.findMany({
          where: { id: { in: traineeIds } },
          select: { id: true, name: true, sex: true, birthDate: true, countyCode: true },
        }),
        this.prisma.certificate.findMany({
          where: { traineeId: { in: traineeIds }, status: CertificateStatus.VALID },
          select: { traineeId: true, major: true, level: true },
          orderBy: [{ issuedOn: 'asc' }, { id: 'asc' }],
        }),
        this.prisma.placement.groupBy({ by: ['traineeId'], where: { traineeId: { in: traineeIds } }, _count: { _all: true } }),
      ]);
      const grouped = groupByKeys(traineeIds, certificates, (certificate) => certificate.traineeId);
      const certificatesOf = new Map(traineeIds.map((id, index) => [id, grouped[index]]));
      const placementCount = new Map(placements.map((row) => [row.traineeId, row._count._all]));
      const facts = trainees.map(({ id, ...trainee }) => ({
        traineeId: id,
        ...trainee,
        certificates: (certificatesOf.get(id) ?? []).map(({ major, level }) => ({ major, level })),
        pastPlacements: placementCount.get(id) ?? 0,
      }));
      return byKeys(ids, facts, (fact) => fact.traineeId);
    });
  }
}
