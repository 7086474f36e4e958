import { Injectable } from '@nestjs/common';
import { AuthUser } from '@carebridge/auth';
import { Connection, decodeCursor, DEFAULT_PAGE_SIZE, isUniqueViolation, PageArgs, toConnection } from '@carebridge/common';
import { MatchingRun, MatchingRunStatus, PrismaService } from '@carebridge/db';
import { PlacesService } from '@carebridge/places';
import { JobName, OutboxService } from '@carebridge/queue';
import { MatchingScopeInput } from './dto/matching-run.input';
import { MATCHING_RUN_NOT_FOUND } from './matching.errors';
import { MatchingUnmatchedModel } from './models/matching-run.model';

const ACTIVE = [MatchingRunStatus.QUEUED, MatchingRunStatus.RUNNING];

/** Asking for runs and reading them; the worker's MatchingRunner does the running. */
@Injectable()
export class MatchingRunsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxService,
    private readonly places: PlacesService,
  ) {}

  /**
   * Queues a run over the scope, or returns the run already queued or running (whatever its
   * scope): one run at a time. Two requests at once both try to insert; the partial unique index
   * `matching_runs_one_active` lets one through and the other returns that one.
   */
  async request(scope: MatchingScopeInput | null | undefined, caller: AuthUser): Promise<MatchingRun> {
    if (scope?.provinceCode) await this.places.cities(scope.provinceCode);
    // A run can finish between a refused insert and the read: then the next insert goes through.
    for (let attempt = 0; ; attempt++) {
      const active = await this.active();
      if (active) return active;
      try {
        return await this.prisma.$transaction(async (tx) => {
          const run = await tx.matchingRun.create({
            data: { scopeProvinceCode: scope?.provinceCode ?? null, scopeMajor: scope?.major ?? null, requestedByUserId: caller.id },
          });
          await this.outbox.enqueue(tx, JobName.RUN_MATCHING, { runId: run.id });
          return run;
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 2) throw error;
      }
    }
  }

  async get(id: string): Promise<MatchingRun> {
    const run = await this.prisma.matchingRun.findUnique({ where: { id } });
    if (!run) throw MATCHING_RUN_NOT_FOUND();
    return run;
  }

  /** Newest first. */
  async list({ first, after }: PageArgs): Promise<Connection<MatchingRun>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const cursor = after ? { id: decodeCursor(after) } : undefined;
    const [rows, totalCount] = await Promise.all([
      this.prisma.matchingRun.findMany({ orderBy: [{ queuedAt: 'desc' }, { id: 'desc' }], cursor, skip: cursor ? 1 : 0, take: pageSize + 1 }),
      this.prisma.matchingRun.count(),
    ]);
    return toConnection(rows, pageSize, totalCount);
  }

  /** The trainees of a run who got no proposal, by trainee id. */
  async unmatched(runId: string, { first, after }: PageArgs): Promise<Connection<MatchingUnmatchedModel>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const where = { runId, ...(after ? { traineeId: { gt: decodeCursor(after) } } : {}) };
    const [rows, totalCount] = await Promise.all([
      this.prisma.matchingUnmatched.findMany({ where, orderBy: { traineeId: 'asc' }, take: pageSize + 1 }),
      this.prisma.matchingUnmatched.count({ where: { runId } }),
    ]);
    return toConnection(
      rows.map((row) => ({ id: row.traineeId, reason: row.reason, detail: row.detail })),
      pageSize,
      totalCount,
    );
  }

  private active(): Promise<MatchingRun | null> {
    return this.prisma.matchingRun.findFirst({ where: { status: { in: ACTIVE } } });
  }
}
