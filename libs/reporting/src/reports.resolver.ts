import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@carebridge/auth';
import { Connection, DEFAULT_PAGE_SIZE, PageArgs } from '@carebridge/common';
import { Role } from '@carebridge/db';
import { ProgrammeStatsArgs } from './dto/report.args';
import {
  FlowRowConnection,
  FlowRowModel,
  FollowUpCoverageModel,
  MedianWageYearModel,
  PlaceRowModel,
  ProgrammeStatsModel,
  RightsCaseRowModel,
  SubsidyYearModel,
  WageBucketRowModel,
  WageIncomeYearModel,
} from './models/programme-stats.model';
import { ReportFreshnessModel } from './models/report-freshness.model';
import { FlowRow, ProgrammeStatsService, ReportRange } from './programme-stats.service';
import { ReportRefreshService } from './refresh/report-refresh.service';
import { reportRange } from './report-range';

const range = (stats: ProgrammeStatsModel): ReportRange => ({ from: stats.from, to: stats.to });

/**
 * programmeStats and the summaries' freshness: centre admins only (school staff may not see even
 * their own school's figures here; the roster views serve them). Each section is a field of its
 * own, so a client pays only for what it asks.
 */
@Resolver(() => ProgrammeStatsModel)
export class ReportsResolver {
  constructor(
    private readonly stats: ProgrammeStatsService,
    private readonly refresh: ReportRefreshService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => ProgrammeStatsModel, { description: '项目统计（管理员）：培训、取证、就业、就业率、去向、工资、收入、回访覆盖、维权与补贴' })
  programmeStats(@Args() args: ProgrammeStatsArgs): ProgrammeStatsModel {
    return { ...reportRange(args.from, args.to), groupBy: args.groupBy };
  }

  @Roles(Role.ADMIN)
  @Query(() => ReportFreshnessModel, { nullable: true, description: '统计汇总数据的日期与重建时间（管理员）；从未重建过时为空' })
  reportsFreshness() {
    return this.refresh.freshness();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ReportFreshnessModel, { description: '立即重建统计汇总数据（管理员），完成后返回；与定时重建排队进行' })
  refreshReports() {
    return this.refresh.refresh();
  }

  @ResolveField(() => [FlowRowModel], { description: '按分组的培训、取证、就业人数与就业率：全部分组，按分组的自然顺序；分组多（如按期次）时请用 rowPage 分页' })
  rows(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.flows(range(stats), stats.groupBy);
  }

  @ResolveField(() => FlowRowConnection, { description: '按分组的培训、取证、就业人数与就业率，分页（first、after），按分组的自然顺序' })
  async rowPage(@Parent() stats: ProgrammeStatsModel, @Args() page: PageArgs): Promise<Connection<FlowRow>> {
    const { rows, pageInfo, totalCount } = await this.stats.flowPage(range(stats), stats.groupBy, { first: page.first ?? DEFAULT_PAGE_SIZE, after: page.after });
    return { nodes: rows, pageInfo, totalCount };
  }

  @ResolveField(() => FlowRowModel, { description: '全项目合计' })
  totals(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.flowTotals(range(stats));
  }

  @ResolveField(() => [PlaceRowModel], { description: '按国家的上岗人次' })
  placementsByCountry(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.placementsByPlace(range(stats), 'COUNTRY');
  }

  @ResolveField(() => [PlaceRowModel], { description: '按省份的上岗人次（境外按国家）' })
  placementsByProvince(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.placementsByPlace(range(stats), 'PROVINCE');
  }

  @ResolveField(() => [PlaceRowModel], { description: '按城市的上岗人次' })
  placementsByCity(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.placementsByPlace(range(stats), 'CITY');
  }

  @ResolveField(() => [WageBucketRowModel], { description: '期间内开始的上岗按约定月薪区间的分布' })
  wageDistribution(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.wageDistribution(range(stats));
  }

  @ResolveField(() => [MedianWageYearModel], { description: '期间内开始的上岗按年份的约定月薪中位数' })
  medianWageByYear(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.medianWageByYear(range(stats));
  }

  @ResolveField(() => [WageIncomeYearModel], { description: '护工工资总收入，按年（计入与期间重叠的月份）' })
  wageIncomeByYear(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.wageIncomeByYear(range(stats));
  }

  @ResolveField(() => FollowUpCoverageModel, { description: '回访覆盖（统计日期的当前状况）' })
  followUpCoverage() {
    return this.stats.followUpCoverage();
  }

  @ResolveField(() => [RightsCaseRowModel], { description: '期间内立案的维权案件，按类别' })
  rightsCases(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.rightsCases(range(stats));
  }

  @ResolveField(() => [SubsidyYearModel], { description: '就业补贴，按年' })
  subsidiesByYear(@Parent() stats: ProgrammeStatsModel) {
    return this.stats.subsidiesByYear(range(stats));
  }

  @ResolveField(() => ReportFreshnessModel, { nullable: true, description: '汇总数据的日期与重建时间' })
  freshness() {
    return this.refresh.freshness();
  }
}
