import {
  addMonthsClamped,
  dueBucket,
  initialPlan,
  lastDueDateWithJobsBy,
  localHourInstant,
  notReachedStreak,
  pendingVisitJobs,
  planExtension,
  planVisits,
  ruleChannelOn,
  VisitAlertState,
  visitJobAt,
  visitJobPending,
  visitJobTimes,
  VisitPlanPolicy,
} from './follow-up-plan';

const POLICY: VisitPlanPolicy = {
  firstVisitDay: 7,
  firstVisitChannel: 'PHONE',
  secondVisitDay: 30,
  secondVisitChannel: 'IN_PERSON',
  monthlyUntilMonth: 6,
  laterEveryMonths: 3,
  horizonMonths: 24,
};
const TIMING = { reminderDaysBefore: 1, escalateDaysAfterDue: 3 };
const STATION = { startDate: '2026-03-02', endDate: null, inPersonAvailable: true };

describe('addMonthsClamped', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2099-12-01', 1, '2100-01-01'],
    ['2100-01-29', 1, '2100-02-28'],
    ['2000-01-29', 1, '2000-02-29'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });
});

describe('planVisits (default policy)', () => {
  it('plans day 7 by phone, day 30 in person, monthly until month 6, then quarterly up to the horizon', () => {
    expect(planVisits(POLICY, STATION, '2028-03-02')).toEqual([
      { sequence: 1, dueDate: '2026-03-09', channel: 'PHONE' },
      { sequence: 2, dueDate: '2026-04-01', channel: 'IN_PERSON' },
      { sequence: 3, dueDate: '2026-05-02', channel: 'PHONE' },
      { sequence: 4, dueDate: '2026-06-02', channel: 'PHONE' },
      { sequence: 5, dueDate: '2026-07-02', channel: 'PHONE' },
      { sequence: 6, dueDate: '2026-08-02', channel: 'PHONE' },
      { sequence: 7, dueDate: '2026-09-02', channel: 'PHONE' },
      { sequence: 8, dueDate: '2026-12-02', channel: 'PHONE' },
      { sequence: 9, dueDate: '2027-03-02', channel: 'PHONE' },
      { sequence: 10, dueDate: '2027-06-02', channel: 'PHONE' },
      { sequence: 11, dueDate: '2027-09-02', channel: 'PHONE' },
      { sequence: 12, dueDate: '2027-12-02', channel: 'PHONE' },
      { sequence: 13, dueDate: '2028-03-02', channel: 'PHONE' },
    ]);
  });

  it('clamps month ends without drifting: a start on 31 January visits on the last day of short months', () => {
    const dates = planVisits(POLICY, { ...STATION, startDate: '2026-01-31' }, '2027-01-31').map((visit) => visit.dueDate);
    expect(dates).toEqual([
      '2026-02-07',
      '2026-03-02',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-10-31',
      '2027-01-31',
    ]);
  });

  it('counts a leap day: a start on 30 November 2027 has its month-3 visit on 29 February 2028', () => {
    const dates = planVisits(POLICY, { ...STATION, startDate: '2027-11-30' }, '2028-06-30').map((visit) => visit.dueDate);
    expect(dates).toContain('2028-02-29');
    expect(dates).toContain('2028-01-30');
  });

  it('turns the in-person visit into a phone call at the home centre', () => {
    const plan = planVisits(POLICY, { ...STATION, inPersonAvailable: false }, '2027-03-02');
    expect(plan.every((visit) => visit.channel === 'PHONE')).toBe(true);
  });

  it('keeps a video rule as it is, also at the home centre', () => {
    const plan = planVisits({ ...POLICY, secondVisitChannel: 'VIDEO' }, { ...STATION, inPersonAvailable: false }, '2026-06-30');
    expect(plan[1]).toEqual({ sequence: 2, dueDate: '2026-04-01', channel: 'VIDEO' });
  });

  it('plans nothing after the end date (inclusive)', () => {
    const plan = planVisits(POLICY, { ...STATION, endDate: '2026-05-02' }, '2028-03-02');
    expect(plan.map((visit) => visit.dueDate)).toEqual(['2026-03-09', '2026-04-01', '2026-05-02']);
  });

  it('follows an edited policy: day 60, monthly until month 4, every 6 months', () => {
    const policy = { ...POLICY, secondVisitDay: 60, monthlyUntilMonth: 4, laterEveryMonths: 6 };
    expect(planVisits(policy, STATION, '2027-04-02').map((visit) => visit.dueDate)).toEqual([
      '2026-03-09',
      '2026-05-01',
      '2026-06-02',
      '2026-07-02',
      '2027-01-02',
    ]);
  });
});

describe('initialPlan', () => {
  it('plans from the start for a placement registered before it starts', () => {
    const plan = initialPlan(POLICY, { ...STATION, startDate: '2026-03-10' }, '2026-03-02');
    expect(plan[0]).toEqual({ sequence: 1, dueDate: '2026-03-17', channel: 'PHONE' });
    expect(plan.at(-1)?.dueDate).toBe('2028-03-10');
    expect(plan).toHaveLength(13);
  });

  it('replaces the visits already past of a late registration by one phone call today', () => {
    const plan = initialPlan(POLICY, { ...STATION, startDate: '2026-01-05' }, '2026-03-02');
    expect(plan.slice(0, 3)).toEqual([
      { sequence: 1, dueDate: '2026-03-02', channel: 'PHONE' },
      { sequence: 2, dueDate: '2026-03-05', channel: 'PHONE' },
      { sequence: 3, dueDate: '2026-04-05', channel: 'PHONE' },
    ]);
    // Planned two years ahead of today, not of the (earlier) start.
    expect(plan.at(-1)?.dueDate).toBe('2028-01-05');
  });

  it('adds no catch-up call when a planned visit falls today', () => {
    const plan = initialPlan(POLICY, { ...STATION, startDate: '2026-01-31' }, '2026-03-02');
    expect(plan[0]).toEqual({ sequence: 1, dueDate: '2026-03-02', channel: 'IN_PERSON' });
  });

  it('plans nothing for a placement that ended before today', () => {
    expect(initialPlan(POLICY, { ...STATION, startDate: '2025-01-05', endDate: '2025-06-01' }, '2026-03-02')).toEqual([]);
  });
});

