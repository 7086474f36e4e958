import { assessSubsidy, SubsidyEmployment, subsidyPeriod, SubsidyTerms, verificationWindows } from './subsidy-eligibility';

const SIX_MONTHS: SubsidyTerms = { monthsEmployed: 6, amountFen: 100_000, extraRegisteredPoorFen: 50_000, validFrom: '2026-01-01', validUntil: '2026-12-31' };

/** Employment from 2026-01-10 with a logged visit in each quarter of its first six months. */
const employment = (overrides: Partial<SubsidyEmployment> = {}): SubsidyEmployment => ({
  startDate: '2026-01-10',
  endDate: null,
  loggedVisitDates: ['2026-01-17', '2026-05-10'],
  registeredPoor: false,
  ...overrides,
});

describe('subsidy period', () => {
  it('runs from the start to the day before the same day N months later', () => {
    expect(subsidyPeriod('2026-01-10', 6)).toEqual({ from: '2026-01-10', to: '2026-07-09' });
  });

  it('clamps to the month’s end like the visit plan (31 August + 6 months is 28 February)', () => {
    expect(subsidyPeriod('2025-08-31', 6)).toEqual({ from: '2025-08-31', to: '2026-02-27' });
  });

  it('is cut into three-month windows, the last one ending with the period', () => {
    expect(verificationWindows(subsidyPeriod('2026-01-10', 6))).toEqual([
      { from: '2026-01-10', to: '2026-04-09' },
      { from: '2026-04-10', to: '2026-07-09' },
    ]);
    expect(verificationWindows(subsidyPeriod('2026-01-10', 4))).toEqual([
      { from: '2026-01-10', to: '2026-04-09' },
      { from: '2026-04-10', to: '2026-05-09' },
    ]);
    expect(verificationWindows(subsidyPeriod('2026-01-10', 2))).toEqual([{ from: '2026-01-10', to: '2026-03-09' }]);
  });
});

describe('assessSubsidy', () => {
  it('grants the policy’s amount once the whole period is over, with a logged visit in each window', () => {
    expect(assessSubsidy(SIX_MONTHS, employment(), '2026-07-10')).toEqual({
      eligible: true,
      period: { from: '2026-01-10', to: '2026-07-09' },
      amountFen: 100_000,
    });
  });

  it('adds the extra for a registered-poor household', () => {
    expect(assessSubsidy(SIX_MONTHS, employment({ registeredPoor: true }), '2026-07-10')).toMatchObject({ eligible: true, amountFen: 150_000 });
  });

  it('waits until the period’s last day is over', () => {
    expect(assessSubsidy(SIX_MONTHS, employment(), '2026-07-09')).toEqual({ eligible: false, reason: 'PERIOD_NOT_OVER' });
  });

  it('counts an ended placement that lasted to the period’s last day, not one that ended earlier', () => {
    expect(assessSubsidy(SIX_MONTHS, employment({ endDate: '2026-07-09' }), '2026-08-01')).toMatchObject({ eligible: true });
    expect(assessSubsidy(SIX_MONTHS, employment({ endDate: '2026-07-08' }), '2026-08-01')).toEqual({ eligible: false, reason: 'EMPLOYMENT_TOO_SHORT' });
  });

  it('needs the period to end within the policy’s valid period', () => {
    expect(assessSubsidy({ ...SIX_MONTHS, validUntil: '2026-07-08' }, employment(), '2026-08-01')).toEqual({ eligible: false, reason: 'OUTSIDE_VALID_PERIOD' });
    expect(assessSubsidy({ ...SIX_MONTHS, validFrom: '2026-07-10' }, employment(), '2026-08-01')).toEqual({ eligible: false, reason: 'OUTSIDE_VALID_PERIOD' });
    expect(assessSubsidy({ ...SIX_MONTHS, validUntil: '2026-07-09' }, employment(), '2026-08-01')).toMatchObject({ eligible: true });
  });

  it('refuses a period with a window without a logged visit', () => {
    expect(assessSubsidy(SIX_MONTHS, employment({ loggedVisitDates: ['2026-01-17', '2026-02-10'] }), '2026-08-01')).toEqual({ eligible: false, reason: 'NOT_VERIFIED' });
    expect(assessSubsidy(SIX_MONTHS, employment({ loggedVisitDates: [] }), '2026-08-01')).toEqual({ eligible: false, reason: 'NOT_VERIFIED' });
  });

  it('ignores visits outside the period, and counts visits on a window’s first and last days', () => {
    expect(assessSubsidy(SIX_MONTHS, employment({ loggedVisitDates: ['2026-01-09', '2026-07-10', '2026-05-01'] }), '2026-08-01')).toEqual({
      eligible: false,
      reason: 'NOT_VERIFIED',
    });
    expect(assessSubsidy(SIX_MONTHS, employment({ loggedVisitDates: ['2026-04-09', '2026-07-09'] }), '2026-08-01')).toMatchObject({ eligible: true });
  });
});
