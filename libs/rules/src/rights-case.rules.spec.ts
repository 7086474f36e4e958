import {
  agencyPenalty,
  canMoveRightsCase,
  isCaseLostByAgency,
  isRightsCaseClosed,
  pendingDeadlines,
  RIGHTS_CASE_CATEGORY_LABELS,
  RIGHTS_CASE_STATUS_LABELS,
  RightsCaseDeadlineState,
  rightsCaseDeadlines,
  rightsCaseFromVisitReport,
  rightsCaseMoveProblem,
  RightsCaseStatusValue,
} from './rights-case.rules';

const STATUSES = Object.keys(RIGHTS_CASE_STATUS_LABELS) as RightsCaseStatusValue[];

const ALLOWED: Array<[RightsCaseStatusValue, RightsCaseStatusValue]> = [
  ['OPEN', 'ACCEPTED'],
  ['OPEN', 'WITHDRAWN'],
  ['ACCEPTED', 'INVESTIGATING'],
  ['ACCEPTED', 'REFERRED'],
  ['ACCEPTED', 'WITHDRAWN'],
  ['INVESTIGATING', 'MEDIATING'],
  ['INVESTIGATING', 'REFERRED'],
  ['INVESTIGATING', 'WITHDRAWN'],
  ['MEDIATING', 'RESOLVED'],
  ['MEDIATING', 'REFERRED'],
  ['MEDIATING', 'WITHDRAWN'],
];

describe('rights case transitions', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(canMoveRightsCase(from, to)).toBe(true);
    expect(rightsCaseMoveProblem(from, to)).toBeNull();
  });

  const refused = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [RightsCaseStatusValue, RightsCaseStatusValue])).filter(
    ([from, to]) => !ALLOWED.some(([f, t]) => f === from && t === to),
  );
  it.each(refused)('refuses %s → %s with a reason', (from, to) => {
    expect(canMoveRightsCase(from, to)).toBe(false);
    expect(rightsCaseMoveProblem(from, to)).toMatch(/不能/);
  });

  it('explains where an open case may go instead', () => {
    expect(rightsCaseMoveProblem('OPEN', 'RESOLVED')).toBe('案件当前为“待受理”，不能变更为“已解决”；可以变更为“已受理”、“已撤回”');
    expect(rightsCaseMoveProblem('RESOLVED', 'OPEN')).toBe('案件状态为“已解决”，已结案，不能再变更状态');
  });

  it('closes a case at RESOLVED, REFERRED and WITHDRAWN only', () => {
    expect(STATUSES.filter(isRightsCaseClosed)).toEqual(['RESOLVED', 'REFERRED', 'WITHDRAWN']);
  });

  it('labels every status and category in Chinese', () => {
    for (const label of [...Object.values(RIGHTS_CASE_STATUS_LABELS), ...Object.values(RIGHTS_CASE_CATEGORY_LABELS)]) {
      expect(label).toMatch(/^[\p{Script=Han}/]+$/u);
    }
  });
});

describe('rights case deadlines', () => {
  const openedAt = new Date('2026-03-02T01:00:00Z');
  const deadlines = rightsCaseDeadlines(openedAt, { acceptWithinHours: 24, resolveWithinDays: 30 });
  const state: RightsCaseDeadlineState = { status: 'OPEN', ...deadlines, acceptEscalatedAt: null, resolveEscalatedAt: null };

  it('gives 24 hours to accept and 30 days to resolve', () => {
    expect(deadlines).toEqual({ acceptDueAt: new Date('2026-03-03T01:00:00Z'), resolveDueAt: new Date('2026-04-01T01:00:00Z') });
  });

  it('lists the deadlines pending by an instant', () => {
    expect(pendingDeadlines(state, new Date('2026-03-03T00:59:59Z'))).toEqual([]);
    expect(pendingDeadlines(state, new Date('2026-03-03T01:00:00Z'))).toEqual([{ deadline: 'ACCEPT', at: deadlines.acceptDueAt }]);
    expect(pendingDeadlines(state, new Date('2026-05-01T00:00:00Z')).map((d) => d.deadline)).toEqual(['ACCEPT', 'RESOLVE']);
  });

  it('drops the accept deadline once accepted and both once closed or escalated', () => {
    const later = new Date('2026-05-01T00:00:00Z');
    expect(pendingDeadlines({ ...state, status: 'INVESTIGATING' }, later).map((d) => d.deadline)).toEqual(['RESOLVE']);
    expect(pendingDeadlines({ ...state, status: 'RESOLVED' }, later)).toEqual([]);
    expect(pendingDeadlines({ ...state, status: 'WITHDRAWN' }, later)).toEqual([]);
    expect(pendingDeadlines({ ...state, acceptEscalatedAt: later, resolveEscalatedAt: later }, later)).toEqual([]);
  });
});

