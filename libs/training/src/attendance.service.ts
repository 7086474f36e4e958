import { Injectable } from '@nestjs/common';
import { AuthUser } from '@carebridge/auth';
import { AppError, Clock, isUniqueViolation } from '@carebridge/common';
import { Attendance, EnrollmentStatus, PrismaService } from '@carebridge/db';
import { attendanceDateProblem, attendanceHoursProblem, dbToLocalDate, hoursToTenths } from '@carebridge/rules';
import { RecordAttendanceArgs } from './dto/enrollment.args';
import { EnrollmentsService } from './enrollments.service';
import { TrainingPolicyService } from './training-policy.service';

@Injectable()
export class AttendanceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly policies: TrainingPolicyService,
    private readonly enrollments: EnrollmentsService,
  ) {}

  /** Records one day's hours of an active enrolment; the unique (enrolment, date) index allows one record a day. */
  record(user: AuthUser, { enrollmentId, date, theoryHours, practiceHours }: RecordAttendanceArgs): Promise<Attendance> {
    return this.prisma.$transaction(async (tx) => {
      // Locked so a concurrent drop or assessment sees this day's hours or none of them.
      const enrollment = await this.enrollments.getForUpdate(tx, user, enrollmentId);
      if (enrollment.status !== EnrollmentStatus.ACTIVE) throw this.enrollments.notActive(enrollment.status);
      const { maxDailyHours } = await this.policies.get(tx);
      const day = dbToLocalDate(date);
      const problem =
        attendanceHoursProblem(theoryHours, practiceHours, maxDailyHours) ??
        attendanceDateProblem(day, dbToLocalDate(enrollment.cohort.startDate), dbToLocalDate(enrollment.cohort.endDate), this.clock.today());
      if (problem) throw AppError.badInput(problem.reason, problem.message, problem.field);
      try {
        return await tx.attendance.create({
          data: { enrollmentId, date, theoryTenths: hoursToTenths(theoryHours), practiceTenths: hoursToTenths(practiceHours), recordedAt: this.clock.now() },
        });
      } catch (error) {
        throw isUniqueViolation(error) ? AppError.conflict('ATTENDANCE_DAY_TAKEN', `该学员${day}已有考勤记录，每天只能记录一次`, 'date') : error;
      }
    });
  }
}
