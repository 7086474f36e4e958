import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@carebridge/common';
import { MatchingRun, MatchingRunStatus, PrismaService } from '@carebridge/db';
import { matchCandidates } from '@carebridge/matching-engine';
import { MatchingInputLoader, RunScope } from './matching-input.loader';
import { MatchingPolicyService } from './matching-policy.service';
import { ProposalWriter } from './proposal-writer.service';

const HOUR_MS = 3_600_000;
const UNFINISHED: MatchingRunStatus[] = [MatchingRunStatus.QUEUED, MatchingRunStatus.RUNNING];

/** Progress (0-100) at the end of each phase; loading candidates moves between the first two. */
const PROGRESS = { started: 5, candidatesLoaded: 50, demandsLoaded: 60, solved: 85 } as const;

export type RunResult = { ran: false; status: MatchingRunStatus | 'MISSING' } | { ran: true; written: boolean; proposals: number };

/**
 * One run of the matching: reads the run (a run already DONE or FAILED is left alone, so a
 * repeated job does nothing), loads candidates and slots, solves, and hands the outcome to the
 * writer, which commits it all at once or not at all.
 */
@Injectable()
export class MatchingRunner {
  private readonly logger = new Logger(MatchingRunner.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly policies: MatchingPolicyService,
    private readonly loader: MatchingInputLoader,
    private readonly writer: ProposalWriter,
  ) {}

  async run(runId: string): Promise<RunResult> {
    const startedAtMs = performance.now();
    const run = await this.prisma.matchingRun.findUnique({ where: { id: runId } });
    if (!run || !UNFINISHED.includes(run.status)) return { ran: false, status: run?.status ?? 'MISSING' };
    await this.prisma.matchingRun.updateMany({
      where: { id: runId, status: { in: UNFINISHED } },
      data: { status: MatchingRunStatus.RUNNING, startedAt: run.startedAt ?? this.clock.now(), progress: PROGRESS.started },
    });

    const { policy, proposalTtlHours } = await this.policies.enginePolicy();
    const today = this.clock.today();
    const scope: RunScope = { provinceCode: run.scopeProvinceCode, major: run.scopeMajor };
    const available = Math.max(await this.loader.availableCount(), 1);
    const loadingSpan = PROGRESS.candidatesLoaded - PROGRESS.started;
    const candidates = await this.loader.candidates(scope, today, (loaded) =>
      this.progress(run, PROGRESS.started + Math.min(loadingSpan, Math.floor((loadingSpan * loaded) / available))),
    );
    await this.progress(run, PROGRESS.candidatesLoaded);
    const candidatesLoadedAtMs = performance.now();
    const demands = await this.loader.demands(scope);
    const declined = await this.loader.declined();
    await this.progress(run, PROGRESS.demandsLoaded);
    const demandsLoadedAtMs = performance.now();

    const result = matchCandidates({ candidates, demands, declined, policy, today });
    await this.progress(run, PROGRESS.solved);
    const solvedAtMs = performance.now();

    const agencyOf = new Map(demands.map((demand) => [demand.id, demand.agencyId]));
    const expiresAt = new Date(this.clock.now().getTime() + proposalTtlHours * HOUR_MS);
    const written = await this.writer.write(runId, { result, agencyOf, expiresAt, startedAtMs });
    const ms = (from: number, to = performance.now()) => Math.round(to - from);
    const { timings } = result.stats;
    this.logger.log(
      `Run ${runId}: ${result.assignments.length} proposal(s) for ${candidates.length} candidate(s), ${demands.length} demand(s), ` +
        `${result.stats.pairsGenerated} pair(s) in ${ms(startedAtMs)} ms — candidates loaded ${ms(startedAtMs, candidatesLoadedAtMs)} ms, ` +
        `demands ${ms(candidatesLoadedAtMs, demandsLoadedAtMs)} ms, engine ${ms(demandsLoadedAtMs, solvedAtMs)} ms ` +
        `(pairs ${Math.round(timings.pairsMs)}, solve ${Math.round(timings.solveMs)}, explain ${Math.round(timings.explainMs)}), ` +
        `written ${ms(solvedAtMs)} ms${written ? '' : ' (already finished elsewhere: nothing written)'}`,
    );
    return { ran: true, written, proposals: result.assignments.length };
  }

  /** After the last attempt: FAILED with the reason, which frees the place of the one active run. */
  async fail(runId: string, error: unknown): Promise<void> {
    await this.prisma.matchingRun.updateMany({
      where: { id: runId, status: { in: UNFINISHED } },
      data: { status: MatchingRunStatus.FAILED, error: error instanceof Error ? error.message : String(error), finishedAt: this.clock.now() },
    });
  }

  private async progress(run: MatchingRun, progress: number): Promise<void> {
    await this.prisma.matchingRun.updateMany({ where: { id: run.id, status: MatchingRunStatus.RUNNING }, data: { progress } });
  }
}
