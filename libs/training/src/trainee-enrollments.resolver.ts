import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, traineeRowsSchoolOf } from '@carebridge/auth';
import { GraphQLContext } from '@carebridge/common';
import { Enrollment, Trainee } from '@carebridge/db';
import { TraineeModel } from '@carebridge/trainees';
import { EnrollmentModel } from './models/enrollment.model';
import { TrainingLoaders } from './training.loaders';

/** Adds a trainee's enrolments to the Trainee type, which the trainees module owns. */
@Resolver(() => TraineeModel)
export class TraineeEnrollmentsResolver {
  constructor(private readonly loaders: TrainingLoaders) {}

  @ResolveField(() => [EnrollmentModel], { description: '参训记录（按报名时间排序）：培训基地只看到在本基地的' })
  enrollments(@Parent() trainee: Trainee, @CurrentUser() caller: AuthUser | undefined, @Context() ctx: GraphQLContext): Promise<Enrollment[]> {
    return this.loaders.enrollmentsOfTrainee(ctx, traineeRowsSchoolOf(caller)).load(trainee.id);
  }
}
