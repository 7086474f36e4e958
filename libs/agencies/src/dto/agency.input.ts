import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsCreditCode, PageArgs } from '@carebridge/common';
import { AgencyStatus } from '@carebridge/db';
import { DIVISION_CODE_RULE } from '@carebridge/places';
import { normalizeCreditCode } from '@carebridge/rules';
import { Normalized, trim, withoutSpaces } from './normalized';

/** A mobile number, or a landline with its area code (0358-8221234, 01062345678). */
export const CONTACT_PHONE_RULE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

@InputType({ description: '用工单位登记信息' })
export class RegisterAgencyInput {
  @Field({ description: '单位名称（与营业执照一致）' })
  @Normalized(trim)
  @IsString()
  @IsNotEmpty({ message: '单位名称不能为空' })
  @MaxLength(100, { message: '单位名称最多100个字' })
  name!: string;

  @Field({ description: '统一社会信用代码（18位）' })
  @Normalized(normalizeCreditCode)
  @IsCreditCode()
  creditCode!: string;

  @Field({ description: '所在省级行政区代码，如 110000' })
  @Matches(DIVISION_CODE_RULE, { message: '省份代码应为6位数字，如 110000' })
  provinceCode!: string;

  @Field({ description: '所在城市代码，须属于所选省份，如 110100' })
  @Matches(DIVISION_CODE_RULE, { message: '城市代码应为6位数字，如 110100' })
  cityCode!: string;

  @Field({ description: '地址' })
  @Normalized(trim)
  @IsString()
  @IsNotEmpty({ message: '地址不能为空' })
  @MaxLength(200, { message: '地址最多200个字' })
  address!: string;

  @Field({ description: '联系人' })
  @Normalized(trim)
  @IsString()
  @IsNotEmpty({ message: '联系人不能为空' })
  @MaxLength(50, { message: '联系人最多50个字' })
  contactName!: string;

  @Field({ description: '联系电话（手机号，或带区号的座机如 010-62345678）' })
  @Normalized(withoutSpaces)
  @Matches(CONTACT_PHONE_RULE, { message: '联系电话应为11位手机号，或带区号的座机号码（如 010-62345678）' })
  contactPhone!: string;
}

@InputType({ description: '修改用工单位：只填要改的字段。单位工作人员只能改地址、所在地和联系人；名称、信用代码和合作状态由管理员修改' })
export class UpdateAgencyInput extends PartialType(RegisterAgencyInput) {
  @Field(() => AgencyStatus, { nullable: true, description: '合作状态（仅管理员）' })
  @IsOptional()
  @IsEnum(AgencyStatus, { message: '合作状态应为 ACTIVE（合作中）或 SUSPENDED（暂停合作）' })
  status?: AgencyStatus;
}

@ArgsType()
export class AgencyIdArgs {
  @Field(() => ID, { description: '用工单位 id' })
  @IsUUID('all', { message: '用工单位 id 格式无效' })
  id!: string;
}

@ArgsType()
export class UpdateAgencyArgs extends AgencyIdArgs {
  @Field(() => UpdateAgencyInput)
  @ValidateNested()
  @Type(() => UpdateAgencyInput)
  input!: UpdateAgencyInput;
}

@InputType({ description: '用工单位列表筛选条件（各条件同时满足）' })
export class AgencyFilterInput {
  @Field({ nullable: true, description: '所在省级行政区代码' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '省份代码应为6位数字，如 110000' })
  provinceCode?: string;

  @Field({ nullable: true, description: '所在城市代码' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '城市代码应为6位数字，如 110100' })
  cityCode?: string;

  @Field(() => AgencyStatus, { nullable: true, description: '合作状态' })
  @IsOptional()
  @IsEnum(AgencyStatus, { message: '合作状态应为 ACTIVE 或 SUSPENDED' })
  status?: AgencyStatus;

  @Field({ nullable: true, description: '名称包含此文字' })
  @IsOptional()
  @Normalized(trim)
  @IsString()
  @Length(1, 50, { message: '名称搜索应为1-50个字' })
  nameContains?: string;
}

@ArgsType()
export class AgenciesArgs extends PageArgs {
  @Field(() => AgencyFilterInput, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgencyFilterInput)
  filter?: AgencyFilterInput;
}
