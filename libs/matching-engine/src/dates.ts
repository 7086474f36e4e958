import { localDateToDb } from '@carebridge/rules';

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 of a 'YYYY-MM-DD' date, so date rules compare plain integers. */
export function dayNumber(date: string): number {
  return localDateToDb(date).getTime() / DAY_MS;
}

/**
 * dayNumber with a memo for one run: 100,000 candidates carry only a few thousand distinct
 * dates, and parsing with validation is the slow part.
 */
export function dayNumberCache(): (date: string) => number {
  const days = new Map<string, number>();
  return (date) => {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = dayNumber(date)));
    return day;
  };
}
