import { InjectQueue } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '@carebridge/common';
import { JobDispatcher, JobName, JobProcessor, OnJob, QueueName } from '@carebridge/queue';
import { DemandExpiryService } from './demand-expiry.service';

/** Every day at 00:10 China Standard Time, just after the calendar day changes. */
export const DEMAND_EXPIRY_SCHEDULE = { id: 'expire-demands-daily', pattern: '10 0 * * *', tz: 'Asia/Shanghai' } as const;

/**
 * The `demand` queue. On start-up it registers the daily expiry run with BullMQ's job scheduler
 * (an upsert under a fixed id: restarts and several workers keep one schedule); each run expires
 * what is due on that day, so a missed or repeated run changes nothing beyond what is due.
 */
@JobProcessor(QueueName.DEMAND)
export class DemandExpiryProcessor extends JobDispatcher implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemandExpiryProcessor.name);

  constructor(
    private readonly expiry: DemandExpiryService,
    private readonly clock: Clock,
    @InjectQueue(QueueName.DEMAND) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    const { id, pattern, tz } = DEMAND_EXPIRY_SCHEDULE;
    await this.queue.upsertJobScheduler(id, { pattern, tz }, { name: JobName.EXPIRE_DUE_DEMANDS, data: {} });
  }

  @OnJob(JobName.EXPIRE_DUE_DEMANDS)
  async expireDueDemands(): Promise<{ expired: number }> {
    const today = this.clock.today();
    const expired = await this.expiry.expireDue(today);
    this.logger.log(`Expired ${expired} demand(s) due by ${today}`);
    return { expired };
  }
}
