import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CertificateLevel, Major } from '@carebridge/db';

@InputType({ description: '新建课程' })
export class CreateCourseInput {
  @Field({ description: '课程名称（不可重复）' })
  @IsString()
  @IsNotEmpty({ message: '课程名称不能为空' })
  @MaxLength(100, { message: '课程名称最多100个字' })
  name!: string;

  @Field(() => Major, { description: '专业' })
  @IsEnum(Major, { message: '专业应为养老陪护、病患陪护、月嫂育儿嫂或家居保洁之一' })
  major!: Major;

  @Field(() => Int, { description: '理论课时（小时，正整数；占总课时的25%-35%）' })
  @IsInt({ message: '理论课时应为整数' })
  @Min(1, { message: '理论课时应为正整数' })
  @Max(2000, { message: '理论课时最多2000小时' })
  theoryHours!: number;

  @Field(() => Int, { description: '实操课时（小时，正整数）' })
  @IsInt({ message: '实操课时应为整数' })
  @Min(1, { message: '实操课时应为正整数' })
  @Max(2000, { message: '实操课时最多2000小时' })
  practiceHours!: number;

  @Field(() => Int, { description: '学制（天，1-90）' })
  @IsInt({ message: '学制天数应为整数' })
  @Min(1, { message: '学制天数至少为1天' })
  @Max(90, { message: '学制天数最多为90天' })
  durationDays!: number;

  @Field(() => CertificateLevel, { nullable: true, description: '考核通过后颁发的证书等级（默认五级/初级工）' })
  @IsOptional()
  @IsEnum(CertificateLevel, { message: '证书等级无效' })
  certificateLevel?: CertificateLevel;
}

@ArgsType()
export class CoursesArgs {
  @Field(() => Major, { nullable: true, description: '只看这一专业的课程' })
  @IsOptional()
  @IsEnum(Major, { message: '专业无效' })
  major?: Major;
}
