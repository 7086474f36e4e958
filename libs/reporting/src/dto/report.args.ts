import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
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

@ArgsType()
export class RetentionArgs {
  @Field(() => RetentionGrouping, { description: '分组方式' })
  @IsEnum(RetentionGrouping, { message: '分组方式无效' })
  groupBy!: RetentionGrouping;

  @Field(() => LocalDateScalar, { nullable: true, description: '只统计首次上岗开始日期不早于此日的护工（含）' })
  @IsOptional()
  @IsDate({ message: '起始日期无效' })
  from?: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: '只统计首次上岗开始日期不晚于此日的护工（含）' })
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
