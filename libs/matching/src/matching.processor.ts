import { Logger } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { Clock } from '@carebridge/common';
import { PrismaService, ProposalStatus } from '@carebridge/db';
import { JobDispatcher, JobName, JobPayloads, JobProcessor, OnJob, QueueName } from '@carebridge/queue';
import { MatchingRunner, RunResult } from './matching-runner.service';
import { ProposalExpiry } from './proposal-expiry.service';
import { ProposalNotifier } from './proposal-notifier.service';
import { ProposalPublisher } from './proposal-publisher.service';

/**
 * The solve holds the event loop for its whole duration (seconds at national scale, more on a busy
 * machine), so the job's lock cannot be renewed meanwhile: it must outlast the solve, or BullMQ
 * would take the run for stalled and start it again (harmless — the writer writes a run once —
 * but wasted). A worker that really died releases its runs this much later.
 */
const RUN_LOCK_MS = 10 * 60_000;

/**
 * The `matching` queue: runs, then each proposal's announcement and expiry timer. Several jobs at
 * once, so announcements and expiries go on while a run loads; the one-run-at-a-time rule is the
 * database's (matching_runs_one_active).
 */
@JobProcessor(QueueName.MATCHING, { concurrency: 4, lockDuration: RUN_LOCK_MS })
export class MatchingProcessor extends JobDispatcher {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly runner: MatchingRunner,
    private readonly publisher: ProposalPublisher,
    private readonly notifier: ProposalNotifier,
    private readonly expiry: ProposalExpiry,
  ) {
    super();
  }

  /**
   * A failed attempt leaves nothing written and the run RUNNING (still the one active run), and
   * BullMQ retries it with backoff; the last failed attempt marks it FAILED with the reason. A
   * policy or data the engine refuses (RangeError) fails at once: no attempt would fix it.
   */
  @OnJob(JobName.RUN_MATCHING)
  async runMatching({ runId }: JobPayloads[typeof JobName.RUN_MATCHING], job: Job): Promise<RunResult> {
    try {
      return await this.runner.run(runId);
    } catch (error) {
      const refused = error instanceof RangeError;
      const lastAttempt = refused || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.error(`Run ${runId} attempt ${job.attemptsMade + 1} failed${lastAttempt ? ' (last)' : ''}: ${String(error)}`);
      if (lastAttempt) await this.runner.fail(runId, error);
      throw refused ? new UnrecoverableError(error.message) : error;
    }
  }

  @OnJob(JobName.PUBLISH_PROPOSALS)
  async publishProposals({ runId }: JobPayloads[typeof JobName.PUBLISH_PROPOSALS]): Promise<{ published: number }> {
    return { published: await this.publisher.publish(runId) };
  }

  @OnJob(JobName.NOTIFY_PROPOSAL)
  async notifyProposal({ proposalId, event }: JobPayloads[typeof JobName.NOTIFY_PROPOSAL]): Promise<{ delivered: number }> {
    return { delivered: await this.notifier.notify(proposalId, event) };
  }

  /**
   * Expires the proposal if it is still PENDING and its time has come. Run early (promoted by
   * hand, or clocks apart), it waits again for the rest of the period rather than end silently.
   */
  @OnJob(JobName.EXPIRE_PROPOSAL)
  async expireProposal({ proposalId }: JobPayloads[typeof JobName.EXPIRE_PROPOSAL], job: Job): Promise<{ expired: boolean }> {
    const proposal = await this.prisma.matchProposal.findUnique({ where: { id: proposalId }, select: { status: true, expiresAt: true } });
    if (proposal?.status !== ProposalStatus.PENDING) return { expired: false };
    const remainingMs = proposal.expiresAt.getTime() - this.clock.now().getTime();
    if (remainingMs > 0) {
      await job.moveToDelayed(Date.now() + remainingMs, job.token);
      throw new DelayedError();
    }
    return { expired: await this.expiry.expire(proposalId, { onlyIfDue: true }) };
  }
}
