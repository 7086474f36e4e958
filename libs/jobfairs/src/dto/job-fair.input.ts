import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';
import { LocalDateScalar } from '@carebridge/common';
import { JobFairMode } from '@carebridge/db';
import { DIVISION_CODE_RULE } from '@carebridge/places';

@InputType({ description: '新建招聘会：线下须填写举办地点，线上须填写参会链接' })
export class CreateJobFairInput {
  @Field({ description: '名称（最多100个字）' })
  @IsString()
  @Matches(/\S/, { message: '招聘会名称不能为空' })
  @MaxLength(100, { message: '招聘会名称最多100个字' })
  title!: string;

  @Field(() => JobFairMode, { description: '线上或线下' })
  @IsEnum(JobFairMode, { message: '招聘会形式应为线上或线下' })
  mode!: JobFairMode;

  @Field(() => LocalDateScalar, { description: '举办日期' })
  @IsDate({ message: '举办日期无效' })
  date!: Date;

  @Field({ nullable: true, description: '举办地点（线下招聘会必填，最多200个字）' })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '举办地点不能为空' })
  @MaxLength(200, { message: '举办地点最多200个字' })
  place?: string;

  @Field({ nullable: true, description: '参会链接（线上招聘会必填，须为 https 网址）' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: '参会链接应为以 https:// 开头的网址' })
  @MaxLength(500, { message: '参会链接最多500个字符' })
  link?: string;

  @Field({ nullable: true, description: '举办城市代码（可选），如 110100' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '城市代码应为6位数字' })
  cityCode?: string;
}

@ArgsType()
export class JobFairIdArgs {
  @Field(() => ID, { description: '招聘会 id' })
  @IsUUID('all', { message: '招聘会 id 格式无效' })
  id!: string;
}

@ArgsType()
export class JobFairsArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: '举办日期不早于此日' })
  @IsOptional()
  @IsDate({ message: '起始日期无效' })
  from?: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: '举办日期不晚于此日' })
  @IsOptional()
  @IsDate({ message: '截止日期无效' })
  to?: Date;
}

@ArgsType()
export class RegisterAgencyForJobFairArgs {
  @Field(() => ID, { description: '招聘会 id' })
  @IsUUID('all', { message: '招聘会 id 格式无效' })
  jobFairId!: string;

  @Field(() => ID, { description: '用工单位 id' })
  @IsUUID('all', { message: '用工单位 id 格式无效' })
  agencyId!: string;
}

@ArgsType()
export class RegisterTraineeForJobFairArgs {
  @Field(() => ID, { description: '招聘会 id' })
  @IsUUID('all', { message: '招聘会 id 格式无效' })
  jobFairId!: string;

  @Field(() => ID, { description: '学员 id' })
  @IsUUID('all', { message: '学员 id 格式无效' })
  traineeId!: string;
}
