import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesLoaders, AgencyModel } from '@carebridge/agencies';
import { AuthUser, CurrentUser, Roles } from '@carebridge/auth';
import { AuditLogService, GraphQLContext, MoneyScalar, originOf, PiiCipher } from '@carebridge/common';
import { Agency, FollowUpVisit, Placement, RightsCase, Role, ServiceStation, Trainee } from '@carebridge/db';
import { maskPhone } from '@carebridge/rules';
import { TraineeModel } from '@carebridge/trainees';
import { RightsCaseModel } from '../rights/models/rights-case.model';
import { StationsLoaders } from '../stations.loaders';
import { ServiceStationModel } from '../stations/models/station.model';
import { FollowUpsDueArgs, LogFollowUpArgs, PlacementVisitsArgs, VisitIdArgs } from './dto/follow-up.input';
import { FollowUpsDue, FollowUpsService } from './follow-ups.service';
import { CaregiverPhoneModel, FollowUpsDueModel, FollowUpVisitModel } from './models/follow-up-visit.model';

@Resolver(() => FollowUpVisitModel)
export class FollowUpsResolver {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly loaders: StationsLoaders,
    private readonly employers: AgenciesLoaders,
    private readonly pii: PiiCipher,
    private readonly audit: AuditLogService,
  ) {}

  @Roles(Role.ADMIN, Role.STATION_STAFF)
  @Query(() => FollowUpsDueModel, { description: '服务站的待办回访：逾期、今天到期、即将到期（服务站工作人员只能查本站）' })
  followUpsDue(@Args() args: FollowUpsDueArgs, @CurrentUser() caller: AuthUser): Promise<FollowUpsDue> {
    return this.followUps.due(args, caller);
  }

  @Roles(Role.ADMIN, Role.STATION_STAFF)
  @Query(() => [FollowUpVisitModel], { description: '一条上岗记录的回访计划和记录（按次序；服务站工作人员只看到本站负责的）' })
  followUpVisits(@Args() { placementId }: PlacementVisitsArgs, @CurrentUser() caller: AuthUser): Promise<FollowUpVisit[]> {
    return this.followUps.visitsOfPlacement(placementId, caller);
  }

  @Roles(Role.ADMIN, Role.STATION_STAFF)
  @Mutation(() => FollowUpVisitModel, {
    description: '登记回访（每次回访只登记一次）：反映欠薪、虐待或受伤时自动登记维权案件；连续多次未联系上时通知服务站和管理员',
  })
  logFollowUp(@Args() { visitId, input }: LogFollowUpArgs, @CurrentUser() caller: AuthUser): Promise<FollowUpVisit> {
    return this.followUps.log(visitId, input, caller);
  }

  /**
   * Station staff phone the caregivers they follow up. Like revealTraineeIdentity, the full number is
   * one explicit, audited read: an UNMASKED_READ entry naming the caregiver and the visit is written
   * before the number is answered (no entry, no number). A mutation, so no client prefetches or
   * caches it; lists of visits show the number masked.
   */
  @Roles(Role.ADMIN, Role.STATION_STAFF)
  @Mutation(() => CaregiverPhoneModel, {
    description: '查看回访对象（护工）的完整手机号，用于电话回访（管理员，或负责该回访的服务站工作人员；每次查看记入审计日志）',
  })
  async revealCaregiverPhone(@Args() { visitId }: VisitIdArgs, @CurrentUser() caller: AuthUser, @Context() ctx: GraphQLContext): Promise<CaregiverPhoneModel> {
    const caregiver = await this.followUps.caregiverOf(visitId, caller);
    await this.audit.recordUnmaskedRead({
      actor: caller,
      origin: originOf(ctx.req),
      action: 'revealCaregiverPhone',
      target: `Trainee:${caregiver.id}`,
      details: { fields: ['phone'], visitId },
    });
    return { visitId, traineeId: caregiver.id, name: caregiver.name, phone: this.pii.decrypt(caregiver.phoneCipher) };
  }

  @ResolveField(() => MoneyScalar, { nullable: true, description: '最近一个月实发工资（元）' })
  wageAmount(@Parent() visit: FollowUpVisit): number | null {
    return visit.wageAmountFen;
  }

  @ResolveField(() => MoneyScalar, { nullable: true, description: '家政公司向护工收取的费用（元）' })
  agencyFees(@Parent() visit: FollowUpVisit): number | null {
    return visit.agencyFeesFen;
  }

  @ResolveField(() => TraineeModel, { description: '回访的护工' })
  async trainee(@Parent() visit: FollowUpVisit, @Context() ctx: GraphQLContext): Promise<Trainee> {
    const trainee = await this.loaders.trainee(ctx).load((await this.placementOf(visit, ctx)).traineeId);
    if (!trainee) throw new Error(`visit ${visit.id} has no trainee row`);
    return trainee;
  }

  @ResolveField(() => String, { description: '护工手机号（脱敏，如 139****0001）；完整号码用 revealCaregiverPhone 查看，每次记入审计日志' })
  async caregiverPhone(@Parent() visit: FollowUpVisit, @Context() ctx: GraphQLContext): Promise<string> {
    return maskPhone(this.pii.decrypt((await this.trainee(visit, ctx)).phoneCipher));
  }

  @ResolveField(() => String, { description: '工作城市，如“北京市”“东京”' })
  async workCity(@Parent() visit: FollowUpVisit, @Context() ctx: GraphQLContext): Promise<string> {
    return (await this.placementOf(visit, ctx)).cityName;
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: '用工单位（家庭用工时为空）' })
  async agency(@Parent() visit: FollowUpVisit, @Context() ctx: GraphQLContext): Promise<Agency | null> {
    const { agencyId } = await this.placementOf(visit, ctx);
    return agencyId ? this.employers.agency(ctx).load(agencyId) : null;
  }

  @ResolveField(() => ServiceStationModel, { description: '负责的服务站' })
  async station(@Parent() visit: FollowUpVisit, @Context() ctx: GraphQLContext): Promise<ServiceStation | null> {
    return this.loaders.station(ctx).load(visit.stationId);
  }

  @ResolveField(() => RightsCaseModel, { nullable: true, description: '该次回访登记的维权案件' })
  rightsCase(@Parent() visit: FollowUpVisit, @Context() ctx: GraphQLContext): Promise<RightsCase | null> {
    return this.loaders.caseOfVisit(ctx).load(visit.id);
  }

  private async placementOf(visit: FollowUpVisit, ctx: GraphQLContext): Promise<Placement> {
    const placement = await this.loaders.placement(ctx).load(visit.placementId);
    if (!placement) throw new Error(`visit ${visit.id} has no placement row`);
    return placement;
  }
}
