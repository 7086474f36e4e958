import { Injectable } from '@nestjs/common';
import { assertSchoolScope, AuthUser } from '@carebridge/auth';
import { AppError, Clock } from '@carebridge/common';
import { CertificateStatus, Cohort, Course, Enrollment, EnrollmentStatus, Prisma, PrismaService, TraineeStatus } from '@carebridge/db';
import { ageOn, dbToLocalDate, traineeStatusAfterAssessment } from '@carebridge/rules';
import { TraineeStatusService } from '@carebridge/trainees';
import { assertCohortInScope } from './cohorts.service';
import { TrainingPolicyService } from './training-policy.service';

export type EnrollmentWithCourse = Enrollment & { cohort: Cohort & { course: Course } };

const ENROLLMENT_NOT_FOUND_MESSAGE = '报名记录不存在';

export const ENROLLMENT_STATUS_LABELS: Record<EnrollmentStatus, string> = {
  ACTIVE: '在训',
  PASSED: '考核通过',
  FAILED: '考核未通过',
  DROPPED: '已退训',
};

/**
 * Enrolments serialise on their cohort's row (the seat counter): under a burst of enrolments a
 * transaction may queue for a connection and then for that lock longer than Prisma's defaults.
 */
const SEAT_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

function cohortLabel(cohort: Pick<Cohort, 'number'>): string {
  return `第${cohort.number}期`;
}

