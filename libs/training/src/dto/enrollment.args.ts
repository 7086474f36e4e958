import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { IsDate, IsNumber, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LocalDateScalar } from '@carebridge/common';

@ArgsType()
export class EnrollTraineeArgs {
  @Field(() => ID, { description: '培训期' })
  @IsUUID('all', { message: 'cohortId 格式无效' })
  cohortId!: string;

  @Field(() => ID, { description: '学员' })
  @IsUUID('all', { message: 'traineeId 格式无效' })
  traineeId!: string;
}

@ArgsType()
export class DropEnrollmentArgs {
  @Field(() => ID, { description: '报名记录' })
  @IsUUID('all', { message: 'enrollmentId 格式无效' })
  enrollmentId!: string;

  @Field({ description: '退训原因' })
  @IsString()
  @Matches(/\S/, { message: '退训原因不能为空' })
  @MaxLength(200, { message: '退训原因最多200个字' })
  reason!: string;
}

@ArgsType()
export class RecordAttendanceArgs {
  @Field(() => ID, { description: '报名记录' })
  @IsUUID('all', { message: 'enrollmentId 格式无效' })
  enrollmentId!: string;

  @Field(() => LocalDateScalar, { description: '考勤日期（在本期培训日期内，且不晚于今天）' })
  @IsDate({ message: '考勤日期无效' })
  date!: Date;

  @Field(() => Float, { description: '理论课时（小时，以0.5为单位）' })
  @IsNumber({}, { message: '理论课时应为数字' })
  theoryHours!: number;

  @Field(() => Float, { description: '实操课时（小时，以0.5为单位）' })
  @IsNumber({}, { message: '实操课时应为数字' })
  practiceHours!: number;
}
