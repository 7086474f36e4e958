import { Injectable } from '@nestjs/common';
import { AuthUser, assertSchoolScope } from '@carebridge/auth';
import { AppError, Clock } from '@carebridge/common';
import { Assessment, Certificate, CertificateStatus, EnrollmentStatus, Prisma, PrismaService } from '@carebridge/db';
import { JobName, OutboxService } from '@carebridge/queue';
import {
  attendanceShortfallMessage,
  dbToLocalDate,
  isAssessmentPassed,
  localDateToDb,
  makeCertificateNumber,
  TraineeStanding,
  traineeStatusAfterAssessment,
} from '@carebridge/rules';
import { TraineeStatusService } from '@carebridge/trainees';
import { EnrollmentsService, EnrollmentWithCourse, TrainingPolicyService } from '@carebridge/training';
import { RecordAssessmentArgs } from './dto/record-assessment.args';

const ENROLLMENT_NOT_FOUND = '报名记录不存在';

/**
 * Records the final assessment of an enrolment. A pass issues the certificate, certifies the
 * trainee and enqueues the notice, all in one transaction; a fail closes the enrolment so she can
 * enrol again.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly policies: TrainingPolicyService,
    private readonly enrollments: EnrollmentsService,
    private readonly traineeStatus: TraineeStatusService,
    private readonly outbox: OutboxService,
  ) {}

  record(caller: AuthUser, scores: RecordAssessmentArgs): Promise<Assessment> {
    return this.prisma.$transaction(async (tx) => {
      const traineeId = await this.traineeOf(tx, caller, scores.enrollmentId);
      // Trainee first, then enrolment: the lock order of enrolment and drop-out, so none of them deadlock.
      const currentStatus = await this.traineeStatus.lock(tx, traineeId);
      const enrollment = await this.enrollments.getForUpdate(tx, caller, scores.enrollmentId);
      this.assertAssessable(enrollment);
      const policy = await this.policies.get(tx);
      await this.assertAttendedEnough(tx, enrollment, policy.minAttendancePercent);

      const passed = isAssessmentPassed(scores, policy);
      const standing = await this.standingBesides(tx, enrollment);
      const assessment = await tx.assessment.create({
        data: { enrollmentId: enrollment.id, theoryScore: scores.theoryScore, practicalScore: scores.practicalScore, passed, assessorUserId: caller.id },
      });
      await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: passed ? EnrollmentStatus.PASSED : EnrollmentStatus.FAILED } });
      const certificate = passed ? await this.issueCertificate(tx, enrollment) : null;
      const nextStatus = traineeStatusAfterAssessment(currentStatus, passed, standing);
      if (nextStatus) {
        const cohort = `第${enrollment.cohort.number}期`;
        const reason = certificate ? `${cohort}考核通过，获发证书${certificate.number}` : `${cohort}考核未通过`;
        await this.traineeStatus.move(tx, traineeId, nextStatus, caller.id, reason);
      }
      if (certificate) await this.outbox.enqueue(tx, JobName.CERTIFICATE_ISSUED, { certificateId: certificate.id });
      return assessment;
    });
  }

  /** The enrolment's trainee, once the caller may see the enrolment at all. */
  private async traineeOf(tx: Prisma.TransactionClient, caller: AuthUser, enrollmentId: string): Promise<string> {
    const enrollment = await tx.enrollment.findUnique({ where: { id: enrollmentId }, select: { traineeId: true, cohort: { select: { schoolId: true } } } });
    if (!enrollment) throw AppError.notFound('ENROLLMENT', ENROLLMENT_NOT_FOUND);
    assertSchoolScope(caller, enrollment.cohort.schoolId, 'ENROLLMENT', ENROLLMENT_NOT_FOUND);
    return enrollment.traineeId;
  }

  private assertAssessable(enrollment: EnrollmentWithCourse): void {
    // PASSED and FAILED are set only here, with the assessment: either means it was assessed already.
    if (enrollment.status === EnrollmentStatus.PASSED || enrollment.status === EnrollmentStatus.FAILED) {
      throw AppError.conflict('ALREADY_ASSESSED', '该学员本期已考核，成绩不能重复录入', 'enrollmentId');
    }
    if (enrollment.status !== EnrollmentStatus.ACTIVE) throw this.enrollments.notActive(enrollment.status);
    const startDate = dbToLocalDate(enrollment.cohort.startDate);
    const today = this.clock.today();
    if (today < startDate) {
      throw AppError.badInput('COHORT_NOT_STARTED', `第${enrollment.cohort.number}期${startDate}开班，开班前（今天是${today}）不能考核`, 'enrollmentId');
    }
  }

  private async assertAttendedEnough(tx: Prisma.TransactionClient, enrollment: EnrollmentWithCourse, minPercent: number): Promise<void> {
    const attended = await this.enrollments.attendedTenths(tx, enrollment.id);
    const { course } = enrollment.cohort;
    const shortfall = attendanceShortfallMessage(attended.theoryTenths + attended.practiceTenths, course.theoryHours + course.practiceHours, minPercent);
    if (shortfall) throw AppError.badInput('INSUFFICIENT_ATTENDANCE', shortfall, 'enrollmentId');
  }

  /** What else the trainee has going, apart from this enrolment: it decides where a fail leaves her. */
  private async standingBesides(tx: Prisma.TransactionClient, enrollment: EnrollmentWithCourse): Promise<TraineeStanding> {
    const { traineeId } = enrollment;
    const otherActive = await tx.enrollment.count({ where: { traineeId, status: EnrollmentStatus.ACTIVE, id: { not: enrollment.id } } });
    const validCertificates = await tx.certificate.count({ where: { traineeId, status: CertificateStatus.VALID } });
    return { inOtherActiveCohort: otherActive > 0, holdsValidCertificate: validCertificates > 0 };
  }

  private async issueCertificate(tx: Prisma.TransactionClient, enrollment: EnrollmentWithCourse): Promise<Certificate> {
    const { course } = enrollment.cohort;
    const issuedOn = this.clock.today();
    // nextval is not rolled back with the transaction: a failed pass leaves a gap in the serials, never a duplicate.
    const [{ serial }] = await tx.$queryRaw<{ serial: bigint }[]>`SELECT nextval('certificate_number_seq') AS serial`;
    return tx.certificate.create({
      data: {
        number: makeCertificateNumber({ issueYear: Number(issuedOn.slice(0, 4)), major: course.major, level: course.certificateLevel, sequence: Number(serial) }),
        traineeId: enrollment.traineeId,
        enrollmentId: enrollment.id,
        major: course.major,
        level: course.certificateLevel,
        issuedOn: localDateToDb(issuedOn),
      },
    });
  }
}
