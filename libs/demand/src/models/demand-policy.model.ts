import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '@carebridge/common';
import { DemandPolicy } from '@carebridge/db';

@ObjectType('DemandPolicy', { description: '用工需求政策：管理员可修改的过期宽限期与月薪范围' })
export class DemandPolicyModel {
  @Field(() => Int, { description: '过期宽限天数：到岗日期之后仍未招满的需求再保留的天数' })
  expiryGraceDays!: number;

  @Field(() => MoneyScalar, { description: '允许发布的最低月薪（元）' })
  minMonthlyWage!: number;

  @Field(() => MoneyScalar, { description: '允许发布的最高月薪（元）' })
  maxMonthlyWage!: number;

  @Field({ description: '最近修改时间' })
  updatedAt!: Date;
}

export function toDemandPolicyModel({ expiryGraceDays, minMonthlyWageFen, maxMonthlyWageFen, updatedAt }: DemandPolicy): DemandPolicyModel {
  return { expiryGraceDays, minMonthlyWage: minMonthlyWageFen, maxMonthlyWage: maxMonthlyWageFen, updatedAt };
}
