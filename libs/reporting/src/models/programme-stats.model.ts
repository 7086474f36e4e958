import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar, MoneyScalar } from '@carebridge/common';
import { HouseholdCategory, RightsCaseCategory } from '@carebridge/db';
import { ReportGrouping } from '../report-grouping';

const TRAINED = '培训人数：首次结业（考核通过或未通过）所在期次的结业日期在期间内的学员，每人只计一次';
const CERTIFIED = '取证数：期间内颁发的职业技能等级证书数（含其后撤销的）';
const EMPLOYED = '就业人数：首次上岗日期在期间内的护工，每人只计一次；期次、基地、专业按其首次结业的期次归属';
const RATE = '就业率（万分比，6000 = 60%）：同一分组同一期间的就业人数 ÷ 培训人数；两者均为期间内的新增人数，小范围分组可能超过100%；无培训人数时为空';

@ObjectType('ProgrammeFlowByCategory', { description: '某一人群类别的培训、取证、就业人数' })
export class CategoryFlowModel {
  @Field(() => HouseholdCategory, { description: '人群类别' })
  householdCategory!: HouseholdCategory;

  @Field(() => Int, { description: TRAINED })
  trained!: number;

  @Field(() => Int, { description: CERTIFIED })
  certified!: number;

  @Field(() => Int, { description: EMPLOYED })
  employed!: number;

  @Field(() => Int, { nullable: true, description: RATE })
  employmentRateBasisPoints!: number | null;
}

@ObjectType('ProgrammeFlowRow', { description: '一个分组（县、人群类别、专业、培训基地、期次或年度）的培训与就业数字' })
export class FlowRowModel {
  @Field({ description: '分组键：县代码、人群类别、专业、培训基地 id、期次 id 或年份；空字符串表示合计或“无结业记录”' })
  key!: string;

  @Field({ description: '分组名称' })
  label!: string;

  @Field(() => Int, { description: TRAINED })
  trained!: number;

  @Field(() => Int, { description: CERTIFIED })
  certified!: number;

  @Field(() => Int, { description: EMPLOYED })
  employed!: number;

  @Field(() => Int, { nullable: true, description: RATE })
  employmentRateBasisPoints!: number | null;

  @Field(() => Int, { description: '其中建档立卡贫困户培训人数' })
  registeredPoorTrained!: number;

  @Field(() => Int, { description: '其中建档立卡贫困户就业人数' })
  registeredPoorEmployed!: number;

  @Field(() => [CategoryFlowModel], { description: '按人群类别细分（五类齐全，无数据为0）' })
  byHouseholdCategory!: CategoryFlowModel[];
}

@ObjectType('ProgrammeFlowRowConnection', { description: '培训与就业数字的分组行，分页，按分组的自然顺序（期次按期号）' })
export class FlowRowConnection extends ConnectionType(FlowRowModel) {}

@ObjectType('CategoryCount', { description: '某一人群类别的数量' })
export class CategoryCountModel {
  @Field(() => HouseholdCategory, { description: '人群类别' })
  householdCategory!: HouseholdCategory;

  @Field(() => Int, { description: '数量' })
  count!: number;
}

@ObjectType('PlacementPlaceRow', { description: '某一国家、省份或城市的上岗人次' })
export class PlaceRowModel {
  @Field({ description: '国家代码、省份代码（境外为国家代码）或城市代码（境外为“国家代码:城市名”）' })
  key!: string;

  @Field({ description: '名称' })
  label!: string;

  @Field(() => Int, { description: '上岗日期在期间内的上岗人次（每条上岗记录计一次）' })
  placements!: number;

  @Field(() => [CategoryCountModel], { description: '按人群类别细分' })
  byHouseholdCategory!: CategoryCountModel[];
}

@ObjectType('WageBucketRow', { description: '一个月薪区间内的上岗人次' })
export class WageBucketRowModel {
  @Field({ description: '区间名称，如“3000-4000元”' })
  label!: string;

  @Field(() => MoneyScalar, { name: 'minMonthlyWage', nullable: true, description: '月薪下限（元，含）；无下限为空' })
  minMonthlyWageFen!: number | null;

