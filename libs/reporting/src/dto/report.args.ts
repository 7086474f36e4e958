import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LocalDateScalar } from '@carebridge/common';
import { ReportGrouping, RetentionGrouping } from '../report-grouping';

@ArgsType()
export class ProgrammeStatsArgs {
  @Field(() => LocalDateScalar, { description: '起始日期（含，北京时间）' })
  @IsDate({ message: '起始日期无效' })
  from!: Date;

  @Field(() => LocalDateScalar, { description: '截止日期（含，北京时间），不早于起始日期' })
  @IsDate({ message: '截止日期无效' })
  to!: Date;

  @Field(() => ReportGrouping, { description: '分组方式' })
  @IsEnum(ReportGrouping, { message: '分组方式无效' })
  groupBy!: ReportGrouping;
}

const WHOLE_YEARS = '稳岗情况只按首次上岗的整年统计，请改用 fromYear、toYear';

@ArgsType()
export class RetentionArgs {
  @Field(() => RetentionGrouping, { description: '分组方式' })
  @IsEnum(RetentionGrouping, { message: '分组方式无效' })
  groupBy!: RetentionGrouping;

  @Field(() => Int, { nullable: true, description: '只统计首次上岗开始于此年或以后的护工（含）；空为不限' })
  @IsOptional()
  @IsInt({ message: '起始年份应为整数' })
  @Min(1949, { message: '起始年份无效' })
  @Max(9999, { message: '起始年份无效' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: '只统计首次上岗开始于此年或以前的护工（含）；空为不限' })
  @IsOptional()
  @IsInt({ message: '截止年份应为整数' })
  @Min(1949, { message: '截止年份无效' })
  @Max(9999, { message: '截止年份无效' })
  toYear?: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '首次上岗开始日期不早于此日（含）；须为某年1月1日，否则报错',
    deprecationReason: WHOLE_YEARS,
  })
  @IsOptional()
  @IsDate({ message: '起始日期无效' })
  from?: Date;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '首次上岗开始日期不晚于此日（含）；须为某年12月31日，否则报错',
    deprecationReason: WHOLE_YEARS,
  })
  @IsOptional()
  @IsDate({ message: '截止日期无效' })
  to?: Date;
}

@ArgsType()
export class PlanProgressArgs {
  @Field(() => ID, { description: '规划 id' })
  @IsUUID('all', { message: '规划 id 格式无效' })
  planId!: string;
}
