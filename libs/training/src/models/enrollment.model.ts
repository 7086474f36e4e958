import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '@carebridge/common';
import { Benefit, EnrollmentStatus } from '@carebridge/db';

@ObjectType('Enrollment', { description: '报名（参训）：一名学员在一期培训中' })
export class EnrollmentModel {
  @Field(() => ID)
  id!: string;

  traineeId!: string;
  cohortId!: string;

  @Field(() => EnrollmentStatus, { description: '状态' })
  status!: EnrollmentStatus;

  @Field({ description: '报名时间' })
  enrolledAt!: Date;

  @Field(() => Date, { nullable: true, description: '退训时间' })
  droppedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '退训原因' })
  dropReason!: string | null;
}

@ObjectType('EnrollmentBenefit', { description: '本次参训享受的一项“三包五免”待遇及其费用（报名时按当时标准记录）' })
export class EnrollmentBenefitModel {
  @Field(() => Benefit, { description: '待遇' })
  benefit!: Benefit;

  @Field(() => MoneyScalar, { description: '费用（元）' })
  cost!: number;
}
