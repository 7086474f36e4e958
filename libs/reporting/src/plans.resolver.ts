import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@carebridge/auth';
import { Role } from '@carebridge/db';
import { PlanProgressArgs } from './dto/report.args';
import { PlanModel, PlanProgressModel } from './models/plan.model';
import { PlanProgressService } from './plan-progress.service';

@Resolver(() => PlanModel)
export class PlansResolver {
  constructor(private readonly plans: PlanProgressService) {}

  @Roles(Role.ADMIN)
  @Query(() => [PlanModel], { name: 'plans', description: '项目规划及其目标（管理员）' })
  list() {
    return this.plans.plans();
  }

  @Roles(Role.ADMIN)
  @Query(() => PlanProgressModel, { description: '规划完成情况：各项目标、截至统计日期的实际值与规划期末预计值（管理员）' })
  planProgress(@Args() args: PlanProgressArgs) {
    return this.plans.progress(args.planId);
  }
}
