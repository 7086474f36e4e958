import {
  attendanceDateProblem,
  attendanceHoursProblem,
  attendancePercent,
  hoursToTenths,
  meetsMinAttendance,
  tenthsToHours,
} from './attendance.rules';

describe('attendanceHoursProblem', () => {
  it('accepts half-hour steps up to the daily maximum', () => {
    expect(attendanceHoursProblem(2.5, 5.5, 8)).toBeNull();
    expect(attendanceHoursProblem(0, 0.5, 8)).toBeNull();
    expect(attendanceHoursProblem(4, 6, 10)).toBeNull();
  });

  it('refuses hours that are negative, not in half-hour steps, or not numbers, naming the field', () => {
    expect(attendanceHoursProblem(-1, 4, 10)).toMatchObject({ reason: 'HOURS_INVALID', field: 'theoryHours' });
    expect(attendanceHoursProblem(2, 2.3, 10)).toMatchObject({ reason: 'HOURS_INVALID', field: 'practiceHours' });
    expect(attendanceHoursProblem(Number.NaN, 2, 10)).toMatchObject({ reason: 'HOURS_INVALID' });
    expect(attendanceHoursProblem(2, 2.3, 10)?.message).toContain('实操课时');
  });

  it('refuses a day without any hours', () => {
    expect(attendanceHoursProblem(0, 0, 10)).toMatchObject({ reason: 'HOURS_NONE' });
  });

  it('refuses more than the daily maximum, stating both figures', () => {
    const problem = attendanceHoursProblem(4, 6.5, 10);
    expect(problem).toMatchObject({ reason: 'HOURS_OVER_DAILY_MAX' });
    expect(problem?.message).toBe('当天课时合计10.5小时，超过每日上限10小时');
  });
});

describe('attendanceDateProblem', () => {
  const start = '2026-03-02';
  const end = '2026-03-31';

  it('accepts the first day, the last day and today', () => {
    expect(attendanceDateProblem(start, start, end, '2026-04-10')).toBeNull();
    expect(attendanceDateProblem(end, start, end, '2026-04-10')).toBeNull();
    expect(attendanceDateProblem('2026-03-10', start, end, '2026-03-10')).toBeNull();
  });

  it('refuses a day outside the cohort', () => {
    expect(attendanceDateProblem('2026-03-01', start, end, '2026-04-10')).toMatchObject({ reason: 'DATE_OUTSIDE_COHORT', field: 'date' });
    expect(attendanceDateProblem('2026-04-01', start, end, '2026-04-10')).toMatchObject({ reason: 'DATE_OUTSIDE_COHORT' });
  });

  it('refuses a day after today', () => {
    expect(attendanceDateProblem('2026-03-11', start, end, '2026-03-10')).toMatchObject({ reason: 'DATE_IN_FUTURE' });
  });
});

describe('hours and shares', () => {
  it('converts half hours to tenths and back exactly', () => {
    expect(hoursToTenths(3.5)).toBe(35);
    expect(hoursToTenths(0.5)).toBe(5);
    expect(tenthsToHours(35)).toBe(3.5);
  });

  it('gives attendance as a percent of the course hours with one decimal', () => {
    expect(attendancePercent(1280, 160)).toBe(80);
    expect(attendancePercent(1, 3)).toBe(3.3);
    expect(attendancePercent(0, 160)).toBe(0);
  });

  it('compares attendance with the required share exactly at the boundary', () => {
    expect(meetsMinAttendance(1280, 160, 80)).toBe(true);
    expect(meetsMinAttendance(1275, 160, 80)).toBe(false);
    expect(meetsMinAttendance(0, 160, 0)).toBe(true);
  });
});
