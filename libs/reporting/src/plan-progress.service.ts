import { Injectable } from '@nestjs/common';
import { AppError, Clock } from '@carebridge/common';
import { PlanMetric, PrismaService, ProgrammePlan } from '@carebridge/db';
import { addDays, daysBetween, dbToLocalDate, formatFenAsYuan, LocalDate } from '@carebridge/rules';
import { ProgrammeStatsService } from './programme-stats.service';
import { ReportRefreshService } from './refresh/report-refresh.service';
import { basisPoints, linearProjection } from './report-math';

export type PlanUnit = 'PEOPLE' | 'BASIS_POINTS' | 'FEN';

/** A figure in its metric's unit: exactly one of people, basisPoints, amountFen is set. */
export interface PlanFigure {
  people: number | null;
  basisPoints: number | null;
  amountFen: number | null;
  /** For people: '36000人', '60.00%', '2500000000.00元'. */
  display: string;
}

export interface PlanTargetProgress {
  metric: PlanMetric;
  label: string;
  target: PlanFigure;
  actual: PlanFigure;
  projected: PlanFigure | null;
  onTrack: boolean;
  /** How `actual` and `projected` were reached, in Chinese. */
  basis: string;
}

export interface PlanSummary {
  id: string;
  name: string;
  startDate: LocalDate;
  endDate: LocalDate;
  targets: { metric: PlanMetric; label: string; target: PlanFigure }[];
}

export interface PlanProgress {
  plan: PlanSummary;
  /** The summaries' date: the figures are as of this day. */
  asOf: LocalDate;
  /** The last day counted: asOf, or the plan's end when it is over. */
  evaluatedThrough: LocalDate;
  elapsedDays: number;
  totalDays: number;
  targets: PlanTargetProgress[];
}

const METRICS: Record<PlanMetric, { label: string; unit: PlanUnit }> = {
  TRAINED: { label: '培训人数', unit: 'PEOPLE' },
  EMPLOYED: { label: '就业人数', unit: 'PEOPLE' },
  EMPLOYMENT_RATE: { label: '就业率', unit: 'BASIS_POINTS' },
  YEARLY_LABOUR_INCOME: { label: '年劳务收入', unit: 'FEN' },
};

export function planFigure(unit: PlanUnit, value: number): PlanFigure {
  switch (unit) {
    case 'PEOPLE':
      return { people: value, basisPoints: null, amountFen: null, display: `${value}人` };
    case 'BASIS_POINTS':
      return { people: null, basisPoints: value, amountFen: null, display: `${(value / 100).toFixed(2)}%` };
    case 'FEN':
      return { people: null, basisPoints: null, amountFen: value, display: `${formatFenAsYuan(value)}元` };
  }
}

const monthStart = (date: LocalDate) => `${date.slice(0, 8)}01`;
function addMonths(first: LocalDate, months: number): LocalDate {
  const [year, month] = first.split('-').map(Number);
  const index = year * 12 + month - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Plan targets against the figures so far, within the plan's dates up to the summaries' date:
 * - TRAINED, EMPLOYED: people newly trained / employed in the plan's days so far (programmeStats'
 *   rules), projected linearly: the figure per elapsed day × the plan's days.
 * - EMPLOYMENT_RATE: employed ÷ trained so far; projected as projected employed ÷ projected trained.
 * - YEARLY_LABOUR_INCOME: wage income over the last 12 complete calendar months within the plan
 *   (a finished plan: its final 12 months); a younger plan's months are scaled to a year. A yearly
 *   level is not extrapolated further: the projection is that level.
 * On track: the projection reaches the target.
 */
