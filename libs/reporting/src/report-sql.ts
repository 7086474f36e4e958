import { Prisma } from '@carebridge/db';
import { LocalDate } from '@carebridge/rules';
import { periodSegments } from './report-period';

/**
 * The rows of a grain-and-period summary table that together cover exactly [from, to]: whole
 * years, whole months and single days (see periodSegments).
 */
export function periodFilter(from: LocalDate, to: LocalDate): Prisma.Sql {
  const segments = periodSegments(from, to);
  if (segments.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(
    segments.map((segment) => Prisma.sql`(grain = ${segment.grain}::"ReportGrain" AND period BETWEEN ${segment.from}::date AND ${segment.to}::date)`),
    ' OR ',
  )})`;
}

/** Days after the first placement's start at which retention is measured (a column set each in report_retention). */
export const RETENTION_HORIZONS = [90, 180, 365] as const;

/** The groupings of retention, and the column of report_retention_caregivers each reads. */
export const RETENTION_DIMENSIONS = {
  ALL: `''`,
  COUNTY: 'county_code::text',
  COHORT: `coalesce(cohort_id::text, '')`,
  SCHOOL: `coalesce(school_id::text, '')`,
  MAJOR: `coalesce(major::text, '')`,
  HOUSEHOLD_CATEGORY: 'household_category::text',
} as const;
export type RetentionDimension = keyof typeof RETENTION_DIMENSIONS;

/**
 * The figures of one retention row, horizon by horizon, from columns eligible_N, retained_N and
 * median_N (what the report_retention reads select).
 */
export function retentionHorizons(row: Record<string, unknown>): { days: number; eligible: number; retained: number; medianWageFen: number | null }[] {
  return RETENTION_HORIZONS.map((days) => ({
    days,
    eligible: Number(row[`eligible_${days}`] ?? 0),
    retained: Number(row[`retained_${days}`] ?? 0),
    medianWageFen: (row[`median_${days}`] as number | null | undefined) ?? null,
  }));
}

/** report_retention's columns of every horizon, selected as eligible_N, retained_N and median_N (summed over years when `sum`). */
export function retentionColumns(sum = false): Prisma.Sql {
  const of = (column: string) => (sum ? `sum(${column})::int` : column);
  return Prisma.raw(
    RETENTION_HORIZONS.map(
      (days) => `${of(`eligible_${days}`)} AS eligible_${days}, ${of(`retained_${days}`)} AS retained_${days}${sum ? '' : `, median_wage_${days}_fen AS median_${days}`}`,
    ).join(', '),
  );
}
