import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, GraphQLContext, groupByKeys, loaderFor } from '@carebridge/common';
import { Assessment, Certificate, Enrollment, PrismaService, School } from '@carebridge/db';

/** Where a certificate was earned: its enrolment's cohort number and school. */
export interface IssuingCohort {
  enrollmentId: string;
  cohortNumber: number;
  school: School;
}

/** Per-request DataLoaders of the certification fields: one query per field and request, however many rows. */
@Injectable()
export class CertificationLoader {
  constructor(private readonly prisma: PrismaService) {}

  /** By trainee id: her certificates, or only those earned in one school's cohorts. */
  certificatesByTrainee(context: GraphQLContext, schoolId: string | null = null): DataLoader<string, Certificate[]> {
    return loaderFor(context, `certification.certificatesByTrainee:${schoolId ?? 'all'}`, async (traineeIds: readonly string[]) => {
      const rows = await this.prisma.certificate.findMany({
        where: { traineeId: { in: [...traineeIds] }, ...(schoolId ? { enrollment: { cohort: { schoolId } } } : {}) },
        orderBy: [{ issuedOn: 'asc' }, { number: 'asc' }],
      });
      return groupByKeys(traineeIds, rows, (row) => row.traineeId);
    });
  }

  certificateByEnrollment(context: GraphQLContext): DataLoader<string, Certificate | null> {
    return loaderFor(context, 'certification.certificateByEnrollment', async (enrollmentIds: readonly string[]) => {
      const rows = await this.prisma.certificate.findMany({ where: { enrollmentId: { in: [...enrollmentIds] } } });
      return byKeys(enrollmentIds, rows, (row) => row.enrollmentId);
    });
  }

  assessmentByEnrollment(context: GraphQLContext): DataLoader<string, Assessment | null> {
    return loaderFor(context, 'certification.assessmentByEnrollment', async (enrollmentIds: readonly string[]) => {
      const rows = await this.prisma.assessment.findMany({ where: { enrollmentId: { in: [...enrollmentIds] } } });
      return byKeys(enrollmentIds, rows, (row) => row.enrollmentId);
    });
  }

  /**
   * Cohort and school of enrolments in one load of their own, rather than chained through the
   * training loaders: a list that also shows enrolments' cohorts then costs the same number of
   * statements whichever of the two paths reaches the database first.
   */
  issuingCohort(context: GraphQLContext): DataLoader<string, IssuingCohort | null> {
    return loaderFor(context, 'certification.issuingCohort', async (enrollmentIds: readonly string[]) => {
      const rows = await this.prisma.enrollment.findMany({
        where: { id: { in: [...enrollmentIds] } },
        select: { id: true, cohort: { select: { number: true, school: true } } },
      });
      const cohorts = rows.map((row) => ({ enrollmentId: row.id, cohortNumber: row.cohort.number, school: row.cohort.school }));
      return byKeys(enrollmentIds, cohorts, (row) => row.enrollmentId);
    });
  }

  enrollment(context: GraphQLContext): DataLoader<string, Enrollment | null> {
    return loaderFor(context, 'certification.enrollment', async (ids: readonly string[]) => {
      const rows = await this.prisma.enrollment.findMany({ where: { id: { in: [...ids] } } });
      return byKeys(ids, rows, (row) => row.id);
    });
  }
}

/** A row that a foreign key guarantees; a miss means the database broke its own constraints. */
export function required<T>(row: T | null): T {
  if (row === null) throw new Error('A row referenced by a foreign key is missing');
  return row;
}
