import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@carebridge/auth';
import { byKeys, Connection, GraphQLContext, LocalDateScalar, loaderFor, MoneyScalar } from '@carebridge/common';
import { PrismaService, Role, SubsidyApplication, SubsidyPolicy, Trainee } from '@carebridge/db';
import { toLocalDate } from '@carebridge/rules';
import { TraineeModel } from '@carebridge/trainees';
import { CreateSubsidyPolicyInput, MarkSubsidyPaidArgs, ReviewSubsidyArgs, SubsidyApplicationsArgs } from './dto/subsidy.input';
import { SubsidyApplicationConnection, SubsidyApplicationModel, SubsidyPolicyModel } from './models/subsidy.model';
import { SubsidiesService } from './subsidies.service';

@Resolver(() => SubsidyPolicyModel)
export class SubsidyPoliciesResolver {
  constructor(private readonly subsidies: SubsidiesService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => SubsidyPolicyModel, { description: '新建就业补贴政策（管理员）' })
  createSubsidyPolicy(@Args('input') input: CreateSubsidyPolicyInput): Promise<SubsidyPolicy> {
    return this.subsidies.createPolicy(input);
  }

  @Roles(Role.ADMIN)
  @Query(() => [SubsidyPolicyModel], { description: '全部就业补贴政策（有效期从新到旧，管理员）' })
  subsidyPolicies(): Promise<SubsidyPolicy[]> {
    return this.subsidies.policies();
  }

  @ResolveField(() => MoneyScalar, { description: '补贴金额（元）' })
  amount(@Parent() policy: SubsidyPolicy): number {
    return policy.amountFen;
  }

  @ResolveField(() => MoneyScalar, { description: '建档立卡贫困户加发金额（元）' })
  extraRegisteredPoor(@Parent() policy: SubsidyPolicy): number {
    return policy.extraRegisteredPoorFen;
  }
}

@Resolver(() => SubsidyApplicationModel)
export class SubsidyApplicationsResolver {
  constructor(
    private readonly subsidies: SubsidiesService,
    private readonly prisma: PrismaService,
  ) {}

  @Roles(Role.ADMIN, Role.TRAINEE)
  @Query(() => SubsidyApplicationConnection, { description: '就业补贴申请列表（从新到旧分页）：管理员看全部，学员只看本人' })
  subsidyApplications(@Args() args: SubsidyApplicationsArgs, @CurrentUser() caller: AuthUser): Promise<Connection<SubsidyApplication>> {
    return this.subsidies.list(args, caller);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SubsidyApplicationModel, { description: '审核就业补贴申请：通过，或不通过并说明原因（仅限待审核的申请，管理员）' })
  reviewSubsidy(@Args() args: ReviewSubsidyArgs, @CurrentUser() caller: AuthUser): Promise<SubsidyApplication> {
    return this.subsidies.review(args, caller);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SubsidyApplicationModel, { description: '登记补贴已发放（仅限审核通过的申请，管理员）' })
  markSubsidyPaid(@Args() args: MarkSubsidyPaidArgs, @CurrentUser() caller: AuthUser): Promise<SubsidyApplication> {
    return this.subsidies.markPaid(args, caller);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: '立即核查就业补贴资格（平时每月1日02:00自动核查，管理员）：已排队时返回 true' })
  async runSubsidyEligibility(): Promise<boolean> {
    await this.subsidies.requestEligibilityRun();
    return true;
  }

  @ResolveField(() => SubsidyPolicyModel, { description: '补贴政策' })
  async policy(@Parent() application: SubsidyApplication, @Context() ctx: GraphQLContext): Promise<SubsidyPolicy> {
    const policy = await loaderFor<string, SubsidyPolicy | null>(ctx, 'subsidies.policy', async (ids) =>
      byKeys(ids, await this.subsidies.policiesByIds(ids), (row) => row.id),
    ).load(application.policyId);
    if (!policy) throw new Error(`subsidy application ${application.id} has no policy row`);
    return policy;
  }

  // Loaded without a scope check: it resolves only under applications the caller may see.
  @ResolveField(() => TraineeModel, { description: '学员/护工' })
  async trainee(@Parent() application: SubsidyApplication, @Context() ctx: GraphQLContext): Promise<Trainee> {
    const trainee = await loaderFor<string, Trainee | null>(ctx, 'subsidies.trainee', async (ids) =>
      byKeys(ids, await this.prisma.trainee.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ).load(application.traineeId);
    if (!trainee) throw new Error(`subsidy application ${application.id} has no trainee row`);
    return trainee;
  }

  @ResolveField(() => MoneyScalar, { description: '补贴金额（元，含建档立卡贫困户加发部分）' })
  amount(@Parent() application: SubsidyApplication): number {
    return application.amountFen;
  }

  @ResolveField(() => LocalDateScalar, { nullable: true, description: '发放日期' })
  paidOn(@Parent() application: SubsidyApplication): string | null {
    return application.paidAt ? toLocalDate(application.paidAt) : null;
  }
}
