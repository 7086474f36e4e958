import { AppError } from '@carebridge/common';
import { firstPlacementYears, yearSelection } from './retention-window';

function refusal(fn: () => unknown): { reason: string; message: string; field?: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('not refused');
}

describe('firstPlacementYears', () => {
  it('takes years as they are, either end open', () => {
    expect(firstPlacementYears({})).toEqual({ fromYear: null, toYear: null });
    expect(firstPlacementYears({ fromYear: 2021, toYear: 2025 })).toEqual({ fromYear: 2021, toYear: 2025 });
    expect(firstPlacementYears({ toYear: 2020 })).toEqual({ fromYear: null, toYear: 2020 });
  });

  it('takes dates that fall on whole years', () => {
    expect(firstPlacementYears({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ fromYear: 2025, toYear: 2025 });
    expect(firstPlacementYears({ from: '2021-01-01' })).toEqual({ fromYear: 2021, toYear: null });
  });

  it('refuses dates inside a year, mixed kinds and an inverted span, in Chinese', () => {
    expect(refusal(() => firstPlacementYears({ from: '2016-03-01', to: '2026-12-31' }))).toMatchObject({
      reason: 'RETENTION_WINDOW_NOT_WHOLE_YEARS',
      field: 'from',
      message: expect.stringContaining('起始日期须为某年1月1日（收到 2016-03-01）'),
    });
    expect(refusal(() => firstPlacementYears({ to: '2026-06-30' }))).toMatchObject({ reason: 'RETENTION_WINDOW_NOT_WHOLE_YEARS', field: 'to' });
    expect(refusal(() => firstPlacementYears({ from: '2025-01-01', toYear: 2025 }))).toMatchObject({ reason: 'RETENTION_WINDOW_CONFLICT' });
    expect(refusal(() => firstPlacementYears({ fromYear: 2025, toYear: 2024 }))).toMatchObject({
      reason: 'INVALID_YEAR_RANGE',
      message: '起始年份（2025）不能晚于截止年份（2024）',
    });
  });
});

describe('yearSelection', () => {
  const stored = { first: 2016, last: 2026 };

  it('answers a window that leaves nobody out from the all-years rows', () => {
    expect(yearSelection({ fromYear: null, toYear: null }, stored)).toEqual({ kind: 'ALL' });
    expect(yearSelection({ fromYear: 2010, toYear: 2030 }, stored)).toEqual({ kind: 'ALL' });
    expect(yearSelection({ fromYear: null, toYear: null }, null)).toEqual({ kind: 'ALL' });
  });

  it('clips a window to the stored years: one year is a lookup, several are added up', () => {
    expect(yearSelection({ fromYear: 2024, toYear: 2024 }, stored)).toEqual({ kind: 'YEAR', year: 2024 });
    expect(yearSelection({ fromYear: 2026, toYear: null }, stored)).toEqual({ kind: 'YEAR', year: 2026 });
    expect(yearSelection({ fromYear: 2021, toYear: 2025 }, stored)).toEqual({ kind: 'YEARS', from: 2021, to: 2025 });
    expect(yearSelection({ fromYear: 2024, toYear: 2030 }, stored)).toEqual({ kind: 'YEARS', from: 2024, to: 2026 });
    expect(yearSelection({ fromYear: null, toYear: 2017 }, stored)).toEqual({ kind: 'YEARS', from: 2016, to: 2017 });
  });

  it('finds nothing in years without caregivers', () => {
    expect(yearSelection({ fromYear: 2010, toYear: 2015 }, stored)).toEqual({ kind: 'NONE' });
    expect(yearSelection({ fromYear: 2027, toYear: null }, stored)).toEqual({ kind: 'NONE' });
  });
});
