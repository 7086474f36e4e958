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

/** Days after the first placement's start at which retention is measured. */
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

/** Per horizon: how many were eligible, how many retained, and their median wage. */
export interface RetentionAggregateRow {
  key: string;
  household_category: string | null;
  horizon_days: number;
  eligible: number;
  retained: number;
  median_wage_fen: number | null;
}

/**
 * Retention of the caregivers in report_retention_caregivers that `where` selects, per key of the
 * dimension and household category, and (household_category null) over all categories; one row
 * with columns eligible_N, retained_N, median_N for each horizon N:
 * eligible = the first placement began at least N days before `asOf`; retained = of those,
 * employed on day N (their wage that day is known); the median is percentile_cont(0.5) of those
 * wages, rounded to the fen. The refresh stores it for all caregivers; a report over a window of
 * first placements runs it on that window. One query, so both always agree.
 */
export function retentionAggregate(dimension: RetentionDimension, asOf: LocalDate, where: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const perHorizon = RETENTION_HORIZONS.map((days) => {
    const wage = Prisma.raw(`c.wage_day${days}_fen`);
    return Prisma.sql`(count(*) FILTER (WHERE c.first_start + ${days}::int <= ${asOf}::date))::int AS ${Prisma.raw(`eligible_${days}`)},
           count(${wage})::int AS ${Prisma.raw(`retained_${days}`)},
           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${wage}))::int AS ${Prisma.raw(`median_${days}`)}`;
  });
  return Prisma.sql`
    SELECT c.key, c.household_category::text AS household_category, ${Prisma.join(perHorizon)}
      FROM (SELECT ${Prisma.raw(RETENTION_DIMENSIONS[dimension])} AS key, * FROM report_retention_caregivers WHERE ${where}) c
     GROUP BY GROUPING SETS ((c.key, c.household_category), (c.key))`;
}

/** The columns of a retentionAggregate row, one entry per horizon. */
export function retentionByHorizon(row: Record<string, unknown>): RetentionAggregateRow[] {
  return RETENTION_HORIZONS.map((days) => ({
    key: row.key as string,
    household_category: row.household_category as string | null,
    horizon_days: days,
    eligible: row[`eligible_${days}`] as number,
    retained: row[`retained_${days}`] as number,
    median_wage_fen: row[`median_${days}`] as number | null,
  }));
}

/** The retentionAggregate columns as (horizon_days, eligible, retained, median_wage_fen) rows, in SQL. */
export function retentionHorizonsSql(alias: string): Prisma.Sql {
  return Prisma.raw(
    `(VALUES ${RETENTION_HORIZONS.map((days) => `(${days}, ${alias}.eligible_${days}, ${alias}.retained_${days}, ${alias}.median_${days})`).join(', ')}) AS h(horizon_days, eligible, retained, median_wage_fen)`,
  );
}
