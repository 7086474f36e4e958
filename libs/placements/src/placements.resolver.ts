import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesLoaders, AgencyModel, HouseholdModel } from '@carebridge/agencies';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { AppError, Connection, GraphQLContext, MoneyScalar } from '@carebridge/common';
import { Agency, Household, JobDemand, JobFair, Placement, Role, Trainee, WageRecord } from '@carebridge/db';
import { DemandModel } from '@carebridge/demand';
import { JobFairModel } from '@carebridge/jobfairs';
import { PlaceNames } from '@carebridge/places';
import { TraineeModel } from '@carebridge/trainees';
import { CreatePlacementInput, EndPlacementArgs, PlacementIdArgs, PlacementsArgs, RecordWageArgs } from './dto/placement.input';
import { PlacementConnection, PlacementModel, WageRecordModel } from './models/placement.model';
import { countryName } from './placement.rules';
import { PlacementsLoaders } from './placements.loaders';
import { PlacementsService } from './placements.service';
import { WagesService } from './wages.service';

/** Who may read placements at all; each sees only her scope (see PlacementsService). */
const PLACEMENT_READERS: Role[] = [Role.ADMIN, Role.AGENCY_STAFF, Role.TRAINEE];

@Resolver(() => PlacementModel)
export class PlacementsResolver {
  constructor(
    private readonly placementsService: PlacementsService,
    private readonly wagesService: WagesService,
    private readonly loaders: PlacementsLoaders,
    private readonly employers: AgenciesLoaders,
    private readonly placeNames: PlaceNames,
  ) {}

  @Mutation(() => PlacementModel, {
    description: '登记上岗（管理员；用工单位工作人员只能为本单位录用）：学员须待就业且持有符合岗位专业与等级的有效证书，登记后状态变为已上岗',
  })
  createPlacement(@Args('input') input: CreatePlacementInput, @CurrentUser() caller: AuthUser): Promise<Placement> {
    return this.placementsService.create(input, caller);
  }

  @Mutation(() => PlacementModel, { description: '结束上岗（管理员，或本单位工作人员）：释放用工需求名额，护工回到待就业' })
  endPlacement(@Args() args: EndPlacementArgs, @CurrentUser() caller: AuthUser): Promise<Placement> {
    return this.placementsService.end(args, caller);
  }

  @Mutation(() => WageRecordModel, { description: '登记月工资发放（管理员，或本单位工作人员）：每条上岗记录每月一条' })
  recordWage(@Args() args: RecordWageArgs, @CurrentUser() caller: AuthUser): Promise<WageRecord> {
    return this.wagesService.record(args, caller);
  }

  @Query(() => PlacementConnection, { description: '上岗记录（按登记时间从新到旧分页）：用工单位只能看到本单位的，学员只能看到本人的' })
  placements(@Args() args: PlacementsArgs, @CurrentUser() caller: AuthUser): Promise<Connection<Placement>> {
    return this.placementsService.list(args, caller);
  }

  @Query(() => PlacementModel, { description: '一条上岗记录：用工单位只能查看本单位的，学员只能查看本人的' })
  placement(@Args() { id }: PlacementIdArgs, @CurrentUser() caller: AuthUser): Promise<Placement> {
    return this.placementsService.get(id, caller);
  }

  @ResolveField(() => TraineeModel, { description: '学员/护工' })
  async trainee(@Parent() placement: Placement, @Context() ctx: GraphQLContext): Promise<Trainee> {
    const trainee = await this.loaders.trainee(ctx).load(placement.traineeId);
    // The foreign key guarantees the row: a missing one is a broken invariant, not "no trainee".
    if (!trainee) throw new Error(`placement ${placement.id} has no trainee row`);
    return trainee;
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: '用工单位（家庭用工时为空）' })
  agency(@Parent() placement: Placement, @Context() ctx: GraphQLContext): Promise<Agency | null> | null {
    return placement.agencyId ? this.employers.agency(ctx).load(placement.agencyId) : null;
  }

  @ResolveField(() => HouseholdModel, { nullable: true, description: '雇用的家庭（家庭用工时）' })
  household(@Parent() placement: Placement, @Context() ctx: GraphQLContext): Promise<Household | null> | null {
    return placement.householdId ? this.employers.household(ctx).load(placement.householdId) : null;
  }

  @ResolveField(() => DemandModel, { nullable: true, description: '对应的用工需求（直接录用时为空）' })
  demand(@Parent() placement: Placement, @Context() ctx: GraphQLContext): Promise<JobDemand | null> | null {
    return placement.demandId ? this.loaders.demand(ctx).load(placement.demandId) : null;
  }

  @ResolveField(() => JobFairModel, { nullable: true, description: '录用所在的招聘会' })
  jobFair(@Parent() placement: Placement, @Context() ctx: GraphQLContext): Promise<JobFair | null> | null {
    return placement.jobFairId ? this.loaders.jobFair(ctx).load(placement.jobFairId) : null;
  }

  @ResolveField(() => String, { description: '国家名称，如“中国”“日本”' })
  countryName(@Parent() placement: Placement): string {
    return countryName(placement.countryCode);
  }

  @ResolveField(() => String, { nullable: true, description: '省级行政区名称（境外为空）' })
  provinceName(@Parent() placement: Placement, @Context() ctx: GraphQLContext): Promise<string | null> {
    return this.placeNames.provinceName(ctx, placement.provinceCode);
  }

  @ResolveField(() => MoneyScalar, { description: '月工资（元）' })
  monthlyWage(@Parent() placement: Placement): number {
    return placement.monthlyWageFen;
  }

  @ResolveField(() => [WageRecordModel], { description: '月工资发放记录（按月份从早到晚）' })
  wages(@Parent() placement: Placement, @Context() ctx: GraphQLContext): Promise<WageRecord[]> {
    return this.loaders.wagesOf(ctx).load(placement.id);
  }
}

@Resolver(() => WageRecordModel)
export class WageRecordResolver {
  @ResolveField(() => String, { description: '工资所属月份，YYYY-MM' })
  month(@Parent() wage: WageRecord): string {
    return wage.month.toISOString().slice(0, 7);
  }

  @ResolveField(() => MoneyScalar, { description: '实发金额（元）' })
  amount(@Parent() wage: WageRecord): number {
    return wage.amountFen;
  }
}

/** Adds a trainee's placements to the Trainee type, which the trainees module owns. */
@Resolver(() => TraineeModel)
export class TraineePlacementsResolver {
  constructor(
    private readonly placementsService: PlacementsService,
    private readonly loaders: PlacementsLoaders,
  ) {}

  @ResolveField(() => [PlacementModel], {
    nullable: true,
    description: '上岗记录（按上岗日期从早到晚）：用工单位工作人员只看到本单位的；培训基地无权查看',
  })
  async placements(@Parent() trainee: Trainee, @CurrentUser() caller: AuthUser | undefined, @Context() ctx: GraphQLContext): Promise<Placement[]> {
    // Self-registration returns a Trainee to a caller without a token: she has no placements to see yet.
    if (!caller || !PLACEMENT_READERS.includes(caller.role)) throw AppError.forbidden('您无权查看上岗记录');
    const placements = await this.loaders.placementsOfTrainee(ctx).load(trainee.id);
    return placements.filter((placement) => this.placementsService.canSee(caller, placement));
  }
}
