import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { LocalDateScalar } from '@carebridge/common';
import { Normalized, trim } from './normalized';

export const MAX_TERMS_LENGTH = 5000;

@ArgsType()
export class SignAgreementArgs {
  @Field(() => ID, { description: '用工单位 id' })
  @IsUUID('all', { message: '用工单位 id 格式无效' })
  agencyId!: string;

  @Field(() => LocalDateScalar, { description: '签订日期（不晚于今天）' })
  @IsDate({ message: '签订日期无效' })
  signedOn!: Date;

  @Field(() => LocalDateScalar, { description: '有效期至（含当天，须晚于签订日期）' })
  @IsDate({ message: '有效期至日期无效' })
  validUntil!: Date;

  @Field({ description: `协议条款（最多${MAX_TERMS_LENGTH}字）` })
  @Normalized(trim)
  @IsString()
  @IsNotEmpty({ message: '协议条款不能为空' })
  @MaxLength(MAX_TERMS_LENGTH, { message: `协议条款最多${MAX_TERMS_LENGTH}字` })
  terms!: string;
}
