import { InjectQueue } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '@carebridge/common';
import { JobDispatcher, JobName, JobProcessor, OnJob, QueueName } from '@carebridge/queue';
import { SubsidyEligibilityService } from './subsidy-eligibility.service';

/** On the 1st of every month at 02:00 China Standard Time, when the month just ended is complete. */
export const SUBSIDY_ELIGIBILITY_SCHEDULE = { id: 'find-eligible-subsidies-monthly', pattern: '0 2 1 * *', tz: 'Asia/Shanghai' } as const;

/**
 * The `subsidies` queue. On start-up it registers the monthly eligibility run with BullMQ's job
 * scheduler (an upsert under a fixed id: restarts and several workers keep one schedule); admins
 * can also ask for a run at once (runSubsidyEligibility). Each run is idempotent.
 */
@JobProcessor(QueueName.SUBSIDIES)
export class SubsidyEligibilityProcessor extends JobDispatcher implements OnApplicationBootstrap {
  private readonly logger = new Logger(SubsidyEligibilityProcessor.name);

  constructor(
    private readonly eligibility: SubsidyEligibilityService,
    private readonly clock: Clock,
    @InjectQueue(QueueName.SUBSIDIES) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    const { id, pattern, tz } = SUBSIDY_ELIGIBILITY_SCHEDULE;
    await this.queue.upsertJobScheduler(id, { pattern, tz }, { name: JobName.FIND_ELIGIBLE_SUBSIDIES, data: {} });
  }

  @OnJob(JobName.FIND_ELIGIBLE_SUBSIDIES)
  async findEligible(): Promise<{ created: number }> {
    const today = this.clock.today();
    const created = await this.eligibility.createDueApplications(today);
    this.logger.log(`Created ${created} subsidy application(s) due by ${today}`);
    return { created };
  }
}
