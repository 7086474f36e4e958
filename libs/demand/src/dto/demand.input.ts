import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar, MoneyScalar } from '@carebridge/common';
import { CertificateLevel, Major } from '@carebridge/db';
import { DIVISION_CODE_RULE } from '@carebridge/places';

export const MAX_DUTIES_LENGTH = 3000;
export const MAX_HEADCOUNT = 500;
export const MAX_REQUIREMENTS = 20;
const NOT_BLANK = /\S/;

@InputType({ description: '一项结构化用工要求。允许的类型：CERTIFICATE_LEVEL（职业技能等级，取值 LEVEL_5…LEVEL_1）、MAJOR（专业）、MIN_EXPERIENCE_MONTHS（最少从业月数 0-240）、HEALTH_CERTIFICATE（健康证）、LIVE_IN（住家）、SAME_SEX_AS_RECIPIENT（与被护理人同性，仅限贴身护理且须写明理由）；民族、户籍、婚育、相貌、身高体重、年龄等要求一律不予发布' })
export class DemandRequirementInput {
  @Field({ description: '要求类型，如 HEALTH_CERTIFICATE' })
  @IsString()
  @Matches(NOT_BLANK, { message: '要求类型不能为空' })
  @MaxLength(40, { message: '要求类型最多40个字符' })
  kind!: string;

  @Field(() => String, { nullable: true, description: '取值（部分类型需要，如 CERTIFICATE_LEVEL 的 LEVEL_4）' })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '要求取值最多50个字' })
  value?: string | null;

  @Field(() => String, { nullable: true, description: '理由（SAME_SEX_AS_RECIPIENT 必填，至少10个字）' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '要求理由最多500个字' })
  justification?: string | null;
}

@InputType({ description: '发布用工需求' })
export class PostDemandInput {
  @Field(() => ID, { nullable: true, description: '用工单位 id：管理员必填；单位工作人员不填即为本单位' })
  @IsOptional()
  @IsUUID('all', { message: '用工单位 id 格式无效' })
  agencyId?: string | null;

  @Field(() => Major, { description: '专业' })
  @IsEnum(Major, { message: '专业无效' })
  major!: Major;

  @Field(() => Int, { description: `招聘人数（1-${MAX_HEADCOUNT}）` })
  @IsInt({ message: '招聘人数应为整数' })
  @Min(1, { message: `招聘人数应在1-${MAX_HEADCOUNT}之间` })
  @Max(MAX_HEADCOUNT, { message: `招聘人数应在1-${MAX_HEADCOUNT}之间` })
  headcount!: number;

  @Field({ description: '工作地省级行政区代码，如 110000' })
  @Matches(DIVISION_CODE_RULE, { message: '省份代码应为6位数字，如 110000' })
  provinceCode!: string;

  @Field({ description: '工作地城市代码，须属于所选省份，如 110100' })
  @Matches(DIVISION_CODE_RULE, { message: '城市代码应为6位数字，如 110100' })
  cityCode!: string;

  @Field(() => MoneyScalar, { description: '月薪下限（元）' })
  @IsInt({ message: '月薪下限格式无效' })
  @Min(1, { message: '月薪下限应大于0' })
  wageMin!: number;

  @Field(() => MoneyScalar, { description: '月薪上限（元，不低于下限）' })
  @IsInt({ message: '月薪上限格式无效' })
  @Min(1, { message: '月薪上限应大于0' })
  wageMax!: number;

  @Field(() => LocalDateScalar, { description: '到岗日期（不早于今天）' })
  @IsDate({ message: '到岗日期无效' })
  startDate!: Date;

  @Field({ description: '是否住家' })
  @IsBoolean({ message: '是否住家应为 true 或 false' })
  liveIn!: boolean;

  @Field(() => CertificateLevel, { description: '最低职业技能等级' })
  @IsEnum(CertificateLevel, { message: '最低职业技能等级无效' })
  minCertificateLevel!: CertificateLevel;

  @Field({ description: `工作内容（最多${MAX_DUTIES_LENGTH}字）；发布前检查是否含有就业歧视内容` })
  @IsString()
  @Matches(NOT_BLANK, { message: '工作内容不能为空' })
  @MaxLength(MAX_DUTIES_LENGTH, { message: `工作内容最多${MAX_DUTIES_LENGTH}字` })
  duties!: string;

  // Optional rather than defaulting to []: a default would be inherited by UpdateDemandInput and clear the stored list.
  @Field(() => [DemandRequirementInput], { nullable: true, description: `结构化用工要求（最多${MAX_REQUIREMENTS}项，不填为无）` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_REQUIREMENTS, { message: `用工要求最多${MAX_REQUIREMENTS}项` })
  @ValidateNested({ each: true })
  @Type(() => DemandRequirementInput)
  requirements?: DemandRequirementInput[] | null;
}

@InputType({ description: '修改用工需求（仅招聘中的需求）：只填要改的字段；修改后的整条需求重新进行平等就业检查' })
export class UpdateDemandInput extends PartialType(OmitType(PostDemandInput, ['agencyId'] as const)) {}

@ArgsType()
export class DemandIdArgs {
  @Field(() => ID, { description: '用工需求 id' })
  @IsUUID('all', { message: '用工需求 id 格式无效' })
  id!: string;
}

@ArgsType()
export class UpdateDemandArgs extends DemandIdArgs {
  @Field(() => UpdateDemandInput)
  @ValidateNested()
  @Type(() => UpdateDemandInput)
  input!: UpdateDemandInput;
}

@ArgsType()
export class CloseDemandArgs extends DemandIdArgs {
  @Field({ description: '关闭原因' })
  @IsString()
  @Matches(NOT_BLANK, { message: '关闭原因不能为空' })
  @MaxLength(500, { message: '关闭原因最多500个字' })
  reason!: string;
}
