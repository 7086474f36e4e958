import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar, MoneyScalar } from '@carebridge/common';
import { HouseholdCategory } from '@carebridge/db';
import { RetentionGrouping } from '../report-grouping';

@ObjectType('RetentionHorizon', { description: '首次上岗后第N天的稳岗情况' })
export class RetentionFiguresModel {
  @Field(() => Int, { description: '首次上岗开始后的天数（90、180、365）' })
  days!: number;

  @Field(() => Int, { description: '纳入人数：首次上岗开始日期距统计日期已满N天的护工' })
  eligible!: number;

  @Field(() => Int, { description: '稳岗人数：其中第N天仍在岗（有任一上岗记录覆盖当天，不限首次上岗）的' })
  retained!: number;

  @Field(() => Int, { nullable: true, description: '稳岗率（万分比）= 稳岗人数 ÷ 纳入人数；无纳入人数时为空' })
  retentionRateBasisPoints!: number | null;

  @Field(() => MoneyScalar, { name: 'medianWage', nullable: true, description: '稳岗者第N天所在上岗的约定月薪中位数（元，四舍五入到分）' })
  medianWageFen!: number | null;
}

@ObjectType('RetentionByCategory', { description: '某一人群类别的稳岗情况' })
export class RetentionByCategoryModel {
  @Field(() => HouseholdCategory, { description: '人群类别' })
  householdCategory!: HouseholdCategory;

  @Field(() => [RetentionFiguresModel], { description: '第90、180、365天' })
  horizons!: RetentionFiguresModel[];
}

@ObjectType('RetentionRow', { description: '一个分组的稳岗情况' })
export class RetentionRowModel {
  @Field({ description: '分组键：县代码、人群类别、专业、培训基地 id 或期次 id；空字符串表示合计或“无结业记录”' })
  key!: string;

  @Field({ description: '分组名称' })
  label!: string;

  @Field(() => [RetentionFiguresModel], { description: '第90、180、365天' })
  horizons!: RetentionFiguresModel[];

  @Field(() => [RetentionByCategoryModel], { description: '按人群类别细分' })
  byHouseholdCategory!: RetentionByCategoryModel[];
}

@ObjectType('RetentionRowConnection', { description: '稳岗情况的分组行，分页，按分组的自然顺序（期次按期号）' })
export class RetentionRowConnection extends ConnectionType(RetentionRowModel) {}

@ObjectType('Retention', {
  description:
    '上岗后稳岗情况（仅管理员）：按首次上岗开始日期统计的护工，在其后第90、180、365天仍在岗的比例及当时月薪中位数；可按首次上岗的年份（整年）筛选。数字来自定时刷新的汇总表（见 reportsFreshness）',
})
export class RetentionModel {
  @Field(() => RetentionGrouping, { description: '分组方式' })
  groupBy!: RetentionGrouping;

  @Field(() => Int, { nullable: true, description: '首次上岗开始年份不早于（含）；空为不限' })
  fromYear!: number | null;

  @Field(() => Int, { nullable: true, description: '首次上岗开始年份不晚于（含）；空为不限' })
  toYear!: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '首次上岗开始日期不早于（含）：fromYear 的1月1日；空为不限', deprecationReason: '请改用 fromYear' })
  from!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '首次上岗开始日期不晚于（含）：toYear 的12月31日；空为不限', deprecationReason: '请改用 toYear' })
  to!: string | null;

  // asOf, rows, rowPage and totals: RetentionResolver.
}
