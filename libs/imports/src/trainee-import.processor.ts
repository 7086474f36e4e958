import { Job } from 'bullmq';
import { JobDispatcher, JobName, JobPayloads, JobProcessor, OnJob, QueueName } from '@carebridge/queue';
import { TraineeImportService } from './trainee-import.service';

/**
 * The `imports` queue. One import at a time per worker: a roster import is a long, write-heavy job,
 * and two of them at once would only compete for the same database.
 */
@JobProcessor(QueueName.IMPORTS, { concurrency: 1 })
export class TraineeImportProcessor extends JobDispatcher {
  constructor(private readonly imports: TraineeImportService) {
    super();
  }

  @OnJob(JobName.IMPORT_TRAINEES)
  async importTrainees({ importJobId }: JobPayloads[typeof JobName.IMPORT_TRAINEES], job: Job): Promise<void> {
    try {
      await this.imports.run(importJobId);
    } catch (error) {
      // Retried by BullMQ (the job restarts from the file; rows written already count as duplicates);
      // after the last attempt the job is marked failed so nobody waits for it forever.
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.imports.fail(importJobId, '导入过程中出现系统错误，请稍后重新上传');
      throw error;
    }
  }
}