@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly policies: TrainingPolicyService,
    private readonly traineeStatus: TraineeStatusService,
  ) {}

  /**
   * Enrols a trainee in a cohort, takes a seat and records her 三包五免 benefits at today's costs.
   * Row locks are taken in one order everywhere (enrolment, trainee, cohort), here and in
   * certification, so concurrent enrolments, drops and assessments cannot deadlock.
   */
  enroll(user: AuthUser, cohortId: string, traineeId: string): Promise<Enrollment> {
    return this.prisma.$transaction(async (tx) => {
      const cohort = await tx.cohort.findUnique({ where: { id: cohortId } });
      assertCohortInScope(user, cohort);
      // The trainee's row lock makes a concurrent enrolment of the same trainee wait, so the
      // overlap check below sees it once committed.
      await this.traineeStatus.lock(tx, traineeId);
      const trainee = await tx.trainee.findUniqueOrThrow({ where: { id: traineeId }, select: { birthDate: true } });
      const { minEnrollmentAge } = await this.policies.get(tx);
      const startDate = dbToLocalDate(cohort.startDate);
      const age = ageOn(dbToLocalDate(trainee.birthDate), startDate);
      if (age < minEnrollmentAge) {
        throw AppError.badInput(
          'TRAINEE_TOO_YOUNG',
          `学员在开班日（${startDate}）年龄为${age}周岁，未满${minEnrollmentAge}周岁，不能报名`,
          'traineeId',
        );
      }
      const previous = await tx.enrollment.findUnique({ where: { traineeId_cohortId: { traineeId, cohortId } }, select: { status: true } });
      if (previous) {
        throw AppError.conflict(
          'ALREADY_ENROLLED',
          `该学员已报名${cohortLabel(cohort)}（状态：${ENROLLMENT_STATUS_LABELS[previous.status]}），不能重复报名`,
          'traineeId',
        );
      }
      const overlapping = await tx.enrollment.findFirst({
        where: { traineeId, status: EnrollmentStatus.ACTIVE, cohort: { startDate: { lte: cohort.endDate }, endDate: { gte: cohort.startDate } } },
        select: { cohort: { select: { number: true, startDate: true, endDate: true } } },
      });
      if (overlapping) {
        const other = overlapping.cohort;
        throw AppError.conflict(
          'ENROLLMENT_OVERLAP',
          `该学员正在参加${cohortLabel(other)}（${dbToLocalDate(other.startDate)}至${dbToLocalDate(other.endDate)}），与${cohortLabel(cohort)}的日期重叠`,
          'traineeId',
        );
      }
      await this.traineeStatus.move(tx, traineeId, TraineeStatus.IN_TRAINING, user.id, `报名参加${cohortLabel(cohort)}培训`);
      // Check and increment in one statement: under concurrency the row lock queues the updates
      // and each re-checks the count, so the cohort never takes more than its capacity.
      const seated = await tx.$executeRaw`
        UPDATE cohorts SET enrolled_count = enrolled_count + 1 WHERE id = ${cohortId}::uuid AND enrolled_count < capacity`;
      if (seated === 0) {
        throw AppError.conflict('COHORT_FULL', `${cohortLabel(cohort)}已满员（名额${cohort.capacity}人）`, 'cohortId');
      }
      const benefitCosts = await this.policies.benefitPolicies(tx);
      return tx.enrollment.create({
        data: {
          traineeId,
          cohortId,
          enrolledAt: this.clock.now(),
          benefits: { createMany: { data: benefitCosts.map(({ benefit, costFen }) => ({ benefit, costFen })) } },
        },
      });
    }, SEAT_TRANSACTION_OPTIONS);
  }

  /** Withdraws an active enrolment: frees its seat and returns the trainee from training. */
  drop(user: AuthUser, enrollmentId: string, reason: string): Promise<Enrollment> {
    const dropReason = reason.trim();
    return this.prisma.$transaction(async (tx) => {
      const enrollment = await this.getForUpdate(tx, user, enrollmentId);
      if (enrollment.status !== EnrollmentStatus.ACTIVE) throw this.notActive(enrollment.status);
      const dropped = await tx.enrollment.update({
        where: { id: enrollmentId },
        data: { status: EnrollmentStatus.DROPPED, droppedAt: this.clock.now(), dropReason },
      });
      await this.returnFromTraining(tx, enrollment.traineeId, user.id, `从${cohortLabel(enrollment.cohort)}退训：${dropReason}`);
      await tx.$executeRaw`UPDATE cohorts SET enrolled_count = enrolled_count - 1 WHERE id = ${enrollment.cohortId}::uuid`;
      return dropped;
    }, SEAT_TRANSACTION_OPTIONS);
  }

  /**
   * The enrolment locked for update, with its cohort and course, after the caller's scope check:
   * assessment reads attendance and changes the enrolment without a concurrent drop or record.
   */
  async getForUpdate(tx: Prisma.TransactionClient, user: AuthUser, enrollmentId: string): Promise<EnrollmentWithCourse> {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM enrollments WHERE id = ${enrollmentId}::uuid FOR UPDATE`;
    if (!locked) throw AppError.notFound('ENROLLMENT', ENROLLMENT_NOT_FOUND_MESSAGE);
    const enrollment = await tx.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, include: { cohort: { include: { course: true } } } });
    assertSchoolScope(user, enrollment.cohort.schoolId, 'ENROLLMENT', ENROLLMENT_NOT_FOUND_MESSAGE);
    return enrollment;
  }

  /** Total hours attended (theory and practice, in tenths) of one enrolment. */
  async attendedTenths(tx: Prisma.TransactionClient, enrollmentId: string): Promise<{ theoryTenths: number; practiceTenths: number }> {
    const { _sum } = await tx.attendance.aggregate({ where: { enrollmentId }, _sum: { theoryTenths: true, practiceTenths: true } });
    return { theoryTenths: _sum.theoryTenths ?? 0, practiceTenths: _sum.practiceTenths ?? 0 };
  }

  notActive(status: EnrollmentStatus): AppError {
    return AppError.conflict('ENROLLMENT_NOT_ACTIVE', `该报名当前状态为“${ENROLLMENT_STATUS_LABELS[status]}”，只能对在训的报名进行此操作`, 'enrollmentId');
  }

  /**
   * A drop-out leaves training as a failed assessment does (one rule for both): she stays in
   * training while another cohort runs, returns to the job pool if she holds a valid certificate,
   * else to REGISTERED, free to enrol again.
   */
  private async returnFromTraining(tx: Prisma.TransactionClient, traineeId: string, actorUserId: string, reason: string): Promise<void> {
    const current = await this.traineeStatus.lock(tx, traineeId);
    const next = traineeStatusAfterAssessment(current, false, {
      inOtherActiveCohort: (await tx.enrollment.count({ where: { traineeId, status: EnrollmentStatus.ACTIVE } })) > 0,
      holdsValidCertificate: (await tx.certificate.count({ where: { traineeId, status: CertificateStatus.VALID } })) > 0,
    });
    if (next) await this.traineeStatus.move(tx, traineeId, next, actorUserId, reason);
  }
}
