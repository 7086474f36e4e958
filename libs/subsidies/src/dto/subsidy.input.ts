import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar, MoneyScalar, PageArgs } from '@carebridge/common';
import { SubsidyStatus } from '@carebridge/db';

export const MAX_SUBSIDY_FEN = 100_000_00;
const AMOUNT_MESSAGE = '补贴金额应在0.01-100000元之间';
const EXTRA_MESSAGE = '建档立卡贫困户加发金额应在0-100000元之间';
export const REJECT_REASON_MAX_LENGTH = 200;

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@InputType({ description: '新建就业补贴政策' })
export class CreateSubsidyPolicyInput {
  @Field({ description: '政策名称（不可重名）' })
  @trimmed()
  @IsString({ message: '政策名称应为文字' })
  @IsNotEmpty({ message: '政策名称不能为空' })
  @MaxLength(100, { message: '政策名称最多100个字' })
  name!: string;

  @Field(() => Int, { description: '须连续就业的月数（1-60）' })
  @IsInt({ message: '连续就业月数应为整数' })
  @Min(1, { message: '连续就业月数至少为1个月' })
  @Max(60, { message: '连续就业月数最多为60个月' })
  monthsEmployed!: number;

  @Field(() => MoneyScalar, { description: '补贴金额（元）' })
  @IsInt({ message: AMOUNT_MESSAGE })
  @Min(1, { message: AMOUNT_MESSAGE })
  @Max(MAX_SUBSIDY_FEN, { message: AMOUNT_MESSAGE })
  amount!: number;

  @Field(() => MoneyScalar, { defaultValue: 0, description: '建档立卡贫困户加发金额（元，默认0）' })
  @IsInt({ message: EXTRA_MESSAGE })
  @Min(0, { message: EXTRA_MESSAGE })
  @Max(MAX_SUBSIDY_FEN, { message: EXTRA_MESSAGE })
  extraRegisteredPoor!: number;

  @Field(() => LocalDateScalar, { description: '有效期起' })
  @IsDate({ message: '有效期起应为日期' })
  validFrom!: Date;

  @Field(() => LocalDateScalar, { description: '有效期止（不早于有效期起）' })
  @IsDate({ message: '有效期止应为日期' })
  validUntil!: Date;
}

@InputType({ description: '就业补贴申请筛选条件（各条件同时满足）' })
export class SubsidyApplicationFilterInput {
  @Field(() => SubsidyStatus, { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(SubsidyStatus, { message: '补贴申请状态无效' })
  status?: SubsidyStatus | null;

  @Field(() => ID, { nullable: true, description: '补贴政策 id' })
  @IsOptional()
  @IsUUID('all', { message: '补贴政策 id 格式无效' })
  policyId?: string | null;

  @Field(() => ID, { nullable: true, description: '学员 id' })
  @IsOptional()
  @IsUUID('all', { message: '学员 id 格式无效' })
  traineeId?: string | null;
}

@ArgsType()
export class SubsidyApplicationsArgs extends PageArgs {
  @Field(() => SubsidyApplicationFilterInput, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubsidyApplicationFilterInput)
  filter?: SubsidyApplicationFilterInput | null;
}

@ArgsType()
export class ReviewSubsidyArgs {
  @Field(() => ID, { description: '补贴申请 id' })
  @IsUUID('all', { message: '补贴申请 id 格式无效' })
  id!: string;

  @Field({ description: '是否通过' })
  @IsBoolean({ message: '是否通过应为是或否' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: `不通过的原因（不通过时必填，最多${REJECT_REASON_MAX_LENGTH}字）` })
  @IsOptional()
  @trimmed()
  @IsString({ message: '原因应为文字' })
  @MaxLength(REJECT_REASON_MAX_LENGTH, { message: `原因最多${REJECT_REASON_MAX_LENGTH}个字` })
  reason?: string | null;
}

@ArgsType()
export class MarkSubsidyPaidArgs {
  @Field(() => ID, { description: '补贴申请 id' })
  @IsUUID('all', { message: '补贴申请 id 格式无效' })
  id!: string;

  @Field(() => LocalDateScalar, { description: '发放日期（不早于审核通过之日，不晚于今天）' })
  @IsDate({ message: '发放日期应为日期' })
  paidOn!: Date;
}
