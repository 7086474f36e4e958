import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { LocalDateScalar } from '@carebridge/common';

@InputType({ description: '新建培训期' })
export class CreateCohortInput {
  @Field(() => Int, { description: '期数（第N期，全项目唯一，从1开始）' })
  @IsInt({ message: '期数应为整数' })
  @Min(1, { message: '期数应从1开始' })
  number!: number;

  @Field(() => ID, { description: '培训基地' })
  @IsUUID('all', { message: 'schoolId 格式无效' })
  schoolId!: string;

  @Field(() => ID, { description: '课程' })
  @IsUUID('all', { message: 'courseId 格式无效' })
  courseId!: string;

  @Field(() => LocalDateScalar, { description: '开班日期' })
  @IsDate({ message: '开班日期无效' })
  startDate!: Date;

  @Field(() => LocalDateScalar, { description: '结束日期（不早于开班日期，总天数不超过课程学制加15天）' })
  @IsDate({ message: '结束日期无效' })
  endDate!: Date;

  @Field(() => Int, { description: '名额（1-5000）' })
  @IsInt({ message: '名额应为整数' })
  @Min(1, { message: '名额至少为1人' })
  @Max(5000, { message: '名额最多为5000人' })
  capacity!: number;
}

@InputType({ description: '培训期筛选条件' })
export class CohortFilter {
  @Field(() => ID, { nullable: true, description: '培训基地' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId 格式无效' })
  schoolId?: string;

  @Field(() => ID, { nullable: true, description: '课程' })
  @IsOptional()
  @IsUUID('all', { message: 'courseId 格式无效' })
  courseId?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '只看这一天正在进行的培训期' })
  @IsOptional()
  @IsDate({ message: 'activeOn 日期无效' })
  activeOn?: Date;
}

@ArgsType()
export class CohortsArgs {
  @Field(() => CohortFilter, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortFilter)
  filter?: CohortFilter;
}

@ArgsType()
export class CohortIdArgs {
  @Field(() => ID, { description: '培训期' })
  @IsUUID('all', { message: '培训期 id 格式无效' })
  id!: string;
}
