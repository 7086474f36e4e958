import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SCORE_COMPONENTS, type ScoreComponent } from '@carebridge/matching-engine';
import { SCORE_COMPONENT_LABELS } from '../matching-policy.rules';

/** The score components as a GraphQL enum (their names are the engine's). */
export const ScoreComponentName = Object.fromEntries(SCORE_COMPONENTS.map((component) => [component, component])) as { [C in ScoreComponent]: C };
registerEnumType(ScoreComponentName, {
  name: 'ScoreComponent',
  description: '匹配得分的组成项',
  valuesMap: Object.fromEntries(SCORE_COMPONENTS.map((component) => [component, { description: SCORE_COMPONENT_LABELS[component] }])),
});

@ObjectType('ScoreWeight', { description: '一个得分组成项的权重' })
export class ScoreWeightModel {
  @Field(() => ScoreComponentName, { description: '组成项' })
  component!: ScoreComponent;

  @Field({ description: '组成项名称' })
  label!: string;

  @Field(() => Int, { description: '权重（整数）：该项取值（0-100）乘以权重即为该项得分' })
  weight!: number;
}

@ObjectType('MatchingPolicy', { description: '匹配政策：管理员可修改的可行条件、推荐有效期与各得分项权重' })
export class MatchingPolicyModel {
  @Field(() => Int, { description: '薪资容差（%）：需求月薪上限不低于学员期望月薪×(1-容差)即视为可行' })
  wageTolerancePercent!: number;

  @Field(() => Int, { description: '最多可晚于到岗日期的天数' })
  maxStartDelayDays!: number;

  @Field(() => Int, { description: '推荐有效期（小时）：过期未获双方答复的推荐自动失效' })
  proposalTtlHours!: number;

  @Field(() => Int, { description: '等待时间封顶天数：取证后等待超过此天数不再加分（暂不可修改）' })
  waitingTimeCapDays!: number;

  @Field(() => [ScoreWeightModel], { description: '各得分项的权重' })
  weights!: ScoreWeightModel[];

  @Field({ description: '最近修改时间' })
  updatedAt!: Date;
}
