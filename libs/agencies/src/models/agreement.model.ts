import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@carebridge/common';

@ObjectType('CooperationAgreement', { description: '合作协议：用工单位只能在协议有效期内发布用工需求' })
export class AgreementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '用工单位 id' })
  agencyId!: string;

  @Field(() => LocalDateScalar, { description: '签订日期（当天起生效）' })
  signedOn!: Date;

  @Field(() => LocalDateScalar, { description: '有效期至（含当天）' })
  validUntil!: Date;

  @Field({ description: '协议条款' })
  terms!: string;

  @Field({ description: '录入时间' })
  createdAt!: Date;
}
