import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesLoaders, AgencyModel } from '@carebridge/agencies';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { Connection, GraphQLContext, MoneyScalar } from '@carebridge/common';
import { Agency, DemandStatus, JobDemand } from '@carebridge/db';
import { PlaceNames } from '@carebridge/places';
import { toRequirementModels } from './demand-requirements';
import { DemandService } from './demand.service';
import { CloseDemandArgs, DemandIdArgs, PostDemandInput, UpdateDemandArgs } from './dto/demand.input';
import { DemandsArgs } from './dto/demands.args';
import { DemandConnection, DemandModel, DemandRequirementModel } from './models/demand.model';

/** Demand is for the centre and the agencies that post it; agency staff see only their own agency's. */
@Resolver(() => DemandModel)
export class DemandResolver {
  constructor(
    private readonly demandService: DemandService,
    private readonly agencies: AgenciesLoaders,
    private readonly placeNames: PlaceNames,
  ) {}

  @Mutation(() => DemandModel, {
    description: '发布用工需求：单位须合作中且当天有有效的合作协议；要求与工作内容须通过平等就业检查（不得有民族、户籍、婚育、相貌、身高、年龄等限制）',
  })
  postDemand(@Args('input') input: PostDemandInput, @CurrentUser() caller: AuthUser): Promise<JobDemand> {
    return this.demandService.post(input, caller);
  }

  @Mutation(() => DemandModel, { description: '修改招聘中的用工需求；修改后的整条需求重新进行平等就业检查，招聘人数不能少于已上岗人数' })
  updateDemand(@Args() { id, input }: UpdateDemandArgs, @CurrentUser() caller: AuthUser): Promise<JobDemand> {
    return this.demandService.update(id, input, caller);
  }

  @Mutation(() => DemandModel, { description: '关闭招聘中或已招满的用工需求，并写明原因' })
  closeDemand(@Args() { id, reason }: CloseDemandArgs, @CurrentUser() caller: AuthUser): Promise<JobDemand> {
    return this.demandService.close(id, reason, caller);
  }

  @Query(() => DemandConnection, { description: '用工需求列表（按发布时间从新到旧分页）：单位工作人员只能看到本单位的需求' })
  demands(@Args() args: DemandsArgs, @CurrentUser() caller: AuthUser): Promise<Connection<JobDemand>> {
    return this.demandService.list(args, caller);
  }

  @Query(() => DemandModel, { description: '一条用工需求：单位工作人员只能查看本单位的需求' })
  demand(@Args() { id }: DemandIdArgs, @CurrentUser() caller: AuthUser): Promise<JobDemand> {
    return this.demandService.get(id, caller);
  }

  @ResolveField(() => AgencyModel, { description: '用工单位' })
  async agency(@Parent() demand: JobDemand, @Context() ctx: GraphQLContext): Promise<Agency> {
    return (await this.agencies.agency(ctx).load(demand.agencyId)) as Agency;
  }

  @ResolveField(() => String, { description: '工作地省级行政区名称' })
  async provinceName(@Parent() demand: JobDemand, @Context() ctx: GraphQLContext): Promise<string> {
    return (await this.placeNames.provinceName(ctx, demand.provinceCode)) ?? demand.provinceCode;
  }

  @ResolveField(() => String, { description: '工作地城市名称' })
  async cityName(@Parent() demand: JobDemand, @Context() ctx: GraphQLContext): Promise<string> {
    return (await this.placeNames.cityName(ctx, demand.cityCode)) ?? demand.cityCode;
  }

  @ResolveField(() => MoneyScalar, { description: '月薪下限（元）' })
  wageMin(@Parent() demand: JobDemand): number {
    return demand.wageMinFen;
  }

  @ResolveField(() => MoneyScalar, { description: '月薪上限（元）' })
  wageMax(@Parent() demand: JobDemand): number {
    return demand.wageMaxFen;
  }

  @ResolveField(() => Int, { description: '尚可安排的名额：招聘中时为招聘人数减已上岗人数，其他状态为0' })
  openSlots(@Parent() demand: JobDemand): number {
    return demand.status === DemandStatus.OPEN ? demand.headcount - demand.filledCount : 0;
  }

  @ResolveField(() => [DemandRequirementModel], { description: '结构化用工要求' })
  requirements(@Parent() demand: JobDemand): DemandRequirementModel[] {
    return toRequirementModels(demand);
  }
}
