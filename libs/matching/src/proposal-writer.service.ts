import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@carebridge/common';
import { MatchingRunStatus, Prisma, PrismaService } from '@carebridge/db';
import type { Assignment, MatchingResult, Unmatched } from '@carebridge/matching-engine';
import { JobName, OutboxService } from '@carebridge/queue';
import { toStoredComponents } from './score-explanation';

/** Rows per INSERT: each is one statement of a handful of array parameters, whatever its size. */
export const WRITE_CHUNK_SIZE = 5_000;

export interface RunOutcome {
  result: MatchingResult;
  agencyOf: ReadonlyMap<string, string>;
  expiresAt: Date;
  /** Milliseconds from the start of this attempt to the commit. */
  startedAtMs: number;
}

/**
 * Writes a run's outcome in ONE transaction: every proposal and unmatched row, the job that
 * announces them, and the run's DONE with its figures. A crash anywhere leaves nothing of it; a
 * second writer of the same run (a retry, a stalled job taken over) waits for the run's row lock
 * and then finds it no longer RUNNING, so nothing is written twice.
 */
@Injectable()
export class ProposalWriter {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Returns false when the run was no longer RUNNING (someone else finished it). */
  async write(runId: string, { result, agencyOf, expiresAt, startedAtMs }: RunOutcome): Promise<boolean> {
    return this.prisma.$transaction(
      async (tx) => {
        const [run] = await tx.$queryRaw<{ status: MatchingRunStatus }[]>`SELECT status FROM matching_runs WHERE id = ${runId}::uuid FOR UPDATE`;
        if (run?.status !== MatchingRunStatus.RUNNING) return false;
        for (let start = 0; start < result.assignments.length; start += WRITE_CHUNK_SIZE) {
          await this.insertProposals(tx, runId, result.assignments.slice(start, start + WRITE_CHUNK_SIZE), agencyOf, expiresAt);
        }
        for (let start = 0; start < result.unmatched.length; start += WRITE_CHUNK_SIZE) {
          await this.insertUnmatched(tx, runId, result.unmatched.slice(start, start + WRITE_CHUNK_SIZE));
        }
        if (result.assignments.length) await this.outbox.enqueue(tx, JobName.PUBLISH_PROPOSALS, { runId });
        await tx.matchingRun.update({
          where: { id: runId },
          data: {
            status: MatchingRunStatus.DONE,
            progress: 100,
            candidateCount: result.stats.candidates,
            slotCount: result.stats.slots,
            pairCount: result.stats.pairsGenerated,
            proposalCount: result.assignments.length,
            unmatchedCount: result.unmatched.length,
            totalScore: BigInt(result.totalScore),
            durationMs: Math.round(performance.now() - startedAtMs),
            error: null,
            finishedAt: this.clock.now(),
          },
        });
        return true;
      },
      { maxWait: 30_000, timeout: 10 * 60_000 },
    );
  }

  async insertProposals(tx: Prisma.TransactionClient, runId: string, assignments: Assignment[], agencyOf: ReadonlyMap<string, string>, expiresAt: Date): Promise<void> {
    const ids = assignments.map(() => randomUUID());
    const trainees = assignments.map((assignment) => assignment.candidateId);
    const demands = assignments.map((assignment) => assignment.demandId);
    const agencies = assignments.map((assignment) => agencyOf.get(assignment.demandId) as string);
    const scores = assignments.map((assignment) => assignment.score);
    const components = assignments.map((assignment) => JSON.stringify(toStoredComponents(assignment.components)));
    await tx.$executeRaw`
      INSERT INTO match_proposals (id, run_id, trainee_id, demand_id, agency_id, score, components, expires_at, created_at, updated_at)
      SELECT u.id, ${runId}::uuid, u.trainee_id, u.demand_id, u.agency_id, u.score, u.components::jsonb, ${expiresAt}::timestamptz, now(), now()
      FROM unnest(${ids}::uuid[], ${trainees}::uuid[], ${demands}::uuid[], ${agencies}::uuid[], ${scores}::int[], ${components}::text[])
        AS u(id, trainee_id, demand_id, agency_id, score, components)`;
  }

  async insertUnmatched(tx: Prisma.TransactionClient, runId: string, unmatched: Unmatched[]): Promise<void> {
    const trainees = unmatched.map((entry) => entry.candidateId);
    const reasons = unmatched.map((entry) => entry.reason);
    const details = unmatched.map((entry) => JSON.stringify(entry.detail));
    await tx.$executeRaw`
      INSERT INTO matching_unmatched (run_id, trainee_id, reason, detail)
      SELECT ${runId}::uuid, u.trainee_id, u.reason, u.detail
      FROM unnest(${trainees}::uuid[], ${reasons}::text[], ${details}::text[]) AS u(trainee_id, reason, detail)`;
  }
}
