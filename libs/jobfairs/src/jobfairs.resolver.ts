import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { GraphQLContext, loaderFor } from '@carebridge/common';
import { JobFair } from '@carebridge/db';
import { PlaceNames } from '@carebridge/places';
import { CreateJobFairInput, JobFairIdArgs, JobFairsArgs, RegisterAgencyForJobFairArgs, RegisterTraineeForJobFairArgs } from './dto/job-fair.input';
import { JobFairCounts, JobFairsService } from './jobfairs.service';
import { JobFairModel } from './models/job-fair.model';

@Resolver(() => JobFairModel)
export class JobFairsResolver {
  constructor(
    private readonly jobFairsService: JobFairsService,
    private readonly placeNames: PlaceNames,
  ) {}

  @Mutation(() => JobFairModel, { description: '新建招聘会（管理员）' })
  createJobFair(@Args('input') input: CreateJobFairInput): Promise<JobFair> {
    return this.jobFairsService.create(input);
  }

  @Mutation(() => JobFairModel, { description: '用工单位报名招聘会（管理员，或该单位工作人员）；举办日之后不再接受报名' })
  registerAgencyForJobFair(@Args() { jobFairId, agencyId }: RegisterAgencyForJobFairArgs, @CurrentUser() caller: AuthUser): Promise<JobFair> {
    return this.jobFairsService.registerAgency(jobFairId, agencyId, caller);
  }

  @Mutation(() => JobFairModel, { description: '学员报名招聘会（管理员，或学员本人）；举办日之后不再接受报名' })
  registerTraineeForJobFair(@Args() { jobFairId, traineeId }: RegisterTraineeForJobFairArgs, @CurrentUser() caller: AuthUser): Promise<JobFair> {
    return this.jobFairsService.registerTrainee(jobFairId, traineeId, caller);
  }

  @Query(() => JobFairModel, { description: '一场招聘会，含报名与录用人数' })
  jobFair(@Args() { id }: JobFairIdArgs): Promise<JobFair> {
    return this.jobFairsService.get(id);
  }

  @Query(() => [JobFairModel], { description: '招聘会列表（按举办日期排序），可限定日期范围（含两端）' })
  jobFairs(@Args() args: JobFairsArgs): Promise<JobFair[]> {
    return this.jobFairsService.list(args);
  }

  @ResolveField(() => String, { nullable: true, description: '举办城市名称' })
  cityName(@Parent() fair: JobFair, @Context() ctx: GraphQLContext): Promise<string | null> {
    return this.placeNames.cityName(ctx, fair.cityCode);
  }

  @ResolveField(() => Int, { description: '报名的用工单位数' })
  async registeredAgencies(@Parent() fair: JobFair, @Context() ctx: GraphQLContext): Promise<number> {
    return (await this.counts(ctx).load(fair.id)).registeredAgencies;
  }

  @ResolveField(() => Int, { description: '报名的学员数' })
  async registeredTrainees(@Parent() fair: JobFair, @Context() ctx: GraphQLContext): Promise<number> {
    return (await this.counts(ctx).load(fair.id)).registeredTrainees;
  }

  @ResolveField(() => Int, { description: '在该招聘会上录用（关联该招聘会）的上岗记录数' })
  async hires(@Parent() fair: JobFair, @Context() ctx: GraphQLContext): Promise<number> {
    return (await this.counts(ctx).load(fair.id)).hires;
  }

  private counts(ctx: GraphQLContext): DataLoader<string, JobFairCounts> {
    return loaderFor(ctx, 'jobfairs.counts', (ids: readonly string[]) => this.jobFairsService.counts(ids));
  }
}
