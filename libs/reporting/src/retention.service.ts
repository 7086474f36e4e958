import { Injectable } from '@nestjs/common';
import { HouseholdCategory, Prisma, PrismaService } from '@carebridge/db';
import { LocalDate } from '@carebridge/rules';
import { ReportRefreshService } from './refresh/report-refresh.service';
import { RetentionGrouping } from './report-grouping';
import { compareKeys, ReportLabelsService } from './report-labels.service';
import { basisPoints } from './report-math';
import { groupBy, perCategory } from './report-rows';
import { RETENTION_HORIZONS, retentionAggregate, RetentionAggregateRow, retentionByHorizon, RetentionDimension } from './report-sql';

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

export interface RetentionReport {
  /** The summaries' date ("today" of the figures); null before the first refresh. */
  asOf: LocalDate | null;
  rows: RetentionRow[];
  totals: RetentionRow;
}

/** Caregivers by the date of their first placement's start; either end may be open. */
export interface FirstPlacementWindow {
  from?: LocalDate;
  to?: LocalDate;
}

/**
 * Retention after placement, as public employment programmes report it: of the caregivers placed
 * (counted from their FIRST placement's start), the share still employed 90, 180 and 365 days
 * later — employed meaning any placement, not necessarily the first, covers that day — and their
 * median monthly wage then. Only caregivers whose day N has come count for horizon N.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly labels: ReportLabelsService,
    private readonly refresh: ReportRefreshService,
  ) {}

  async retention(grouping: RetentionGrouping, window: FirstPlacementWindow = {}): Promise<RetentionReport> {
    const freshness = await this.refresh.freshness();
    const empty = this.row('', '合计', []);
    if (!freshness) return { asOf: null, rows: [], totals: empty };
    const figures = (await this.coversEveryone(window))
      ? await this.stored(grouping)
      : await this.computed(grouping, window, freshness.asOf);
    const byKey = groupBy(
      figures.filter((figure) => figure.dimension !== 'ALL'),
      (figure) => figure.key,
    );
    const labels = await this.labels.labels(grouping, [...byKey.keys()]);
    return {
      asOf: freshness.asOf,
      rows: [...byKey]
        .map(([key, group]) => this.row(key, labels.get(key)?.label ?? key, group))
        .sort((a, b) => compareKeys(labels, a.key, b.key)),
      totals: this.row(
        '',
        '合计',
        figures.filter((figure) => figure.dimension === 'ALL'),
      ),
    };
  }

  /** The stored all-caregiver figures serve when the window leaves nobody out. */
  private async coversEveryone(window: FirstPlacementWindow): Promise<boolean> {
    if (!window.from && !window.to) return true;
    const [{ first, last }] = await this.prisma.$queryRaw<{ first: LocalDate | null; last: LocalDate | null }[]>`
      SELECT min(first_start)::text AS first, max(first_start)::text AS last FROM report_retention_caregivers`;
    if (!first || !last) return true;
    return (!window.from || window.from <= first) && (!window.to || window.to >= last);
  }

  private async stored(grouping: RetentionGrouping): Promise<(RetentionAggregateRow & { dimension: string })[]> {
    return this.prisma.$queryRaw`
      SELECT dimension::text AS dimension, dimension_key AS key, household_category::text AS household_category,
             horizon_days, eligible, retained, median_wage_fen
        FROM report_retention WHERE dimension IN (${grouping}::"ReportDimension", 'ALL')`;
  }

  /**
   * Exact medians cannot be summed from stored parts, so a window reads every caregiver in it:
   * its time grows with the window (see bench/reports/RESULTS.md).
   */
  private async computed(grouping: RetentionGrouping, window: FirstPlacementWindow, asOf: LocalDate): Promise<(RetentionAggregateRow & { dimension: string })[]> {
    const where = Prisma.sql`first_start BETWEEN ${window.from ?? '0001-01-01'}::date AND ${window.to ?? '9999-12-31'}::date`;
    const of = (dimension: RetentionDimension) => Prisma.sql`SELECT ${dimension} AS dimension, r.* FROM (${retentionAggregate(dimension, asOf, where)}) r`;
    const rows = await this.prisma.$queryRaw<Record<string, unknown>[]>`${of(grouping)} UNION ALL ${of('ALL')}`;
    return rows.flatMap((row) => retentionByHorizon(row).map((figure) => ({ ...figure, dimension: row.dimension as string })));
  }

  private row(key: string, label: string, figures: RetentionAggregateRow[]): RetentionRow {
    const horizons = (ofCategory: RetentionAggregateRow[]) =>
      RETENTION_HORIZONS.map((days) => {
        const figure = ofCategory.find((row) => row.horizon_days === days);
        const eligible = figure?.eligible ?? 0;
        const retained = figure?.retained ?? 0;
        return { days, eligible, retained, retentionRateBasisPoints: basisPoints(retained, eligible), medianWageFen: figure?.median_wage_fen ?? null };
      });
    const byCategory = groupBy(
      figures.filter((figure) => figure.household_category !== null),
      (figure) => figure.household_category as string,
    );
    return {
      key,
      label,
      horizons: horizons(figures.filter((figure) => figure.household_category === null)),
      byHouseholdCategory: perCategory(new Map([...byCategory].map(([category, rows]) => [category, { horizons: horizons(rows) }])), () => ({ horizons: horizons([]) })),
    };
  }
}
