import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JobName, JobPayloads } from '@carebridge/queue';

/** A job that must run at `at` under a job id derived from its subject. */
export type TimedJob = { [N in JobName]: { name: N; jobId: string; data: JobPayloads[N]; at: Date } }[JobName];

export interface EnsureOutcome {
  /** Jobs that were missing (never added, or lost with Redis) and were added. */
  added: number;
  /** Jobs waiting in the delayed set past their time (the clock jumped) and moved to run now. */
  promoted: number;
  /** Jobs that had failed for good and were retried: the state still needs them. */
  retried: number;
}

/** Jobs per round trip: one command's arguments stay of a reasonable size. */
const ENSURE_BATCH = 5_000;

/** Whether each key exists, in one round trip and one command however many keys (EXISTS answers a count only). */
const EXISTS_EACH = `local found = {} for i, key in ipairs(KEYS) do found[i] = redis.call('EXISTS', key) end return found`;

/**
 * Makes sure each job exists in the queue and will run, in one round trip for the whole batch:
 * whether each job id exists and, for jobs already due, whether it waits in the delayed set (the
 * clock jumped) or failed for good. Missing jobs are added (due ones with no delay), due delayed
 * ones promoted, failed ones retried. Jobs that exist, whether waiting, running or done, are left
 * alone, so calling this again adds nothing. (On a Redis Cluster the queue prefix must be a hash
 * tag, as BullMQ requires anyway, so that a batch's keys share a slot.)
 */
export async function ensureTimedJobs(queue: Queue, jobs: readonly TimedJob[], now: Date): Promise<EnsureOutcome> {
  const outcome: EnsureOutcome = { added: 0, promoted: 0, retried: 0 };
  for (let start = 0; start < jobs.length; start += ENSURE_BATCH) addOutcome(outcome, await ensureBatch(queue, jobs.slice(start, start + ENSURE_BATCH), now));
  return outcome;
}

export function addOutcome(total: EnsureOutcome, part: EnsureOutcome): void {
  total.added += part.added;
  total.promoted += part.promoted;
  total.retried += part.retried;
}

async function ensureBatch(queue: Queue, jobs: readonly TimedJob[], now: Date): Promise<EnsureOutcome> {
  // BullMQ's client wraps ioredis and passes other commands through; its own type declares only those it uses.
  const client = (await queue.getBackend().client) as unknown as Redis;
  // A job not yet due cannot have failed or be late: its existence is all that matters.
  const due = jobs.filter((job) => job.at.getTime() <= now.getTime()).map((job) => job.jobId);
  const pipeline = client.pipeline().eval(EXISTS_EACH, jobs.length, ...jobs.map((job) => queue.toKey(job.jobId)));
  if (due.length) pipeline.zmscore(queue.keys.delayed, ...due).zmscore(queue.keys.failed, ...due);
  const replies = (await pipeline.exec()) ?? [];
  const failedReply = replies.find(([error]) => error);
  if (failedReply) throw failedReply[0];
  const [exists, delayedScores = [], failedScores = []] = replies.map(([, result]) => result) as [number[], Array<string | null>?, Array<string | null>?];
  const dueIndex = new Map(due.map((jobId, index) => [jobId, index]));
  const missing: TimedJob[] = [];
  const stuck: string[] = [];
  const failed: string[] = [];
  jobs.forEach((job, index) => {
    const dueAt = dueIndex.get(job.jobId) ?? -1;
    if (!exists[index]) missing.push(job);
    else if (failedScores[dueAt] != null) failed.push(job.jobId);
    else if (delayedScores[dueAt] != null) stuck.push(job.jobId);
  });
  if (missing.length) {
    await queue.addBulk(
      missing.map((job) => ({ name: job.name, data: job.data, opts: { jobId: job.jobId, delay: Math.max(0, job.at.getTime() - now.getTime()) } })),
    );
  }
  for (const jobId of stuck) await (await queue.getJob(jobId))?.promote().catch(ignoreMoved);
  for (const jobId of failed) await (await queue.getJob(jobId))?.retry('failed').catch(ignoreMoved);
  return { added: missing.length, promoted: stuck.length, retried: failed.length };
}

/** The job moved on between the read and the move (it started, or another pass moved it): nothing to do. */
function ignoreMoved(error: unknown): void {
  if (!/Missing key for job|is not in the \w+ state/.test(error instanceof Error ? error.message : '')) throw error;
}
