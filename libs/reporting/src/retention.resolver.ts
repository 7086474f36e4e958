import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@carebridge/auth';
import { Connection, DEFAULT_PAGE_SIZE, LocalDateScalar, PageArgs } from '@carebridge/common';
import { Role } from '@carebridge/db';
import { dbToLocalDate } from '@carebridge/rules';
import { RetentionArgs } from './dto/report.args';
import { RetentionModel, RetentionRowConnection, RetentionRowModel } from './models/retention.model';
import { RowPageArgs } from './report-page';
import { reportRange } from './report-range';
import { firstPlacementYears } from './retention-window';
import { RetentionReport, RetentionRow, RetentionService } from './retention.service';

/**
 * retention: the query checks the window (whole years); its fields read the summaries, each
 * answer once per page asked for: `rows` every group, `rowPage` one page of them, `totals` and
 * `asOf` from whichever was read (or from a read of the totals alone).
 */
@Resolver(() => RetentionModel)
export class RetentionResolver {
  private readonly reports = new WeakMap<RetentionModel, Map<string, Promise<RetentionReport>>>();

  constructor(private readonly retention: RetentionService) {}

  @Roles(Role.ADMIN)
  @Query(() => RetentionModel, {
    name: 'retention',
    description: '上岗后第90、180、365天的稳岗率与月薪中位数（管理员）；可按首次上岗的年份筛选（fromYear、toYear，整年）',
  })
  report(@Args() args: RetentionArgs): RetentionModel {
    if (args.from && args.to) reportRange(args.from, args.to);
    const years = firstPlacementYears({
      fromYear: args.fromYear,
      toYear: args.toYear,
      from: args.from && dbToLocalDate(args.from),
      to: args.to && dbToLocalDate(args.to),
    });
    return {
      groupBy: args.groupBy,
      ...years,
      from: years.fromYear === null ? null : `${years.fromYear}-01-01`,
      to: years.toYear === null ? null : `${years.toYear}-12-31`,
    };
  }

  @ResolveField(() => LocalDateScalar, { nullable: true, description: '统计日期（汇总数据的日期）；尚未刷新过时为空' })
  async asOf(@Parent() parent: RetentionModel): Promise<string | null> {
    return (await this.anyReport(parent)).asOf;
  }

  @ResolveField(() => [RetentionRowModel], { description: '全部分组，按分组的自然顺序；分组多（如按期次）时请用 rowPage 分页' })
  async rows(@Parent() parent: RetentionModel): Promise<RetentionRow[]> {
    return (await this.reportOf(parent, {})).rows;
  }

  @ResolveField(() => RetentionRowConnection, { description: '分组行，分页（first、after），按分组的自然顺序' })
  async rowPage(@Parent() parent: RetentionModel, @Args() page: PageArgs): Promise<Connection<RetentionRow>> {
    const report = await this.reportOf(parent, { first: page.first ?? DEFAULT_PAGE_SIZE, after: page.after });
    return { nodes: report.rows, pageInfo: report.pageInfo, totalCount: report.totalCount };
  }

  @ResolveField(() => RetentionRowModel, { description: '合计（窗口内的全部护工）' })
  async totals(@Parent() parent: RetentionModel): Promise<RetentionRow> {
    return (await this.anyReport(parent)).totals;
  }

  private reportOf(parent: RetentionModel, page: RowPageArgs): Promise<RetentionReport> {
    let reports = this.reports.get(parent);
    if (!reports) this.reports.set(parent, (reports = new Map()));
    const key = page.first === undefined ? 'all' : `${page.first}:${page.after ?? ''}`;
    let report = reports.get(key);
    if (!report) {
      const { fromYear, toYear } = parent;
      report = this.retention.retention(parent.groupBy, { fromYear: fromYear ?? undefined, toYear: toYear ?? undefined }, page);
      reports.set(key, report);
    }
    return report;
  }

  /** Totals and asOf are the same in every page: whichever report this answer reads, or one without rows. */
  private anyReport(parent: RetentionModel): Promise<RetentionReport> {
    const [first] = this.reports.get(parent)?.values() ?? [];
    return first ?? this.reportOf(parent, { first: 0 });
  }
}