@Injectable()
export class PlanProgressService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly stats: ProgrammeStatsService,
    private readonly refresh: ReportRefreshService,
    private readonly clock: Clock,
  ) {}

  async plans(): Promise<PlanSummary[]> {
    const plans = await this.prisma.programmePlan.findMany({ include: { targets: true }, orderBy: { startDate: 'asc' } });
    return plans.map((plan) => this.summary(plan));
  }

  async progress(planId: string): Promise<PlanProgress> {
    const plan = await this.prisma.programmePlan.findUnique({ where: { id: planId }, include: { targets: true } });
    if (!plan) throw AppError.notFound('PLAN', '规划不存在');
    const summary = this.summary(plan);
    const asOf = (await this.refresh.freshness())?.asOf ?? this.clock.today();
    const through = asOf < summary.endDate ? asOf : summary.endDate;
    const totalDays = daysBetween(summary.startDate, summary.endDate) + 1;
    const elapsedDays = Math.max(0, Math.min(totalDays, daysBetween(summary.startDate, through) + 1));

    const { trained, employed } = elapsedDays > 0 ? await this.stats.flowTotals({ from: summary.startDate, to: through }) : { trained: 0, employed: 0 };
    const projectedTrained = linearProjection(trained, elapsedDays, totalDays);
    const projectedEmployed = linearProjection(employed, elapsedDays, totalDays);
    const income = await this.yearlyIncome(summary.startDate, through);

    const figures: Record<PlanMetric, { actual: number; projected: number | null; basis: string }> = {
      TRAINED: { actual: trained, projected: projectedTrained, basis: `规划期内截至${through}首次结业人数，按已过${elapsedDays}天的日均数推算至规划期末` },
      EMPLOYED: { actual: employed, projected: projectedEmployed, basis: `规划期内截至${through}首次上岗人数，按已过${elapsedDays}天的日均数推算至规划期末` },
      EMPLOYMENT_RATE: {
        actual: basisPoints(employed, trained) ?? 0,
        projected: projectedTrained === null || projectedEmployed === null ? null : basisPoints(projectedEmployed, projectedTrained),
        basis: '就业人数 ÷ 培训人数；预计值为预计就业人数 ÷ 预计培训人数',
      },
      YEARLY_LABOUR_INCOME: {
        actual: income.totalFen,
        projected: income.months > 0 ? Math.round((income.totalFen * 12) / income.months) : null,
        basis: income.months > 0 ? `${income.firstMonth.slice(0, 7)}至${income.lastMonth.slice(0, 7)}共${income.months}个完整月的工资收入${income.months < 12 ? '，折算为全年' : ''}` : '规划期内尚无完整月份',
      },
    };

    return {
      plan: summary,
      asOf,
      evaluatedThrough: through,
      elapsedDays,
      totalDays,
      targets: plan.targets
        .map((target) => {
          const { unit, label } = METRICS[target.metric];
          const { actual, projected, basis } = figures[target.metric];
          const goal = Number(target.target);
          return {
            metric: target.metric,
            label,
            target: planFigure(unit, goal),
            actual: planFigure(unit, actual),
            projected: projected === null ? null : planFigure(unit, projected),
            onTrack: projected !== null && projected >= goal,
            basis,
          };
        })
        .sort((a, b) => Object.keys(METRICS).indexOf(a.metric) - Object.keys(METRICS).indexOf(b.metric)),
    };
  }

  private summary(plan: ProgrammePlan & { targets: { metric: PlanMetric; target: bigint }[] }): PlanSummary {
    return {
      id: plan.id,
      name: plan.name,
      startDate: dbToLocalDate(plan.startDate),
      endDate: dbToLocalDate(plan.endDate),
      targets: plan.targets
        .map((target) => ({ metric: target.metric, label: METRICS[target.metric].label, target: planFigure(METRICS[target.metric].unit, Number(target.target)) }))
        .sort((a, b) => Object.keys(METRICS).indexOf(a.metric) - Object.keys(METRICS).indexOf(b.metric)),
    };
  }

  /** Wage income of the last (up to) 12 complete calendar months within [planStart, through]. */
  private async yearlyIncome(planStart: LocalDate, through: LocalDate): Promise<{ totalFen: number; months: number; firstMonth: LocalDate; lastMonth: LocalDate }> {
    const lastMonth = addDays(through, 1) === addMonths(monthStart(through), 1) ? monthStart(through) : addMonths(monthStart(through), -1);
    const planFirstMonth = planStart === monthStart(planStart) ? planStart : addMonths(monthStart(planStart), 1);
    const yearBack = addMonths(lastMonth, -11);
    const firstMonth = yearBack > planFirstMonth ? yearBack : planFirstMonth;
    if (firstMonth > lastMonth) return { totalFen: 0, months: 0, firstMonth, lastMonth };
    const [year1, month1] = firstMonth.split('-').map(Number);
    const [year2, month2] = lastMonth.split('-').map(Number);
    const rows = await this.stats.wageIncomeByYear({ from: firstMonth, to: lastMonth });
    return { totalFen: rows.reduce((total, row) => total + row.totalFen, 0), months: (year2 - year1) * 12 + month2 - month1 + 1, firstMonth, lastMonth };
  }
}
