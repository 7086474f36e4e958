import { JobsOptions } from 'bullmq';

/** Every queue of the platform. */
export const QueueName = {
  NOTIFICATIONS: 'notifications',
  DEMAND: 'demand',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Every job, by queue. Payloads carry ids only, never personal data. */
export const JobName = {
  CERTIFICATE_ISSUED: 'certificate-issued',
  /** Scheduled daily: OPEN demand past its start date plus the policy's grace period expires. */
  EXPIRE_DUE_DEMANDS: 'expire-due-demands',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.CERTIFICATE_ISSUED]: { certificateId: string };
  [JobName.EXPIRE_DUE_DEMANDS]: Record<string, never>;
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.CERTIFICATE_ISSUED]: QueueName.NOTIFICATIONS,
  [JobName.EXPIRE_DUE_DEMANDS]: QueueName.DEMAND,
};

/**
 * The BullMQ job id of an outbox row: relaying the row again adds nothing, because BullMQ ignores
 * an add under a job id it still holds.
 */
export function outboxJobId(outboxEventId: bigint | number): string {
  return `outbox-${outboxEventId}`;
}

/** All job-option rules in one place. */
export function defaultJobOptions(): JobsOptions {
  return {
    attempts: 5,
    backoff: { type: 'exponential', delay: 2_000 },
    // Completed jobs stay a week so a re-relayed outbox row finds its job id taken.
    removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}
