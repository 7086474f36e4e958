import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageArgs } from '@carebridge/common';
import { Major } from '@carebridge/db';
import { DIVISION_CODE_RULE } from '@carebridge/places';

@InputType({ description: '匹配范围：不填的条件不限' })
export class MatchingScopeInput {
  @Field(() => String, { nullable: true, description: '工作地省级行政区代码，如 110000：只匹配该省的用工需求，以及意向城市在该省或接受任何地点的学员' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '省份代码应为6位数字，如 110000' })
  provinceCode?: string | null;

  @Field(() => Major, { nullable: true, description: '专业：只匹配该专业的用工需求，以及持有该专业有效证书的学员' })
  @IsOptional()
  @IsEnum(Major, { message: '专业无效' })
  major?: Major | null;
}

@ArgsType()
export class MatchingRunIdArgs {
  @Field(() => ID, { description: '匹配运行 id' })
  @IsUUID('all', { message: '匹配运行 id 格式无效' })
  id!: string;
}

@ArgsType()
export class MatchingUnmatchedArgs extends PageArgs {
  @Field(() => ID, { description: '匹配运行 id' })
  @IsUUID('all', { message: '匹配运行 id 格式无效' })
  runId!: string;
}
