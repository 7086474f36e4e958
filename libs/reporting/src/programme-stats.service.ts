import { Injectable } from '@nestjs/common';
import { HouseholdCategory, Prisma, PrismaService, RightsCaseCategory } from '@carebridge/db';
import { LocalDate, RIGHTS_CASE_CATEGORY_LABELS } from '@carebridge/rules';
import { ReportRefreshService } from './refresh/report-refresh.service';
import { ReportGrouping } from './report-grouping';
import { ReportLabelsService } from './report-labels.service';
import { basisPoints, HistogramEntry, percentileFromHistogram, WAGE_BUCKETS, wageBucketIndex } from './report-math';
import { pageOfKeys, RowPage, RowPageArgs } from './report-page';
import { groupBy, perCategory, sum } from './report-rows';
import { periodFilter } from './report-sql';

/** An inclusive range of calendar dates (Asia/Shanghai). */
export interface ReportRange {
  from: LocalDate;
  to: LocalDate;
}

export interface FlowFigures {
  trained: number;
  certified: number;
  employed: number;
  /** employed ÷ trained of the same row, in basis points; null when nobody was trained. */
  employmentRateBasisPoints: number | null;
}

export interface CategoryFlow extends FlowFigures {
  householdCategory: HouseholdCategory;
}

export interface FlowRow extends FlowFigures {
  key: string;
  label: string;
  registeredPoorTrained: number;
  registeredPoorEmployed: number;
  byHouseholdCategory: CategoryFlow[];
}

export type PlaceLevel = 'COUNTRY' | 'PROVINCE' | 'CITY';

export interface CategoryCount {
  householdCategory: HouseholdCategory;
  count: number;
}

export interface PlaceRow {
  key: string;
  label: string;
  placements: number;
  byHouseholdCategory: CategoryCount[];
}

export interface WageBucketRow {
  label: string;
  minMonthlyWageFen: number | null;
  maxMonthlyWageFen: number | null;
  placements: number;
  byHouseholdCategory: CategoryCount[];
}

export interface CategoryMedianWage {
  householdCategory: HouseholdCategory;
  placements: number;
  medianMonthlyWageFen: number | null;
}

export interface MedianWageYearRow {
  year: number;
  placements: number;
  medianMonthlyWageFen: number | null;
  byHouseholdCategory: CategoryMedianWage[];
}

export interface IncomeFigures {
  recordedFen: number;
  estimatedFen: number;
  totalFen: number;
}

export interface WageIncomeYearRow extends IncomeFigures {
  year: number;
  byHouseholdCategory: (IncomeFigures & { householdCategory: HouseholdCategory })[];
}

export interface CoverageFigures {
  activePlacements: number;
  visitedPlacements: number;
  coverageBasisPoints: number | null;
}

export interface FollowUpCoverage extends CoverageFigures {
  /** The date the last 90 days end on: the summaries' date. */
  asOf: LocalDate | null;
  byHouseholdCategory: (CoverageFigures & { householdCategory: HouseholdCategory })[];
}

export interface RightsCaseFigures {
  cases: number;
  resolved: number;
  claimedFen: number;
  recoveredFen: number;
}

export interface RightsCaseRow extends RightsCaseFigures {
  category: RightsCaseCategory;
  label: string;
  byHouseholdCategory: (RightsCaseFigures & { householdCategory: HouseholdCategory })[];
}

export interface SubsidyFigures {
  applied: number;
  appliedFen: number;
  approved: number;
  approvedFen: number;
  paid: number;
  paidFen: number;
}

export interface SubsidyYearRow extends SubsidyFigures {
  year: number;
  byHouseholdCategory: (SubsidyFigures & { householdCategory: HouseholdCategory })[];
}

function flowFigures(trained: number, certified: number, employed: number): FlowFigures {
  return { trained, certified, employed, employmentRateBasisPoints: basisPoints(employed, trained) };
}

const FLOW_DIMENSION: Record<ReportGrouping | 'TOTAL', { dimension: string; key: string }> = {
  TOTAL: { dimension: 'ALL', key: `''` },
  YEAR: { dimension: 'ALL', key: 'extract(year FROM period)::int::text' },
  HOUSEHOLD_CATEGORY: { dimension: 'ALL', key: 'household_category::text' },
  COUNTY: { dimension: 'COUNTY', key: 'dimension_key' },
  COHORT: { dimension: 'COHORT', key: 'dimension_key' },
  SCHOOL: { dimension: 'SCHOOL', key: 'dimension_key' },
  MAJOR: { dimension: 'MAJOR', key: 'dimension_key' },
};

