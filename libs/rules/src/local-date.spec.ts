import { addDays, ageOn, daysBetween, dbToLocalDate, isLocalDate, localDateToDb, rangesOverlap, toLocalDate } from './local-date';

describe('local dates (Asia/Shanghai)', () => {
  it('takes the calendar date in China Standard Time, not UTC', () => {
    expect(toLocalDate(new Date('2026-02-28T15:59:59.999Z'))).toBe('2026-02-28');
    expect(toLocalDate(new Date('2026-02-28T16:00:00.000Z'))).toBe('2026-03-01');
    expect(toLocalDate(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
  });

  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '0099-12-31'])('accepts the real date %s', (date) => {
    expect(isLocalDate(date)).toBe(true);
  });

  it.each(['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01', '2026-01-01T00:00', ''])(
    'refuses %p',
    (text) => {
      expect(isLocalDate(text)).toBe(false);
    },
  );

  it('converts to and from the UTC midnight PostgreSQL dates use', () => {
    expect(localDateToDb('2026-03-02').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(dbToLocalDate(new Date('2026-03-02T00:00:00.000Z'))).toBe('2026-03-02');
    expect(() => localDateToDb('2026-02-30')).toThrow(RangeError);
  });

  it('adds days across month ends, year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-02', 29)).toBe('2026-03-31');
  });

  it('counts whole days between dates, negative backwards', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
    expect(daysBetween('2026-03-31', '2026-03-02')).toBe(-29);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('counts an age in completed years: not yet on the birthday eve', () => {
    expect(ageOn('2010-03-03', '2026-03-02')).toBe(15);
    expect(ageOn('2010-03-03', '2026-03-03')).toBe(16);
    expect(ageOn('2010-12-31', '2026-01-01')).toBe(15);
  });

  it('counts a 29 February birthday from 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2009-02-28', '2026-02-28')).toBe(17);
  });

  it('treats date ranges as inclusive at both ends', () => {
    expect(rangesOverlap('2026-03-01', '2026-03-31', '2026-03-31', '2026-04-30')).toBe(true);
    expect(rangesOverlap('2026-03-01', '2026-03-31', '2026-04-01', '2026-04-30')).toBe(false);
    expect(rangesOverlap('2026-03-10', '2026-03-12', '2026-03-01', '2026-03-31')).toBe(true);
    expect(rangesOverlap('2026-04-01', '2026-04-30', '2026-03-01', '2026-03-31')).toBe(false);
  });
});
