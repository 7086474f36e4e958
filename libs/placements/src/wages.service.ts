import { Injectable } from '@nestjs/common';
import { AuthUser } from '@carebridge/auth';
import { AppError, Clock, isUniqueViolation } from '@carebridge/common';
import { PrismaService, WageRecord } from '@carebridge/db';
import { dbToLocalDate, localDateToDb } from '@carebridge/rules';
import { RecordWageArgs } from './dto/placement.input';
import { monthWithinPeriod, wageMonthStart } from './placement.rules';
import { PlacementsService } from './placements.service';

/** Monthly wages as paid, one record per placement and month: the ground truth of income reports. */
@Injectable()
export class WagesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly placements: PlacementsService,
  ) {}

  async record({ placementId, month, amount, paidOn }: RecordWageArgs, caller: AuthUser): Promise<WageRecord> {
    const monthStart = wageMonthStart(month);
    if (!monthStart) throw AppError.badInput('INVALID_WAGE_MONTH', '工资月份格式应为 YYYY-MM，如 2026-03', 'month');
    return this.prisma.$transaction(async (tx) => {
      // Shared lock, then read: an endPlacement in flight finishes first, and its end date bounds the month here.
      await tx.$queryRaw`SELECT 1 FROM placements WHERE id = ${placementId}::uuid FOR SHARE`;
      const placement = await this.placements.get(placementId, caller, tx);
      const today = this.clock.today();
      const startedOn = dbToLocalDate(placement.startDate);
      const endedOn = placement.endDate ? dbToLocalDate(placement.endDate) : null;
      if (!monthWithinPeriod(monthStart, startedOn, endedOn ?? today)) {
        throw AppError.badInput('WAGE_MONTH_OUTSIDE_PLACEMENT', `${month}不在上岗期间（${startedOn} 至 ${endedOn ?? '今天'}）内`, 'month');
      }
      const paid = dbToLocalDate(paidOn);
      if (paid < monthStart) throw AppError.badInput('PAID_BEFORE_WAGE_MONTH', `发放日期不能早于工资月份的第一天（${monthStart}）`, 'paidOn');
      if (paid > today) throw AppError.badInput('PAID_ON_IN_FUTURE', '发放日期不能晚于今天', 'paidOn');
      return tx.wageRecord.create({ data: { placementId, month: localDateToDb(monthStart), amountFen: amount, paidOn } }).catch((error: unknown) => {
        throw isUniqueViolation(error) ? AppError.conflict('WAGE_ALREADY_RECORDED', `${month}的工资已登记，每月只登记一次`, 'month') : error;
      });
    });
  }

  /** Wage records of many placements, by month, for the Placement.wages DataLoader. */
  wagesOf(placementIds: readonly string[]): Promise<WageRecord[]> {
    return this.prisma.wageRecord.findMany({ where: { placementId: { in: [...placementIds] } }, orderBy: { month: 'asc' } });
  }
}
