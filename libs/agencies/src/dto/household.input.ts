import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsMobilePhone } from '@carebridge/common';
import { DIVISION_CODE_RULE } from '@carebridge/places';
import { normalizeMobilePhone } from '@carebridge/rules';
import { Normalized, trim } from './normalized';

export const MAX_CARE_NEEDS_LENGTH = 2000;

@InputType({ description: '家庭用工登记信息' })
export class RegisterHouseholdInput {
  @Field({ description: '联系人姓名' })
  @Normalized(trim)
  @IsString()
  @IsNotEmpty({ message: '联系人姓名不能为空' })
  @MaxLength(50, { message: '联系人姓名最多50个字' })
  contactName!: string;

  @Field({ description: '联系人手机号（加密保存，显示时脱敏）' })
  @Normalized(normalizeMobilePhone)
  @IsMobilePhone()
  contactPhone!: string;

  @Field({ description: '所在省级行政区代码，如 370000' })
  @Matches(DIVISION_CODE_RULE, { message: '省份代码应为6位数字，如 370000' })
  provinceCode!: string;

  @Field({ description: '所在城市代码，须属于所选省份，如 370200' })
  @Matches(DIVISION_CODE_RULE, { message: '城市代码应为6位数字，如 370200' })
  cityCode!: string;

  @Field(() => String, { nullable: true, description: '地址（可不填）' })
  @IsOptional()
  @Normalized(trim)
  @IsString()
  @MaxLength(200, { message: '地址最多200个字' })
  address?: string | null;

  @Field({ description: `被照护人的照护需求（最多${MAX_CARE_NEEDS_LENGTH}字）` })
  @Normalized(trim)
  @IsString()
  @IsNotEmpty({ message: '照护需求不能为空' })
  @MaxLength(MAX_CARE_NEEDS_LENGTH, { message: `照护需求最多${MAX_CARE_NEEDS_LENGTH}字` })
  careRecipientNeeds!: string;
}

@ArgsType()
export class HouseholdIdArgs {
  @Field(() => ID, { description: '家庭用工 id' })
  @IsUUID('all', { message: '家庭用工 id 格式无效' })
  id!: string;
}
