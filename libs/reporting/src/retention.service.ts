import { Injectable } from '@nestjs/common';
import { HouseholdCategory, Prisma, PrismaService } from '@carebridge/db';
import { LocalDate } from '@carebridge/rules';
import { ReportRefreshService } from './refresh/report-refresh.service';
import { HOUSEHOLD_CATEGORIES, RetentionGrouping } from './report-grouping';
import { ReportLabelsService } from './report-labels.service';
import { basisPoints } from './report-math';
import { pageOfKeys, RowPage, RowPageArgs } from './report-page';
import { groupBy, perCategory } from './report-rows';
import { RETENTION_HORIZONS, retentionColumns, retentionHorizons } from './report-sql';
import { FirstPlacementWindow, firstPlacementYears, YearSelection, yearSelection } from './retention-window';

export type { FirstPlacementWindow } from './retention-window';

export interface RetentionFigures {
  /** Days after the first placement's start. */
  days: number;
  /** Caregivers whose first placement began at least `days` days before the summaries' date. */
  eligible: number;
  /** Of those, employed on that day: a placement (any) covering it. */
  retained: number;
  retentionRateBasisPoints: number | null;
  /** Median monthly wage of the retained on that day, rounded to the fen. */
  medianWageFen: number | null;
}

export interface RetentionRow {
  key: string;
  label: string;
  horizons: RetentionFigures[];
  byHouseholdCategory: { householdCategory: HouseholdCategory; horizons: RetentionFigures[] }[];
}

export interface RetentionReport extends RowPage {
  /** The summaries' date ("today" of the figures); null before the first refresh. */
  asOf: LocalDate | null;
  /** The window: calendar years of the first placement's start, null ends open. */
  fromYear: number | null;
  toYear: number | null;
  rows: RetentionRow[];
  totals: RetentionRow;
}

/** Stored figures of one key and household category (null: every category), horizon by horizon. */
interface KeyFigures {
  dimension: string;
  key: string;
  category: string | null;
  horizons: ReturnType<typeof retentionHorizons>;
}

const NO_PAGE = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };

