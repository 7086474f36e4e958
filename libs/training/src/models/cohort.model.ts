import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@carebridge/common';

@ObjectType('Cohort', { description: '培训期（第N期）：某培训基地开设的一期课程' })
export class CohortModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '期数（全项目统一编号）' })
  number!: number;

  schoolId!: string;
  courseId!: string;

  @Field(() => LocalDateScalar, { description: '开班日期' })
  startDate!: Date;

  @Field(() => LocalDateScalar, { description: '结束日期' })
  endDate!: Date;

  @Field(() => Int, { description: '名额' })
  capacity!: number;

  @Field(() => Int, { description: '已占名额：报名且未退训的人数' })
  enrolledCount!: number;

  @Field({ description: '创建时间' })
  createdAt!: Date;
}
