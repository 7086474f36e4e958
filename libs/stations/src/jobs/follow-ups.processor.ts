import { InjectQueue } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Clock } from '@carebridge/common';
import { JobDispatcher, JobName, JobPayloads, JobProcessor, OnJob, QueueName } from '@carebridge/queue';
import { FollowUpReconciler, ReconcileOutcome } from './follow-up-reconciler.service';
import { EnsureOutcome } from './timed-jobs';
import { runWhenDue } from './run-when-due';
import { AlertOutcome, VisitAlerts } from './visit-alerts.service';

/** The reconciler's BullMQ job scheduler: every five minutes, under a fixed id (restarts and several workers keep one). */
export const RECONCILE_SCHEDULE = { id: 'reconcile-follow-ups', every: 5 * 60_000 } as const;
/** How often the worker checks that the schedule still exists (a wiped Redis loses it). */
const SCHEDULE_WATCH_MS = 60_000;

/**
 * The `follow-ups` queue: the reconciler (scheduled, and once at worker start), the scheduling of a
 * new plan's alert jobs, and the visits' reminders and escalations.
 */
@JobProcessor(QueueName.FOLLOW_UPS, { concurrency: 5 })
export class FollowUpsProcessor extends JobDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(FollowUpsProcessor.name);
  private watch?: NodeJS.Timeout;

  constructor(
    private readonly reconciler: FollowUpReconciler,
    private readonly visitAlerts: VisitAlerts,
    private readonly clock: Clock,
    @InjectQueue(QueueName.FOLLOW_UPS) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSchedule();
    // A run at start: whatever Redis lost while no worker ran is back within seconds, not minutes.
    await this.queue.add(JobName.RECONCILE_FOLLOW_UPS, {});
    this.watch = setInterval(() => {
      this.ensureSchedule().catch((error: unknown) => this.logger.error(`Could not restore the reconciler's schedule: ${String(error)}`));
    }, SCHEDULE_WATCH_MS);
  }

  onModuleDestroy(): void {
    clearInterval(this.watch);
  }

  /** Registers the reconciler's schedule unless Redis holds it (it is gone after a wipe). */
  async ensureSchedule(): Promise<boolean> {
    if (await this.queue.getJobScheduler(RECONCILE_SCHEDULE.id)) return false;
    await this.queue.upsertJobScheduler(RECONCILE_SCHEDULE.id, { every: RECONCILE_SCHEDULE.every }, { name: JobName.RECONCILE_FOLLOW_UPS, data: {} });
    return true;
  }

  @OnJob(JobName.RECONCILE_FOLLOW_UPS)
  reconcile(): Promise<ReconcileOutcome> {
    return this.reconciler.reconcile();
  }

  @OnJob(JobName.SCHEDULE_VISIT_ALERTS)
  scheduleVisitAlerts({ placementId }: JobPayloads[typeof JobName.SCHEDULE_VISIT_ALERTS]): Promise<EnsureOutcome> {
    return this.visitAlerts.scheduleForPlacement(placementId);
  }

  @OnJob(JobName.VISIT_REMINDER)
  async visitReminder({ visitId }: JobPayloads[typeof JobName.VISIT_REMINDER], job: Job): Promise<AlertOutcome> {
    return runWhenDue(job, await this.visitAlerts.remind(visitId), this.clock);
  }

  @OnJob(JobName.VISIT_ESCALATION)
  async visitEscalation({ visitId }: JobPayloads[typeof JobName.VISIT_ESCALATION], job: Job): Promise<AlertOutcome> {
    return runWhenDue(job, await this.visitAlerts.escalate(visitId), this.clock);
  }
}
