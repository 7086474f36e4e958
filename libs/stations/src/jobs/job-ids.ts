import { RightsCaseDeadline } from '@carebridge/rules';

/**
 * Job ids derived from what the job is about, so each alert exists at most once in its queue
 * however often it is scheduled. (BullMQ refuses a custom id with a single ':', hence '-'.)
 */
export const visitReminderJobId = (visitId: string): string => `visit-reminder-${visitId}`;
export const visitEscalationJobId = (visitId: string): string => `visit-escalation-${visitId}`;
export const caseDeadlineJobId = (caseId: string, deadline: RightsCaseDeadline): string => `rights-case-${deadline.toLowerCase()}-${caseId}`;
