import { Cohort, Role, Trainee } from '@carebridge/db';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const CREATE_COURSE = `mutation($input: CreateCourseInput!) {
  createCourse(input: $input) { id name major theoryHours practiceHours totalHours theorySharePercent durationDays certificateLevel } }`;
const COURSES = `query($major: Major) { courses(major: $major) { name major } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) {
  createCohort(input: $input) { id number label startDate endDate capacity enrolledCount remainingSeats school { id name } course { id name } } }`;
const COHORTS = `query($filter: CohortFilter) { cohorts(filter: $filter) { number } }`;
const COHORT = `query($id: ID!) {
  cohort(id: $id) { number label enrolledCount remainingSeats enrollments { status trainee { id name } } } }`;
const ENROLLMENT_FIELDS = `id status enrolledAt droppedAt dropReason cohort { number } trainee { id status }
  benefits { benefit cost } benefitsTotal attendedTheoryHours attendedPracticeHours attendanceShare`;
const ENROLL = `mutation($cohortId: ID!, $traineeId: ID!) { enrollTrainee(cohortId: $cohortId, traineeId: $traineeId) { ${ENROLLMENT_FIELDS} } }`;
const DROP = `mutation($id: ID!, $reason: String!) { dropEnrollment(enrollmentId: $id, reason: $reason) { ${ENROLLMENT_FIELDS} } }`;
const RECORD = `mutation($id: ID!, $date: LocalDate!, $theory: Float!, $practice: Float!) {
  recordAttendance(enrollmentId: $id, date: $date, theoryHours: $theory, practiceHours: $practice) {
    date theoryHours practiceHours enrollment { attendedTheoryHours attendedPracticeHours attendanceShare attendance { date } } } }`;
const POLICY = `{ trainingPolicy { theoryPassMark practicalPassMark minAttendancePercent minEnrollmentAge maxDailyHours } }`;
const UPDATE_POLICY = `mutation($input: UpdateTrainingPolicyInput!) {
  updateTrainingPolicy(input: $input) { theoryPassMark practicalPassMark minAttendancePercent minEnrollmentAge maxDailyHours } }`;
const BENEFIT_POLICIES = `{ benefitPolicies { benefit cost } }`;
const SET_BENEFIT_COST = `mutation($benefit: Benefit!, $cost: Money!) { setBenefitCost(benefit: $benefit, cost: $cost) { benefit cost } }`;
const TRAINEE_ENROLLMENTS = `query($id: ID!) { trainee(id: $id) { enrollments { status cohort { label school { name } } } } }`;

const DEFAULT_BENEFITS = [
  { benefit: 'MEALS', cost: '900.00' },
  { benefit: 'LODGING', cost: '600.00' },
  { benefit: 'JOB_PLACEMENT', cost: '200.00' },
  { benefit: 'TUITION', cost: '1500.00' },
  { benefit: 'MATERIALS', cost: '80.00' },
  { benefit: 'UNIFORM', cost: '120.00' },
  { benefit: 'INSURANCE', cost: '30.00' },
  { benefit: 'MEDICAL_EXAM', cost: '150.00' },
];

const courseInput = { name: '养老护理员（初级）', major: 'ELDERCARE', theoryHours: 48, practiceHours: 112, durationDays: 30 };

/** The refusal's code and reason, for terse assertions. */
function refusal(result: GqlResult): { code?: string; reason?: string; field?: string } {
  expect(result.errors).toHaveLength(1);
  const { code, reason, field } = result.errors![0].extensions;
  return { code, reason, field };
}

