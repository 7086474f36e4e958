import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { IsLvliangCounty, IsResidentId, PageArgs } from '@carebridge/common';
import { HouseholdCategory, Major, TraineeStatus } from '@carebridge/db';
import { normalizeResidentId } from '@carebridge/rules';
import { Normalized, trim } from './normalized';

@InputType({ description: '学员列表筛选条件（各条件同时满足）' })
export class TraineeFilterInput {
  @Field({ nullable: true, description: '户籍所在县(市、区)代码' })
  @IsOptional()
  @IsLvliangCounty()
  countyCode?: string;

  @Field(() => HouseholdCategory, { nullable: true, description: '人群类别' })
  @IsOptional()
  @IsEnum(HouseholdCategory, { message: '人群类别无效' })
  householdCategory?: HouseholdCategory;

  @Field(() => TraineeStatus, { nullable: true, description: '当前状态' })
  @IsOptional()
  @IsEnum(TraineeStatus, { message: '学员状态无效' })
  status?: TraineeStatus;

  @Field(() => Major, { nullable: true, description: '意向专业包含此专业' })
  @IsOptional()
  @IsEnum(Major, { message: '专业无效' })
  major?: Major;

  @Field(() => ID, { nullable: true, description: '参加过此期培训' })
  @IsOptional()
  @IsUUID('all', { message: 'cohortId 格式无效' })
  cohortId?: string;

  @Field({ nullable: true, description: '姓名包含此文字' })
  @IsOptional()
  @Normalized(trim)
  @IsString()
  @Length(1, 30, { message: '姓名搜索应为1-30个字' })
  nameContains?: string;
}

@ArgsType()
export class TraineesArgs extends PageArgs {
  @Field(() => TraineeFilterInput, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TraineeFilterInput)
  filter?: TraineeFilterInput;
}

@ArgsType()
export class TraineeIdArgs {
  @Field(() => ID, { description: '学员 id' })
  @IsUUID('all', { message: '学员 id 格式无效' })
  id!: string;
}

@ArgsType()
export class MarkAvailableArgs {
  @Field(() => ID, { description: '学员 id' })
  @IsUUID('all', { message: '学员 id 格式无效' })
  traineeId!: string;
}

@ArgsType()
export class TraineeByResidentIdArgs {
  @Field({ description: '完整的居民身份证号（18位）' })
  @Normalized(normalizeResidentId)
  @IsResidentId()
  residentId!: string;
}
