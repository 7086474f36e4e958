import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsAcceptablePassword } from '@carebridge/auth';
import { IsLvliangCounty, IsMobilePhone, IsResidentId, MoneyScalar } from '@carebridge/common';
import { EducationLevel, HouseholdCategory, Major } from '@carebridge/db';
import { normalizeMobilePhone, normalizeResidentId } from '@carebridge/rules';
import { normalizePersonName, PERSON_NAME_MESSAGE, PERSON_NAME_RULE } from '../person-name';
import { Normalized, NormalizedEach, trim } from './normalized';

export const MIN_EXPECTED_WAGE_FEN = 1_000_00;
export const MAX_EXPECTED_WAGE_FEN = 50_000_00;
const WAGE_MESSAGE = '期望月薪应在1000-50000元之间';

@InputType({ description: '学员登记信息（出生日期与性别由身份证号得出，无需填写）' })
export class RegisterTraineeInput {
  @Field({ description: '姓名（2-30个汉字，少数民族姓名用“·”分隔）' })
  @Normalized(normalizePersonName)
  @Matches(PERSON_NAME_RULE, { message: PERSON_NAME_MESSAGE })
  name!: string;

  @Field({ description: '居民身份证号（18位）' })
  @Normalized(normalizeResidentId)
  @IsResidentId()
  residentId!: string;

  @Field({ description: '手机号（学员以此登录）' })
  @Normalized(normalizeMobilePhone)
  @IsMobilePhone()
  phone!: string;

  @Field({ description: '户籍所在县(市、区)代码，如 141124（临县）' })
  @IsLvliangCounty()
  countyCode!: string;

  @Field(() => HouseholdCategory, { description: '人群类别' })
  @IsEnum(HouseholdCategory, { message: '人群类别无效' })
  householdCategory!: HouseholdCategory;

  @Field(() => EducationLevel, { description: '文化程度' })
  @IsEnum(EducationLevel, { message: '文化程度无效' })
  educationLevel!: EducationLevel;

  @Field(() => [Major], { description: '意向专业（至少一个，不可重复）' })
  @ArrayNotEmpty({ message: '意向专业至少选择一个' })
  @ArrayUnique({ message: '意向专业不能重复' })
  @IsEnum(Major, { each: true, message: '意向专业无效' })
  majorsWanted!: Major[];

  @Field(() => [String], { description: '意向就业城市（最多10个），如 北京市' })
  @NormalizedEach(trim)
  @ArrayMaxSize(10, { message: '意向就业城市最多填写10个' })
  @ArrayUnique({ message: '意向就业城市不能重复' })
  @IsString({ each: true, message: '意向就业城市应为城市名称' })
  @Length(2, 20, { each: true, message: '意向就业城市名称应为2-20个字' })
  destinationsWanted!: string[];

  @Field({ defaultValue: false, description: '是否接受任何就业地点（默认否）' })
  @IsBoolean({ message: '是否接受任何就业地点应为是或否' })
  acceptsAnyDestination!: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: '期望月薪（元，1000-50000）' })
  @IsOptional()
  @IsInt({ message: WAGE_MESSAGE })
  @Min(MIN_EXPECTED_WAGE_FEN, { message: WAGE_MESSAGE })
  @Max(MAX_EXPECTED_WAGE_FEN, { message: WAGE_MESSAGE })
  expectedMonthlyWage?: number;

  @Field({ nullable: true, description: '登录密码：自助登记（未登录）时必填，用于以手机号登录；工作人员代为登记时不填' })
  @IsOptional()
  @IsAcceptablePassword()
  password?: string;
}