  @Field(() => MoneyScalar, { name: 'maxMonthlyWage', nullable: true, description: '月薪上限（元，不含）；无上限为空' })
  maxMonthlyWageFen!: number | null;

  @Field(() => Int, { description: '上岗日期在期间内、约定月薪在此区间的上岗人次' })
  placements!: number;

  @Field(() => [CategoryCountModel], { description: '按人群类别细分' })
  byHouseholdCategory!: CategoryCountModel[];
}

@ObjectType('CategoryMedianWage', { description: '某一人群类别的月薪中位数' })
export class CategoryMedianWageModel {
  @Field(() => HouseholdCategory, { description: '人群类别' })
  householdCategory!: HouseholdCategory;

  @Field(() => Int, { description: '上岗人次' })
  placements!: number;

  @Field(() => MoneyScalar, { name: 'medianMonthlyWage', nullable: true, description: '约定月薪中位数（元）' })
  medianMonthlyWageFen!: number | null;
}

@ObjectType('MedianWageYear', { description: '某一年开始的上岗的约定月薪中位数' })
export class MedianWageYearModel {
  @Field(() => Int, { description: '上岗年份' })
  year!: number;

  @Field(() => Int, { description: '该年（且在期间内）开始的上岗人次' })
  placements!: number;

  @Field(() => MoneyScalar, { name: 'medianMonthlyWage', nullable: true, description: '约定月薪中位数（元）：与 percentile_cont(0.5) 相同，偶数个时取中间两个的平均，四舍五入到分' })
  medianMonthlyWageFen!: number | null;

  @Field(() => [CategoryMedianWageModel], { description: '按人群类别细分' })
  byHouseholdCategory!: CategoryMedianWageModel[];
}

@ObjectType('WageIncomeByCategory', { description: '某一人群类别的工资收入' })
export class IncomeByCategoryModel {
  @Field(() => HouseholdCategory, { description: '人群类别' })
  householdCategory!: HouseholdCategory;

  @Field(() => MoneyScalar, { name: 'recorded', description: '工资记录的实发金额（元）' })
  recordedFen!: number;

  @Field(() => MoneyScalar, { name: 'estimated', description: '无工资记录的上岗按约定月薪估算的金额（元）' })
  estimatedFen!: number;

  @Field(() => MoneyScalar, { name: 'total', description: '合计（元）' })
  totalFen!: number;
}

@ObjectType('WageIncomeYear', { description: '护工某一年的工资总收入' })
export class WageIncomeYearModel {
  @Field(() => Int, { description: '年份' })
  year!: number;

  @Field(() => MoneyScalar, { name: 'recorded', description: '工资记录（每月实发工资）之和（元）' })
  recordedFen!: number;

  @Field(() => MoneyScalar, {
    name: 'estimated',
    description: '没有任何工资记录的上岗，按约定月薪 ×（当月在岗天数 ÷ 当月天数）逐月估算至结束日期或统计日期，每月四舍五入到分（元）',
  })
  estimatedFen!: number;

  @Field(() => MoneyScalar, { name: 'total', description: '合计（元）' })
  totalFen!: number;

  @Field(() => [IncomeByCategoryModel], { description: '按人群类别细分' })
  byHouseholdCategory!: IncomeByCategoryModel[];
}

@ObjectType('FollowUpCoverageByCategory', { description: '某一人群类别的回访覆盖' })
export class CoverageByCategoryModel {
  @Field(() => HouseholdCategory, { description: '人群类别' })
  householdCategory!: HouseholdCategory;

  @Field(() => Int, { description: '在岗（ACTIVE）的上岗数' })
  activePlacements!: number;

  @Field(() => Int, { description: '其中近90天内有已完成回访记录的' })
  visitedPlacements!: number;

  @Field(() => Int, { nullable: true, description: '回访覆盖率（万分比）' })
  coverageBasisPoints!: number | null;
}

@ObjectType('FollowUpCoverage', { description: '回访覆盖：统计日期在岗的上岗中，截至该日的90天内有已完成（DONE）回访记录的比例；反映当前状况，不受期间影响' })
export class FollowUpCoverageModel {
  @Field(() => LocalDateScalar, { nullable: true, description: '统计日期（汇总数据的日期）' })
  asOf!: Date | string | null;

