import { addDays, LocalDate } from '@carebridge/rules';
import { PeriodSegment, periodSegments } from './report-period';

/** Every calendar day a set of segments stands for, by expanding years and months into days. */
function daysOf(segments: PeriodSegment[]): LocalDate[] {
  const days: LocalDate[] = [];
  for (const segment of segments) {
    for (let period = segment.from; period <= segment.to; ) {
      const [year, month] = period.split('-').map(Number);
      const end =
        segment.grain === 'DAY' ? period : segment.grain === 'MONTH' ? new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) : `${year}-12-31`;
      for (let day = period; day <= end; day = addDays(day, 1)) days.push(day);
      period = addDays(end, 1);
    }
  }
  return days;
}

function allDays(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

describe('periodSegments', () => {
  it('reads whole years as year rows and the edges as months and days', () => {
    expect(periodSegments('2021-03-15', '2025-12-31')).toEqual([
      { grain: 'DAY', from: '2021-03-15', to: '2021-03-31' },
      { grain: 'MONTH', from: '2021-04-01', to: '2021-12-01' },
      { grain: 'YEAR', from: '2022-01-01', to: '2025-01-01' },
    ]);
  });

  it('uses one year row for a calendar year and day rows inside one month', () => {
    expect(periodSegments('2024-01-01', '2024-12-31')).toEqual([{ grain: 'YEAR', from: '2024-01-01', to: '2024-01-01' }]);
    expect(periodSegments('2024-02-03', '2024-02-20')).toEqual([{ grain: 'DAY', from: '2024-02-03', to: '2024-02-20' }]);
    expect(periodSegments('2024-02-01', '2024-02-29')).toEqual([{ grain: 'MONTH', from: '2024-02-01', to: '2024-02-01' }]);
  });

  it('gives nothing for an empty range', () => {
    expect(periodSegments('2024-02-03', '2024-02-02')).toEqual([]);
  });

  it.each([
    ['2016-01-31', '2026-11-27'],
    ['2023-12-31', '2024-01-01'],
    ['2023-06-15', '2024-05-10'],
    ['2020-02-29', '2020-03-01'],
    ['2019-12-01', '2021-01-31'],
    ['2022-05-01', '2022-05-01'],
    ['2021-01-01', '2021-12-30'],
  ])('covers every day of %s … %s exactly once', (from, to) => {
    expect(daysOf(periodSegments(from, to))).toEqual(allDays(from, to));
  });
});
