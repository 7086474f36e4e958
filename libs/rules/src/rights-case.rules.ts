/**
 * Rights cases (维权案件): how a case moves, its deadlines, the case a follow-up log opens, and
 * what an agency's cases and reports weigh against it.
 */
export type RightsCaseStatusValue = 'OPEN' | 'ACCEPTED' | 'INVESTIGATING' | 'MEDIATING' | 'RESOLVED' | 'REFERRED' | 'WITHDRAWN';
export type RightsCaseCategoryValue =
  | 'WAGE_ARREARS'
  | 'CONTRACT_DISPUTE'
  | 'INJURY'
  | 'ABUSE_HARASSMENT'
  | 'SOCIAL_INSURANCE'
  | 'ILLEGAL_DEDUCTION'
  | 'OTHER';

/**
 * The moves a case may make: along OPEN → ACCEPTED → INVESTIGATING → MEDIATING → RESOLVED; once
 * accepted it may be referred to labour arbitration instead; the caregiver may withdraw it until
 * it is closed. RESOLVED, REFERRED and WITHDRAWN close the case.
 */
const MOVES: Record<RightsCaseStatusValue, readonly RightsCaseStatusValue[]> = {
  OPEN: ['ACCEPTED', 'WITHDRAWN'],
  ACCEPTED: ['INVESTIGATING', 'REFERRED', 'WITHDRAWN'],
  INVESTIGATING: ['MEDIATING', 'REFERRED', 'WITHDRAWN'],
  MEDIATING: ['RESOLVED', 'REFERRED', 'WITHDRAWN'],
  RESOLVED: [],
  REFERRED: [],
  WITHDRAWN: [],
};

export function canMoveRightsCase(from: RightsCaseStatusValue, to: RightsCaseStatusValue): boolean {
  return MOVES[from].includes(to);
}

/** Where a case may go next (empty once closed). */
export function nextRightsCaseStatuses(from: RightsCaseStatusValue): readonly RightsCaseStatusValue[] {
  return MOVES[from];
}

export function isRightsCaseClosed(status: RightsCaseStatusValue): boolean {
  return MOVES[status].length === 0;
}

export const RIGHTS_CASE_STATUS_LABELS: Record<RightsCaseStatusValue, string> = {
  OPEN: '待受理',
  ACCEPTED: '已受理',
  INVESTIGATING: '调查中',
  MEDIATING: '调解中',
  RESOLVED: '已解决',
  REFERRED: '已转劳动仲裁',
  WITHDRAWN: '已撤回',
};

export const RIGHTS_CASE_CATEGORY_LABELS: Record<RightsCaseCategoryValue, string> = {
  WAGE_ARREARS: '拖欠工资',
  CONTRACT_DISPUTE: '合同纠纷',
  INJURY: '工伤/受伤',
  ABUSE_HARASSMENT: '虐待/骚扰',
  SOCIAL_INSURANCE: '社会保险',
  ILLEGAL_DEDUCTION: '违法克扣',
  OTHER: '其他',
};

/** Why a move is refused, in words for the person who tried it. */
export function rightsCaseMoveProblem(from: RightsCaseStatusValue, to: RightsCaseStatusValue): string | null {
  if (canMoveRightsCase(from, to)) return null;
  const label = (status: RightsCaseStatusValue) => `“${RIGHTS_CASE_STATUS_LABELS[status]}”`;
  if (isRightsCaseClosed(from)) return `案件状态为${label(from)}，已结案，不能再变更状态`;
  return `案件当前为${label(from)}，不能变更为${label(to)}；可以变更为${MOVES[from].map(label).join('、')}`;
}

// ───────────── deadlines ─────────────

export interface RightsCaseDeadlinePolicy {
  acceptWithinHours: number;
  resolveWithinDays: number;
}

export type RightsCaseDeadline = 'ACCEPT' | 'RESOLVE';

/** Accept within N hours of opening, resolve within N days (exact durations: China has no daylight saving). */
export function rightsCaseDeadlines(openedAt: Date, policy: RightsCaseDeadlinePolicy): { acceptDueAt: Date; resolveDueAt: Date } {
  return {
    acceptDueAt: new Date(openedAt.getTime() + policy.acceptWithinHours * 3_600_000),
    resolveDueAt: new Date(openedAt.getTime() + policy.resolveWithinDays * 86_400_000),
  };
}

/** What a deadline's escalation needs to know of the case. */
export interface RightsCaseDeadlineState {
  status: RightsCaseStatusValue;
  acceptDueAt: Date;
  resolveDueAt: Date;
  acceptEscalatedAt: Date | null;
  resolveEscalatedAt: Date | null;
}

