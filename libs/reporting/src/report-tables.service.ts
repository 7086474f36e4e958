import { Injectable } from '@nestjs/common';
import { HouseholdCategory } from '@carebridge/db';
import { formatFenAsYuan, HOUSEHOLD_CATEGORY_LABELS } from '@carebridge/rules';
import { PlanProgressService } from './plan-progress.service';
import { PlaceLevel, ProgrammeStatsService, ReportRange } from './programme-stats.service';
import { HOUSEHOLD_CATEGORIES, ReportGrouping, RetentionGrouping } from './report-grouping';
import { RETENTION_HORIZONS } from './report-sql';
import { FirstPlacementWindow, RetentionFigures, RetentionService } from './retention.service';

/**
 * How a column's numbers read: counts as they are; FEN is integer fen (show value ÷ 100 as
 * yuan, '0.00'); BASIS_POINTS is integer basis points (show value ÷ 10000 as '0.00%').
 */
export type ReportColumnKind = 'TEXT' | 'COUNT' | 'FEN' | 'BASIS_POINTS';

export interface ReportColumn {
  key: string;
  /** The Chinese column header. */
  header: string;
  kind: ReportColumnKind;
}

export type ReportCell = string | number | null;

/** A report as a flat table with Chinese headers: what the xlsx export writes, one sheet per table. */
export interface ReportTable {
  title: string;
  columns: ReportColumn[];
  rows: Record<string, ReportCell>[];
}

/** A cell as people read it: yuan with two decimals, percentages, counts; '' for no value. */
export function displayCell(kind: ReportColumnKind, value: ReportCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (kind === 'FEN') return formatFenAsYuan(value);
  if (kind === 'BASIS_POINTS') return `${(value / 100).toFixed(2)}%`;
  return String(value);
}

const text = (key: string, header: string): ReportColumn => ({ key, header, kind: 'TEXT' });
const count = (key: string, header: string): ReportColumn => ({ key, header, kind: 'COUNT' });
const fen = (key: string, header: string): ReportColumn => ({ key, header, kind: 'FEN' });
const rate = (key: string, header: string): ReportColumn => ({ key, header, kind: 'BASIS_POINTS' });

const ALL_CATEGORIES = '全部';
const CATEGORY = text('householdCategory', '人群类别');
const categoryLabel = (category: HouseholdCategory) => HOUSEHOLD_CATEGORY_LABELS[category];
/** One count column per household category, for tables of a single measure. */
const categoryColumns = (suffix: string) => HOUSEHOLD_CATEGORIES.map((category) => count(category, `${categoryLabel(category)}${suffix}`));
const categoryCells = (byCategory: { householdCategory: HouseholdCategory; count: number }[]) =>
  Object.fromEntries(byCategory.map((entry) => [entry.householdCategory, entry.count]));

/** A window of first-placement years as a title says it: 不限, 2024年, 2021至2025年, 2021年及以后. */
function yearsLabel(from: number | null, to: number | null): string {
  if (from === null) return to === null ? '不限' : `${to}年及以前`;
  if (to === null) return `${from}年及以后`;
  return from === to ? `${from}年` : `${from}至${to}年`;
}

const PLACE_HEADERS: Record<PlaceLevel, string> = { COUNTRY: '国家', PROVINCE: '省份（境外为国家）', CITY: '城市' };
const GROUPING_HEADERS: Record<ReportGrouping, string> = {
  COUNTY: '县(市、区)',
  HOUSEHOLD_CATEGORY: '人群类别',
  MAJOR: '专业',
  SCHOOL: '培训基地',
  COHORT: '期次',
  YEAR: '年度',
};

/**
 * Every report as a table with Chinese headers, for the xlsx export: the same service methods
 * as the API, so an export always shows what the screen shows. Rows broken down by household
 * category come as a row for all categories (人群类别 “全部”) followed by one per category.
 */
@Injectable()
export class ReportTablesService {
  constructor(
    private readonly stats: ProgrammeStatsService,
    private readonly retentionService: RetentionService,
    private readonly planProgressService: PlanProgressService,
  ) {}