/**
 * Retention after placement, as public employment programmes report it: of the caregivers placed
 * (counted from their FIRST placement's start), the share still employed 90, 180 and 365 days
 * later — employed meaning any placement, not necessarily the first, covers that day — and their
 * median monthly wage then. Only caregivers whose day N has come count for horizon N.
 *
 * The refresh stores the figures per grouping key, household category and calendar year of the
 * first placement, and over all years (report_retention). A window of whole years is therefore
 * one stored row per key (all years, or one year) or a sum over its years, the medians of which
 * come from the stored wage histograms (report_retention_wages): exact, and bounded by the number
 * of distinct wages, not of caregivers.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly labels: ReportLabelsService,
    private readonly refresh: ReportRefreshService,
  ) {}

  async retention(grouping: RetentionGrouping, window: FirstPlacementWindow = {}, page: RowPageArgs = {}): Promise<RetentionReport> {
    const years = firstPlacementYears(window);
    const freshness = await this.refresh.freshness();
    const selection = freshness ? yearSelection(years, await this.storedYears()) : ({ kind: 'NONE' } as const);
    const empty = { asOf: freshness?.asOf ?? null, ...years, rows: [], totals: this.row('', '合计', []), ...NO_PAGE };
    if (selection.kind === 'NONE') return empty;

    const inYears = yearFilter(selection);
    const read = (keys: string[] | null) => (selection.kind === 'YEARS' ? this.addedUp(grouping, keys, inYears) : this.stored(grouping, keys, inYears));
    // Every row: one read, its keys taken from it. A page: the keys first, then the page's figures.
    const everything = page.first === undefined && page.after === undefined ? await read(null) : null;
    const allKeys = everything
      ? everything.filter((figure) => figure.dimension === grouping && figure.category === null).map((figure) => figure.key)
      : (
          await this.prisma.$queryRaw<{ key: string }[]>`
            SELECT DISTINCT dimension_key AS key FROM report_retention
             WHERE dimension = ${grouping}::"ReportDimension" AND household_category IS NULL AND ${inYears}`
        ).map((row) => row.key);
    const { keys, labels, totalCount, pageInfo } = await pageOfKeys(this.labels, grouping, allKeys, page);
    const figures = everything ?? (await read(keys.length === allKeys.length ? null : keys));
    const byKey = groupBy(
      figures.filter((figure) => figure.dimension === grouping),
      (figure) => figure.key,
    );
    return {
      ...empty,
      rows: keys.map((key) => this.row(key, labels.get(key)?.label ?? key, byKey.get(key) ?? [])),
      totals: this.row(
        '',
        '合计',
        figures.filter((figure) => figure.dimension === 'ALL'),
      ),
      totalCount,
      pageInfo,
    };
  }

  /** The first and last calendar years of first placements in the summaries; null when nobody was placed. */
  private async storedYears(): Promise<{ first: number; last: number } | null> {
    const [{ first, last }] = await this.prisma.$queryRaw<{ first: number | null; last: number | null }[]>`
      SELECT min(first_placement_year) AS first, max(first_placement_year) AS last
        FROM report_retention WHERE dimension = 'ALL' AND dimension_key = ''`;
    return first === null || last === null ? null : { first, last };
  }

  /** The stored rows (all years, or one) of the keys (null: all of the grouping's) and of the totals. */
  private async stored(grouping: RetentionGrouping, keys: string[] | null, inYears: Prisma.Sql): Promise<KeyFigures[]> {
    const rows = await this.prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT dimension::text AS dimension, dimension_key AS key, household_category::text AS category, ${retentionColumns()}
        FROM report_retention WHERE ${inScope(grouping, keys)} AND ${inYears}`;
    return rows.map((row) => ({ dimension: row.dimension as string, key: row.key as string, category: row.category as string | null, horizons: retentionHorizons(row) }));
  }

  /**
   * Several years: counts add up over the years' rows; each median is percentile_cont(0.5) of the
   * years' wage histograms added up — the value at the middle position of the sorted wages (the
   * mean of the two middle ones for an even count), rounded to the fen as PostgreSQL rounds it.
   * One pass over the histograms in their primary key's order (a key's horizon, wages ascending,
   * a wage's years side by side): nothing is sorted, every category's running count at once.
   */
  private async addedUp(grouping: RetentionGrouping, keys: string[] | null, inYears: Prisma.Sql): Promise<KeyFigures[]> {
    const where = Prisma.sql`${inScope(grouping, keys)} AND ${inYears}`;
    // Column 0: every category; 1…: each category, in the histograms' order.
    const columns = ['', ...HOUSEHOLD_CATEGORIES].map((_, index) => index);
    const caregivers = (index: number) =>
      index === 0 ? HOUSEHOLD_CATEGORIES.map((_, category) => `caregivers[${category + 1}]`).join(' + ') : `caregivers[${index}]`;
    const raw = (parts: (index: number) => string) => Prisma.raw(columns.map(parts).join(',\n'));
    const [counts, medians] = await Promise.all([
      this.prisma.$queryRaw<Record<string, unknown>[]>`
        SELECT dimension::text AS dimension, dimension_key AS key, household_category::text AS category, ${retentionColumns(true)}
          FROM report_retention WHERE ${where}
         GROUP BY dimension, dimension_key, household_category`,
      this.prisma.$queryRaw<Record<string, unknown>[]>`
        SELECT dimension::text AS dimension, dimension_key AS key, horizon_days AS days,
               ${raw((i) => `round((min(monthly_wage_fen) FILTER (WHERE up_to_${i} > (n_${i} - 1) / 2) + min(monthly_wage_fen) FILTER (WHERE up_to_${i} > n_${i} / 2))::float8 / 2)::int AS median_${i}`)}
          FROM (SELECT *, ${raw((i) => `sum(c_${i}) OVER upward AS up_to_${i}, sum(c_${i}) OVER horizon AS n_${i}`)}
                  FROM (SELECT dimension, dimension_key, horizon_days, monthly_wage_fen, ${raw((i) => `sum(${caregivers(i)})::bigint AS c_${i}`)}
                          FROM report_retention_wages WHERE ${where}
                         GROUP BY dimension, dimension_key, horizon_days, monthly_wage_fen) wages
                WINDOW horizon AS (PARTITION BY dimension, dimension_key, horizon_days), upward AS (horizon ORDER BY monthly_wage_fen)) ranked
         GROUP BY dimension, dimension_key, horizon_days`,
    ]);
    const medianOf = new Map<string, number | null>();
    for (const row of medians) {
      for (const index of columns) {
        const category = index === 0 ? '' : HOUSEHOLD_CATEGORIES[index - 1];
        medianOf.set(`${row.dimension}|${row.key}|${category}|${row.days}`, row[`median_${index}`] as number | null);
      }
    }
    return counts.map((row) => {
      const figure = { dimension: row.dimension as string, key: row.key as string, category: row.category as string | null };
      const median = (days: number) => medianOf.get(`${figure.dimension}|${figure.key}|${figure.category ?? ''}|${days}`) ?? null;
      return { ...figure, horizons: retentionHorizons(row).map((horizon) => ({ ...horizon, medianWageFen: median(horizon.days) })) };
    });
  }

  private row(key: string, label: string, figures: KeyFigures[]): RetentionRow {
    const horizons = (figure: KeyFigures | undefined): RetentionFigures[] =>
      RETENTION_HORIZONS.map((days) => {
        const { eligible = 0, retained = 0, medianWageFen = null } = figure?.horizons.find((horizon) => horizon.days === days) ?? {};
        return { days, eligible, retained, retentionRateBasisPoints: basisPoints(retained, eligible), medianWageFen };
      });
    const byCategory = new Map(figures.filter((figure) => figure.category !== null).map((figure) => [figure.category as string, { horizons: horizons(figure) }]));
    return {
      key,
      label,
      horizons: horizons(figures.find((figure) => figure.category === null)),
      byHouseholdCategory: perCategory(byCategory, () => ({ horizons: horizons(undefined) })),
    };
  }
}

/**
 * The rows of the grouping's keys (null: all of them) and of the totals (dimension ALL, key ''):
 * without keys the grouping's rows are one range of the indexes, read in their order.
 */
function inScope(grouping: RetentionGrouping, keys: string[] | null): Prisma.Sql {
  const dimensions = Prisma.sql`dimension IN (${grouping}::"ReportDimension", 'ALL')`;
  return keys ? Prisma.sql`${dimensions} AND dimension_key = ANY(${[...keys, '']}::text[])` : dimensions;
}

function yearFilter(selection: Exclude<YearSelection, { kind: 'NONE' }>): Prisma.Sql {
  switch (selection.kind) {
    case 'ALL':
      return Prisma.sql`first_placement_year IS NULL`;
    case 'YEAR':
      return Prisma.sql`first_placement_year = ${selection.year}::int`;
    case 'YEARS':
      return Prisma.sql`first_placement_year BETWEEN ${selection.from}::int AND ${selection.to}::int`;
  }
}
