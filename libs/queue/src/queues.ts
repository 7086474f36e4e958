import { JobsOptions } from 'bullmq';

/** Every queue of the platform. */
export const QueueName = {
  NOTIFICATIONS: 'notifications',
  DEMAND: 'demand',
  FOLLOW_UPS: 'follow-ups',
  RIGHTS_CASES: 'rights-cases',
  SUBSIDIES: 'subsidies',
  IMPORTS: 'imports',
  REPORTS: 'reports',
  MATCHING: 'matching',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Every job, by queue. Payloads carry ids only, never personal data. */
export const JobName = {
  CERTIFICATE_ISSUED: 'certificate-issued',
  /** Scheduled daily: OPEN demand past its start date plus the policy's grace period expires. */
  EXPIRE_DUE_DEMANDS: 'expire-due-demands',
  /** Every few minutes and at worker start: re-creates missing visit and case jobs from PostgreSQL, extends plans. */
  RECONCILE_FOLLOW_UPS: 'reconcile-follow-ups',
  /** After a plan is written or changed: adds its visits' reminder and escalation jobs. */
  SCHEDULE_VISIT_ALERTS: 'schedule-visit-alerts',
  /** The day before a visit is due: reminds the station (job id derived from the visit). */
  VISIT_REMINDER: 'visit-reminder',
  /** Days after a visit was due and not logged: OVERDUE, station staff and admins told (job id derived from the visit). */
  VISIT_ESCALATION: 'visit-escalation',
  /** After a rights case opens: adds its deadline jobs. */
  SCHEDULE_RIGHTS_CASE_DEADLINES: 'schedule-rights-case-deadlines',
  /** A case's accept or resolve deadline: escalates it when missed (job id derived from the case). */
  RIGHTS_CASE_DEADLINE: 'rights-case-deadline',
  /** Monthly (and on an admin's request): creates the subsidy applications newly earned under each active policy. */
  FIND_ELIGIBLE_SUBSIDIES: 'find-eligible-subsidies',
  /** After a roster upload: validates its rows and registers the valid ones. */
  IMPORT_TRAINEES: 'import-trainees',
  /** Every 10 minutes, and after bulk changes (enqueue it): rebuilds the report summaries. */
  REFRESH_REPORTS: 'refresh-reports',
  /** runMatching: loads, solves and writes one matching run (a run already DONE or FAILED is left alone). */
  RUN_MATCHING: 'run-matching',
  /** After a run commits: adds each proposal's announcement and expiry timer (job ids derived from the proposal). */
  PUBLISH_PROPOSALS: 'publish-proposals',
  /** Tells the trainee and the agency what happened to a proposal. */
  NOTIFY_PROPOSAL: 'notify-proposal',
  /** When a proposal's answer period ends: EXPIRED if still PENDING (job id derived from the proposal). */
  EXPIRE_PROPOSAL: 'expire-proposal',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.CERTIFICATE_ISSUED]: { certificateId: string };
  [JobName.EXPIRE_DUE_DEMANDS]: Record<string, never>;
  [JobName.RECONCILE_FOLLOW_UPS]: Record<string, never>;
  [JobName.SCHEDULE_VISIT_ALERTS]: { placementId: string };
  [JobName.VISIT_REMINDER]: { visitId: string };
  [JobName.VISIT_ESCALATION]: { visitId: string };
  [JobName.SCHEDULE_RIGHTS_CASE_DEADLINES]: { caseId: string };
  [JobName.RIGHTS_CASE_DEADLINE]: { caseId: string; deadline: 'ACCEPT' | 'RESOLVE' };
  [JobName.FIND_ELIGIBLE_SUBSIDIES]: Record<string, never>;
  [JobName.IMPORT_TRAINEES]: { importJobId: string };
  [JobName.REFRESH_REPORTS]: Record<string, never>;
  [JobName.RUN_MATCHING]: { runId: string };
  [JobName.PUBLISH_PROPOSALS]: { runId: string };
  [JobName.NOTIFY_PROPOSAL]: { proposalId: string; event: 'CREATED' | 'DECLINED' | 'EXPIRED' | 'PLACED' };
  [JobName.EXPIRE_PROPOSAL]: { proposalId: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.CERTIFICATE_ISSUED]: QueueName.NOTIFICATIONS,
  [JobName.EXPIRE_DUE_DEMANDS]: QueueName.DEMAND,
  [JobName.RECONCILE_FOLLOW_UPS]: QueueName.FOLLOW_UPS,
  [JobName.SCHEDULE_VISIT_ALERTS]: QueueName.FOLLOW_UPS,
  [JobName.VISIT_REMINDER]: QueueName.FOLLOW_UPS,
  [JobName.VISIT_ESCALATION]: QueueName.FOLLOW_UPS,
  [JobName.SCHEDULE_RIGHTS_CASE_DEADLINES]: QueueName.RIGHTS_CASES,
  [JobName.RIGHTS_CASE_DEADLINE]: QueueName.RIGHTS_CASES,
  [JobName.FIND_ELIGIBLE_SUBSIDIES]: QueueName.SUBSIDIES,
  [JobName.IMPORT_TRAINEES]: QueueName.IMPORTS,
  [JobName.REFRESH_REPORTS]: QueueName.REPORTS,
  [JobName.RUN_MATCHING]: QueueName.MATCHING,
  [JobName.PUBLISH_PROPOSALS]: QueueName.MATCHING,
  [JobName.NOTIFY_PROPOSAL]: QueueName.MATCHING,
  [JobName.EXPIRE_PROPOSAL]: QueueName.MATCHING,
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
