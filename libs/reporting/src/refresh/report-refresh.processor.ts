import { InjectQueue } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobDispatcher, JobName, JobProcessor, OnJob, QueueName } from '@carebridge/queue';
import { ReportRefreshService } from './report-refresh.service';

/**
 * Every 10 minutes: the report summaries are at most this (plus one rebuild) behind the
 * operational tables. Bulk writers (roster imports, the monthly subsidy run) enqueue
 * REFRESH_REPORTS through the outbox so their figures show without waiting for the schedule.
 */
export const REPORT_REFRESH_SCHEDULE = { id: 'refresh-reports-every-10-minutes', pattern: '*/10 * * * *', tz: 'Asia/Shanghai' } as const;

/**
 * The `reports` queue. On start-up it registers the refresh with BullMQ's job scheduler (an
 * upsert under a fixed id: restarts and several workers keep one schedule). A refresh rebuilds
 * everything, so a repeated or missed run leaves nothing wrong behind.
 */
@JobProcessor(QueueName.REPORTS)
export class ReportRefreshProcessor extends JobDispatcher implements OnApplicationBootstrap {
  constructor(
    private readonly refresh: ReportRefreshService,
    @InjectQueue(QueueName.REPORTS) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    const { id, pattern, tz } = REPORT_REFRESH_SCHEDULE;
    await this.queue.upsertJobScheduler(id, { pattern, tz }, { name: JobName.REFRESH_REPORTS, data: {} });
  }

  @OnJob(JobName.REFRESH_REPORTS)
  async refreshReports(): Promise<{ asOf: string; durationMs: number }> {
    const { asOf, durationMs } = await this.refresh.refresh();
    return { asOf, durationMs };
  }
}
