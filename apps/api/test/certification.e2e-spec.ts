import { Cohort, Role, Trainee } from '@carebridge/db';
import { addDays, dbToLocalDate, localDateToDb, makeCertificateNumber, parseCertificateNumber } from '@carebridge/rules';
import { errorCodes, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const ENROLL = `mutation($cohortId: ID!, $traineeId: ID!) { enrollTrainee(cohortId: $cohortId, traineeId: $traineeId) { id } }`;
const DROP = `mutation($id: ID!, $reason: String!) { dropEnrollment(enrollmentId: $id, reason: $reason) { id status } }`;
const ASSESS = `mutation($enrollmentId: ID!, $theory: Int!, $practical: Int!) {
  recordAssessment(enrollmentId: $enrollmentId, theoryScore: $theory, practicalScore: $practical) {
    id theoryScore practicalScore passed
    certificate { id number major level issuedOn status cohortLabel school { name } trainee { id name } }
    enrollment { id status assessment { passed } certificate { number } }
  }
}`;
const VERIFY = `query($number: String!) { verifyCertificate(number: $number) { number wellFormed found valid status holderName major level issuedOn schoolName } }`;
const REVOKE = `mutation($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id status revokedAt revokedReason } }`;
const LIST = `query($filter: CertificateFilterInput, $first: Int, $after: String) {
  certificates(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id number trainee { id } school { id } } }
}`;

/** The default cohort runs 2026-03-02 to 2026-03-31 and is assessed on its last day; its course has 48 + 112 = 160 hours, so 80 % is 128. */
const COHORT_START = '2026-03-02';
const ASSESSMENT_DAY = new Date('2026-03-31T02:00:00Z');

describe('certification: assessment, certificates, verification, revocation', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.reset();
    api.clock.set(ASSESSMENT_DAY);
  });

  /** A school with a cohort of the default course. */
  async function cohort(overrides: { start?: string; end?: string; schoolId?: string } = {}): Promise<Cohort> {
    const course = await api.factories.course({ certificateLevel: 'LEVEL_5' });
    return api.factories.cohort({ start: COHORT_START, end: '2026-03-31', courseId: course.id, ...overrides });
  }

  /** Enrols a trainee (a new one unless given) through the API and records `hours` of attendance (10 a day) straight in the database. */
  async function enrolled(inCohort: Cohort, hours = 160, trainee?: Trainee): Promise<{ trainee: Trainee; enrollmentId: string }> {
    const learner = trainee ?? (await api.factories.trainee());
    const { enrollTrainee } = await api.ok(ENROLL, { cohortId: inCohort.id, traineeId: learner.id }, await api.admin());
    const start = dbToLocalDate(inCohort.startDate);
    const days = Array.from({ length: Math.ceil(hours / 10) }, (_, day) => day);
    await api.prisma.attendance.createMany({
      data: days.map((day) => {
        const tenths = Math.min(100, hours * 10 - day * 100);
        return { enrollmentId: enrollTrainee.id, date: localDateToDb(addDays(start, day)), theoryTenths: 30, practiceTenths: tenths - 30 };
      }),
    });
    return { trainee: learner, enrollmentId: enrollTrainee.id };
  }

  async function assess(enrollmentId: string, theory: number, practical: number, token?: string) {
    return api.gql(ASSESS, { enrollmentId, theory, practical }, token ?? (await api.admin()));
  }

  describe('recordAssessment', () => {
    it('on a pass issues a certificate in the same transaction: enrolment PASSED, trainee CERTIFIED, notice queued', async () => {
      const { trainee, enrollmentId } = await enrolled(await cohort());
      const result = await assess(enrollmentId, 85, 90);
      expect(result.errors).toBeUndefined();
      const assessment = result.data!.recordAssessment;
      expect(assessment).toMatchObject({
        theoryScore: 85,
        practicalScore: 90,
        passed: true,
        enrollment: { id: enrollmentId, status: 'PASSED', assessment: { passed: true }, certificate: { number: assessment.certificate.number } },
      });
      expect(assessment.certificate).toMatchObject({
        major: 'ELDERCARE',
        level: 'LEVEL_5',
        issuedOn: '2026-03-31',
        status: 'VALID',
        trainee: { id: trainee.id, name: trainee.name },
        cohortLabel: expect.stringMatching(/^第\d+期$/),
      });
      expect(assessment.certificate.number).toMatch(/^LL2026YL5\d{8}[0-9A-Y]$/);
      expect(parseCertificateNumber(assessment.certificate.number)).toMatchObject({ ok: true, parts: { issueYear: 2026, major: 'ELDERCARE', level: 'LEVEL_5' } });

      const stored = await api.prisma.trainee.findUniqueOrThrow({ where: { id: trainee.id }, include: { statusChanges: { orderBy: { changedAt: 'asc' } } } });
      expect(stored.status).toBe('CERTIFIED');
      expect(stored.statusChanges.at(-1)).toMatchObject({ fromStatus: 'IN_TRAINING', toStatus: 'CERTIFIED' });
      expect(stored.statusChanges.at(-1)?.reason).toContain(assessment.certificate.number);

      const outbox = await api.prisma.outboxEvent.findMany();
      expect(outbox).toEqual([expect.objectContaining({ queue: 'notifications', jobName: 'certificate-issued', payload: { certificateId: assessment.certificate.id } })]);
    });

    it('gives every certificate its own well-formed number', async () => {
      const shared = await cohort();
      const numbers: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { enrollmentId } = await enrolled(shared);
        numbers.push((await api.ok(ASSESS, { enrollmentId, theory: 60, practical: 60 }, await api.admin())).recordAssessment.certificate.number);
      }
      expect(new Set(numbers).size).toBe(3);
      for (const number of numbers) expect(parseCertificateNumber(number).ok).toBe(true);
    });

    it('on a fail closes the enrolment without a certificate and returns the trainee to REGISTERED, free to enrol again', async () => {
      const { trainee, enrollmentId } = await enrolled(await cohort());
      const { recordAssessment } = await api.ok(ASSESS, { enrollmentId, theory: 59, practical: 95 }, await api.admin());
      expect(recordAssessment).toMatchObject({ passed: false, certificate: null, enrollment: { status: 'FAILED', certificate: null } });
      expect((await api.prisma.trainee.findUniqueOrThrow({ where: { id: trainee.id } })).status).toBe('REGISTERED');
      expect(await api.prisma.certificate.count()).toBe(0);
      expect(await api.prisma.outboxEvent.count()).toBe(0);

      const next = await cohort({ start: '2026-04-13', end: '2026-05-12' });
      const again = await api.gql(ENROLL, { cohortId: next.id, traineeId: trainee.id }, await api.admin());
      expect(again.errors).toBeUndefined();
    });

    it('after a fail returns a trainee who holds an earlier certificate to the job pool, not to REGISTERED', async () => {
      const { trainee, enrollmentId } = await enrolled(await cohort());
      await api.ok(ASSESS, { enrollmentId, theory: 90, practical: 90 }, await api.admin());
      const second = await enrolled(await cohort({ start: '2026-04-13', end: '2026-05-12' }), 160, trainee);
      expect((await api.prisma.trainee.findUniqueOrThrow({ where: { id: trainee.id } })).status).toBe('IN_TRAINING');

      api.clock.set(new Date('2026-05-12T02:00:00Z'));
      await api.ok(ASSESS, { enrollmentId: second.enrollmentId, theory: 30, practical: 90 }, await api.admin());
      expect((await api.prisma.trainee.findUniqueOrThrow({ where: { id: trainee.id } })).status).toBe('AVAILABLE');
    });

    it('takes the pass marks from the training policy', async () => {
      await api.prisma.trainingPolicy.update({ where: { id: 1 }, data: { theoryPassMark: 70 } });
      const { enrollmentId } = await enrolled(await cohort());
      const { recordAssessment } = await api.ok(ASSESS, { enrollmentId, theory: 65, practical: 100 }, await api.admin());
      expect(recordAssessment.passed).toBe(false);
    });

    it('refuses a trainee below the minimum attendance, stating attended and required hours', async () => {
      const { enrollmentId } = await enrolled(await cohort(), 120);
      const result = await assess(enrollmentId, 90, 90);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0].extensions.reason).toBe('INSUFFICIENT_ATTENDANCE');
      expect(result.errors?.[0].message).toContain('已出勤120学时');
      expect(result.errors?.[0].message).toContain('至少需128学时');
      expect(await api.prisma.assessment.count()).toBe(0);
      expect((await api.prisma.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).status).toBe('ACTIVE');
    });

    it('accepts exactly the minimum attendance, and follows the policy when it changes', async () => {
      const { enrollmentId } = await enrolled(await cohort(), 128);
      await api.prisma.trainingPolicy.update({ where: { id: 1 }, data: { minAttendancePercent: 90 } });
      expect((await assess(enrollmentId, 90, 90)).errors?.[0].extensions.reason).toBe('INSUFFICIENT_ATTENDANCE');
      await api.prisma.trainingPolicy.update({ where: { id: 1 }, data: { minAttendancePercent: 80 } });
      expect((await assess(enrollmentId, 90, 90)).errors).toBeUndefined();
    });

    it('refuses an assessment before the cohort has started', async () => {
      const { enrollmentId } = await enrolled(await cohort());
      api.clock.set(new Date('2026-03-01T10:00:00Z'));
      const result = await assess(enrollmentId, 90, 90);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0].extensions.reason).toBe('COHORT_NOT_STARTED');
    });

    it('refuses a second assessment of the same enrolment with CONFLICT', async () => {
      const { enrollmentId } = await enrolled(await cohort());
      await api.ok(ASSESS, { enrollmentId, theory: 50, practical: 50 }, await api.admin());
      const result = await assess(enrollmentId, 90, 90);
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0].extensions.reason).toBe('ALREADY_ASSESSED');
      expect(await api.prisma.assessment.count()).toBe(1);
      expect(await api.prisma.certificate.count()).toBe(0);
    });

    it('lets only one of two simultaneous assessments of an enrolment through', async () => {
      const { enrollmentId } = await enrolled(await cohort());
      const admin = await api.admin();
      const results = await Promise.all([assess(enrollmentId, 90, 90, admin), assess(enrollmentId, 80, 80, admin)]);
      expect(results.map((r) => errorCodes(r)).sort()).toEqual([[], ['CONFLICT']]);
      expect(await api.prisma.certificate.count()).toBe(1);
    });

    it('refuses a dropped enrolment with CONFLICT', async () => {
      const { enrollmentId } = await enrolled(await cohort());
      await api.ok(DROP, { id: enrollmentId, reason: '家中有事' }, await api.admin());
      const result = await assess(enrollmentId, 90, 90);
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0].extensions.reason).toBe('ENROLLMENT_NOT_ACTIVE');
    });

    it('lets school staff assess their own school only; others get NOT_FOUND', async () => {
      const own = await cohort();
      const { enrollmentId } = await enrolled(own);
      const otherSchool = await api.factories.school();
      const outsider = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: otherSchool.id });
      const refused = await assess(enrollmentId, 90, 90, outsider);
      expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
      expect(await api.prisma.assessment.count()).toBe(0);

      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: own.schoolId });
      expect((await assess(enrollmentId, 90, 90, staff)).data?.recordAssessment.passed).toBe(true);
    });

    it('refuses trainees and callers without a token', async () => {
      const { trainee, enrollmentId } = await enrolled(await cohort());
      const traineeToken = await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id });
      expect(errorCodes(await assess(enrollmentId, 90, 90, traineeToken))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(ASSESS, { enrollmentId, theory: 90, practical: 90 }))).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses scores outside 0-100 naming the field, and an unknown enrolment with NOT_FOUND', async () => {
      const { enrollmentId } = await enrolled(await cohort());
      const tooHigh = await assess(enrollmentId, 101, 90);
      expect(errorCodes(tooHigh)).toEqual(['BAD_USER_INPUT']);
      expect(tooHigh.errors?.[0].extensions.field).toBe('theoryScore');
      expect(tooHigh.errors?.[0].message).toContain('理论成绩');
      const negative = await assess(enrollmentId, 90, -1);
      expect(negative.errors?.[0].extensions.field).toBe('practicalScore');
      expect(errorCodes(await assess('00000000-0000-4000-8000-000000000000', 90, 90))).toEqual(['NOT_FOUND']);
    });

    it('leaves nothing half-written when the pass transaction fails at its last step', async () => {
      const { trainee, enrollmentId } = await enrolled(await cohort());
      const changesBefore = await api.prisma.traineeStatusChange.count({ where: { traineeId: trainee.id } });
      // The outbox write is the last step of a pass: make it fail, for this enrolment only (the test database is shared).
      const trigger = `fail_outbox_${enrollmentId.replace(/-/g, '')}`;
      await api.prisma.$executeRawUnsafe(`
        CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM certificates WHERE id = (NEW.payload->>'certificateId')::uuid AND enrollment_id = '${enrollmentId}') THEN
            RAISE EXCEPTION 'forced failure';
          END IF;
          RETURN NEW;
        END $$`);
      await api.prisma.$executeRawUnsafe(`CREATE TRIGGER ${trigger} BEFORE INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
      try {
        expect(errorCodes(await assess(enrollmentId, 90, 90))).toEqual(['INTERNAL_SERVER_ERROR']);
      } finally {
        await api.prisma.$executeRawUnsafe(`DROP TRIGGER ${trigger} ON outbox_events`);
        await api.prisma.$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
      }
      expect(await api.prisma.assessment.count({ where: { enrollmentId } })).toBe(0);
      expect(await api.prisma.certificate.count({ where: { enrollmentId } })).toBe(0);
      expect(await api.prisma.outboxEvent.count()).toBe(0);
      expect((await api.prisma.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).status).toBe('ACTIVE');
      expect((await api.prisma.trainee.findUniqueOrThrow({ where: { id: trainee.id } })).status).toBe('IN_TRAINING');
      expect(await api.prisma.traineeStatusChange.count({ where: { traineeId: trainee.id } })).toBe(changesBefore);

      // Once the fault is gone the same assessment goes through.
      expect((await assess(enrollmentId, 90, 90)).data?.recordAssessment.passed).toBe(true);
    });
  });

  describe('certificates on trainees and enrolments', () => {
    it('lists a trainee her certificates, on the Trainee type and through myCertificates', async () => {
      const { trainee, enrollmentId } = await enrolled(await cohort());
      const { recordAssessment } = await api.ok(ASSESS, { enrollmentId, theory: 80, practical: 80 }, await api.admin());
      const number = recordAssessment.certificate.number;

      const { trainee: viewed } = await api.ok(
        `query($id: ID!) { trainee(id: $id) { certificates { number } enrollments { assessment { theoryScore } certificate { number } } } }`,
        { id: trainee.id },
        await api.admin(),
      );
      expect(viewed).toEqual({ certificates: [{ number }], enrollments: [{ assessment: { theoryScore: 80 }, certificate: { number } }] });

      const own = await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id });
      expect((await api.ok(`{ myCertificates { number status } }`, {}, own)).myCertificates).toEqual([{ number, status: 'VALID' }]);
      const other = await api.tokenFor(Role.TRAINEE, { traineeId: (await api.factories.trainee()).id });
      expect((await api.ok(`{ myCertificates { number } }`, {}, other)).myCertificates).toEqual([]);
      expect(errorCodes(await api.gql(`{ myCertificates { number } }`, {}, await api.admin()))).toEqual(['FORBIDDEN']);
    });
  });

  describe('certificates', () => {
    async function issued(inCohort: Cohort): Promise<{ id: string; traineeId: string }> {
      const { trainee, enrollmentId } = await enrolled(inCohort);
      const { recordAssessment } = await api.ok(ASSESS, { enrollmentId, theory: 90, practical: 90 }, await api.admin());
      return { id: recordAssessment.certificate.id, traineeId: trainee.id };
    }

    it('pages through certificates newest first, filtered by school, trainee and status', async () => {
      const first = await cohort();
      const second = await cohort();
      const a = await issued(first);
      const b = await issued(first);
      const c = await issued(second);
      const admin = await api.admin();

      const page1 = (await api.ok(LIST, { first: 2 }, admin)).certificates;
      expect(page1.totalCount).toBe(3);
      expect(page1.nodes.map((n: { id: string }) => n.id)).toEqual([c.id, b.id]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await api.ok(LIST, { first: 2, after: page1.pageInfo.endCursor }, admin)).certificates;
      expect(page2.nodes.map((n: { id: string }) => n.id)).toEqual([a.id]);
      expect(page2.pageInfo.hasNextPage).toBe(false);

      const bySchool = (await api.ok(LIST, { filter: { schoolId: first.schoolId } }, admin)).certificates;
      expect(bySchool.nodes.map((n: { id: string }) => n.id)).toEqual([b.id, a.id]);
      expect(bySchool.nodes[0].school.id).toBe(first.schoolId);
      const byTrainee = (await api.ok(LIST, { filter: { traineeId: c.traineeId } }, admin)).certificates;
      expect(byTrainee.nodes).toEqual([expect.objectContaining({ id: c.id, trainee: { id: c.traineeId } })]);

      await api.ok(REVOKE, { id: a.id, reason: '考核材料造假' }, admin);
      const revoked = (await api.ok(LIST, { filter: { status: 'REVOKED' } }, admin)).certificates;
      expect(revoked.nodes.map((n: { id: string }) => n.id)).toEqual([a.id]);
    });

    it('shows school staff their own school only, and NOT_FOUND for another school', async () => {
      const own = await cohort();
      const other = await cohort();
      const mine = await issued(own);
      await issued(other);
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: own.schoolId });
      const list = (await api.ok(LIST, {}, staff)).certificates;
      expect(list.nodes.map((n: { id: string }) => n.id)).toEqual([mine.id]);
      expect(errorCodes(await api.gql(LIST, { filter: { schoolId: other.schoolId } }, staff))).toEqual(['NOT_FOUND']);
      const trainee = await api.tokenFor(Role.TRAINEE, { traineeId: mine.traineeId });
      expect(errorCodes(await api.gql(LIST, {}, trainee))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(LIST, { after: 'bm90LWEtY3Vyc29y' }, await api.admin()))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('verifyCertificate (no token)', () => {
    async function passedWithName(name: string) {
      const schoolCohort = await cohort();
      const { trainee, enrollmentId } = await enrolled(schoolCohort);
      await api.prisma.trainee.update({ where: { id: trainee.id }, data: { name } });
      const { recordAssessment } = await api.ok(ASSESS, { enrollmentId, theory: 90, practical: 90 }, await api.admin());
      const school = await api.prisma.school.findUniqueOrThrow({ where: { id: schoolCohort.schoolId } });
      return { certificate: recordAssessment.certificate, school };
    }

    it('confirms a valid certificate with the holder name masked, whatever the case and spacing typed', async () => {
      const { certificate, school } = await passedWithName('王小明');
      const typed = ` ${certificate.number.slice(0, 8).toLowerCase()} ${certificate.number.slice(8)} `;
      const { verifyCertificate } = await api.ok(VERIFY, { number: typed });
      expect(verifyCertificate).toEqual({
        number: certificate.number,
        wellFormed: true,
        found: true,
        valid: true,
        status: 'VALID',
        holderName: '王*明',
        major: 'ELDERCARE',
        level: 'LEVEL_5',
        issuedOn: '2026-03-31',
        schoolName: school.name,
      });
    });

    it('answers found=false, without an error or any data, for an unknown or a mistyped number', async () => {
      const { certificate } = await passedWithName('李娜');
      const wellFormedUnknown = makeCertificateNumber({ issueYear: 2026, major: 'ELDERCARE', level: 'LEVEL_5', sequence: 99_999_999 });
      const notFound = { found: false, valid: false, status: null, holderName: null, major: null, level: null, issuedOn: null, schoolName: null };

      expect((await api.ok(VERIFY, { number: wellFormedUnknown })).verifyCertificate).toEqual({ number: wellFormedUnknown, wellFormed: true, ...notFound });
      const typo = certificate.number.slice(0, 12) + (certificate.number[12] === '9' ? '8' : '9') + certificate.number.slice(13);
      expect((await api.ok(VERIFY, { number: typo })).verifyCertificate).toEqual({ number: typo, wellFormed: false, ...notFound });
      expect((await api.ok(VERIFY, { number: 'not a number' })).verifyCertificate).toMatchObject({ wellFormed: false, ...notFound });
    });

    it('reports a revoked certificate as found but not valid', async () => {
      const { certificate } = await passedWithName('张三');
      await api.ok(REVOKE, { id: certificate.id, reason: '证书信息有误' }, await api.admin());
      expect((await api.ok(VERIFY, { number: certificate.number })).verifyCertificate).toMatchObject({
        found: true,
        valid: false,
        status: 'REVOKED',
        holderName: '张*',
      });
    });
  });

  describe('revokeCertificate', () => {
    async function certificateId(): Promise<{ id: string; traineeId: string }> {
      const { trainee, enrollmentId } = await enrolled(await cohort());
      const { recordAssessment } = await api.ok(ASSESS, { enrollmentId, theory: 90, practical: 90 }, await api.admin());
      return { id: recordAssessment.certificate.id, traineeId: trainee.id };
    }

    it('records when and why, keeps the holder status, and refuses a second revocation with CONFLICT', async () => {
      const { id, traineeId } = await certificateId();
      const admin = await api.admin();
      const { revokeCertificate } = await api.ok(REVOKE, { id, reason: '  违规代考  ' }, admin);
      expect(revokeCertificate).toMatchObject({ id, status: 'REVOKED', revokedReason: '违规代考', revokedAt: ASSESSMENT_DAY.toISOString() });
      expect((await api.prisma.trainee.findUniqueOrThrow({ where: { id: traineeId } })).status).toBe('CERTIFIED');

      const again = await api.gql(REVOKE, { id, reason: '重复撤销' }, admin);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(again.errors?.[0].extensions.reason).toBe('CERTIFICATE_ALREADY_REVOKED');
      expect((await api.prisma.certificate.findUniqueOrThrow({ where: { id } })).revokedReason).toBe('违规代考');
    });

    it('requires a reason of at most 200 characters', async () => {
      const { id } = await certificateId();
      const admin = await api.admin();
      const blank = await api.gql(REVOKE, { id, reason: '   ' }, admin);
      expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
      expect(blank.errors?.[0].extensions.field).toBe('reason');
      const long = await api.gql(REVOKE, { id, reason: '因'.repeat(201) }, admin);
      expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
      expect(long.errors?.[0].message).toContain('200');
      expect((await api.prisma.certificate.findUniqueOrThrow({ where: { id } })).status).toBe('VALID');
    });

    it('is for admins only, and answers NOT_FOUND for an unknown certificate', async () => {
      const { id } = await certificateId();
      const school = await api.factories.school();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(REVOKE, { id, reason: '原因' }, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(REVOKE, { id, reason: '原因' }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(REVOKE, { id: '00000000-0000-4000-8000-000000000000', reason: '原因' }, await api.admin()))).toEqual(['NOT_FOUND']);
    });
  });
});
