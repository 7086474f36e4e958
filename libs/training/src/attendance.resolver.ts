import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { GraphQLContext } from '@carebridge/common';
import { Enrollment } from '@carebridge/db';
import { RecordAttendanceArgs } from './dto/enrollment.args';
import { AttendanceModel, toAttendanceModel } from './models/attendance.model';
import { EnrollmentModel } from './models/enrollment.model';
import { AttendanceService } from './attendance.service';
import { TrainingLoaders } from './training.loaders';

@Resolver(() => AttendanceModel)
export class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly loaders: TrainingLoaders,
  ) {}

  @Mutation(() => AttendanceModel, {
    description: '记录一名在训学员一天的考勤：每天一条，课时以0.5小时为单位、合计不超过每日上限，日期在本期之内且不晚于今天',
  })
  async recordAttendance(@CurrentUser() user: AuthUser, @Args() args: RecordAttendanceArgs): Promise<AttendanceModel> {
    return toAttendanceModel(await this.attendance.record(user, args));
  }

  @ResolveField(() => EnrollmentModel, { description: '所属报名' })
  enrollment(@Parent() attendance: AttendanceModel, @Context() ctx: GraphQLContext): Promise<Enrollment | null> {
    return this.loaders.enrollment(ctx).load(attendance.enrollmentId);
  }
}