  async programmeStats(range: ReportRange, grouping: ReportGrouping): Promise<ReportTable> {
    const [rows, totals] = await Promise.all([this.stats.flows(range, grouping), this.stats.flowTotals(range)]);
    return {
      title: `培训与就业（${range.from}至${range.to}，按${GROUPING_HEADERS[grouping]}）`,
      columns: [
        text('group', GROUPING_HEADERS[grouping]),
        CATEGORY,
        count('trained', '培训人数'),
        count('certified', '取证数'),
        count('employed', '就业人数'),
        rate('employmentRate', '就业率'),
        count('registeredPoorTrained', '建档立卡贫困户培训人数'),
        count('registeredPoorEmployed', '建档立卡贫困户就业人数'),
      ],
      rows: [...rows, totals].flatMap((row) => [
        { group: row.label, householdCategory: ALL_CATEGORIES, ...this.flowCells(row), registeredPoorTrained: row.registeredPoorTrained, registeredPoorEmployed: row.registeredPoorEmployed },
        ...row.byHouseholdCategory.map((entry) => ({ group: row.label, householdCategory: categoryLabel(entry.householdCategory), ...this.flowCells(entry) })),
      ]),
    };
  }

  async placementsByPlace(range: ReportRange, level: PlaceLevel): Promise<ReportTable> {
    const rows = await this.stats.placementsByPlace(range, level);
    return {
      title: `上岗去向（${range.from}至${range.to}，按${PLACE_HEADERS[level]}）`,
      columns: [text('place', PLACE_HEADERS[level]), count('placements', '上岗人次'), ...categoryColumns('上岗人次')],
      rows: rows.map((row) => ({ place: row.label, placements: row.placements, ...categoryCells(row.byHouseholdCategory) })),
    };
  }

  async wageDistribution(range: ReportRange): Promise<ReportTable> {
    const rows = await this.stats.wageDistribution(range);
    return {
      title: `月薪分布（${range.from}至${range.to}开始的上岗）`,
      columns: [text('bucket', '月薪区间'), count('placements', '上岗人次'), ...categoryColumns('上岗人次')],
      rows: rows.map((row) => ({ bucket: row.label, placements: row.placements, ...categoryCells(row.byHouseholdCategory) })),
    };
  }

  async medianWageByYear(range: ReportRange): Promise<ReportTable> {
    const rows = await this.stats.medianWageByYear(range);
    return {
      title: `月薪中位数（${range.from}至${range.to}开始的上岗，按年）`,
      columns: [text('year', '年份'), CATEGORY, count('placements', '上岗人次'), fen('medianMonthlyWage', '月薪中位数（元）')],
      rows: rows.flatMap((row) => [
        { year: String(row.year), householdCategory: ALL_CATEGORIES, placements: row.placements, medianMonthlyWage: row.medianMonthlyWageFen },
        ...row.byHouseholdCategory.map((entry) => ({
          year: String(row.year),
          householdCategory: categoryLabel(entry.householdCategory),
          placements: entry.placements,
          medianMonthlyWage: entry.medianMonthlyWageFen,
        })),
      ]),
    };
  }

  async wageIncomeByYear(range: ReportRange): Promise<ReportTable> {
    const rows = await this.stats.wageIncomeByYear(range);
    const cells = (figures: { recordedFen: number; estimatedFen: number; totalFen: number }) => ({
      recorded: figures.recordedFen,
      estimated: figures.estimatedFen,
      total: figures.totalFen,
    });
    return {
      title: `护工工资收入（${range.from}至${range.to}，按年）`,
      columns: [text('year', '年份'), CATEGORY, fen('recorded', '工资记录（元）'), fen('estimated', '按约定月薪估算（元）'), fen('total', '合计（元）')],
      rows: rows.flatMap((row) => [
        { year: String(row.year), householdCategory: ALL_CATEGORIES, ...cells(row) },
        ...row.byHouseholdCategory.map((entry) => ({ year: String(row.year), householdCategory: categoryLabel(entry.householdCategory), ...cells(entry) })),
      ]),
    };
  }

  async followUpCoverage(): Promise<ReportTable> {
    const coverage = await this.stats.followUpCoverage();
    const cells = (figures: { activePlacements: number; visitedPlacements: number; coverageBasisPoints: number | null }) => ({
      active: figures.activePlacements,
      visited: figures.visitedPlacements,
      coverage: figures.coverageBasisPoints,
    });
    return {
      title: `回访覆盖（截至${coverage.asOf ?? '—'}）`,
      columns: [CATEGORY, count('active', '在岗上岗数'), count('visited', '近90天有回访记录'), rate('coverage', '回访覆盖率')],
      rows: [
        { householdCategory: ALL_CATEGORIES, ...cells(coverage) },
        ...coverage.byHouseholdCategory.map((entry) => ({ householdCategory: categoryLabel(entry.householdCategory), ...cells(entry) })),
      ],
    };
  }

