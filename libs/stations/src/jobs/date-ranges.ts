import { LocalDate } from '@carebridge/rules';

/** Consecutive due dates grouped into ranges of about `size` visits (a busier single date is a range of its own). */
export function dateRanges(dates: ReadonlyArray<{ dueDate: LocalDate; visits: number }>, size: number): Array<[LocalDate, LocalDate]> {
  const ranges: Array<[LocalDate, LocalDate]> = [];
  let count = 0;
  for (const { dueDate, visits } of dates) {
    if (ranges.length && count + visits <= size) {
      ranges[ranges.length - 1][1] = dueDate;
      count += visits;
    } else {
      ranges.push([dueDate, dueDate]);
      count = visits;
    }
  }
  return ranges;
}
