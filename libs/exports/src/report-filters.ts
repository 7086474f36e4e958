import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AppError } from '@carebridge/common';
import { PlaceLevel, ReportGrouping, RetentionGrouping } from '@carebridge/reporting';
import { dbToLocalDate, LocalDate } from '@carebridge/rules';

/** The query parameters of a report export: the report's own arguments, dates as YYYY-MM-DD. */
export class ReportRangeFilter {
  @IsDate({ message: '起始日期 from 应为 YYYY-MM-DD 格式的日期' })
  from!: Date;

  @IsDate({ message: '截止日期 to 应为 YYYY-MM-DD 格式的日期' })
  to!: Date;
}

export class ProgrammeStatsFilter extends ReportRangeFilter {
  @IsEnum(ReportGrouping, { message: '分组方式 groupBy 应为 COUNTY、HOUSEHOLD_CATEGORY、MAJOR、SCHOOL、COHORT、YEAR 之一' })
  groupBy!: ReportGrouping;
}

const PLACE_LEVELS: PlaceLevel[] = ['COUNTRY', 'PROVINCE', 'CITY'];

export class PlacementsByPlaceFilter extends ReportRangeFilter {
  @IsIn(PLACE_LEVELS, { message: '地区层级 level 应为 COUNTRY、PROVINCE、CITY 之一' })
  level!: PlaceLevel;
}

export class RetentionFilter {
  @IsEnum(RetentionGrouping, { message: '分组方式 groupBy 无效' })
  groupBy!: RetentionGrouping;

  /** Years of the first placement (query strings, hence @Type); dates on whole years are accepted too. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '起始年份 fromYear 应为整数' })
  @Min(1949, { message: '起始年份 fromYear 无效' })
  @Max(9999, { message: '起始年份 fromYear 无效' })
  fromYear?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '截止年份 toYear 应为整数' })
  @Min(1949, { message: '截止年份 toYear 无效' })
  @Max(9999, { message: '截止年份 toYear 无效' })
  toYear?: number;

  @IsOptional()
  @IsDate({ message: '起始日期 from 应为 YYYY-MM-DD 格式的日期' })
  from?: Date;

  @IsOptional()
  @IsDate({ message: '截止日期 to 应为 YYYY-MM-DD 格式的日期' })
  to?: Date;
}

export class PlanProgressFilter {
  @IsUUID('all', { message: '规划 id（planId）格式无效' })
  planId!: string;
}

/** A report's inclusive calendar dates; refused when `from` comes after `to`. */
export function rangeOf(filter: { from?: Date; to?: Date }): { from?: LocalDate; to?: LocalDate } {
  const from = filter.from && dbToLocalDate(filter.from);
  const to = filter.to && dbToLocalDate(filter.to);
  if (from && to && from > to) throw AppError.badInput('INVALID_DATE_RANGE', `起始日期（${from}）不能晚于截止日期（${to}）`, 'from');
  return { from, to };
}