describe('training', () => {
  const api = new TestApi(AppModule);
  const TODAY = new Date('2026-03-02T01:00:00Z'); // 09:00 in Beijing, 2026-03-02
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.reset();
    api.clock.set(TODAY);
  });

  const enroll = async (cohort: Pick<Cohort, 'id'>, trainee: Pick<Trainee, 'id'>, token?: string) =>
    api.gql(ENROLL, { cohortId: cohort.id, traineeId: trainee.id }, token ?? (await api.admin()));

  describe('courses', () => {
    it('lets an admin create a course and anyone signed in list them by major', async () => {
      const admin = await api.admin();
      const { createCourse } = await api.ok(CREATE_COURSE, { input: courseInput }, admin);
      expect(createCourse).toMatchObject({ ...courseInput, totalHours: 160, theorySharePercent: 30, certificateLevel: 'LEVEL_5' });
      await api.ok(CREATE_COURSE, { input: { ...courseInput, name: '金牌月嫂', major: 'MATERNITY_NANNY', certificateLevel: 'LEVEL_4' } }, admin);

      const trainee = await api.factories.trainee();
      const traineeToken = await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id });
      const { courses } = await api.ok(COURSES, { major: 'MATERNITY_NANNY' }, traineeToken);
      expect(courses).toEqual([{ name: '金牌月嫂', major: 'MATERNITY_NANNY' }]);
      expect((await api.ok(COURSES, {}, admin)).courses).toHaveLength(2);
      expect(errorCodes(await api.gql(COURSES))).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses a theory share outside 25-35 %, stating the computed share', async () => {
      const result = await api.gql(CREATE_COURSE, { input: { ...courseInput, theoryHours: 64, practiceHours: 96 } }, await api.admin());
      expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'THEORY_SHARE_OUT_OF_RANGE', field: 'theoryHours' });
      expect(result.errors![0].message).toBe('理论课时占比为40.0%，应在25%-35%之间');
      expect(await api.prisma.course.count()).toBe(0);
    });

    it('refuses a duplicate name, hours that are not positive and a duration over 90 days', async () => {
      const admin = await api.admin();
      await api.ok(CREATE_COURSE, { input: courseInput }, admin);
      expect(refusal(await api.gql(CREATE_COURSE, { input: courseInput }, admin))).toMatchObject({ code: 'CONFLICT', reason: 'COURSE_NAME_TAKEN' });
      const zeroHours = await api.gql(CREATE_COURSE, { input: { ...courseInput, name: 'x', theoryHours: 0 } }, admin);
      expect(refusal(zeroHours)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'theoryHours' });
      const tooLong = await api.gql(CREATE_COURSE, { input: { ...courseInput, name: 'y', durationDays: 91 } }, admin);
      expect(refusal(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationDays' });
      expect(tooLong.errors![0].message).toContain('学制');
    });

    it('lets only admins create courses', async () => {
      const school = await api.factories.school();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(CREATE_COURSE, { input: courseInput }, staff))).toEqual(['FORBIDDEN']);
    });
  });

  describe('cohorts', () => {
    async function cohortInput(overrides: Record<string, unknown> = {}) {
      const [school, course] = await Promise.all([api.factories.school(), api.factories.course()]);
      return { number: 12, schoolId: school.id, courseId: course.id, startDate: '2026-03-02', endDate: '2026-03-31', capacity: 50, ...overrides };
    }

    it('lets an admin create a cohort with its school, course, label and free seats', async () => {
      const input = await cohortInput();
      const { createCohort } = await api.ok(CREATE_COHORT, { input }, await api.admin());
      expect(createCohort).toMatchObject({
        number: 12,
        label: '第12期',
        startDate: '2026-03-02',
        endDate: '2026-03-31',
        capacity: 50,
        enrolledCount: 0,
        remainingSeats: 50,
        school: { id: input.schoolId },
        course: { id: input.courseId },
      });
    });

    it('refuses a duplicate number, an unknown course or school, and bad dates or capacity', async () => {
      const admin = await api.admin();
      const input = await cohortInput();
      await api.ok(CREATE_COHORT, { input }, admin);
      const duplicate = await api.gql(CREATE_COHORT, { input }, admin);
      expect(refusal(duplicate)).toEqual({ code: 'CONFLICT', reason: 'COHORT_NUMBER_TAKEN', field: 'number' });
      expect(duplicate.errors![0].message).toContain('第12期');

      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(refusal(await api.gql(CREATE_COHORT, { input: { ...input, number: 13, courseId: unknown } }, admin))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'COURSE_NOT_FOUND',
      });
      expect(refusal(await api.gql(CREATE_COHORT, { input: { ...input, number: 13, schoolId: unknown } }, admin))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'SCHOOL_NOT_FOUND',
      });
      const endBeforeStart = await api.gql(CREATE_COHORT, { input: { ...input, number: 13, endDate: '2026-03-01' } }, admin);
      expect(refusal(endBeforeStart)).toEqual({ code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START', field: 'endDate' });
      // The course lasts 30 days: 45 days fit, 46 do not.
      await api.ok(CREATE_COHORT, { input: { ...input, number: 14, endDate: '2026-04-15' } }, admin);
      const tooLong = await api.gql(CREATE_COHORT, { input: { ...input, number: 15, endDate: '2026-04-16' } }, admin);
      expect(refusal(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COHORT_TOO_LONG' });
      expect(tooLong.errors![0].message).toContain('46天');
      for (const bad of [{ capacity: 0 }, { capacity: 5001 }, { number: 0 }]) {
        const result = await api.gql(CREATE_COHORT, { input: { ...input, number: 16, ...bad } }, admin);
        expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: Object.keys(bad)[0] });
      }
      expect(refusal(await api.gql(CREATE_COHORT, { input: { ...input, number: 16, startDate: '2026-02-30' } }, admin))).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(await api.prisma.cohort.count()).toBe(2);
    });

    it('filters cohorts by school, course and the day they run', async () => {
      const [schoolA, schoolB] = await Promise.all([api.factories.school(), api.factories.school()]);
      const course = await api.factories.course();
      await api.factories.cohort({ number: 1, schoolId: schoolA.id, courseId: course.id, start: '2026-01-05', end: '2026-02-03' });
      await api.factories.cohort({ number: 2, schoolId: schoolA.id, start: '2026-03-02', end: '2026-03-31' });
      await api.factories.cohort({ number: 3, schoolId: schoolB.id, courseId: course.id, start: '2026-03-16', end: '2026-04-14' });
      const admin = await api.admin();
      const numbers = async (filter?: Record<string, unknown>) => (await api.ok(COHORTS, { filter }, admin)).cohorts.map((c: { number: number }) => c.number);

      expect(await numbers()).toEqual([1, 2, 3]);
      expect(await numbers({ schoolId: schoolA.id })).toEqual([1, 2]);
      expect(await numbers({ courseId: course.id })).toEqual([1, 3]);
      expect(await numbers({ activeOn: '2026-03-20' })).toEqual([2, 3]);
      expect(await numbers({ activeOn: '2026-03-31' })).toEqual([2, 3]);
      expect(await numbers({ activeOn: '2026-04-01' })).toEqual([3]);
      expect(await numbers({ schoolId: schoolA.id, activeOn: '2026-01-05' })).toEqual([1]);
    });

    it('shows school staff only their own school’s cohorts and answers NOT_FOUND for the others', async () => {
      const [schoolA, schoolB] = await Promise.all([api.factories.school(), api.factories.school()]);
      const cohortA = await api.factories.cohort({ number: 1, schoolId: schoolA.id });
      const cohortB = await api.factories.cohort({ number: 2, schoolId: schoolB.id });
      const staffA = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: schoolA.id });

      expect((await api.ok(COHORTS, {}, staffA)).cohorts).toEqual([{ number: 1 }]);
      expect((await api.ok(COHORTS, { filter: { schoolId: schoolB.id } }, staffA)).cohorts).toEqual([]);
      expect((await api.ok(COHORT, { id: cohortA.id }, staffA)).cohort).toMatchObject({ number: 1 });
      expect(refusal(await api.gql(COHORT, { id: cohortB.id }, staffA))).toMatchObject({ code: 'NOT_FOUND', reason: 'COHORT_NOT_FOUND' });
      expect(errorCodes(await api.gql(CREATE_COHORT, { input: await cohortInput({ schoolId: schoolA.id }) }, staffA))).toEqual(['FORBIDDEN']);
    });

    it('answers NOT_FOUND for an unknown cohort and BAD_USER_INPUT for a malformed id', async () => {
      const admin = await api.admin();
      expect(refusal(await api.gql(COHORT, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toMatchObject({ code: 'NOT_FOUND' });
      expect(refusal(await api.gql(COHORT, { id: 'not-a-uuid' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('enrollTrainee', () => {
    it('enrols a trainee, takes a seat, records her benefits at the policy costs and puts her in training', async () => {
      const cohort = await api.factories.cohort({ number: 7, capacity: 2 });
      const trainee = await api.factories.trainee();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: cohort.schoolId });
      const result = await enroll(cohort, trainee, staff);
      expect(result.errors).toBeUndefined();
      const enrollment = result.data!.enrollTrainee;
      expect(enrollment).toMatchObject({
        status: 'ACTIVE',
        enrolledAt: TODAY.toISOString(),
        droppedAt: null,
        cohort: { number: 7 },
        trainee: { id: trainee.id, status: 'IN_TRAINING' },
        benefits: DEFAULT_BENEFITS,
        benefitsTotal: '3580.00',
        attendedTheoryHours: 0,
        attendanceShare: 0,
      });

      const { cohort: after } = await api.ok(COHORT, { id: cohort.id }, staff);
      expect(after).toMatchObject({ enrolledCount: 1, remainingSeats: 1, enrollments: [{ status: 'ACTIVE', trainee: { id: trainee.id } }] });
      const change = await api.prisma.traineeStatusChange.findFirstOrThrow({ where: { traineeId: trainee.id } });
      const staffUser = await api.prisma.user.findFirstOrThrow({ where: { schoolId: cohort.schoolId } });
      expect(change).toMatchObject({ fromStatus: 'REGISTERED', toStatus: 'IN_TRAINING', actorUserId: staffUser.id, reason: '报名参加第7期培训' });

      const { trainee: withEnrollments } = await api.ok(TRAINEE_ENROLLMENTS, { id: trainee.id }, await api.admin());
      expect(withEnrollments.enrollments).toEqual([{ status: 'ACTIVE', cohort: { label: '第7期', school: { name: expect.any(String) } } }]);
    });

    it('refuses a full cohort with COHORT_FULL and writes nothing', async () => {
      const cohort = await api.factories.cohort({ capacity: 1 });
      const [first, second] = await Promise.all([api.factories.trainee(), api.factories.trainee()]);
      expect((await enroll(cohort, first)).errors).toBeUndefined();
      const result = await enroll(cohort, second);
      expect(refusal(result)).toEqual({ code: 'CONFLICT', reason: 'COHORT_FULL', field: 'cohortId' });
      expect(result.errors![0].message).toContain('已满员');
      const untouched = await api.prisma.trainee.findUniqueOrThrow({ where: { id: second.id }, include: { enrollments: true, statusChanges: true } });
      expect(untouched).toMatchObject({ status: 'REGISTERED', enrollments: [], statusChanges: [] });
      expect(await api.prisma.enrollmentBenefit.count()).toBe(8);
    });

    it('refuses a trainee under the minimum age on the start date, saying her age', async () => {
      const cohort = await api.factories.cohort({ start: '2026-03-02', end: '2026-03-31' });
      const fifteen = await api.factories.trainee({ birthDate: '2010-03-03' });
      const result = await enroll(cohort, fifteen);
      expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TRAINEE_TOO_YOUNG', field: 'traineeId' });
      expect(result.errors![0].message).toBe('学员在开班日（2026-03-02）年龄为15周岁，未满16周岁，不能报名');

      const sixteenThatDay = await api.factories.trainee({ birthDate: '2010-03-02' });
      expect((await enroll(cohort, sixteenThatDay)).errors).toBeUndefined();

      await api.ok(UPDATE_POLICY, { input: { minEnrollmentAge: 18 } }, await api.admin());
      const seventeen = await api.factories.trainee({ birthDate: '2009-01-01' });
      expect(refusal(await enroll(cohort, seventeen))).toMatchObject({ reason: 'TRAINEE_TOO_YOUNG' });
    });

    it('refuses a trainee active in an overlapping cohort but accepts one that does not overlap', async () => {
      const march = await api.factories.cohort({ number: 1, start: '2026-03-02', end: '2026-03-31' });
      const lateMarch = await api.factories.cohort({ number: 2, start: '2026-03-31', end: '2026-04-29' });
      const may = await api.factories.cohort({ number: 3, start: '2026-05-04', end: '2026-06-02' });
      const trainee = await api.factories.trainee();
      expect((await enroll(march, trainee)).errors).toBeUndefined();
      const overlap = await enroll(lateMarch, trainee);
      expect(refusal(overlap)).toEqual({ code: 'CONFLICT', reason: 'ENROLLMENT_OVERLAP', field: 'traineeId' });
      expect(overlap.errors![0].message).toContain('第1期');
      expect((await enroll(may, trainee)).errors).toBeUndefined();
    });

    it('refuses a second enrolment in the same cohort', async () => {
      const cohort = await api.factories.cohort();
      const trainee = await api.factories.trainee();
      await enroll(cohort, trainee);
      expect(refusal(await enroll(cohort, trainee))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED', field: 'traineeId' });
    });

    it('refuses a placed trainee, whose status cannot move into training', async () => {
      const cohort = await api.factories.cohort();
      const placed = await api.factories.trainee({ status: 'PLACED' });
      expect(refusal(await enroll(cohort, placed))).toMatchObject({ code: 'CONFLICT', reason: 'TRAINEE_STATUS_TRANSITION' });
      expect((await api.prisma.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).enrolledCount).toBe(0);
    });

    it('answers NOT_FOUND for an unknown cohort or trainee, and for school staff of another school', async () => {
      const cohort = await api.factories.cohort();
      const trainee = await api.factories.trainee();
      const unknown = { id: '00000000-0000-4000-8000-000000000000' };
      expect(refusal(await enroll(unknown, trainee))).toMatchObject({ code: 'NOT_FOUND', reason: 'COHORT_NOT_FOUND' });
      expect(refusal(await enroll(cohort, unknown))).toMatchObject({ code: 'NOT_FOUND', reason: 'TRAINEE_NOT_FOUND' });
      const otherSchool = await api.factories.school();
      const otherStaff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: otherSchool.id });
      expect(refusal(await enroll(cohort, trainee, otherStaff))).toMatchObject({ code: 'NOT_FOUND', reason: 'COHORT_NOT_FOUND' });
      const traineeToken = await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id });
      expect(errorCodes(await enroll(cohort, trainee, traineeToken))).toEqual(['FORBIDDEN']);
      expect(await api.prisma.enrollment.count()).toBe(0);
    });

    it('freezes benefit costs at enrolment: a later cost change applies to new enrolments only', async () => {
      const admin = await api.admin();
      const cohort = await api.factories.cohort();
      const [before, after] = await Promise.all([api.factories.trainee(), api.factories.trainee()]);
      await enroll(cohort, before);
      await api.ok(SET_BENEFIT_COST, { benefit: 'MEALS', cost: '1200.50' }, admin);
      const { enrollTrainee } = (await enroll(cohort, after)).data!;
      expect(enrollTrainee.benefits[0]).toEqual({ benefit: 'MEALS', cost: '1200.50' });
      expect(enrollTrainee.benefitsTotal).toBe('3880.50');

      const { cohort: listed } = await api.ok(
        `query($id: ID!) { cohort(id: $id) { enrollments { trainee { id } benefits { benefit cost } benefitsTotal } } }`,
        { id: cohort.id },
        admin,
      );
      const old = listed.enrollments.find((e: { trainee: { id: string } }) => e.trainee.id === before.id);
      expect(old.benefits).toEqual(DEFAULT_BENEFITS);
      expect(old.benefitsTotal).toBe('3580.00');
    });

    it('holds the capacity under 30 concurrent enrolments', async () => {
      const cohort = await api.factories.cohort({ capacity: 10 });
      const trainees = await Promise.all(Array.from({ length: 30 }, () => api.factories.trainee()));
      const admin = await api.admin();
      const results = await Promise.all(trainees.map((trainee) => enroll(cohort, trainee, admin)));

      const succeeded = results.filter((result) => !result.errors);
      const refused = results.filter((result) => result.errors);
      expect(succeeded).toHaveLength(10);
      expect(refused).toHaveLength(20);
      expect(refused.every((result) => result.errors![0].extensions.reason === 'COHORT_FULL')).toBe(true);
      const { enrolledCount } = await api.prisma.cohort.findUniqueOrThrow({ where: { id: cohort.id } });
      const active = await api.prisma.enrollment.count({ where: { cohortId: cohort.id, status: 'ACTIVE' } });
      expect({ enrolledCount, active }).toEqual({ enrolledCount: 10, active: 10 });
      expect(await api.prisma.trainee.count({ where: { status: 'IN_TRAINING' } })).toBe(10);
      expect(await api.prisma.enrollmentBenefit.count()).toBe(80);
    });

    it('lets only one of two concurrent enrolments of a trainee in overlapping cohorts through', async () => {
      const [first, second] = await Promise.all([api.factories.cohort(), api.factories.cohort()]);
      const trainee = await api.factories.trainee();
      const admin = await api.admin();
      const results = await Promise.all([enroll(first, trainee, admin), enroll(second, trainee, admin)]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.flatMap((result) => (result.errors ?? []).map((e) => e.extensions.reason))).toEqual(['ENROLLMENT_OVERLAP']);
      expect(await api.prisma.enrollment.count({ where: { traineeId: trainee.id } })).toBe(1);
    });
  });

  describe('dropEnrollment', () => {
    async function enrolled(overrides: Parameters<TestApi['factories']['cohort']>[0] = {}, trainee?: Trainee) {
      const cohort = await api.factories.cohort(overrides);
      const student = trainee ?? (await api.factories.trainee());
      const { enrollTrainee } = (await enroll(cohort, student)).data!;
      return { cohort, trainee: student, enrollmentId: enrollTrainee.id as string };
    }

    it('drops an active enrolment with its reason, frees the seat and returns the trainee to REGISTERED', async () => {
      const { cohort, trainee, enrollmentId } = await enrolled({ capacity: 1 });
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: cohort.schoolId });
      const { dropEnrollment } = await api.ok(DROP, { id: enrollmentId, reason: ' 家中有事 ' }, staff);
      expect(dropEnrollment).toMatchObject({ status: 'DROPPED', droppedAt: TODAY.toISOString(), dropReason: '家中有事', trainee: { status: 'REGISTERED' } });
      expect((await api.ok(COHORT, { id: cohort.id }, staff)).cohort).toMatchObject({ enrolledCount: 0, remainingSeats: 1 });
      const change = await api.prisma.traineeStatusChange.findFirstOrThrow({ where: { traineeId: trainee.id, toStatus: 'REGISTERED' } });
      expect(change.reason).toContain('家中有事');

      // The freed seat can be taken again.
      expect((await enroll(cohort, await api.factories.trainee())).errors).toBeUndefined();
    });

    it('refuses an enrolment that is no longer active, and a blank reason', async () => {
      const { enrollmentId } = await enrolled();
      const admin = await api.admin();
      expect(refusal(await api.gql(DROP, { id: enrollmentId, reason: '   ' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      await api.ok(DROP, { id: enrollmentId, reason: '个人原因' }, admin);
      const again = await api.gql(DROP, { id: enrollmentId, reason: '个人原因' }, admin);
      expect(refusal(again)).toEqual({ code: 'CONFLICT', reason: 'ENROLLMENT_NOT_ACTIVE', field: 'enrollmentId' });
      expect(again.errors![0].message).toContain('已退训');
      expect(await api.prisma.cohort.findFirstOrThrow()).toMatchObject({ enrolledCount: 0 });
    });

    it('returns a certified trainee who re-trains to AVAILABLE, and keeps one in another cohort in training', async () => {
      const certified = await api.factories.trainee();
      const earlier = await enrolled({ number: 1, start: '2025-09-01', end: '2025-09-30' }, certified);
      await api.prisma.enrollment.update({ where: { id: earlier.enrollmentId }, data: { status: 'PASSED' } });
      await api.prisma.certificate.create({
        data: { number: 'LL-TEST-1', traineeId: certified.id, enrollmentId: earlier.enrollmentId, major: 'ELDERCARE', level: 'LEVEL_5', issuedOn: new Date('2025-10-08') },
      });
      await api.prisma.trainee.update({ where: { id: certified.id }, data: { status: 'AVAILABLE' } });
      const retraining = await enrolled({ number: 2 }, certified);
      const { dropEnrollment } = await api.ok(DROP, { id: retraining.enrollmentId, reason: '已找到工作' }, await api.admin());
      expect(dropEnrollment.trainee.status).toBe('AVAILABLE');

      const busy = await api.factories.trainee();
      const march = await enrolled({ number: 3, start: '2026-03-02', end: '2026-03-31' }, busy);
      await enrolled({ number: 4, start: '2026-05-04', end: '2026-06-02' }, busy);
      expect((await api.ok(DROP, { id: march.enrollmentId, reason: '改报5月' }, await api.admin())).dropEnrollment.trainee.status).toBe('IN_TRAINING');
    });

    it('answers NOT_FOUND for an unknown enrolment and for school staff of another school', async () => {
      const { enrollmentId } = await enrolled();
      const otherStaff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: (await api.factories.school()).id });
      expect(refusal(await api.gql(DROP, { id: enrollmentId, reason: '个人原因' }, otherStaff))).toMatchObject({ code: 'NOT_FOUND', reason: 'ENROLLMENT_NOT_FOUND' });
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(refusal(await api.gql(DROP, { id: unknown, reason: '个人原因' }, await api.admin()))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await api.prisma.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).toMatchObject({ status: 'ACTIVE' });
    });
  });

  describe('recordAttendance', () => {
    async function activeEnrollment() {
      const cohort = await api.factories.cohort({ start: '2026-03-02', end: '2026-03-31' }); // course: 48 + 112 hours
      const { enrollTrainee } = (await enroll(cohort, await api.factories.trainee())).data!;
      return { cohort, enrollmentId: enrollTrainee.id as string };
    }

    it('records a day and sums the hours on the enrolment', async () => {
      const { cohort, enrollmentId } = await activeEnrollment();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: cohort.schoolId });
      api.clock.set(new Date('2026-03-03T15:59:00Z')); // 23:59 on 3 March in Beijing
      const first = await api.ok(RECORD, { id: enrollmentId, date: '2026-03-02', theory: 3.5, practice: 4.5 }, staff);
      expect(first.recordAttendance).toMatchObject({ date: '2026-03-02', theoryHours: 3.5, practiceHours: 4.5 });
      const second = await api.ok(RECORD, { id: enrollmentId, date: '2026-03-03', theory: 2, practice: 6 }, staff);
      expect(second.recordAttendance.enrollment).toEqual({
        attendedTheoryHours: 5.5,
        attendedPracticeHours: 10.5,
        attendanceShare: 10,
        attendance: [{ date: '2026-03-02' }, { date: '2026-03-03' }],
      });
    });

    it('refuses a second record for the same day', async () => {
      const { enrollmentId } = await activeEnrollment();
      const admin = await api.admin();
      await api.ok(RECORD, { id: enrollmentId, date: '2026-03-02', theory: 2, practice: 6 }, admin);
      const again = await api.gql(RECORD, { id: enrollmentId, date: '2026-03-02', theory: 1, practice: 1 }, admin);
      expect(refusal(again)).toEqual({ code: 'CONFLICT', reason: 'ATTENDANCE_DAY_TAKEN', field: 'date' });
    });

    it('refuses hours that are negative, not in half hours, nil, or above the daily maximum of the policy', async () => {
      const { enrollmentId } = await activeEnrollment();
      const admin = await api.admin();
      const record = (theory: number, practice: number) => api.gql(RECORD, { id: enrollmentId, date: '2026-03-02', theory, practice }, admin);
      expect(refusal(await record(-1, 4))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HOURS_INVALID', field: 'theoryHours' });
      expect(refusal(await record(2, 2.3))).toMatchObject({ reason: 'HOURS_INVALID', field: 'practiceHours' });
      expect(refusal(await record(0, 0))).toMatchObject({ reason: 'HOURS_NONE' });
      const over = await record(4, 6.5);
      expect(refusal(over)).toMatchObject({ reason: 'HOURS_OVER_DAILY_MAX' });
      expect(over.errors![0].message).toContain('10小时');
      await api.ok(UPDATE_POLICY, { input: { maxDailyHours: 6 } }, admin);
      expect(refusal(await record(3.5, 3))).toMatchObject({ reason: 'HOURS_OVER_DAILY_MAX' });
      expect((await record(3, 3)).errors).toBeUndefined();
    });

    it('refuses a day outside the cohort or after today', async () => {
      const { enrollmentId } = await activeEnrollment();
      const admin = await api.admin();
      const record = (date: string) => api.gql(RECORD, { id: enrollmentId, date, theory: 2, practice: 6 }, admin);
      expect(refusal(await record('2026-03-01'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'DATE_OUTSIDE_COHORT', field: 'date' });
      expect(refusal(await record('2026-03-03'))).toMatchObject({ reason: 'DATE_IN_FUTURE' });
      api.clock.set(new Date('2026-04-10T01:00:00Z'));
      expect(refusal(await record('2026-04-01'))).toMatchObject({ reason: 'DATE_OUTSIDE_COHORT' });
      expect((await record('2026-03-31')).errors).toBeUndefined();
    });

    it('refuses a dropped enrolment, an unknown one, and school staff of another school', async () => {
      const { enrollmentId } = await activeEnrollment();
      const admin = await api.admin();
      const otherStaff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: (await api.factories.school()).id });
      const args = { id: enrollmentId, date: '2026-03-02', theory: 2, practice: 6 };
      expect(refusal(await api.gql(RECORD, args, otherStaff))).toMatchObject({ code: 'NOT_FOUND', reason: 'ENROLLMENT_NOT_FOUND' });
      expect(refusal(await api.gql(RECORD, { ...args, id: '00000000-0000-4000-8000-000000000000' }, admin))).toMatchObject({ code: 'NOT_FOUND' });
      await api.ok(DROP, { id: enrollmentId, reason: '个人原因' }, admin);
      expect(refusal(await api.gql(RECORD, args, admin))).toMatchObject({ code: 'CONFLICT', reason: 'ENROLLMENT_NOT_ACTIVE' });
      expect(await api.prisma.attendance.count()).toBe(0);
    });
  });

  describe('policies', () => {
    it('shows the default training policy to staff and lets an admin change part of it', async () => {
      const admin = await api.admin();
      const school = await api.factories.school();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect((await api.ok(POLICY, {}, staff)).trainingPolicy).toEqual({
        theoryPassMark: 60,
        practicalPassMark: 60,
        minAttendancePercent: 80,
        minEnrollmentAge: 16,
        maxDailyHours: 10,
      });
      const { updateTrainingPolicy } = await api.ok(UPDATE_POLICY, { input: { theoryPassMark: 70, minAttendancePercent: 90 } }, admin);
      expect(updateTrainingPolicy).toMatchObject({ theoryPassMark: 70, practicalPassMark: 60, minAttendancePercent: 90 });
      expect((await api.ok(POLICY, {}, admin)).trainingPolicy.theoryPassMark).toBe(70);
    });

    it('refuses values out of range, naming the field, and changes by non-admins', async () => {
      const admin = await api.admin();
      for (const [field, value] of [
        ['theoryPassMark', 101],
        ['practicalPassMark', -1],
        ['minAttendancePercent', 101],
        ['minEnrollmentAge', 15],
        ['minEnrollmentAge', 61],
        ['maxDailyHours', 0],
        ['maxDailyHours', 17],
      ] as const) {
        expect(refusal(await api.gql(UPDATE_POLICY, { input: { [field]: value } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      const school = await api.factories.school();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(UPDATE_POLICY, { input: { maxDailyHours: 8 } }, staff))).toEqual(['FORBIDDEN']);
      const trainee = await api.factories.trainee();
      expect(errorCodes(await api.gql(POLICY, {}, await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id })))).toEqual(['FORBIDDEN']);
      expect((await api.ok(POLICY, {}, admin)).trainingPolicy).toMatchObject({ minEnrollmentAge: 16, maxDailyHours: 10 });
    });

    it('lists the benefit costs and lets an admin set one, refusing a negative or malformed amount', async () => {
      const admin = await api.admin();
      expect((await api.ok(BENEFIT_POLICIES, {}, admin)).benefitPolicies).toEqual(DEFAULT_BENEFITS);
      expect((await api.ok(SET_BENEFIT_COST, { benefit: 'UNIFORM', cost: 150 }, admin)).setBenefitCost).toEqual({ benefit: 'UNIFORM', cost: '150.00' });
      expect(refusal(await api.gql(SET_BENEFIT_COST, { benefit: 'UNIFORM', cost: '-1' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cost' });
      expect(refusal(await api.gql(SET_BENEFIT_COST, { benefit: 'UNIFORM', cost: '12.345' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT' });
      const school = await api.factories.school();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(SET_BENEFIT_COST, { benefit: 'UNIFORM', cost: '0' }, staff))).toEqual(['FORBIDDEN']);
      expect((await api.ok(BENEFIT_POLICIES, {}, staff)).benefitPolicies).toContainEqual({ benefit: 'UNIFORM', cost: '150.00' });
    });
  });
});
