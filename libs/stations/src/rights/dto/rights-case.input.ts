import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MoneyScalar, PageArgs } from '@carebridge/common';
import { RightsCaseCategory, RightsCaseStatus } from '@carebridge/db';

const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const IsId = (label: string) => IsUUID('all', { message: `${label} id 格式无效` });
const MAX_CLAIM_FEN = 10_000_000_00;
const AMOUNT_MESSAGE = '金额应在0-1000万元之间';

@InputType({ description: '登记维权案件。涉及对象二选一：上岗记录（护工、单位取自该记录），或用工单位（管理员和服务站须同时指定护工）' })
export class OpenRightsCaseInput {
  @Field(() => RightsCaseCategory, { description: '类别' })
  @IsEnum(RightsCaseCategory, { message: '案件类别无效' })
  category!: RightsCaseCategory;

  @Field(() => ID, { nullable: true, description: '涉及的上岗记录 id' })
  @IsOptional()
  @IsId('上岗记录')
  placementId?: string;

  @Field(() => ID, { nullable: true, description: '涉及的用工单位 id（不指定上岗记录时）' })
  @IsOptional()
  @IsId('用工单位')
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: '护工（学员）id：按用工单位登记时由管理员或服务站指定；护工本人登记时不填' })
  @IsOptional()
  @IsId('学员')
  traineeId?: string;

  @Field({ description: '案情描述（最多2000字）' })
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: '案情描述不能为空' })
  @MaxLength(2000, { message: '案情描述最多2000字' })
  description!: string;

  @Field(() => MoneyScalar, { nullable: true, description: '主张的金额（元），如拖欠的工资' })
  @IsOptional()
  @IsInt({ message: AMOUNT_MESSAGE })
  @Min(0, { message: AMOUNT_MESSAGE })
  @Max(MAX_CLAIM_FEN, { message: AMOUNT_MESSAGE })
  amountClaimed?: number;
}

@ArgsType()
export class RightsCaseIdArgs {
  @Field(() => ID, { description: '案件 id' })
  @IsId('案件')
  id!: string;
}

@ArgsType()
export class TransitionRightsCaseArgs extends RightsCaseIdArgs {
  @Field(() => RightsCaseStatus, { description: '新状态' })
  @IsEnum(RightsCaseStatus, { message: '案件状态无效' })
  to!: RightsCaseStatus;

  @Field({ description: '说明（记入案件记录，最多2000字）' })
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: '请填写说明' })
  @MaxLength(2000, { message: '说明最多2000字' })
  note!: string;

  @Field(() => MoneyScalar, { nullable: true, description: '追回的金额（元）：解决时必填（没有追回填0），其他状态不填' })
  @IsOptional()
  @IsInt({ message: AMOUNT_MESSAGE })
  @Min(0, { message: AMOUNT_MESSAGE })
  @Max(MAX_CLAIM_FEN, { message: AMOUNT_MESSAGE })
  amountRecovered?: number;
}

@ArgsType()
export class AddRightsCaseNoteArgs extends RightsCaseIdArgs {
  @Field({ description: '备注（最多2000字）' })
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: '备注不能为空' })
  @MaxLength(2000, { message: '备注最多2000字' })
  note!: string;

  @Field({ defaultValue: false, description: '不向用工单位公开（护工的隐私内容）' })
  @IsBoolean({ message: '是否保密应为 true 或 false' })
  private!: boolean;
}

@InputType({ description: '维权案件筛选条件（各条件同时满足）' })
export class RightsCaseFilterInput {
  @Field(() => RightsCaseStatus, { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(RightsCaseStatus, { message: '案件状态无效' })
  status?: RightsCaseStatus;

  @Field(() => RightsCaseCategory, { nullable: true, description: '类别' })
  @IsOptional()
  @IsEnum(RightsCaseCategory, { message: '案件类别无效' })
  category?: RightsCaseCategory;

  @Field(() => ID, { nullable: true, description: '服务站 id' })
  @IsOptional()
  @IsId('服务站')
  stationId?: string;

  @Field(() => ID, { nullable: true, description: '用工单位 id' })
  @IsOptional()
  @IsId('用工单位')
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: '护工（学员）id' })
  @IsOptional()
  @IsId('学员')
  traineeId?: string;
}

@ArgsType()
export class RightsCasesArgs extends PageArgs {
  @Field(() => RightsCaseFilterInput, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RightsCaseFilterInput)
  filter?: RightsCaseFilterInput;
}

@ArgsType()
export class AgencyRightsCasesArgs extends PageArgs {
  @Field(() => ID, { description: '用工单位 id（单位工作人员只能查本单位）' })
  @IsId('用工单位')
  agencyId!: string;

  @Field(() => RightsCaseStatus, { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(RightsCaseStatus, { message: '案件状态无效' })
  status?: RightsCaseStatus;
}

@ArgsType()
export class AgencyRecordArgs {
  @Field(() => ID, { description: '用工单位 id（单位工作人员只能查本单位）' })
  @IsId('用工单位')
  agencyId!: string;
}
