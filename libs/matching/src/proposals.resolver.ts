import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesLoaders } from '@carebridge/agencies';
import { AuthUser, CurrentUser, Roles } from '@carebridge/auth';
import { Clock, Connection, GraphQLContext, MoneyScalar } from '@carebridge/common';
import { Agency, JobDemand, MatchProposal, Placement, Role } from '@carebridge/db';
import { PlaceNames } from '@carebridge/places';
import { PlacementModel } from '@carebridge/placements';
import { CandidateFacts, candidateProfile, CandidateProfile, revealsCandidate } from './candidate-profile.rules';
import { MatchProposalsArgs, RespondToProposalArgs } from './dto/match-proposal.input';
import {
  MatchProposalConnection,
  MatchProposalModel,
  ProposedCandidateModel,
  ProposedDemandModel,
  ScoreComponentExplanationModel,
} from './models/match-proposal.model';
import { ProposalsLoaders } from './proposals.loaders';
import { ProposalsService } from './proposals.service';
import { readStoredComponents } from './score-explanation';

@Resolver(() => MatchProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly loaders: ProposalsLoaders,
    private readonly clock: Clock,
  ) {}

  @Roles(Role.ADMIN, Role.AGENCY_STAFF, Role.TRAINEE)
  @Query(() => MatchProposalConnection, {
    description: '匹配推荐列表（最新的在前）：管理员看全部，用工单位看本单位的（候选人资料在双方接受前脱敏），学员看自己的',
  })
  matchProposals(@Args() args: MatchProposalsArgs, @CurrentUser() caller: AuthUser): Promise<Connection<MatchProposal>> {
    return this.proposals.list(args, caller);
  }

  @Roles(Role.TRAINEE, Role.AGENCY_STAFF)
  @Mutation(() => MatchProposalModel, {
    description: '答复匹配推荐（被推荐的学员或该需求的用工单位）：拒绝即结束且此后不再推荐这一配对；双方均接受时登记上岗',
  })
  respondToProposal(@Args() args: RespondToProposalArgs, @CurrentUser() caller: AuthUser): Promise<MatchProposal> {
    return this.proposals.respond(args, caller);
  }

  @ResolveField(() => [ScoreComponentExplanationModel], { description: '得分说明：各组成项的取值、权重与得分' })
  components(@Parent() proposal: MatchProposal): ScoreComponentExplanationModel[] {
    return readStoredComponents(proposal.components);
  }

  @ResolveField(() => ProposedDemandModel, { description: '推荐的用工需求' })
  async demand(@Parent() proposal: MatchProposal, @Context() ctx: GraphQLContext): Promise<JobDemand> {
    return (await this.loaders.demand(ctx).load(proposal.demandId)) as JobDemand;
  }

  @ResolveField(() => ProposedCandidateModel, { description: '被推荐的学员' })
  async candidate(@Parent() proposal: MatchProposal, @CurrentUser() viewer: AuthUser, @Context() ctx: GraphQLContext): Promise<CandidateProfile> {
    const facts = (await this.loaders.candidate(ctx).load(proposal.traineeId)) as CandidateFacts;
    return candidateProfile(facts, revealsCandidate(viewer.role, proposal.status), this.clock.today());
  }

  @ResolveField(() => PlacementModel, { nullable: true, description: '双方接受后登记的上岗记录' })
  async placement(@Parent() proposal: MatchProposal, @Context() ctx: GraphQLContext): Promise<Placement | null> {
    return proposal.placementId ? this.loaders.placement(ctx).load(proposal.placementId) : null;
  }
}

@Resolver(() => ProposedDemandModel)
export class ProposedDemandResolver {
  constructor(
    private readonly agencies: AgenciesLoaders,
    private readonly placeNames: PlaceNames,
  ) {}

  @ResolveField(() => String, { description: '用工单位名称' })
  async agencyName(@Parent() demand: JobDemand, @Context() ctx: GraphQLContext): Promise<string> {
    return ((await this.agencies.agency(ctx).load(demand.agencyId)) as Agency).name;
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
}
