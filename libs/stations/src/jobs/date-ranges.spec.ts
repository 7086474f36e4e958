import { dateRanges } from './date-ranges';

describe('dateRanges', () => {
  it('groups consecutive dates up to the size, and gives a busier date a range of its own', () => {
    const dates = [
      { dueDate: '2026-03-01', visits: 4 },
      { dueDate: '2026-03-02', visits: 5 },
      { dueDate: '2026-03-03', visits: 2 },
      { dueDate: '2026-03-05', visits: 25 },
      { dueDate: '2026-03-06', visits: 1 },
    ];
    expect(dateRanges(dates, 10)).toEqual([
      ['2026-03-01', '2026-03-02'],
      ['2026-03-03', '2026-03-03'],
      ['2026-03-05', '2026-03-05'],
      ['2026-03-06', '2026-03-06'],
    ]);
    expect(dateRanges(dates, 100)).toEqual([['2026-03-01', '2026-03-06']]);
    expect(dateRanges([], 10)).toEqual([]);
  });
});
