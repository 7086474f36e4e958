import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@carebridge/common';
import { DemandStatus, Major } from '@carebridge/db';
import { DIVISION_CODE_RULE } from '@carebridge/places';

@InputType({ description: '用工需求列表筛选条件（各条件同时满足）' })
export class DemandFilterInput {
  @Field(() => ID, { nullable: true, description: '用工单位 id（单位工作人员只能看到本单位）' })
  @IsOptional()
  @IsUUID('all', { message: '用工单位 id 格式无效' })
  agencyId?: string | null;

  @Field(() => DemandStatus, { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(DemandStatus, { message: '需求状态无效' })
  status?: DemandStatus | null;

  @Field(() => Major, { nullable: true, description: '专业' })
  @IsOptional()
  @IsEnum(Major, { message: '专业无效' })
  major?: Major | null;

  @Field(() => String, { nullable: true, description: '工作地省级行政区代码' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '省份代码应为6位数字，如 110000' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: '工作地城市代码' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '城市代码应为6位数字，如 110100' })
  cityCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '到岗日期不早于此日' })
  @IsOptional()
  @IsDate({ message: '日期无效' })
  startFrom?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '到岗日期不晚于此日' })
  @IsOptional()
  @IsDate({ message: '日期无效' })
  startTo?: Date | null;
}

@ArgsType()
export class DemandsArgs extends PageArgs {
  @Field(() => DemandFilterInput, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DemandFilterInput)
  filter?: DemandFilterInput | null;
}
