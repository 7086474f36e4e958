import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, GraphQLContext, groupByKeys, loaderFor } from '@carebridge/common';
import { Placement, PrismaService, RightsCase, RightsCaseLogEntry, ServiceStation, Trainee } from '@carebridge/db';

/**
 * The per-request DataLoaders of stations, visits and cases: one query per relation per request.
 * They load by id without scope checks: they resolve only under rows the caller may already see.
 */
@Injectable()
export class StationsLoaders {
  constructor(private readonly prisma: PrismaService) {}

  placement(ctx: GraphQLContext): DataLoader<string, Placement | null> {
    return loaderFor(ctx, 'stations.placement', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.placement.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    );
  }

  trainee(ctx: GraphQLContext): DataLoader<string, Trainee | null> {
    return loaderFor(ctx, 'stations.trainee', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.trainee.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    );
  }

  station(ctx: GraphQLContext): DataLoader<string, ServiceStation | null> {
    return loaderFor(ctx, 'stations.station', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.serviceStation.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    );
  }

  /** By follow-up visit id: the case its log opened, or null. */
  caseOfVisit(ctx: GraphQLContext): DataLoader<string, RightsCase | null> {
    return loaderFor(ctx, 'stations.caseOfVisit', async (visitIds: readonly string[]) =>
      byKeys(
        visitIds,
        await this.prisma.rightsCase.findMany({ where: { followUpVisitId: { in: [...visitIds] } } }),
        (row) => row.followUpVisitId as string,
      ),
    );
  }

  /** By case id: its log, oldest first. */
  caseLog(ctx: GraphQLContext): DataLoader<string, RightsCaseLogEntry[]> {
    return loaderFor(ctx, 'stations.caseLog', async (caseIds: readonly string[]) =>
      groupByKeys(
        caseIds,
        await this.prisma.rightsCaseLogEntry.findMany({ where: { caseId: { in: [...caseIds] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
        (row) => row.caseId,
      ),
    );
  }
}