  async rightsCases(range: ReportRange): Promise<ReportTable> {
    const rows = await this.stats.rightsCases(range);
    const cells = (figures: { cases: number; resolved: number; claimedFen: number; recoveredFen: number }) => ({
      cases: figures.cases,
      resolved: figures.resolved,
      claimed: figures.claimedFen,
      recovered: figures.recoveredFen,
    });
    return {
      title: `维权案件（${range.from}至${range.to}立案）`,
      columns: [text('category', '案件类别'), CATEGORY, count('cases', '案件数'), count('resolved', '已解决'), fen('claimed', '主张金额（元）'), fen('recovered', '追回金额（元）')],
      rows: rows.flatMap((row) => [
        { category: row.label, householdCategory: ALL_CATEGORIES, ...cells(row) },
        ...row.byHouseholdCategory.map((entry) => ({ category: row.label, householdCategory: categoryLabel(entry.householdCategory), ...cells(entry) })),
      ]),
    };
  }

  async subsidiesByYear(range: ReportRange): Promise<ReportTable> {
    const rows = await this.stats.subsidiesByYear(range);
    const cells = (figures: { applied: number; appliedFen: number; approved: number; approvedFen: number; paid: number; paidFen: number }) => ({
      applied: figures.applied,
      appliedAmount: figures.appliedFen,
      approved: figures.approved,
      approvedAmount: figures.approvedFen,
      paid: figures.paid,
      paidAmount: figures.paidFen,
    });
    return {
      title: `就业补贴（${range.from}至${range.to}，按年）`,
      columns: [
        text('year', '年份'),
        CATEGORY,
        count('applied', '申请数'),
        fen('appliedAmount', '申请金额（元）'),
        count('approved', '审核通过数'),
        fen('approvedAmount', '审核通过金额（元）'),
        count('paid', '发放数'),
        fen('paidAmount', '发放金额（元）'),
      ],
      rows: rows.flatMap((row) => [
        { year: String(row.year), householdCategory: ALL_CATEGORIES, ...cells(row) },
        ...row.byHouseholdCategory.map((entry) => ({ year: String(row.year), householdCategory: categoryLabel(entry.householdCategory), ...cells(entry) })),
      ]),
    };
  }

  async retention(grouping: RetentionGrouping, window: FirstPlacementWindow = {}): Promise<ReportTable> {
    const report = await this.retentionService.retention(grouping, window);
    const horizonColumns = RETENTION_HORIZONS.flatMap((days) => [
      count(`eligible${days}`, `第${days}天纳入人数`),
      count(`retained${days}`, `第${days}天在岗人数`),
      rate(`rate${days}`, `第${days}天稳岗率`),
      fen(`wage${days}`, `第${days}天月薪中位数（元）`),
    ]);
    const cells = (horizons: RetentionFigures[]) =>
      Object.fromEntries(
        horizons.flatMap((figure) => [
          [`eligible${figure.days}`, figure.eligible],
          [`retained${figure.days}`, figure.retained],
          [`rate${figure.days}`, figure.retentionRateBasisPoints],
          [`wage${figure.days}`, figure.medianWageFen],
        ]),
      );
    const firstPlaced = yearsLabel(report.fromYear, report.toYear);
    return {
      title: `稳岗情况（首次上岗${firstPlaced}，截至${report.asOf ?? '—'}，按${GROUPING_HEADERS[grouping]}）`,
      columns: [text('group', GROUPING_HEADERS[grouping]), CATEGORY, ...horizonColumns],
      rows: [...report.rows, report.totals].flatMap((row) => [
        { group: row.label, householdCategory: ALL_CATEGORIES, ...cells(row.horizons) },
        ...row.byHouseholdCategory.map((entry) => ({ group: row.label, householdCategory: categoryLabel(entry.householdCategory), ...cells(entry.horizons) })),
      ]),
    };
  }

  async planProgress(planId: string): Promise<ReportTable> {
    const progress = await this.planProgressService.progress(planId);
    return {
      title: `${progress.plan.name}完成情况（截至${progress.evaluatedThrough}）`,
      columns: [text('metric', '指标'), text('target', '目标值'), text('actual', '实际值'), text('projected', '规划期末预计值'), text('onTrack', '可望完成'), text('basis', '口径')],
      rows: progress.targets.map((target) => ({
        metric: target.label,
        target: target.target.display,
        actual: target.actual.display,
        projected: target.projected?.display ?? null,
        onTrack: target.onTrack ? '是' : '否',
        basis: target.basis,
      })),
    };
  }

  private flowCells(figures: { trained: number; certified: number; employed: number; employmentRateBasisPoints: number | null }) {
    return { trained: figures.trained, certified: figures.certified, employed: figures.employed, employmentRate: figures.employmentRateBasisPoints };
  }
}
