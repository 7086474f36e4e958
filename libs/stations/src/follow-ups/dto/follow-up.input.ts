import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar, MoneyScalar } from '@carebridge/common';
import { VisitChannel } from '@carebridge/db';

const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value));
const IsSatisfaction = (label: string) =>
  applyDecorators(IsInt({ message: `${label}应为1-5的整数` }), Min(1, { message: `${label}应为1-5的整数` }), Max(5, { message: `${label}应为1-5的整数` }));
const MAX_AMOUNT_FEN = 100_000_00;

@ArgsType()
export class FollowUpsDueArgs {
  @Field(() => ID, { description: '服务站 id（服务站工作人员只能查本站）' })
  @IsUUID('all', { message: '服务站 id 格式无效' })
  stationId!: string;

  @Field(() => LocalDateScalar, { description: '列出到期日不晚于此日期的回访（今天至90天内）' })
  @IsDate({ message: '截止日期无效' })
  until!: Date;
}

@ArgsType()
export class VisitIdArgs {
  @Field(() => ID, { description: '回访 id' })
  @IsUUID('all', { message: '回访 id 格式无效' })
  visitId!: string;
}

@ArgsType()
export class PlacementVisitsArgs {
  @Field(() => ID, { description: '上岗记录 id' })
  @IsUUID('all', { message: '上岗记录 id 格式无效' })
  placementId!: string;
}

@InputType({ description: '回访记录。联系上护工时须回答工资是否足额、按时发放；未联系上时只填回访方式和情况说明' })
export class LogFollowUpInput {
  @Field(() => VisitChannel, { description: '实际回访方式' })
  @IsEnum(VisitChannel, { message: '回访方式应为电话、视频或上门' })
  channel!: VisitChannel;

  @Field({ description: '是否联系上护工本人' })
  @IsBoolean({ message: '是否联系上应为 true 或 false' })
  reached!: boolean;

  @Field(() => Boolean, { nullable: true, description: '工资是否足额发放（联系上时必填；否则自动登记维权案件）' })
  @IsOptional()
  @IsBoolean({ message: '工资是否足额发放应为 true 或 false' })
  wagePaidInFull?: boolean;

  @Field(() => Boolean, { nullable: true, description: '工资是否按时发放（联系上时必填；否则自动登记维权案件）' })
  @IsOptional()
  @IsBoolean({ message: '工资是否按时发放应为 true 或 false' })
  wagePaidOnTime?: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: '最近一个月实发工资（元）' })
  @IsOptional()
  @IsInt({ message: '实发工资应在0-100000元之间' })
  @Min(0, { message: '实发工资应在0-100000元之间' })
  @Max(MAX_AMOUNT_FEN, { message: '实发工资应在0-100000元之间' })
  wageAmount?: number;

  @Field(() => Int, { nullable: true, description: '每周工作小时数（0-168）' })
  @IsOptional()
  @IsInt({ message: '每周工作小时数应为0-168的整数' })
  @Min(0, { message: '每周工作小时数应为0-168的整数' })
  @Max(168, { message: '每周工作小时数应为0-168的整数' })
  hoursPerWeek?: number;

  @Field(() => Int, { nullable: true, description: '每月休息天数（0-31）' })
  @IsOptional()
  @IsInt({ message: '每月休息天数应为0-31的整数' })
  @Min(0, { message: '每月休息天数应为0-31的整数' })
  @Max(31, { message: '每月休息天数应为0-31的整数' })
  daysOffPerMonth?: number;

  @Field(() => String, { nullable: true, description: '食宿条件（最多500字）' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(500, { message: '食宿条件最多500字' })
  livingConditions?: string;

  @Field(() => String, { nullable: true, description: '身体状况（最多500字）' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(500, { message: '身体状况最多500字' })
  health?: string;

  @Field(() => Boolean, { nullable: true, description: '雇主或公司是否扣押其身份证' })
  @IsOptional()
  @IsBoolean({ message: '是否扣押身份证应为 true 或 false' })
  employerHoldsIdCard?: boolean;

  @Field(() => Boolean, { nullable: true, description: '雇主或公司是否扣留其劳动合同' })
  @IsOptional()
  @IsBoolean({ message: '是否扣留劳动合同应为 true 或 false' })
  employerHoldsContract?: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: '家政公司向护工收取的费用（元）' })
  @IsOptional()
  @IsInt({ message: '公司收费应在0-100000元之间' })
  @Min(0, { message: '公司收费应在0-100000元之间' })
  @Max(MAX_AMOUNT_FEN, { message: '公司收费应在0-100000元之间' })
  agencyFees?: number;

  @Field(() => Int, { nullable: true, description: '护工对雇主的满意度（1-5）' })
  @IsOptional()
  @IsSatisfaction('护工对雇主的满意度')
  caregiverSatisfactionEmployer?: number;

  @Field(() => Int, { nullable: true, description: '护工对家政公司的满意度（1-5）' })
  @IsOptional()
  @IsSatisfaction('护工对家政公司的满意度')
  caregiverSatisfactionAgency?: number;

  @Field(() => Int, { nullable: true, description: '雇主对护工的满意度（1-5）' })
  @IsOptional()
  @IsSatisfaction('雇主对护工的满意度')
  employerSatisfactionCaregiver?: number;

  @Field(() => Boolean, { nullable: true, description: '是否反映遭受虐待或骚扰（是：自动登记维权案件）' })
  @IsOptional()
  @IsBoolean({ message: '是否反映遭受虐待或骚扰应为 true 或 false' })
  reportsAbuse?: boolean;

  @Field(() => Boolean, { nullable: true, description: '是否反映受伤（是：自动登记维权案件）' })
  @IsOptional()
  @IsBoolean({ message: '是否反映受伤应为 true 或 false' })
  reportsInjury?: boolean;

  @Field(() => String, { nullable: true, description: '反映的问题或情况说明（最多2000字）' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000, { message: '情况说明最多2000字' })
  problems?: string;
}

@ArgsType()
export class LogFollowUpArgs {
  @Field(() => ID, { description: '回访 id' })
  @IsUUID('all', { message: '回访 id 格式无效' })
  visitId!: string;

  @Field(() => LogFollowUpInput)
  @ValidateNested()
  @Type(() => LogFollowUpInput)
  input!: LogFollowUpInput;
}
