import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayUnique, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { ScoreComponent } from '@carebridge/matching-engine';
import { ScoreComponentName } from '../models/matching-policy.model';

export const MAX_COMPONENT_WEIGHT = 1000;

@InputType({ description: '一个得分组成项的新权重' })
export class ScoreWeightInput {
  @Field(() => ScoreComponentName, { description: '组成项' })
  @IsEnum(ScoreComponentName, { message: '得分组成项无效' })
  component!: ScoreComponent;

  @Field(() => Int, { description: `权重（0-${MAX_COMPONENT_WEIGHT}的整数，0表示不计该项）` })
  @IsInt({ message: '权重应为整数' })
  @Min(0, { message: `权重应在0-${MAX_COMPONENT_WEIGHT}之间` })
  @Max(MAX_COMPONENT_WEIGHT, { message: `权重应在0-${MAX_COMPONENT_WEIGHT}之间` })
  weight!: number;
}

@InputType({ description: '修改匹配政策：只需填写要改的项；权重只改列出的组成项' })
export class UpdateMatchingPolicyInput {
  @Field(() => Int, { nullable: true, description: '薪资容差（%，0-50）' })
  @IsOptional()
  @IsInt({ message: '薪资容差应为整数' })
  @Min(0, { message: '薪资容差应在0-50之间' })
  @Max(50, { message: '薪资容差应在0-50之间' })
  wageTolerancePercent?: number | null;

  @Field(() => Int, { nullable: true, description: '最多可晚于到岗日期的天数（0-180）' })
  @IsOptional()
  @IsInt({ message: '可晚到岗天数应为整数' })
  @Min(0, { message: '可晚到岗天数应在0-180之间' })
  @Max(180, { message: '可晚到岗天数应在0-180之间' })
  maxStartDelayDays?: number | null;

  @Field(() => Int, { nullable: true, description: '推荐有效期（小时，1-720）' })
  @IsOptional()
  @IsInt({ message: '推荐有效期应为整数小时' })
  @Min(1, { message: '推荐有效期应在1-720小时之间' })
  @Max(720, { message: '推荐有效期应在1-720小时之间' })
  proposalTtlHours?: number | null;

  @Field(() => [ScoreWeightInput], { nullable: true, description: '要修改的权重（每个组成项至多一次）' })
  @IsOptional()
  @ArrayUnique((weight: ScoreWeightInput) => weight.component, { message: '同一得分组成项只能填写一次' })
  @ValidateNested({ each: true })
  @Type(() => ScoreWeightInput)
  weights?: ScoreWeightInput[] | null;
}
