import { DelayedError, Job } from 'bullmq';
import { Clock } from '@carebridge/common';
import { AlertOutcome } from './visit-alerts.service';

/**
 * A job that ran before its time (clocks of two hosts disagree, or one was promoted early) goes
 * back to the delayed set until then, instead of completing: a completed job would keep its id
 * and stop the reconciler from adding it again.
 */
export async function runWhenDue(job: Job, outcome: AlertOutcome, clock: Clock): Promise<AlertOutcome> {
  if (!('notBefore' in outcome)) return outcome;
  await job.moveToDelayed(Date.now() + (outcome.notBefore.getTime() - clock.now().getTime()), job.token);
  throw new DelayedError();
}
