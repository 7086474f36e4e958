import { addDays, LocalDate } from '@carebridge/rules';

/** The time grains of the summary tables (the `ReportGrain` database enum). */
export type ReportGrainValue = 'YEAR' | 'MONTH' | 'DAY';

/**
 * Summary rows of one grain whose `period` lies in [from, to]: for YEAR and MONTH, `period` is
 * the first day of the year or month and every such row lies wholly inside the requested range.
 */
export interface PeriodSegment {
  grain: ReportGrainValue;
  from: LocalDate;
  to: LocalDate;
}

const firstOfMonth = (date: LocalDate): LocalDate => `${date.slice(0, 8)}01`;
const firstOfYear = (date: LocalDate): LocalDate => `${date.slice(0, 4)}-01-01`;

function nextMonth(monthStart: LocalDate): LocalDate {
  const [year, month] = monthStart.split('-').map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

function previousMonth(monthStart: LocalDate): LocalDate {
  const [year, month] = monthStart.split('-').map(Number);
  return month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, '0')}-01`;
}

const nextYear = (yearStart: LocalDate): LocalDate => `${Number(yearStart.slice(0, 4)) + 1}-01-01`;
const previousYear = (yearStart: LocalDate): LocalDate => `${Number(yearStart.slice(0, 4)) - 1}-01-01`;

/** [from, to] as whole months plus single days at either end. */
function monthsAndDays(from: LocalDate, to: LocalDate): PeriodSegment[] {
  if (from > to) return [];
  const firstFull = from === firstOfMonth(from) ? from : nextMonth(firstOfMonth(from));
  const lastFull = addDays(to, 1) === nextMonth(firstOfMonth(to)) ? firstOfMonth(to) : previousMonth(firstOfMonth(to));
  if (firstFull > lastFull) return [{ grain: 'DAY', from, to }];
  const segments: PeriodSegment[] = [];
  if (from < firstFull) segments.push({ grain: 'DAY', from, to: addDays(firstFull, -1) });
  segments.push({ grain: 'MONTH', from: firstFull, to: lastFull });
  const afterLast = nextMonth(lastFull);
  if (afterLast <= to) segments.push({ grain: 'DAY', from: afterLast, to });
  return segments;
}

/**
 * Cuts the inclusive date range [from, to] into the fewest summary rows: whole calendar years,
 * then whole months, then single days at the edges. Summing the rows of these segments gives the
 * figures of exactly [from, to], and a range of ten years reads tens of periods, not thousands of days.
 */
export function periodSegments(from: LocalDate, to: LocalDate): PeriodSegment[] {
  if (from > to) return [];
  const firstFull = from === firstOfYear(from) ? from : nextYear(firstOfYear(from));
  const lastFull = addDays(to, 1) === nextYear(firstOfYear(to)) ? firstOfYear(to) : previousYear(firstOfYear(to));
  if (firstFull > lastFull) return monthsAndDays(from, to);
  return [
    ...monthsAndDays(from, addDays(firstFull, -1)),
    { grain: 'YEAR', from: firstFull, to: lastFull },
    ...monthsAndDays(nextYear(lastFull), to),
  ];
}