  @Field(() => Int, { description: '在岗（ACTIVE）的上岗数' })
  activePlacements!: number;

  @Field(() => Int, { description: '其中近90天内有已完成回访记录的' })
  visitedPlacements!: number;

  @Field(() => Int, { nullable: true, description: '回访覆盖率（万分比）' })
  coverageBasisPoints!: number | null;

  @Field(() => [CoverageByCategoryModel], { description: '按人群类别细分' })
  byHouseholdCategory!: CoverageByCategoryModel[];
}

@ObjectType('RightsCaseFiguresByCategory', { description: '某一人群类别的维权案件数字' })
export class RightsCaseByCategoryModel {
  @Field(() => HouseholdCategory, { description: '人群类别' })
  householdCategory!: HouseholdCategory;

  @Field(() => Int, { description: '期间内立案的案件数' })
  cases!: number;

  @Field(() => Int, { description: '其中已解决的' })
  resolved!: number;

  @Field(() => MoneyScalar, { name: 'claimed', description: '主张金额（元）' })
  claimedFen!: number;

  @Field(() => MoneyScalar, { name: 'recovered', description: '追回金额（元）' })
  recoveredFen!: number;
}

@ObjectType('RightsCaseCategoryRow', { description: '某一类维权案件（按立案日期计入期间）' })
export class RightsCaseRowModel {
  @Field(() => RightsCaseCategory, { description: '案件类别' })
  category!: RightsCaseCategory;

  @Field({ description: '类别名称' })
  label!: string;

  @Field(() => Int, { description: '期间内立案的案件数' })
  cases!: number;

  @Field(() => Int, { description: '其中已解决的' })
  resolved!: number;

  @Field(() => MoneyScalar, { name: 'claimed', description: '主张金额（元）' })
  claimedFen!: number;

  @Field(() => MoneyScalar, { name: 'recovered', description: '追回金额（元）' })
  recoveredFen!: number;

  @Field(() => [RightsCaseByCategoryModel], { description: '按人群类别细分' })
  byHouseholdCategory!: RightsCaseByCategoryModel[];
}

@ObjectType({ isAbstract: true })
class SubsidyFiguresModel {
  @Field(() => Int, { description: '申请数（按创建日期）' })
  applied!: number;

  @Field(() => MoneyScalar, { name: 'appliedAmount', description: '申请金额（元）' })
  appliedFen!: number;

  @Field(() => Int, { description: '审核通过数（已通过或已发放，按审核日期）' })
  approved!: number;

  @Field(() => MoneyScalar, { name: 'approvedAmount', description: '审核通过金额（元）' })
  approvedFen!: number;

  @Field(() => Int, { description: '已发放数（按发放日期）' })
  paid!: number;

  @Field(() => MoneyScalar, { name: 'paidAmount', description: '已发放金额（元）' })
  paidFen!: number;
}

@ObjectType('SubsidyFiguresByCategory', { description: '某一人群类别的就业补贴数字' })
export class SubsidyByCategoryModel extends SubsidyFiguresModel {
  @Field(() => HouseholdCategory, { description: '人群类别' })
  householdCategory!: HouseholdCategory;
}

@ObjectType('SubsidyYear', { description: '某一年的就业补贴：每个数字按其事件（申请、审核通过、发放）的日期计入年份' })
export class SubsidyYearModel extends SubsidyFiguresModel {
  @Field(() => Int, { description: '年份' })
  year!: number;

  @Field(() => [SubsidyByCategoryModel], { description: '按人群类别细分' })
  byHouseholdCategory!: SubsidyByCategoryModel[];
}

@ObjectType('ProgrammeStats', {
  description:
    '项目统计（仅管理员）：期间为含首尾的日历日期（北京时间）。数字来自定时刷新的汇总表，最多滞后一个刷新周期（见 reportsFreshness，管理员可用 refreshReports 立即刷新）',
})
export class ProgrammeStatsModel {
  @Field(() => LocalDateScalar, { description: '起始日期（含）' })
  from!: string;

  @Field(() => LocalDateScalar, { description: '截止日期（含）' })
  to!: string;

  @Field(() => ReportGrouping, { description: '分组方式' })
  groupBy!: ReportGrouping;
}