/**
 * The figures of programmeStats, one method per section, each reading the report summaries
 * (see ReportRefreshService) for the inclusive date range: typed rows the API and the xlsx
 * export both use. Every figure is also split by household category.
 */
@Injectable()
export class ProgrammeStatsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly labels: ReportLabelsService,
    private readonly refresh: ReportRefreshService,
  ) {}

  /**
   * Trained, certified and employed people per group (see refreshSteps for the counting rules),
   * with the employment rate employed ÷ trained of the same group and period. The rate compares
   * flows: people employed in the period may have trained before it.
   */
  async flows(range: ReportRange, grouping: ReportGrouping): Promise<FlowRow[]> {
    return (await this.flowPage(range, grouping)).rows;
  }

  /**
   * One page of flows(): `first` groups after the cursor, in the report's order. The page's
   * figures are read for its keys only, so 2,000 cohorts cost one list of keys, not 10,000 rows.
   */
  async flowPage(range: ReportRange, grouping: ReportGrouping, page: RowPageArgs = {}): Promise<RowPage & { rows: FlowRow[] }> {
    const { dimension, key } = FLOW_DIMENSION[grouping];
    const where = Prisma.sql`dimension = ${dimension}::"ReportDimension" AND ${periodFilter(range.from, range.to)}`;
    // Every row: one read, its keys taken from it. A page: the keys first, then the page's figures.
    const everything = page.first === undefined && page.after === undefined ? await this.flowFigures(grouping, where) : null;
    const allKeys = everything
      ? [...new Set(everything.map((row) => row.key))]
      : (await this.prisma.$queryRaw<{ key: string }[]>`SELECT DISTINCT ${Prisma.raw(key)} AS key FROM report_flows WHERE ${where}`).map((row) => row.key);
    const { keys, labels, totalCount, pageInfo } = await pageOfKeys(this.labels, grouping, allKeys, page);
    const ofKeys = keys.length === allKeys.length ? where : Prisma.sql`${where} AND ${Prisma.raw(key)} = ANY(${keys}::text[])`;
    const figures = everything ?? (keys.length ? await this.flowFigures(grouping, ofKeys) : []);
    const byKey = groupBy(figures, (row) => row.key);
    return { rows: keys.map((rowKey) => this.flowRow(rowKey, labels.get(rowKey)?.label ?? rowKey, byKey.get(rowKey) ?? [])), totalCount, pageInfo };
  }

  /** The same figures over the whole programme. */
  async flowTotals(range: ReportRange): Promise<FlowRow> {
    const rows = await this.flowFigures('TOTAL', Prisma.sql`dimension = 'ALL' AND ${periodFilter(range.from, range.to)}`);
    return this.flowRow('', '合计', rows);
  }

  /** Placements that started in the range (every placement, not only first ones), by place of work. */
  async placementsByPlace(range: ReportRange, level: PlaceLevel): Promise<PlaceRow[]> {
    const rows = await this.prisma.$queryRaw<{ key: string; category: HouseholdCategory; placements: number }[]>`
      SELECT dimension_key AS key, household_category::text AS category, sum(placements)::int AS placements
        FROM report_placements
       WHERE dimension = ${level}::"ReportDimension" AND ${periodFilter(range.from, range.to)}
       GROUP BY 1, 2`;
    const byKey = groupBy(rows, (row) => row.key);
    const labels = await this.labels.labels(level, [...byKey.keys()]);
    return [...byKey]
      .map(([key, group]) => ({
        key,
        label: labels.get(key)?.label ?? key,
        placements: sum(group, (row) => row.placements),
        byHouseholdCategory: perCategory(new Map(group.map((row) => [row.category, { count: row.placements }])), () => ({ count: 0 })),
      }))
      .sort((a, b) => b.placements - a.placements || a.label.localeCompare(b.label, 'zh-CN'));
  }

  /** Placements that started in the range, by monthly wage bucket (CNY per month). */
  async wageDistribution(range: ReportRange): Promise<WageBucketRow[]> {
    const histogram = await this.wageHistogram(range);
    return WAGE_BUCKETS.map((bucket, index) => {
      const inBucket = histogram.filter((row) => wageBucketIndex(row.value) === index);
      const byCategory = groupBy(inBucket, (row) => row.category);
      return {
        label: bucket.label,
        minMonthlyWageFen: bucket.minFen,
        maxMonthlyWageFen: bucket.maxFen,
        placements: sum(inBucket, (row) => row.count),
        byHouseholdCategory: perCategory(new Map([...byCategory].map(([category, rows]) => [category, { count: sum(rows, (row) => row.count) }])), () => ({ count: 0 })),
      };
    });
  }

  /**
   * The median monthly wage of the placements that started in each year (within the range):
   * exactly percentile_cont(0.5), computed from the wage histogram.
   */
  async medianWageByYear(range: ReportRange): Promise<MedianWageYearRow[]> {
    const histogram = await this.wageHistogram(range);
    const median = (rows: typeof histogram) => ({ placements: sum(rows, (row) => row.count), medianMonthlyWageFen: percentileFromHistogram(rows) });
    return [...groupBy(histogram, (row) => row.year)]
      .sort(([a], [b]) => a - b)
      .map(([year, rows]) => ({
        year,
        ...median(rows),
        byHouseholdCategory: perCategory(
          new Map([...groupBy(rows, (row) => row.category)].map(([category, ofCategory]) => [category, median(ofCategory)])),
          () => ({ placements: 0, medianMonthlyWageFen: null }),
        ),
      }));
  }

  /**
   * Caregivers' wage income per calendar year, over the months that overlap the range: the wage
   * records (a month's wage as paid), and for placements without any wage record an estimate of
   * monthly wage × share of each month employed, up to the summaries' date.
   */
  async wageIncomeByYear(range: ReportRange): Promise<WageIncomeYearRow[]> {
    const rows = await this.prisma.$queryRaw<{ year: number; category: HouseholdCategory; recorded: bigint; estimated: bigint }[]>`
      SELECT extract(year FROM month)::int AS year, household_category::text AS category, sum(recorded_fen)::bigint AS recorded, sum(estimated_fen)::bigint AS estimated
        FROM report_wage_income
       WHERE month BETWEEN date_trunc('month', ${range.from}::date)::date AND ${range.to}::date
       GROUP BY 1, 2`;
    const figures = (group: typeof rows): IncomeFigures => {
      const recordedFen = sum(group, (row) => Number(row.recorded));
      const estimatedFen = sum(group, (row) => Number(row.estimated));
      return { recordedFen, estimatedFen, totalFen: recordedFen + estimatedFen };
    };
    return [...groupBy(rows, (row) => row.year)]
      .sort(([a], [b]) => a - b)
      .map(([year, group]) => ({
        year,
        ...figures(group),
        byHouseholdCategory: perCategory(new Map(group.map((row) => [row.category, figures([row])])), () => figures([])),
      }));
  }

  /**
   * Follow-up coverage on the summaries' date: of the ACTIVE placements, the share with a DONE
   * visit logged in the 90 days ending that day. A figure of today, so it ignores the range.
   */
  async followUpCoverage(): Promise<FollowUpCoverage> {
    const [rows, freshness] = await Promise.all([this.prisma.reportFollowUpCoverage.findMany(), this.refresh.freshness()]);
    const figures = (active: number, visited: number): CoverageFigures => ({
      activePlacements: active,
      visitedPlacements: visited,
      coverageBasisPoints: basisPoints(visited, active),
    });
    return {
      asOf: freshness?.asOf ?? null,
      ...figures(sum(rows, (row) => row.activePlacements), sum(rows, (row) => row.visitedPlacements)),
      byHouseholdCategory: perCategory(new Map(rows.map((row) => [row.householdCategory, figures(row.activePlacements, row.visitedPlacements)])), () => figures(0, 0)),
    };
  }

  /** Rights cases opened in the range, by case category: how many, how many resolved, amounts claimed and recovered. */
  async rightsCases(range: ReportRange): Promise<RightsCaseRow[]> {
    const rows = await this.prisma.$queryRaw<{ category: RightsCaseCategory; household: HouseholdCategory; cases: number; resolved: number; claimed: bigint; recovered: bigint }[]>`
      SELECT category::text AS category, household_category::text AS household, sum(cases)::int AS cases, sum(resolved)::int AS resolved,
             sum(claimed_fen)::bigint AS claimed, sum(recovered_fen)::bigint AS recovered
        FROM report_rights_cases WHERE ${periodFilter(range.from, range.to)}
       GROUP BY 1, 2`;
    const figures = (group: typeof rows): RightsCaseFigures => ({
      cases: sum(group, (row) => row.cases),
      resolved: sum(group, (row) => row.resolved),
      claimedFen: sum(group, (row) => Number(row.claimed)),
      recoveredFen: sum(group, (row) => Number(row.recovered)),
    });
    const byCategory = groupBy(rows, (row) => row.category);
    return Object.values(RightsCaseCategory).map((category) => {
      const group = byCategory.get(category) ?? [];
      return {
        category,
        label: RIGHTS_CASE_CATEGORY_LABELS[category],
        ...figures(group),
        byHouseholdCategory: perCategory(new Map(group.map((row) => [row.household, figures([row])])), () => figures([])),
      };
    });
  }

  /**
   * Employment subsidies per year of each event within the range: applications created, approved
   * (approved or since paid, by review date) and paid (by payment date), with their amounts.
   */
  async subsidiesByYear(range: ReportRange): Promise<SubsidyYearRow[]> {
    const rows = await this.prisma.$queryRaw<{ year: number; event: 'APPLIED' | 'APPROVED' | 'PAID'; category: HouseholdCategory; applications: number; amount: bigint }[]>`
      SELECT extract(year FROM period)::int AS year, event::text AS event, household_category::text AS category,
             sum(applications)::int AS applications, sum(amount_fen)::bigint AS amount
        FROM report_subsidies WHERE ${periodFilter(range.from, range.to)}
       GROUP BY 1, 2, 3`;
    const figures = (group: typeof rows): SubsidyFigures => {
      const of = (event: string) => group.filter((row) => row.event === event);
      const count = (event: string) => sum(of(event), (row) => row.applications);
      const amount = (event: string) => sum(of(event), (row) => Number(row.amount));
      return { applied: count('APPLIED'), appliedFen: amount('APPLIED'), approved: count('APPROVED'), approvedFen: amount('APPROVED'), paid: count('PAID'), paidFen: amount('PAID') };
    };
    return [...groupBy(rows, (row) => row.year)]
      .sort(([a], [b]) => a - b)
      .map(([year, group]) => ({
        year,
        ...figures(group),
        byHouseholdCategory: perCategory(new Map([...groupBy(group, (row) => row.category)].map(([category, ofCategory]) => [category, figures(ofCategory)])), () => figures([])),
      }));
  }

  private async flowFigures(grouping: ReportGrouping | 'TOTAL', where: Prisma.Sql) {
    return this.prisma.$queryRaw<{ key: string; category: HouseholdCategory; trained: number; certified: number; employed: number }[]>`
      SELECT ${Prisma.raw(FLOW_DIMENSION[grouping].key)} AS key, household_category::text AS category,
             sum(trained)::int AS trained, sum(certified)::int AS certified, sum(employed)::int AS employed
        FROM report_flows WHERE ${where}
       GROUP BY 1, 2`;
  }

  private flowRow(key: string, label: string, group: { category: HouseholdCategory; trained: number; certified: number; employed: number }[]): FlowRow {
    const byCategory = new Map(group.map((row) => [row.category, flowFigures(row.trained, row.certified, row.employed)]));
    const poor = byCategory.get(HouseholdCategory.REGISTERED_POOR);
    return {
      key,
      label,
      ...flowFigures(sum(group, (row) => row.trained), sum(group, (row) => row.certified), sum(group, (row) => row.employed)),
      registeredPoorTrained: poor?.trained ?? 0,
      registeredPoorEmployed: poor?.employed ?? 0,
      byHouseholdCategory: perCategory(byCategory, () => flowFigures(0, 0, 0)),
    };
  }

  /** Placements that started in the range, per start year, household category and exact monthly wage. */
  private async wageHistogram(range: ReportRange): Promise<(HistogramEntry & { year: number; category: HouseholdCategory })[]> {
    return this.prisma.$queryRaw`
      SELECT extract(year FROM period)::int AS year, household_category::text AS category, monthly_wage_fen AS value, sum(placements)::int AS count
        FROM report_wage_histogram WHERE ${periodFilter(range.from, range.to)}
       GROUP BY 1, 2, 3`;
  }
}
