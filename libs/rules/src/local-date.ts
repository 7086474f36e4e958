/**
 * Calendar dates of the programme, which lives in China Standard Time (UTC+8, no daylight
 * saving). A LocalDate is a 'YYYY-MM-DD' string; PostgreSQL `date` columns hold it as UTC midnight.
 */
export type LocalDate = string;

const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date in Asia/Shanghai at the given instant. */
export function toLocalDate(instant: Date): LocalDate {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** True when the text is a real calendar date in YYYY-MM-DD form (no 2023-02-30). */
export function isLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The UTC-midnight Date that a PostgreSQL `date` column stores for this calendar date. */
export function localDateToDb(date: LocalDate): Date {
  if (!isLocalDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00.000Z`);
}

/** The calendar date a PostgreSQL `date` column returned (UTC midnight). */
export function dbToLocalDate(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return dbToLocalDate(new Date(localDateToDb(date).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((localDateToDb(to).getTime() - localDateToDb(from).getTime()) / DAY_MS);
}

/** Age in completed years on a given date (a birthday on 29 February counts from 1 March). */
export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  const hadBirthday = om > bm || (om === bm && od >= bd);
  return oy - by - (hadBirthday ? 0 : 1);
}

/** Inclusive date ranges [aStart, aEnd] and [bStart, bEnd] share at least one day. */
export function rangesOverlap(aStart: LocalDate, aEnd: LocalDate, bStart: LocalDate, bEnd: LocalDate): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}
