import { Injectable } from '@nestjs/common';
import { Clock } from '@carebridge/common';
import { Prisma, RightsCase, RightsCaseCategory, RightsCaseLogEntry, RightsCaseStatus } from '@carebridge/db';
import { JobName, OutboxService } from '@carebridge/queue';
import { RIGHTS_CASE_CATEGORY_LABELS, rightsCaseDeadlines } from '@carebridge/rules';
import { FollowUpPoliciesService } from '../policies/policies.service';

/** What the case log records (RightsCaseLogEntry.action). */
export const CaseLogAction = { OPENED: 'OPENED', TRANSITION: 'TRANSITION', NOTE: 'NOTE', ESCALATED: 'ESCALATED' } as const;
export type CaseLogAction = (typeof CaseLogAction)[keyof typeof CaseLogAction];

export interface CaseLogDraft {
  actorUserId: string | null;
  action: CaseLogAction;
  fromStatus?: RightsCaseStatus;
  toStatus?: RightsCaseStatus;
  note?: string;
  isPrivate?: boolean;
}

export interface NewRightsCase {
  traineeId: string;
  placementId: string | null;
  agencyId: string | null;
  stationId: string;
  followUpVisitId?: string;
  category: RightsCaseCategory;
  description: string;
  amountClaimedFen: number | null;
}

/**
 * Writes cases and their append-only log, always inside the caller's transaction. Opening one
 * (a complaint, or a follow-up log that reports a problem) writes the case with its deadlines
 * from the policy, its first log entry, and the outbox row that has the worker add its deadline
 * jobs once it commits.
 */
@Injectable()
export class RightsCaseWriter {
  constructor(
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly policies: FollowUpPoliciesService,
  ) {}

  async open(tx: Prisma.TransactionClient, data: NewRightsCase, actorUserId: string): Promise<RightsCase> {
    const now = this.clock.now();
    const deadlines = rightsCaseDeadlines(now, await this.policies.rightsCase(tx));
    const rightsCase = await tx.rightsCase.create({ data: { ...data, ...deadlines, openedByUserId: actorUserId, createdAt: now } });
    // The description stays on the case: the log's entries are shown to the agency unless private.
    const note = `登记“${RIGHTS_CASE_CATEGORY_LABELS[data.category]}”案件`;
    await this.appendLog(tx, rightsCase.id, { actorUserId, action: CaseLogAction.OPENED, toStatus: RightsCaseStatus.OPEN, note });
    await this.outbox.enqueue(tx, JobName.SCHEDULE_RIGHTS_CASE_DEADLINES, { caseId: rightsCase.id });
    return rightsCase;
  }

  /**
   * Appends to a case's log. Entries are ordered by time, so each comes strictly after the one
   * before (a millisecond later when the clock has not moved); callers hold the case's row lock.
   */
  async appendLog(tx: Prisma.TransactionClient, caseId: string, entry: CaseLogDraft): Promise<RightsCaseLogEntry> {
    const last = await tx.rightsCaseLogEntry.findFirst({ where: { caseId }, orderBy: { at: 'desc' }, select: { at: true } });
    const now = this.clock.now();
    const at = last && last.at.getTime() >= now.getTime() ? new Date(last.at.getTime() + 1) : now;
    return tx.rightsCaseLogEntry.create({ data: { caseId, at, ...entry } });
  }
}
