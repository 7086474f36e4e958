import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@carebridge/auth';
import { Role } from '@carebridge/db';
import { dbToLocalDate } from '@carebridge/rules';
import { RetentionArgs } from './dto/report.args';
import { RetentionModel } from './models/retention.model';
import { reportRange } from './report-range';
import { RetentionService } from './retention.service';

@Resolver(() => RetentionModel)
export class RetentionResolver {
  constructor(private readonly retention: RetentionService) {}

  @Roles(Role.ADMIN)
  @Query(() => RetentionModel, { name: 'retention', description: '上岗后第90、180、365天的稳岗率与月薪中位数（管理员）' })
  async report(@Args() args: RetentionArgs): Promise<RetentionModel> {
    if (args.from && args.to) reportRange(args.from, args.to);
    const from = args.from && dbToLocalDate(args.from);
    const to = args.to && dbToLocalDate(args.to);
    const report = await this.retention.retention(args.groupBy, { from, to });
    return { groupBy: args.groupBy, from: from ?? null, to: to ?? null, ...report };
  }
}
