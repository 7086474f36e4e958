import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, GraphQLContext, groupByKeys, loaderFor } from '@carebridge/common';
import { Attendance, Cohort, Course, Enrollment, EnrollmentBenefit, PrismaService, School, Trainee } from '@carebridge/db';
import { SchoolsService } from '@carebridge/schools';

/** Hours attended by one enrolment, in tenths. */
export interface AttendanceTotals {
  theoryTenths: number;
  practiceTenths: number;
}

const NO_ATTENDANCE: AttendanceTotals = { theoryTenths: 0, practiceTenths: 0 };

/**
 * The per-request DataLoaders of the training module: one query per relation per request, whatever
 * the rows. Loaders by id answer null for a missing row; fields whose foreign key guarantees the
 * row are non-null in the schema, so a broken invariant still surfaces as an error.
 */
@Injectable()
export class TrainingLoaders {
  constructor(
    private readonly prisma: PrismaService,
    private readonly schools: SchoolsService,
  ) {}

  school(ctx: GraphQLContext): DataLoader<string, School | null> {
    return loaderFor(ctx, 'training.school', async (ids: readonly string[]) =>
      byKeys(ids, await this.schools.findMany(ids), (school) => school.id),
    );
  }

  course(ctx: GraphQLContext): DataLoader<string, Course | null> {
    return loaderFor(ctx, 'training.course', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.course.findMany({ where: { id: { in: [...ids] } } }), (course) => course.id),
    );
  }

  cohort(ctx: GraphQLContext): DataLoader<string, Cohort | null> {
    return loaderFor(ctx, 'training.cohort', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.cohort.findMany({ where: { id: { in: [...ids] } } }), (cohort) => cohort.id),
    );
  }

  trainee(ctx: GraphQLContext): DataLoader<string, Trainee | null> {
    return loaderFor(ctx, 'training.trainee', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.trainee.findMany({ where: { id: { in: [...ids] } } }), (trainee) => trainee.id),
    );
  }

  enrollment(ctx: GraphQLContext): DataLoader<string, Enrollment | null> {
    return loaderFor(ctx, 'training.enrollment', async (ids: readonly string[]) =>
      byKeys(ids, await this.prisma.enrollment.findMany({ where: { id: { in: [...ids] } } }), (enrollment) => enrollment.id),
    );
  }

  /** By trainee id: her enrolments, or only those in one school's cohorts. */
  enrollmentsOfTrainee(ctx: GraphQLContext, schoolId: string | null = null): DataLoader<string, Enrollment[]> {
    return loaderFor(ctx, `training.enrollmentsOfTrainee:${schoolId ?? 'all'}`, async (traineeIds: readonly string[]) => {
      const rows = await this.prisma.enrollment.findMany({
        where: { traineeId: { in: [...traineeIds] }, ...(schoolId ? { cohort: { schoolId } } : {}) },
        orderBy: [{ enrolledAt: 'asc' }, { id: 'asc' }],
      });
      return groupByKeys(traineeIds, rows, (row) => row.traineeId);
    });
  }

  enrollmentsOfCohort(ctx: GraphQLContext): DataLoader<string, Enrollment[]> {
    return loaderFor(ctx, 'training.enrollmentsOfCohort', async (cohortIds: readonly string[]) => {
      const rows = await this.prisma.enrollment.findMany({
        where: { cohortId: { in: [...cohortIds] } },
        orderBy: [{ enrolledAt: 'asc' }, { id: 'asc' }],
      });
      return groupByKeys(cohortIds, rows, (row) => row.cohortId);
    });
  }

  benefits(ctx: GraphQLContext): DataLoader<string, EnrollmentBenefit[]> {
    return loaderFor(ctx, 'training.benefits', async (enrollmentIds: readonly string[]) => {
      const rows = await this.prisma.enrollmentBenefit.findMany({ where: { enrollmentId: { in: [...enrollmentIds] } }, orderBy: { benefit: 'asc' } });
      return groupByKeys(enrollmentIds, rows, (row) => row.enrollmentId);
    });
  }

  attendance(ctx: GraphQLContext): DataLoader<string, Attendance[]> {
    return loaderFor(ctx, 'training.attendance', async (enrollmentIds: readonly string[]) => {
      const rows = await this.prisma.attendance.findMany({ where: { enrollmentId: { in: [...enrollmentIds] } }, orderBy: { date: 'asc' } });
      return groupByKeys(enrollmentIds, rows, (row) => row.enrollmentId);
    });
  }

  attendanceTotals(ctx: GraphQLContext): DataLoader<string, AttendanceTotals> {
    return loaderFor(ctx, 'training.attendanceTotals', async (enrollmentIds: readonly string[]) => {
      const sums = await this.prisma.attendance.groupBy({
        by: ['enrollmentId'],
        where: { enrollmentId: { in: [...enrollmentIds] } },
        _sum: { theoryTenths: true, practiceTenths: true },
      });
      const totals = new Map(
        sums.map((sum) => [sum.enrollmentId, { theoryTenths: sum._sum.theoryTenths ?? 0, practiceTenths: sum._sum.practiceTenths ?? 0 }]),
      );
      return enrollmentIds.map((id) => totals.get(id) ?? NO_ATTENDANCE);
    });
  }
}