describe('rightsCaseFromVisitReport', () => {
  it('opens nothing when wages were paid in full and on time and nothing was reported', () => {
    expect(rightsCaseFromVisitReport({ wagePaidInFull: true, wagePaidOnTime: true, reportsAbuse: false, reportsInjury: false })).toBeNull();
    expect(rightsCaseFromVisitReport({})).toBeNull();
  });

  it('files unpaid or late wages as wage arrears', () => {
    expect(rightsCaseFromVisitReport({ wagePaidInFull: false, wagePaidOnTime: true })).toEqual({ category: 'WAGE_ARREARS', description: '回访发现：工资未足额发放。' });
    expect(rightsCaseFromVisitReport({ wagePaidInFull: true, wagePaidOnTime: false })?.category).toBe('WAGE_ARREARS');
  });

  it('files the gravest problem and names them all', () => {
    expect(rightsCaseFromVisitReport({ wagePaidInFull: false, reportsInjury: true })).toEqual({
      category: 'INJURY',
      description: '回访发现：护工反映在工作中受伤；工资未足额发放。',
    });
    expect(rightsCaseFromVisitReport({ reportsInjury: true, reportsAbuse: true })?.category).toBe('ABUSE_HARASSMENT');
  });
});

describe('agency record', () => {
  const clean = { openCases: 0, lostCases: 0, loggedVisits: 10, unpaidWageReports: 0, meanEmployerSatisfaction: 5 };

  it('counts referred cases and resolved cases with money recovered as lost', () => {
    expect(isCaseLostByAgency('REFERRED', false)).toBe(true);
    expect(isCaseLostByAgency('RESOLVED', true)).toBe(true);
    expect(isCaseLostByAgency('RESOLVED', false)).toBe(false);
    expect(isCaseLostByAgency('WITHDRAWN', true)).toBe(false);
    expect(isCaseLostByAgency('MEDIATING', true)).toBe(false);
  });

  it('gives a clean record, or no record at all, no penalty', () => {
    expect(agencyPenalty(clean)).toBe(0);
    expect(agencyPenalty({ openCases: 0, lostCases: 0, loggedVisits: 0, unpaidWageReports: 0, meanEmployerSatisfaction: null })).toBe(0);
  });

  it('weighs each part and combines them without exceeding 1', () => {
    expect(agencyPenalty({ ...clean, openCases: 1 })).toBe(0.1);
    expect(agencyPenalty({ ...clean, lostCases: 1 })).toBe(0.2);
    expect(agencyPenalty({ ...clean, unpaidWageReports: 5 })).toBe(0.25);
    expect(agencyPenalty({ ...clean, meanEmployerSatisfaction: 1 })).toBe(0.3);
    expect(agencyPenalty({ ...clean, openCases: 1, lostCases: 1 })).toBe(0.28);
    expect(agencyPenalty({ openCases: 50, lostCases: 50, loggedVisits: 1, unpaidWageReports: 1, meanEmployerSatisfaction: 1 })).toBe(1);
  });

  it('grows with every additional problem', () => {
    let previous = -1;
    for (let open = 0; open <= 12; open++) {
      const penalty = agencyPenalty({ ...clean, openCases: open, lostCases: 1 });
      expect(penalty).toBeGreaterThanOrEqual(previous);
      previous = penalty;
    }
  });
});
