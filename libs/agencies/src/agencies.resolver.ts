import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { Clock, Connection, GraphQLContext, LocalDateScalar } from '@carebridge/common';
import { Agency, CooperationAgreement } from '@carebridge/db';
import { PlaceNames } from '@carebridge/places';
import { dbToLocalDate } from '@carebridge/rules';
import { AgenciesLoaders } from './agencies.loaders';
import { AgenciesService } from './agencies.service';
import { AgenciesArgs, AgencyIdArgs, RegisterAgencyInput, UpdateAgencyArgs } from './dto/agency.input';
import { AgencyConnection, AgencyModel } from './models/agency.model';
import { AgreementModel } from './models/agreement.model';

@Resolver(() => AgencyModel)
export class AgenciesResolver {
  constructor(
    private readonly agenciesService: AgenciesService,
    private readonly loaders: AgenciesLoaders,
    private readonly placeNames: PlaceNames,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => AgencyModel, { description: '登记用工单位（管理员）' })
  registerAgency(@Args('input') input: RegisterAgencyInput): Promise<Agency> {
    return this.agenciesService.register(input);
  }

  @Mutation(() => AgencyModel, { description: '修改用工单位：管理员可改全部信息；单位工作人员只能改本单位的地址、所在地和联系人' })
  updateAgency(@Args() { id, input }: UpdateAgencyArgs, @CurrentUser() caller: AuthUser): Promise<Agency> {
    return this.agenciesService.update(id, input, caller);
  }

  @Query(() => AgencyModel, { description: '一个用工单位：单位工作人员只能查看本单位' })
  agency(@Args() { id }: AgencyIdArgs, @CurrentUser() caller: AuthUser): Promise<Agency> {
    return this.agenciesService.get(id, caller);
  }

  @Query(() => AgencyConnection, { description: '用工单位列表（按名称分页）：单位工作人员只能看到本单位' })
  agencies(@Args() args: AgenciesArgs, @CurrentUser() caller: AuthUser): Promise<Connection<Agency>> {
    return this.agenciesService.list(args, caller);
  }

  @ResolveField(() => String, { description: '联系电话：管理员和本单位工作人员看到完整号码，其他人看到脱敏号码（如 010*****5678）' })
  contactPhone(@Parent() agency: Agency, @CurrentUser() caller: AuthUser | undefined): string {
    return this.agenciesService.contactPhoneFor(agency, caller);
  }

  @ResolveField(() => String, { description: '所在省级行政区名称' })
  async provinceName(@Parent() agency: Agency, @Context() ctx: GraphQLContext): Promise<string> {
    return (await this.placeNames.provinceName(ctx, agency.provinceCode)) ?? agency.provinceCode;
  }

  @ResolveField(() => String, { description: '所在城市名称' })
  async cityName(@Parent() agency: Agency, @Context() ctx: GraphQLContext): Promise<string> {
    return (await this.placeNames.cityName(ctx, agency.cityCode)) ?? agency.cityCode;
  }

  @ResolveField(() => [AgreementModel], { description: '合作协议（按签订日期从新到旧）' })
  agreements(@Parent() agency: Agency, @Context() ctx: GraphQLContext): Promise<CooperationAgreement[]> {
    return this.loaders.agreementsOf(ctx).load(agency.id);
  }

  @ResolveField(() => AgreementModel, { nullable: true, description: '今天（北京时间）有效的合作协议；没有时为空' })
  currentAgreement(@Parent() agency: Agency, @Context() ctx: GraphQLContext): Promise<CooperationAgreement | null> {
    return this.loaders.validAgreementOn(ctx, this.clock.today()).load(agency.id);
  }

  @ResolveField(() => Boolean, { description: '某天是否有有效的合作协议（只有有效期内才能发布用工需求）' })
  async hasValidAgreementOn(
    @Parent() agency: Agency,
    @Context() ctx: GraphQLContext,
    @Args('date', { type: () => LocalDateScalar, nullable: true, description: '日期，默认今天（北京时间）' }) date?: Date | null,
  ): Promise<boolean> {
    const day = date ? dbToLocalDate(date) : this.clock.today();
    return (await this.loaders.validAgreementOn(ctx, day).load(agency.id)) !== null;
  }
}