describe('planExtension', () => {
  it('appends the visits after the last one up to the new horizon, numbering on', () => {
    const first = planVisits(POLICY, STATION, '2028-03-02');
    const extension = planExtension(POLICY, STATION, first[first.length - 1], '2028-09-02');
    expect(extension).toEqual([
      { sequence: 14, dueDate: '2028-06-02', channel: 'PHONE' },
      { sequence: 15, dueDate: '2028-09-02', channel: 'PHONE' },
    ]);
  });

  it('appends nothing while the plan already reaches the horizon', () => {
    const first = planVisits(POLICY, STATION, '2028-03-02');
    expect(planExtension(POLICY, STATION, first[first.length - 1], '2028-05-31')).toEqual([]);
  });
});

describe('ruleChannelOn', () => {
  it('gives the day-7 and day-30 visits their rules’ channels at the station, any other a phone call', () => {
    expect(ruleChannelOn(POLICY, '2026-03-02', '2026-03-09', true)).toBe('PHONE');
    expect(ruleChannelOn(POLICY, '2026-03-02', '2026-04-01', true)).toBe('IN_PERSON');
    expect(ruleChannelOn(POLICY, '2026-03-02', '2026-04-01', false)).toBe('PHONE');
    expect(ruleChannelOn(POLICY, '2026-03-02', '2026-05-02', true)).toBe('PHONE');
  });
});

describe('reminders and escalations', () => {
  const planned: VisitAlertState = { status: 'PLANNED', dueDate: '2026-03-09', reminded: false, escalated: false };

  it('reminds at 09:00 Beijing time the day before and escalates at 09:00 three days after', () => {
    expect(visitJobAt('REMINDER', '2026-03-09', TIMING).toISOString()).toBe('2026-03-08T01:00:00.000Z');
    expect(visitJobAt('ESCALATION', '2026-03-09', TIMING).toISOString()).toBe('2026-03-12T01:00:00.000Z');
    expect(localHourInstant('2026-03-01', 0).toISOString()).toBe('2026-02-28T16:00:00.000Z');
  });

  it('lists the jobs whose time has come, and no others', () => {
    const times = visitJobTimes(planned.dueDate, TIMING);
    expect(times).toEqual({ REMINDER: new Date('2026-03-08T01:00:00Z'), ESCALATION: new Date('2026-03-12T01:00:00Z') });
    expect(pendingVisitJobs(planned, times, new Date('2026-03-08T00:59:59.999Z'))).toEqual([]);
    expect(pendingVisitJobs(planned, times, new Date('2026-03-08T01:00:00Z'))).toEqual([{ kind: 'REMINDER', at: new Date('2026-03-08T01:00:00Z') }]);
    expect(pendingVisitJobs(planned, times, new Date('2026-03-12T01:00:00Z')).map((job) => job.kind)).toEqual(['REMINDER', 'ESCALATION']);
  });

  it('needs no job once the side effect happened or the visit left PLANNED', () => {
    const late = new Date('2026-04-01T00:00:00Z');
    const times = visitJobTimes(planned.dueDate, TIMING);
    expect(pendingVisitJobs({ ...planned, reminded: true }, times, late).map((job) => job.kind)).toEqual(['ESCALATION']);
    expect(pendingVisitJobs({ ...planned, reminded: true, escalated: true }, times, late)).toEqual([]);
    for (const status of ['DONE', 'NOT_REACHED', 'OVERDUE', 'CANCELLED'] as const) {
      expect(visitJobPending('REMINDER', { ...planned, status })).toBe(false);
      expect(visitJobPending('ESCALATION', { ...planned, status })).toBe(false);
    }
  });

  it('reads visits due up to the day after the window’s end (their reminders fall inside it)', () => {
    expect(lastDueDateWithJobsBy(new Date('2026-03-08T16:30:00Z'), TIMING)).toBe('2026-03-10');
  });
});

describe('notReachedStreak', () => {
  it('counts the latest logged visits that missed her, until one reached her', () => {
    expect(notReachedStreak(['NOT_REACHED', 'NOT_REACHED', 'DONE', 'NOT_REACHED'])).toBe(2);
    expect(notReachedStreak(['NOT_REACHED', 'OVERDUE', 'NOT_REACHED', 'CANCELLED', 'NOT_REACHED'])).toBe(3);
    expect(notReachedStreak(['DONE', 'NOT_REACHED'])).toBe(0);
    expect(notReachedStreak([])).toBe(0);
  });
});

describe('dueBucket', () => {
  it('sorts a visit into overdue, today or upcoming', () => {
    expect(dueBucket('2026-03-01', '2026-03-02')).toBe('OVERDUE');
    expect(dueBucket('2026-03-02', '2026-03-02')).toBe('TODAY');
    expect(dueBucket('2026-03-03', '2026-03-02')).toBe('UPCOMING');
  });
});
