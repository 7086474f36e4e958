import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '@carebridge/common';
import { Benefit, BenefitPolicy } from '@carebridge/db';

@ObjectType('TrainingPolicy', { description: '培训政策：管理员可修改的考核与考勤标准' })
export class TrainingPolicyModel {
  @Field(() => Int, { description: '理论考试合格分（0-100）' })
  theoryPassMark!: number;

  @Field(() => Int, { description: '实操考核合格分（0-100）' })
  practicalPassMark!: number;

  @Field(() => Int, { description: '参加考核所需的最低出勤率（占课程总课时的百分比）' })
  minAttendancePercent!: number;

  @Field(() => Int, { description: '报名最低年龄（开班日当天的周岁）' })
  minEnrollmentAge!: number;

  @Field(() => Int, { description: '每天最多可记录的课时（小时）' })
  maxDailyHours!: number;

  @Field({ description: '最近修改时间' })
  updatedAt!: Date;
}

@ObjectType('BenefitPolicy', { description: '“三包五免”一项待遇每人每期的费用标准' })
export class BenefitPolicyModel {
  @Field(() => Benefit, { description: '待遇' })
  benefit!: Benefit;

  @Field(() => MoneyScalar, { description: '每人每期费用（元）' })
  cost!: number;

  @Field({ description: '最近修改时间' })
  updatedAt!: Date;
}

export function toBenefitPolicyModel({ benefit, costFen, updatedAt }: BenefitPolicy): BenefitPolicyModel {
  return { benefit, cost: costFen, updatedAt };
}
