import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';
import { LocalDateScalar, MoneyScalar, PageArgs } from '@carebridge/common';
import { PlacementEndReason, PlacementStatus } from '@carebridge/db';
import { DIVISION_CODE_RULE } from '@carebridge/places';
import { HOME_COUNTRY, isCountryCode, WAGE_MONTH_RULE } from '../placement.rules';

export const MIN_MONTHLY_WAGE_FEN = 1_000_00;
export const MAX_MONTHLY_WAGE_FEN = 100_000_00;
const MONTHLY_WAGE_MESSAGE = '月工资应在1000-100000元之间';
const WAGE_AMOUNT_MESSAGE = '工资金额应大于0元且不超过100000元';

const COUNTRY_CODE_MESSAGE = '国家代码应为 ISO 3166-1 两位字母代码，如 CN（中国）、JP（日本）';
const IsCountryCode = () =>
  ValidateBy({ name: 'isCountryCode', validator: { validate: (value) => typeof value === 'string' && isCountryCode(value), defaultMessage: () => COUNTRY_CODE_MESSAGE } });
const UpperCased = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));
const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const IsId = (label: string) => IsUUID('all', { message: `${label} id 格式无效` });

@InputType({
  description:
    '登记上岗。雇主三选一：用工需求（单位、专业、地点取自需求）、家庭（家庭用工）、用工单位（无需求的直接录用）。' +
    '后两种须填写地点：境内填省份与城市代码，境外填国家代码与城市名称。',
})
export class CreatePlacementInput {
  @Field(() => ID, { description: '学员 id（须为待就业状态）' })
  @IsId('学员')
  traineeId!: string;

  @Field(() => ID, { nullable: true, description: '用工需求 id：按该需求录用，占用一个名额' })
  @IsOptional()
  @IsId('用工需求')
  demandId?: string;

  @Field(() => ID, { nullable: true, description: '家庭 id：家庭直接雇用（仅管理员登记）' })
  @IsOptional()
  @IsId('家庭')
  householdId?: string;

  @Field(() => ID, { nullable: true, description: '用工单位 id：无用工需求的直接录用' })
  @IsOptional()
  @IsId('用工单位')
  agencyId?: string;

  @Field({ defaultValue: HOME_COUNTRY, description: '国家代码（ISO 3166-1 两位字母，默认 CN；境外如 JP）' })
  @UpperCased()
  @IsCountryCode()
  countryCode!: string;

  @Field({ nullable: true, description: '省级行政区代码（境内必填，境外不填）' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '省份代码应为6位数字' })
  provinceCode?: string;

  @Field({ nullable: true, description: '城市代码（境内必填，境外不填）' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '城市代码应为6位数字' })
  cityCode?: string;

  @Field({ nullable: true, description: '城市名称（境外必填，如“东京”；境内由城市代码得出，不填）' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Matches(/\S/, { message: '城市名称不能为空' })
  @MaxLength(50, { message: '城市名称最多50个字' })
  cityName?: string;

  @Field(() => MoneyScalar, { description: '月工资（元，1000-100000）' })
  @IsInt({ message: MONTHLY_WAGE_MESSAGE })
  @Min(MIN_MONTHLY_WAGE_FEN, { message: MONTHLY_WAGE_MESSAGE })
  @Max(MAX_MONTHLY_WAGE_FEN, { message: MONTHLY_WAGE_MESSAGE })
  monthlyWage!: number;

  @Field({ nullable: true, description: '劳动合同编号（最多50个字符）' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Matches(/\S/, { message: '劳动合同编号不能为空' })
  @MaxLength(50, { message: '劳动合同编号最多50个字符' })
  contractNumber?: string;

  @Field(() => LocalDateScalar, { description: '上岗日期' })
  @IsDate({ message: '上岗日期无效' })
  startDate!: Date;

  @Field(() => ID, { nullable: true, description: '招聘会 id：在该招聘会上录用（学员与用工单位都须已报名）' })
  @IsOptional()
  @IsId('招聘会')
  jobFairId?: string;
}

@ArgsType()
export class EndPlacementArgs {
  @Field(() => ID, { description: '上岗记录 id' })
  @IsId('上岗记录')
  id!: string;

  @Field(() => LocalDateScalar, { description: '结束日期（不早于上岗日期，不晚于今天）' })
  @IsDate({ message: '结束日期无效' })
  endDate!: Date;

  @Field(() => PlacementEndReason, { description: '结束原因' })
  @IsEnum(PlacementEndReason, { message: '结束原因无效' })
  reason!: PlacementEndReason;

  @Field({ nullable: true, description: '情况说明（最多500个字；原因为“其他”时必填）' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(500, { message: '情况说明最多500个字' })
  note?: string;
}

@InputType({ description: '上岗记录筛选条件（各条件同时满足）' })
export class PlacementFilterInput {
  @Field(() => ID, { nullable: true, description: '学员 id' })
  @IsOptional()
  @IsId('学员')
  traineeId?: string;

  @Field(() => ID, { nullable: true, description: '用工单位 id' })
  @IsOptional()
  @IsId('用工单位')
  agencyId?: string;

  @Field(() => PlacementStatus, { nullable: true, description: '在岗或已结束' })
  @IsOptional()
  @IsEnum(PlacementStatus, { message: '上岗状态无效' })
  status?: PlacementStatus;

  @Field({ nullable: true, description: '国家代码，如 CN、JP' })
  @IsOptional()
  @UpperCased()
  @IsCountryCode()
  countryCode?: string;

  @Field({ nullable: true, description: '城市代码' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '城市代码应为6位数字' })
  cityCode?: string;
}

@ArgsType()
export class PlacementsArgs extends PageArgs {
  @Field(() => PlacementFilterInput, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlacementFilterInput)
  filter?: PlacementFilterInput;
}

@ArgsType()
export class PlacementIdArgs {
  @Field(() => ID, { description: '上岗记录 id' })
  @IsId('上岗记录')
  id!: string;
}

@ArgsType()
export class RecordWageArgs {
  @Field(() => ID, { description: '上岗记录 id' })
  @IsId('上岗记录')
  placementId!: string;

  @Field({ description: '工资所属月份，格式 YYYY-MM（须在上岗期间内）' })
  @Matches(WAGE_MONTH_RULE, { message: '工资月份格式应为 YYYY-MM，如 2026-03' })
  month!: string;

  @Field(() => MoneyScalar, { description: '实发金额（元，大于0）' })
  @IsInt({ message: WAGE_AMOUNT_MESSAGE })
  @Min(1, { message: WAGE_AMOUNT_MESSAGE })
  @Max(MAX_MONTHLY_WAGE_FEN, { message: WAGE_AMOUNT_MESSAGE })
  amount!: number;

  @Field(() => LocalDateScalar, { description: '发放日期（不早于该月1日，不晚于今天）' })
  @IsDate({ message: '发放日期无效' })
  paidOn!: Date;
}
