import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MoneyScalar } from '@carebridge/common';
import { Benefit } from '@carebridge/db';

@InputType({ description: '修改培训政策：只需填写要改的项' })
export class UpdateTrainingPolicyInput {
  @Field(() => Int, { nullable: true, description: '理论考试合格分（0-100）' })
  @IsOptional()
  @IsInt({ message: '理论考试合格分应为整数' })
  @Min(0, { message: '理论考试合格分应在0-100之间' })
  @Max(100, { message: '理论考试合格分应在0-100之间' })
  theoryPassMark?: number;

  @Field(() => Int, { nullable: true, description: '实操考核合格分（0-100）' })
  @IsOptional()
  @IsInt({ message: '实操考核合格分应为整数' })
  @Min(0, { message: '实操考核合格分应在0-100之间' })
  @Max(100, { message: '实操考核合格分应在0-100之间' })
  practicalPassMark?: number;

  @Field(() => Int, { nullable: true, description: '参加考核所需的最低出勤率（0-100，百分比）' })
  @IsOptional()
  @IsInt({ message: '最低出勤率应为整数' })
  @Min(0, { message: '最低出勤率应在0-100之间' })
  @Max(100, { message: '最低出勤率应在0-100之间' })
  minAttendancePercent?: number;

  @Field(() => Int, { nullable: true, description: '报名最低年龄（16-60周岁）' })
  @IsOptional()
  @IsInt({ message: '报名最低年龄应为整数' })
  @Min(16, { message: '报名最低年龄应在16-60周岁之间' })
  @Max(60, { message: '报名最低年龄应在16-60周岁之间' })
  minEnrollmentAge?: number;

  @Field(() => Int, { nullable: true, description: '每天最多可记录的课时（1-16小时）' })
  @IsOptional()
  @IsInt({ message: '每日课时上限应为整数' })
  @Min(1, { message: '每日课时上限应在1-16小时之间' })
  @Max(16, { message: '每日课时上限应在1-16小时之间' })
  maxDailyHours?: number;
}

@ArgsType()
export class SetBenefitCostArgs {
  @Field(() => Benefit, { description: '待遇' })
  @IsEnum(Benefit, { message: '待遇项目无效' })
  benefit!: Benefit;

  @Field(() => MoneyScalar, { description: '每人每期费用（元，不小于0）' })
  @IsInt({ message: '费用格式无效' })
  @Min(0, { message: '费用不能为负数' })
  cost!: number;
}
