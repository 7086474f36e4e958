import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesLoaders, AgencyModel } from '@carebridge/agencies';
import { AuthUser, CurrentUser, Roles } from '@carebridge/auth';
import { Connection, GraphQLContext, MoneyScalar } from '@carebridge/common';
import { Agency, RightsCase, RightsCaseLogEntry, RightsCaseStatus, Role, ServiceStation, Trainee } from '@carebridge/db';
import { nextRightsCaseStatuses } from '@carebridge/rules';
import { TraineeModel } from '@carebridge/trainees';
import { StationsLoaders } from '../stations.loaders';
import { ServiceStationModel } from '../stations/models/station.model';
import { AddRightsCaseNoteArgs, AgencyRightsCasesArgs, OpenRightsCaseInput, RightsCaseIdArgs, RightsCasesArgs, TransitionRightsCaseArgs } from './dto/rights-case.input';
import { AgencyRightsCaseConnection, AgencyRightsCaseModel, RightsCaseConnection, RightsCaseLogEntryModel, RightsCaseModel } from './models/rights-case.model';
import { RightsCasesService } from './rights-cases.service';

/** The caregiver, her station and the admins work on cases; the agency only reads (AgencyRightsCase). */
const CASE_PARTIES: Role[] = [Role.ADMIN, Role.STATION_STAFF, Role.TRAINEE];

@Resolver(() => RightsCaseModel)
export class RightsCasesResolver {
  constructor(
    private readonly cases: RightsCasesService,
    private readonly loaders: StationsLoaders,
    private readonly employers: AgenciesLoaders,
  ) {}

  @Roles(...CASE_PARTIES)
  @Mutation(() => RightsCaseModel, { description: '登记维权案件（护工本人、服务站或管理员）：24小时内须受理，30天内须办结（时限按政策）' })
  openRightsCase(@Args('input') input: OpenRightsCaseInput, @CurrentUser() caller: AuthUser): Promise<RightsCase> {
    return this.cases.open(input, caller);
  }

  @Roles(...CASE_PARTIES)
  @Mutation(() => RightsCaseModel, {
    description: '变更案件状态：待受理→已受理→调查中→调解中→已解决，或转劳动仲裁/撤回；护工本人只能撤回。每次变更记入案件记录',
  })
  transitionRightsCase(@Args() args: TransitionRightsCaseArgs, @CurrentUser() caller: AuthUser): Promise<RightsCase> {
    return this.cases.transition(args, caller);
  }

  @Roles(...CASE_PARTIES)
  @Mutation(() => RightsCaseModel, { description: '为案件添加备注（记入案件记录；保密备注不向用工单位公开）' })
  addRightsCaseNote(@Args() args: AddRightsCaseNoteArgs, @CurrentUser() caller: AuthUser): Promise<RightsCase> {
    return this.cases.addNote(args, caller);
  }

  @Roles(...CASE_PARTIES)
  @Query(() => RightsCaseConnection, { description: '维权案件（新的在前）：护工只看到本人的，服务站只看到本站负责的' })
  rightsCases(@Args() args: RightsCasesArgs, @CurrentUser() caller: AuthUser): Promise<Connection<RightsCase>> {
    return this.cases.list(args, caller);
  }

  @Roles(...CASE_PARTIES)
  @Query(() => RightsCaseModel, { description: '一个维权案件及其完整记录' })
  rightsCase(@Args() { id }: RightsCaseIdArgs, @CurrentUser() caller: AuthUser): Promise<RightsCase> {
    return this.cases.get(id, caller);
  }

  @ResolveField(() => MoneyScalar, { nullable: true, description: '主张的金额（元）' })
  amountClaimed(@Parent() rightsCase: RightsCase): number | null {
    return rightsCase.amountClaimedFen;
  }

  @ResolveField(() => MoneyScalar, { nullable: true, description: '追回的金额（元，解决时登记）' })
  amountRecovered(@Parent() rightsCase: RightsCase): number | null {
    return rightsCase.amountRecoveredFen;
  }

  @ResolveField(() => [RightsCaseStatus], { description: '可以变更为的状态（已结案时为空）' })
  nextStatuses(@Parent() rightsCase: RightsCase): readonly RightsCaseStatus[] {
    return nextRightsCaseStatuses(rightsCase.status);
  }

  @ResolveField(() => [RightsCaseLogEntryModel], { description: '案件记录（从早到晚，含保密备注）' })
  log(@Parent() rightsCase: RightsCase, @Context() ctx: GraphQLContext): Promise<RightsCaseLogEntry[]> {
    return this.loaders.caseLog(ctx).load(rightsCase.id);
  }

  @ResolveField(() => TraineeModel, { description: '护工' })
  async trainee(@Parent() rightsCase: RightsCase, @Context() ctx: GraphQLContext): Promise<Trainee> {
    const trainee = await this.loaders.trainee(ctx).load(rightsCase.traineeId);
    if (!trainee) throw new Error(`case ${rightsCase.id} has no trainee row`);
    return trainee;
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: '涉及的用工单位' })
  agency(@Parent() rightsCase: RightsCase, @Context() ctx: GraphQLContext): Promise<Agency | null> | null {
    return rightsCase.agencyId ? this.employers.agency(ctx).load(rightsCase.agencyId) : null;
  }

  @ResolveField(() => ServiceStationModel, { description: '负责的服务站' })
  station(@Parent() rightsCase: RightsCase, @Context() ctx: GraphQLContext): Promise<ServiceStation | null> {
    return this.loaders.station(ctx).load(rightsCase.stationId);
  }
}

@Resolver(() => AgencyRightsCaseModel)
export class AgencyRightsCasesResolver {
  constructor(
    private readonly cases: RightsCasesService,
    private readonly loaders: StationsLoaders,
  ) {}

  @Roles(Role.ADMIN, Role.AGENCY_STAFF)
  @Query(() => AgencyRightsCaseConnection, { description: '涉及本单位的维权案件（新的在前）：只含状态和公开记录，不含护工的保密内容' })
  agencyRightsCases(@Args() args: AgencyRightsCasesArgs, @CurrentUser() caller: AuthUser): Promise<Connection<RightsCase>> {
    return this.cases.forAgency(args, caller);
  }

  @ResolveField(() => [RightsCaseLogEntryModel], { description: '公开的案件记录（从早到晚，不含保密备注）' })
  async log(@Parent() rightsCase: RightsCase, @Context() ctx: GraphQLContext): Promise<RightsCaseLogEntry[]> {
    return (await this.loaders.caseLog(ctx).load(rightsCase.id)).filter((entry) => !entry.isPrivate);
  }
}
