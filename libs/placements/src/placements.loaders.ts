import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, GraphQLContext, groupByKeys, loaderFor } from '@carebridge/common';
import { JobDemand, JobFair, Placement, PrismaService, Trainee, WageRecord } from '@carebridge/db';
import { JobFairsService } from '@carebridge/jobfairs';
import { PlacementsService } from './placements.service';
import { WagesService } from './wages.service';

/**
 * The per-request DataLoaders of placements: one query per relation per request, whatever the
 * rows. They load without scope checks: they resolve only under placements the caller may see.
 */
@Injectable()
export class PlacementsLoaders {
  constructor(
    private readonly prisma: PrismaService,
    private readonly placements: PlacementsService,
    private readonly wages: WagesService,
    private readonly jobFairs: JobFairsService,
  ) {}

  trainee(ctx: GraphQLContext): DataLoader<string, Trainee | null> {
    return loaderFor(ctx, 'placements.trainee', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.trainee.findMany({ where: { id: { in: [...ids] } } }), (trainee) => trainee.id),
    );
  }

  demand(ctx: GraphQLContext): DataLoader<string, JobDemand | null> {
    return loaderFor(ctx, 'placements.demand', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.jobDemand.findMany({ where: { id: { in: [...ids] } } }), (demand) => demand.id),
    );
  }

  jobFair(ctx: GraphQLContext): DataLoader<string, JobFair | null> {
    return loaderFor(ctx, 'placements.jobFair', async (ids: readonly string[]) => byKeys(ids, await this.jobFairs.findMany(ids), (fair) => fair.id));
  }

  wagesOf(ctx: GraphQLContext): DataLoader<string, WageRecord[]> {
    return loaderFor(ctx, 'placements.wagesOf', async (placementIds: readonly string[]) =>
      groupByKeys(placementIds, await this.wages.wagesOf(placementIds), (wage) => wage.placementId),
    );
  }

  placementsOfTrainee(ctx: GraphQLContext): DataLoader<string, Placement[]> {
    return loaderFor(ctx, 'placements.ofTrainee', async (traineeIds: readonly string[]) =>
      groupByKeys(traineeIds, await this.placements.placementsOfTrainees(traineeIds), (placement) => placement.traineeId),
    );
  }
}