/** Whether the deadline can still be missed: not yet escalated, and the case not yet accepted (closed). */
export function deadlinePending(deadline: RightsCaseDeadline, rightsCase: RightsCaseDeadlineState): boolean {
  if (deadline === 'ACCEPT') return rightsCase.status === 'OPEN' && rightsCase.acceptEscalatedAt === null;
  return !isRightsCaseClosed(rightsCase.status) && rightsCase.resolveEscalatedAt === null;
}

export function deadlineAt(deadline: RightsCaseDeadline, rightsCase: Pick<RightsCaseDeadlineState, 'acceptDueAt' | 'resolveDueAt'>): Date {
  return deadline === 'ACCEPT' ? rightsCase.acceptDueAt : rightsCase.resolveDueAt;
}

/** The deadlines still pending that fall at or before `until`, with their times. */
export function pendingDeadlines(rightsCase: RightsCaseDeadlineState, until: Date): Array<{ deadline: RightsCaseDeadline; at: Date }> {
  return (['ACCEPT', 'RESOLVE'] as const)
    .filter((deadline) => deadlinePending(deadline, rightsCase))
    .map((deadline) => ({ deadline, at: deadlineAt(deadline, rightsCase) }))
    .filter((job) => job.at.getTime() <= until.getTime());
}

// ───────────── cases opened by a follow-up log ─────────────

/** The parts of a follow-up log that report a violation of her rights. */
export interface VisitReport {
  wagePaidInFull?: boolean | null;
  wagePaidOnTime?: boolean | null;
  reportsAbuse?: boolean | null;
  reportsInjury?: boolean | null;
}

/**
 * The case a follow-up log opens, or null when it reports nothing to defend: one case per log,
 * filed under its gravest problem (abuse, then injury, then wages), the description naming them all.
 */
export function rightsCaseFromVisitReport(report: VisitReport): { category: RightsCaseCategoryValue; description: string } | null {
  const problems: Array<[RightsCaseCategoryValue, string]> = [];
  if (report.reportsAbuse) problems.push(['ABUSE_HARASSMENT', '护工反映遭受虐待或骚扰']);
  if (report.reportsInjury) problems.push(['INJURY', '护工反映在工作中受伤']);
  if (report.wagePaidInFull === false) problems.push(['WAGE_ARREARS', '工资未足额发放']);
  if (report.wagePaidOnTime === false) problems.push(['WAGE_ARREARS', '工资未按时发放']);
  if (!problems.length) return null;
  return { category: problems[0][0], description: `回访发现：${problems.map(([, text]) => text).join('；')}。` };
}

// ───────────── agency record ─────────────

/** An agency's record, as the matching score weighs it. */
export interface AgencyRecordFigures {
  /** Cases concerning the agency that are not closed. */
  openCases: number;
  /** Cases the agency lost: resolved with money recovered from it, or referred to arbitration. */
  lostCases: number;
  /** Logged follow-up visits of its placements, and those that reported wages unpaid or late. */
  loggedVisits: number;
  unpaidWageReports: number;
  /** Mean 1-5 satisfaction of its caregivers with their employer; null before any was logged. */
  meanEmployerSatisfaction: number | null;
}

/** A case counts as lost by the agency when money was recovered from it or it went to arbitration. */
export function isCaseLostByAgency(status: RightsCaseStatusValue, moneyRecovered: boolean): boolean {
  return status === 'REFERRED' || (status === 'RESOLVED' && moneyRecovered);
}

/**
 * The agency's penalty in [0, 1] (0: a clean record). Each open case weighs 0.1, each lost case
 * 0.2, the share of visits reporting unpaid wages up to 0.5, a mean satisfaction below 5 up to 0.3;
 * they combine like independent risks (1 − Π(1 − pᵢ)), so the penalty grows with each but never
 * exceeds 1.
 */
export function agencyPenalty(figures: AgencyRecordFigures): number {
  const parts = [
    Math.min(1, figures.openCases * 0.1),
    Math.min(1, figures.lostCases * 0.2),
    figures.loggedVisits > 0 ? 0.5 * Math.min(1, figures.unpaidWageReports / figures.loggedVisits) : 0,
    figures.meanEmployerSatisfaction === null ? 0 : 0.3 * ((5 - figures.meanEmployerSatisfaction) / 4),
  ];
  const clean = parts.reduce((product, part) => product * (1 - part), 1);
  return Math.round((1 - clean) * 1000) / 1000;
}
