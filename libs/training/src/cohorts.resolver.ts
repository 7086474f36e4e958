import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { GraphQLContext } from '@carebridge/common';
import { Cohort, Course, Enrollment, School } from '@carebridge/db';
import { SchoolModel } from '@carebridge/schools';
import { CohortIdArgs, CohortsArgs, CreateCohortInput } from './dto/cohort.input';
import { CohortModel } from './models/cohort.model';
import { CourseModel } from './models/course.model';
import { EnrollmentModel } from './models/enrollment.model';
import { CohortsService } from './cohorts.service';
import { TrainingLoaders } from './training.loaders';

@Resolver(() => CohortModel)
export class CohortsResolver {
  constructor(
    private readonly cohortsService: CohortsService,
    private readonly loaders: TrainingLoaders,
  ) {}

  @Mutation(() => CohortModel, { description: '新建培训期（管理员）' })
  createCohort(@Args('input') input: CreateCohortInput): Promise<Cohort> {
    return this.cohortsService.create(input);
  }

  @Query(() => [CohortModel], { description: '培训期列表（按期数排序）；培训基地工作人员只能看到本基地的' })
  cohorts(@CurrentUser() user: AuthUser, @Args() { filter }: CohortsArgs): Promise<Cohort[]> {
    return this.cohortsService.list(user, filter);
  }

  @Query(() => CohortModel, { description: '一期培训' })
  cohort(@CurrentUser() user: AuthUser, @Args() { id }: CohortIdArgs): Promise<Cohort> {
    return this.cohortsService.get(user, id);
  }

  @ResolveField(() => String, { description: '期名，如“第12期”' })
  label(@Parent() cohort: Cohort): string {
    return `第${cohort.number}期`;
  }

  @ResolveField(() => Int, { description: '剩余名额' })
  remainingSeats(@Parent() cohort: Cohort): number {
    return Math.max(cohort.capacity - cohort.enrolledCount, 0);
  }

  @ResolveField(() => SchoolModel, { description: '培训基地' })
  school(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext): Promise<School | null> {
    return this.loaders.school(ctx).load(cohort.schoolId);
  }

  @ResolveField(() => CourseModel, { description: '课程' })
  course(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext): Promise<Course | null> {
    return this.loaders.course(ctx).load(cohort.courseId);
  }

  @ResolveField(() => [EnrollmentModel], { description: '本期的报名（按报名时间排序）' })
  enrollments(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext): Promise<Enrollment[]> {
    return this.loaders.enrollmentsOfCohort(ctx).load(cohort.id);
  }
}
