import { Job } from 'bullmq';
import { Clock } from '@carebridge/common';
import { JobDispatcher, JobName, JobPayloads, JobProcessor, OnJob, QueueName } from '@carebridge/queue';
import { CaseDeadlines } from './case-deadlines.service';
import { runWhenDue } from './run-when-due';
import { EnsureOutcome } from './timed-jobs';
import { AlertOutcome } from './visit-alerts.service';

/** The `rights-cases` queue: a new case's deadline jobs, and the escalation of missed deadlines. */
@JobProcessor(QueueName.RIGHTS_CASES, { concurrency: 5 })
export class RightsCasesProcessor extends JobDispatcher {
  constructor(
    private readonly deadlines: CaseDeadlines,
    private readonly clock: Clock,
  ) {
    super();
  }

  @OnJob(JobName.SCHEDULE_RIGHTS_CASE_DEADLINES)
  scheduleDeadlines({ caseId }: JobPayloads[typeof JobName.SCHEDULE_RIGHTS_CASE_DEADLINES]): Promise<EnsureOutcome> {
    return this.deadlines.scheduleForCase(caseId);
  }

  @OnJob(JobName.RIGHTS_CASE_DEADLINE)
  async deadline({ caseId, deadline }: JobPayloads[typeof JobName.RIGHTS_CASE_DEADLINE], job: Job): Promise<AlertOutcome> {
    return runWhenDue(job, await this.deadlines.escalate(caseId, deadline), this.clock);
  }
}
