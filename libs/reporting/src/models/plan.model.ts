import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, MoneyScalar } from '@carebridge/common';
import { PlanMetric } from '@carebridge/db';

@ObjectType('PlanFigure', { description: '规划指标的一个数值，按指标的单位只填一项：人数、万分比或金额' })
export class PlanFigureModel {
  @Field(() => Int, { nullable: true, description: '人数（培训人数、就业人数）' })
  people!: number | null;

  @Field(() => Int, { nullable: true, description: '万分比（就业率，6000 = 60%）' })
  basisPoints!: number | null;

  @Field(() => MoneyScalar, { name: 'amount', nullable: true, description: '金额（元，年劳务收入）' })
  amountFen!: number | null;

  @Field({ description: '带单位的文字，如“36000人”“60.00%”“2500000000.00元”' })
  display!: string;
}

@ObjectType('PlanTarget', { description: '规划的一项目标' })
export class PlanTargetModel {
  @Field(() => PlanMetric, { description: '指标' })
  metric!: PlanMetric;

  @Field({ description: '指标名称' })
  label!: string;

  @Field(() => PlanFigureModel, { description: '目标值' })
  target!: PlanFigureModel;
}

@ObjectType('ProgrammePlan', { description: '项目规划，如2021-2025年“三转”规划' })
export class PlanModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field(() => LocalDateScalar, { description: '开始日期' })
  startDate!: string;

  @Field(() => LocalDateScalar, { description: '结束日期' })
  endDate!: string;

  @Field(() => [PlanTargetModel], { description: '目标' })
  targets!: PlanTargetModel[];
}

@ObjectType('PlanTargetProgress', { description: '一项目标的完成情况与预计' })
export class PlanTargetProgressModel extends PlanTargetModel {
  @Field(() => PlanFigureModel, {
    description: '截至统计日期的实际值：培训/就业人数为规划期内新增人数；就业率为两者之比；年劳务收入为规划期内最近12个完整月的工资收入',
  })
  actual!: PlanFigureModel;

  @Field(() => PlanFigureModel, {
    nullable: true,
    description: '规划期末预计值：人数按已过天数的日均数线性推算（日均 × 规划总天数）；就业率 = 预计就业人数 ÷ 预计培训人数；年劳务收入为年化的实际值。规划未开始时为空',
  })
  projected!: PlanFigureModel | null;

  @Field({ description: '是否可望完成：预计值不低于目标值' })
  onTrack!: boolean;

  @Field({ description: '计算口径说明' })
  basis!: string;
}

@ObjectType('PlanProgress', { description: '规划完成情况（仅管理员）' })
export class PlanProgressModel {
  @Field(() => PlanModel, { description: '规划' })
  plan!: PlanModel;

  @Field(() => LocalDateScalar, { description: '统计日期（汇总数据的日期）' })
  asOf!: string;

  @Field(() => LocalDateScalar, { description: '计入的最后一天：统计日期，规划已结束时为规划结束日期' })
  evaluatedThrough!: string;

  @Field(() => Int, { description: '规划已过天数（含首尾）' })
  elapsedDays!: number;

  @Field(() => Int, { description: '规划总天数（含首尾）' })
  totalDays!: number;

  @Field(() => [PlanTargetProgressModel], { description: '各项目标' })
  targets!: PlanTargetProgressModel[];
}
