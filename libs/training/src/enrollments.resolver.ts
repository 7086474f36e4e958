import { Args, Context, Float, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { GraphQLContext, MoneyScalar } from '@carebridge/common';
import { Cohort, Enrollment, Trainee } from '@carebridge/db';
import { attendancePercent, tenthsToHours } from '@carebridge/rules';
import { TraineeModel } from '@carebridge/trainees';
import { DropEnrollmentArgs, EnrollTraineeArgs } from './dto/enrollment.args';
import { AttendanceModel, toAttendanceModel } from './models/attendance.model';
import { CohortModel } from './models/cohort.model';
import { EnrollmentBenefitModel, EnrollmentModel } from './models/enrollment.model';
import { EnrollmentsService } from './enrollments.service';
import { TrainingLoaders } from './training.loaders';

@Resolver(() => EnrollmentModel)
export class EnrollmentsResolver {
  constructor(
    private readonly enrollments: EnrollmentsService,
    private readonly loaders: TrainingLoaders,
  ) {}

  @Mutation(() => EnrollmentModel, {
    description: '学员报名参加一期培训，记录“三包五免”待遇；满员、未满最低年龄、与其他在训期日期重叠或重复报名时拒绝',
  })
  enrollTrainee(@CurrentUser() user: AuthUser, @Args() { cohortId, traineeId }: EnrollTraineeArgs): Promise<Enrollment> {
    return this.enrollments.enroll(user, cohortId, traineeId);
  }

  @Mutation(() => EnrollmentModel, { description: '退训：只能对在训的报名操作，释放名额' })
  dropEnrollment(@CurrentUser() user: AuthUser, @Args() { enrollmentId, reason }: DropEnrollmentArgs): Promise<Enrollment> {
    return this.enrollments.drop(user, enrollmentId, reason);
  }

  @ResolveField(() => CohortModel, { description: '培训期' })
  cohort(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<Cohort | null> {
    return this.loaders.cohort(ctx).load(enrollment.cohortId);
  }

  @ResolveField(() => TraineeModel, { description: '学员' })
  trainee(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<Trainee | null> {
    return this.loaders.trainee(ctx).load(enrollment.traineeId);
  }

  @ResolveField(() => [EnrollmentBenefitModel], { description: '“三包五免”待遇及费用（按报名时的标准）' })
  async benefits(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<EnrollmentBenefitModel[]> {
    const rows = await this.loaders.benefits(ctx).load(enrollment.id);
    return rows.map(({ benefit, costFen }) => ({ benefit, cost: costFen }));
  }

  @ResolveField(() => MoneyScalar, { description: '“三包五免”待遇费用合计（元）' })
  async benefitsTotal(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<number> {
    const rows = await this.loaders.benefits(ctx).load(enrollment.id);
    return rows.reduce((sum, row) => sum + row.costFen, 0);
  }

  @ResolveField(() => [AttendanceModel], { description: '考勤记录（按日期排序）' })
  async attendance(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<AttendanceModel[]> {
    return (await this.loaders.attendance(ctx).load(enrollment.id)).map(toAttendanceModel);
  }

  @ResolveField(() => Float, { description: '已出勤理论课时（小时）' })
  async attendedTheoryHours(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<number> {
    return tenthsToHours((await this.loaders.attendanceTotals(ctx).load(enrollment.id)).theoryTenths);
  }

  @ResolveField(() => Float, { description: '已出勤实操课时（小时）' })
  async attendedPracticeHours(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<number> {
    return tenthsToHours((await this.loaders.attendanceTotals(ctx).load(enrollment.id)).practiceTenths);
  }

  @ResolveField(() => Float, { description: '出勤率：已出勤课时占课程总课时的百分比（保留一位小数）' })
  async attendanceShare(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<number> {
    const [totals, cohort] = await Promise.all([
      this.loaders.attendanceTotals(ctx).load(enrollment.id),
      this.loaders.cohort(ctx).load(enrollment.cohortId),
    ]);
    const course = cohort && (await this.loaders.course(ctx).load(cohort.courseId));
    if (!course) throw new Error(`enrollment ${enrollment.id} has no course`);
    return attendancePercent(totals.theoryTenths + totals.practiceTenths, course.theoryHours + course.practiceHours);
  }
}
