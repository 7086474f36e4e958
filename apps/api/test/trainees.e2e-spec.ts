import { PiiCipher } from '@carebridge/common';
import { Role, TraineeStatus } from '@carebridge/db';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { TraineesService } from '@carebridge/trainees';
import { makeResidentId, residentIdCheckChar } from '@carebridge/rules';
import { AppModule } from '../src/app.module';

const TRAINEE_FIELDS = `id name residentId phone birthDate sex age countyCode countyName householdCategory educationLevel
  majorsWanted destinationsWanted acceptsAnyDestination expectedMonthlyWage status createdAt
  statusHistory { fromStatus toStatus changedAt reason actorUserId }`;
const REGISTER = `mutation($input: RegisterTraineeInput!) { registerTrainee(input: $input) { ${TRAINEE_FIELDS} } }`;
const TRAINEE = `query($id: ID!) { trainee(id: $id) { id name residentId phone } }`;
const LIST = `query($filter: TraineeFilterInput, $first: Int, $after: String) {
  trainees(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }`;
const BY_RESIDENT_ID = `query($residentId: String!) { traineeByResidentId(residentId: $residentId) { id name residentId } }`;
const MARK_AVAILABLE = `mutation($traineeId: ID!) { markAvailable(traineeId: $traineeId) { id status statusHistory { fromStatus toStatus actorUserId } } }`;
const LOGIN = `mutation($account: String!, $password: String!) { login(account: $account, password: $password) { accessToken } }`;
const ME = `{ me { id role traineeId account } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const PASSWORD = 'Caregiver2026';

let sequence = 0;
/** A fresh valid resident ID of a woman from 临县 born 1990-03-07. */
const nextResidentId = () => makeResidentId('141124', '1990-03-07', ++sequence, 'FEMALE');

/** The first valid resident ID of a man from 离石区 born 1988-11-20 whose check character passes `test`. */
function residentIdWhoseCheck(test: (check: string) => boolean): string {
  for (let n = 0; n < 500; n++) {
    const id = makeResidentId('141102', '1988-11-20', n, 'MALE');
    if (test(id[17])) return id;
  }
  throw new Error('no such resident ID');
}
/** About one valid ID in eleven ends in X: the check digit most often mistyped. */
const residentIdEndingInX = () => residentIdWhoseCheck((check) => check === 'X');

function registration(overrides: Record<string, unknown> = {}) {
  return {
    name: '刘美兰',
    residentId: nextResidentId(),
    phone: '13812345678',
    countyCode: '141124',
    householdCategory: 'REGISTERED_POOR',
    educationLevel: 'JUNIOR_HIGH',
    majorsWanted: ['ELDERCARE', 'MATERNITY_NANNY'],
    destinationsWanted: ['北京市', '青岛市'],
    acceptsAnyDestination: false,
    expectedMonthlyWage: '4500',
    ...overrides,
  };
}

const reasons = (result: GqlResult) => (result.errors ?? []).map((e) => e.extensions.reason);
const fields = (result: GqlResult) => (result.errors ?? []).map((e) => e.extensions.field);

describe('trainees', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  const userIdOf = async (token: string): Promise<string> => (await api.ok(ME, {}, token)).me.id;
  const traineeCount = () => api.prisma.trainee.count();

  /** A school with a cohort, and a staff token bound to the school. */
  async function schoolWithCohort() {
    const school = await api.factories.school();
    const cohort = await api.factories.cohort({ schoolId: school.id });
    const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
    return { school, cohort, staff };
  }

  const enrol = (traineeId: string, cohortId: string) => api.prisma.enrollment.create({ data: { traineeId, cohortId } });

  describe('registerTrainee', () => {
    it('lets an admin register a trainee, deriving birth date, sex and age from the resident ID and masking identifiers', async () => {
      const admin = await api.admin();
      const input = registration({ residentId: makeResidentId('141124', '1990-03-07', 7, 'FEMALE'), phone: '+86 138 1234 5678' });
      const { registerTrainee } = await api.ok(REGISTER, { input }, admin);

      expect(registerTrainee).toMatchObject({
        name: '刘美兰',
        residentId: `1411**********${input.residentId.slice(-4)}`,
        phone: '138****5678',
        birthDate: '1990-03-07',
        sex: 'FEMALE',
        age: 35, // the test clock says 2026-03-02: her 36th birthday is five days away
        countyCode: '141124',
        countyName: '临县',
        majorsWanted: ['ELDERCARE', 'MATERNITY_NANNY'],
        destinationsWanted: ['北京市', '青岛市'],
        acceptsAnyDestination: false,
        expectedMonthlyWage: '4500.00',
        status: 'REGISTERED',
      });
      expect(registerTrainee.statusHistory).toEqual([
        { fromStatus: null, toStatus: 'REGISTERED', changedAt: expect.any(String), reason: '工作人员代为登记', actorUserId: await userIdOf(admin) },
      ]);
      // Staff registration creates no account: the trainee gets one only by registering herself.
      expect(await api.prisma.user.count({ where: { traineeId: registerTrainee.id } })).toBe(0);
    });

    it('derives a male sex from an odd sequence digit and accepts a lower-case x check character', async () => {
      const id = residentIdEndingInX();
      const { registerTrainee } = await api.ok(REGISTER, { input: registration({ residentId: id.toLowerCase(), countyCode: '141102' }) }, await api.admin());
      expect(registerTrainee).toMatchObject({ sex: 'MALE', birthDate: '1988-11-20', residentId: `1411**********${id.slice(-4)}`, countyName: '离石区' });
      expect(registerTrainee.residentId.endsWith('X')).toBe(true);
    });

    it('unifies the middle dot of a minority name and accepts a trainee open to any destination without a wage', async () => {
      const input = registration({ name: '阿依古丽•买买提', destinationsWanted: [], acceptsAnyDestination: true, expectedMonthlyWage: null });
      const { registerTrainee } = await api.ok(REGISTER, { input }, await api.admin());
      expect(registerTrainee).toMatchObject({ name: '阿依古丽·买买提', destinationsWanted: [], acceptsAnyDestination: true, expectedMonthlyWage: null });
    });

    it('lets school staff register a trainee, recording them as the actor', async () => {
      const { staff } = await schoolWithCohort();
      const { registerTrainee } = await api.ok(REGISTER, { input: registration() }, staff);
      expect(registerTrainee.statusHistory[0].actorUserId).toBe(await userIdOf(staff));
    });

    it('lets a trainee register herself without a token, then log in with her phone', async () => {
      const input = registration({ phone: '139 0358 1234', password: PASSWORD });
      const { registerTrainee } = await api.ok(REGISTER, { input });

      const { login } = await api.ok(LOGIN, { account: '+8613903581234', password: PASSWORD });
      const { me } = await api.ok(ME, {}, login.accessToken);
      expect(me).toEqual({ id: expect.any(String), role: 'TRAINEE', traineeId: registerTrainee.id, account: null });
      expect(registerTrainee.statusHistory).toEqual([expect.objectContaining({ reason: '自助登记', actorUserId: me.id })]);

      const { trainee } = await api.ok(TRAINEE, { id: registerTrainee.id }, login.accessToken);
      expect(trainee).toMatchObject({ id: registerTrainee.id, phone: '139****1234' });
    });

    it('refuses self-registration without a password or with a weak one, and staff registration with one', async () => {
      const missing = await api.gql(REGISTER, { input: registration() });
      expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
      expect(reasons(missing)).toEqual(['PASSWORD_REQUIRED']);
      expect(fields(missing)).toEqual(['password']);

      const weak = await api.gql(REGISTER, { input: registration({ password: '12345678' }) });
      expect(errorCodes(weak)).toEqual(['BAD_USER_INPUT']);
      expect(fields(weak)).toEqual(['password']);
      expect(weak.errors?.[0].message).toContain('密码');

      const staffWithPassword = await api.gql(REGISTER, { input: registration({ password: PASSWORD }) }, await api.admin());
      expect(reasons(staffWithPassword)).toEqual(['PASSWORD_NOT_ALLOWED']);
      expect(await traineeCount()).toBe(0);
    });

    it.each([Role.TRAINEE, Role.AGENCY_STAFF, Role.STATION_STAFF])('refuses a caller with role %s', async (role) => {
      const bind = role === Role.TRAINEE ? { traineeId: (await api.factories.trainee()).id } : {};
      const token = await api.tokenFor(role, bind);
      expect(errorCodes(await api.gql(REGISTER, { input: registration() }, token))).toEqual(['FORBIDDEN']);
      expect(await traineeCount()).toBe(bind.traineeId ? 1 : 0);
    });

    const valid = residentIdWhoseCheck((check) => check !== 'X');
    const withX = residentIdEndingInX();
    const badDate = '141124' + '19900230' + '002';
    const invalidInputs: Array<[string, Record<string, unknown>, string, string]> = [
      ['a wrong check digit', { residentId: valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0') }, 'residentId', '校验位'],
      ['a corrupted X check digit', { residentId: withX.slice(0, 17) + '1' }, 'residentId', '校验位'],
      ['an X where a digit belongs', { residentId: valid.slice(0, 17) + 'X' }, 'residentId', '校验位'],
      ['a changed digit in the body', { residentId: valid.slice(0, 8) + String((Number(valid[8]) + 1) % 10) + valid.slice(9) }, 'residentId', '校验位'],
      ['17 characters', { residentId: valid.slice(0, 17) }, 'residentId', '18位'],
      ['a birth date of 30 February', { residentId: badDate + residentIdCheckChar(badDate) }, 'residentId', '出生日期'],
      ['a birth date after today', { residentId: makeResidentId('141124', '2026-05-01', 1, 'FEMALE') }, 'residentId', '出生日期'],
      ['a phone of ten digits', { phone: '1381234567' }, 'phone', '手机号'],
      ['a phone starting with 12', { phone: '12812345678' }, 'phone', '手机号'],
      ['a county in Taiyuan', { countyCode: '140105' }, 'countyCode', '县'],
      ['a one-character name', { name: '刘' }, 'name', '姓名'],
      ['a name in Latin letters', { name: 'Liu Meilan' }, 'name', '姓名'],
      ['no major', { majorsWanted: [] }, 'majorsWanted', '意向专业'],
      ['a repeated major', { majorsWanted: ['ELDERCARE', 'ELDERCARE'] }, 'majorsWanted', '意向专业'],
      ['eleven destinations', { destinationsWanted: Array.from({ length: 11 }, (_, i) => `城市${i}`) }, 'destinationsWanted', '最多'],
      ['no destination without accepting any', { destinationsWanted: [] }, 'destinationsWanted', '意向就业城市'],
      ['a wage below 1000 yuan', { expectedMonthlyWage: '999.99' }, 'expectedMonthlyWage', '期望月薪'],
      ['a wage above 50000 yuan', { expectedMonthlyWage: 50000.01 }, 'expectedMonthlyWage', '期望月薪'],
    ];
    it.each(invalidInputs)('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_why, overrides, field, words) => {
      const result = await api.gql(REGISTER, { input: registration(overrides) }, await api.admin());
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(fields(result)).toEqual([field]);
      expect(result.errors?.[0].message).toContain(words);
      expect(await traineeCount()).toBe(0);
    });

    it('refuses a wage with more than two decimals', async () => {
      const result = await api.gql(REGISTER, { input: registration({ expectedMonthlyWage: '4000.123' }) }, await api.admin());
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0].message).toContain('金额');
    });

    it('refuses a resident ID registered before with CONFLICT, whatever the case of its X', async () => {
      const admin = await api.admin();
      const residentId = residentIdEndingInX();
      await api.ok(REGISTER, { input: registration({ residentId }) }, admin);

      const again = await api.gql(REGISTER, { input: registration({ residentId: residentId.toLowerCase(), phone: '13900001111' }) }, admin);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(reasons(again)).toEqual(['RESIDENT_ID_TAKEN']);
      expect(fields(again)).toEqual(['residentId']);
      expect(again.errors?.[0].message).toContain('身份证号已登记');

      const selfAgain = await api.gql(REGISTER, { input: registration({ residentId, phone: '13900002222', password: PASSWORD }) });
      expect(reasons(selfAgain)).toEqual(['RESIDENT_ID_TAKEN']);
      expect(await traineeCount()).toBe(1);
      expect(await api.prisma.user.count({ where: { role: Role.TRAINEE } })).toBe(0);
    });

    it('keeps exactly one trainee when the same resident ID is registered many times at once', async () => {
      const admin = await api.admin();
      const input = registration();
      const results = await Promise.all(Array.from({ length: 8 }, () => api.gql(REGISTER, { input }, admin)));

      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.flatMap(reasons).sort()).toEqual(Array(7).fill('RESIDENT_ID_TAKEN'));
      expect(await traineeCount()).toBe(1);
      expect(await api.prisma.traineeStatusChange.count()).toBe(1);
    });

    it('refuses self-registration with a phone that already has an account, leaving nothing half-written', async () => {
      await api.ok(REGISTER, { input: registration({ phone: '13712345678', password: PASSWORD }) });
      const result = await api.gql(REGISTER, { input: registration({ phone: '13712345678', password: PASSWORD }) });
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(reasons(result)).toEqual(['PHONE_TAKEN']);
      expect(await traineeCount()).toBe(1);
      expect(await api.prisma.traineeStatusChange.count()).toBe(1);
    });

    it('stores no resident ID or phone in clear, only ciphertext and keyed hashes', async () => {
      const residentId = nextResidentId();
      await api.ok(REGISTER, { input: registration({ residentId, phone: '13812345678', password: PASSWORD }) });

      const rows = await api.prisma.$queryRaw<{ row: unknown }[]>`
        SELECT row_to_json(t) AS row FROM trainees t UNION ALL SELECT row_to_json(u) FROM users u`;
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(residentId);
      expect(stored).not.toContain(residentId.slice(0, 14));
      expect(stored).not.toContain('13812345678');

      const pii = api.app.get(PiiCipher);
      const trainee = await api.prisma.trainee.findFirstOrThrow();
      expect(trainee.residentIdHash).toBe(pii.hash('resident-id', residentId));
      expect(trainee.phoneHash).toBe(pii.hash('phone', '13812345678'));
      expect(pii.decrypt(trainee.residentIdCipher)).toBe(residentId);
      expect(pii.decrypt(trainee.phoneCipher)).toBe('13812345678');
    });
  });

  describe('trainee(id)', () => {
    it('shows an admin any trainee, masked', async () => {
      const trainee = await api.factories.trainee({ phone: '13598765432' });
      const { trainee: found } = await api.ok(TRAINEE, { id: trainee.id }, await api.admin());
      expect(found).toMatchObject({ id: trainee.id, phone: '135****5432', residentId: expect.stringMatching(/^1411\*{10}\d{3}[\dX]$/) });
    });

    it("shows school staff only trainees enrolled in their school's cohorts", async () => {
      const { cohort, staff } = await schoolWithCohort();
      const other = await schoolWithCohort();
      const ours = await api.factories.trainee();
      const theirs = await api.factories.trainee();
      const notEnrolled = await api.factories.trainee();
      await enrol(ours.id, cohort.id);
      await enrol(theirs.id, other.cohort.id);

      expect((await api.ok(TRAINEE, { id: ours.id }, staff)).trainee.id).toBe(ours.id);
      for (const id of [theirs.id, notEnrolled.id]) {
        const result = await api.gql(TRAINEE, { id }, staff);
        expect(errorCodes(result)).toEqual(['NOT_FOUND']);
        expect(result.errors?.[0].message).toBe('学员不存在');
      }
    });

    it('shows a trainee only herself', async () => {
      const her = await api.factories.trainee();
      const other = await api.factories.trainee();
      const token = await api.tokenFor(Role.TRAINEE, { traineeId: her.id });
      expect((await api.ok(TRAINEE, { id: her.id }, token)).trainee.id).toBe(her.id);
      expect(errorCodes(await api.gql(TRAINEE, { id: other.id }, token))).toEqual(['NOT_FOUND']);
    });

    it('refuses other roles, callers without a token, unknown and malformed ids', async () => {
      const trainee = await api.factories.trainee();
      expect(errorCodes(await api.gql(TRAINEE, { id: trainee.id }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(TRAINEE, { id: trainee.id }, await api.tokenFor(Role.AGENCY_STAFF)))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(TRAINEE, { id: UNKNOWN_ID }, await api.admin()))).toEqual(['NOT_FOUND']);
      const malformed = await api.gql(TRAINEE, { id: 'not-a-uuid' }, await api.admin());
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
      expect(fields(malformed)).toEqual(['id']);
    });
  });

  describe('trainees', () => {
    /** Seven trainees, created a minute apart, the last two in the same millisecond. */
    async function sevenTrainees() {
      const base = Date.parse('2026-02-01T02:00:00Z');
      const trainees = [];
      for (let i = 0; i < 7; i++) {
        trainees.push(await api.factories.trainee({ name: `学员甲${'一二三四五六七'[i]}`, createdAt: new Date(base + Math.min(i, 5) * 60_000) }));
      }
      // Newest first; equal creation times in descending id order.
      return trainees.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    }

    it('pages through trainees newest first with a stable cursor and the total count on every page', async () => {
      const expected = (await sevenTrainees()).map((t) => t.id);
      const admin = await api.admin();
      const seen: string[] = [];
      let after: string | null = null;
      const pages = [];
      do {
        const { trainees }: { trainees: any } = await api.ok(LIST, { first: 3, after }, admin);
        expect(trainees.totalCount).toBe(7);
        seen.push(...trainees.nodes.map((n: { id: string }) => n.id));
        pages.push(trainees.nodes.length);
        after = trainees.pageInfo.hasNextPage ? trainees.pageInfo.endCursor : null;
      } while (after);
      expect(pages).toEqual([3, 3, 1]);
      expect(seen).toEqual(expected);
    });

    it('filters by county, category, status, major, cohort and part of the name', async () => {
      const { cohort } = await schoolWithCohort();
      const a = await api.factories.trainee({ name: '王秀英', countyCode: '141124', householdCategory: 'REGISTERED_POOR', majorsWanted: ['ELDERCARE'] });
      const b = await api.factories.trainee({ name: '李秀兰', countyCode: '141181', householdCategory: 'RURAL', majorsWanted: ['PATIENT_CARE', 'HOUSEKEEPING'], status: TraineeStatus.CERTIFIED });
      const c = await api.factories.trainee({ name: '张桂芳', countyCode: '141181', householdCategory: 'LIFTED_OUT', majorsWanted: ['MATERNITY_NANNY'] });
      await enrol(b.id, cohort.id);
      const admin = await api.admin();
      const ids = async (filter: Record<string, unknown>) => {
        const { trainees } = await api.ok(LIST, { filter }, admin);
        expect(trainees.totalCount).toBe(trainees.nodes.length);
        return trainees.nodes.map((n: { id: string }) => n.id).sort();
      };

      expect(await ids({})).toEqual([a.id, b.id, c.id].sort());
      expect(await ids({ countyCode: '141181' })).toEqual([b.id, c.id].sort());
      expect(await ids({ householdCategory: 'LIFTED_OUT' })).toEqual([c.id]);
      expect(await ids({ status: 'CERTIFIED' })).toEqual([b.id]);
      expect(await ids({ major: 'HOUSEKEEPING' })).toEqual([b.id]);
      expect(await ids({ cohortId: cohort.id })).toEqual([b.id]);
      expect(await ids({ nameContains: '秀' })).toEqual([a.id, b.id].sort());
      expect(await ids({ nameContains: '%' })).toEqual([]);
      expect(await ids({ nameContains: '秀', countyCode: '141181' })).toEqual([b.id]);
      expect(await ids({ countyCode: null, status: null })).toEqual([a.id, b.id, c.id].sort());
    });

    it("limits school staff to trainees enrolled at their school, counting only those", async () => {
      const { cohort, staff } = await schoolWithCohort();
      const other = await schoolWithCohort();
      const ours = await api.factories.trainee();
      const theirs = await api.factories.trainee();
      await api.factories.trainee();
      await enrol(ours.id, cohort.id);
      await enrol(theirs.id, other.cohort.id);

      const { trainees } = await api.ok(LIST, {}, staff);
      expect(trainees).toMatchObject({ totalCount: 1, nodes: [{ id: ours.id }] });
      const elsewhere = await api.ok(LIST, { filter: { cohortId: other.cohort.id } }, staff);
      expect(elsewhere.trainees).toMatchObject({ totalCount: 0, nodes: [] });
    });

    it('loads the status history of a whole page in one batch', async () => {
      const admin = await api.admin();
      for (let i = 0; i < 5; i++) await api.ok(REGISTER, { input: registration({ phone: `1370000000${i}` }) }, admin);
      const batches = jest.spyOn(api.app.get(TraineesService), 'statusHistories');
      try {
        const { trainees } = await api.ok(`{ trainees { nodes { id statusHistory { toStatus } } } }`, {}, admin);
        expect(trainees.nodes).toHaveLength(5);
        for (const node of trainees.nodes) expect(node.statusHistory).toEqual([{ toStatus: 'REGISTERED' }]);
        expect(batches).toHaveBeenCalledTimes(1);
      } finally {
        batches.mockRestore();
      }
    });

    it('refuses trainees and other roles, a bad cursor, a bad page size and a bad filter', async () => {
      const trainee = await api.factories.trainee();
      expect(errorCodes(await api.gql(LIST, {}, await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id })))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(LIST, {}, await api.tokenFor(Role.STATION_STAFF)))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(LIST, {}))).toEqual(['UNAUTHENTICATED']);
      const admin = await api.admin();
      expect(fields(await api.gql(LIST, { after: 'bm90LWEtY3Vyc29y' }, admin))).toEqual(['after']);
      expect(fields(await api.gql(LIST, { first: 0 }, admin))).toEqual(['first']);
      const badCounty = await api.gql(LIST, { filter: { countyCode: '110101' } }, admin);
      expect(errorCodes(badCounty)).toEqual(['BAD_USER_INPUT']);
      expect(fields(badCounty)).toEqual(['filter.countyCode']);
    });
  });

  describe('traineeByResidentId', () => {
    it('finds a trainee by her full resident ID for admins and for school staff of any school', async () => {
      const residentId = residentIdEndingInX();
      const trainee = await api.factories.trainee({ residentId });
      const { staff } = await schoolWithCohort();
      for (const token of [await api.admin(), staff]) {
        const { traineeByResidentId } = await api.ok(BY_RESIDENT_ID, { residentId: residentId.toLowerCase() }, token);
        expect(traineeByResidentId).toMatchObject({ id: trainee.id, residentId: `1411**********${residentId.slice(-4)}` });
      }
    });

    it('shows school staff of another school only her profile with masked identifiers: none of the other school’s enrolments, certificates or history', async () => {
      const NESTED = `query($residentId: String!) { traineeByResidentId(residentId: $residentId) {
        id name residentId phone status enrollments { id cohort { id } } certificates { id number } statusHistory { toStatus reason } } }`;
      const residentId = nextResidentId();
      const trainee = await api.factories.trainee({ residentId, status: TraineeStatus.CERTIFIED });
      const elsewhere = await schoolWithCohort();
      const enrollment = await enrol(trainee.id, elsewhere.cohort.id);
      await api.prisma.certificate.create({
        data: { number: 'LL2026TEST0001', traineeId: trainee.id, enrollmentId: enrollment.id, major: 'ELDERCARE', level: 'LEVEL_5', issuedOn: new Date('2026-04-01') },
      });
      await api.prisma.traineeStatusChange.create({ data: { traineeId: trainee.id, fromStatus: null, toStatus: TraineeStatus.REGISTERED, reason: '工作人员代为登记' } });
      const here = await schoolWithCohort();

      const { traineeByResidentId: seen } = await api.ok(NESTED, { residentId }, here.staff);
      expect(seen).toEqual({
        id: trainee.id,
        name: trainee.name,
        residentId: `1411**********${residentId.slice(-4)}`,
        phone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
        status: 'CERTIFIED',
        enrollments: [],
        certificates: [],
        statusHistory: [],
      });
      // Placements stay refused to school staff altogether.
      const placements = await api.gql(`query($residentId: String!) { traineeByResidentId(residentId: $residentId) { placements { id } } }`, { residentId }, here.staff);
      expect(errorCodes(placements)).toEqual(['FORBIDDEN']);

      // Her own school's staff, and admins, see it all; once she enrols here, this school sees its own enrolment and her history.
      for (const token of [elsewhere.staff, await api.admin()]) {
        const { traineeByResidentId: full } = await api.ok(NESTED, { residentId }, token);
        expect(full.enrollments).toEqual([{ id: enrollment.id, cohort: { id: elsewhere.cohort.id } }]);
        expect(full.certificates).toEqual([{ id: expect.any(String), number: 'LL2026TEST0001' }]);
        expect(full.statusHistory).toHaveLength(1);
      }
      const enrolledHere = await enrol(trainee.id, here.cohort.id);
      const { traineeByResidentId: after } = await api.ok(NESTED, { residentId }, here.staff);
      expect(after.enrollments).toEqual([{ id: enrolledHere.id, cohort: { id: here.cohort.id } }]);
      expect(after.certificates).toEqual([]);
      expect(after.statusHistory).toHaveLength(1);
      const { trainee: viaId } = await api.ok(`query($id: ID!) { trainee(id: $id) { enrollments { id } certificates { id } } }`, { id: trainee.id }, here.staff);
      expect(viaId).toEqual({ enrollments: [{ id: enrolledHere.id }], certificates: [] });
    });

    it('answers null for an unregistered ID and refuses an invalid one or a trainee caller', async () => {
      const admin = await api.admin();
      expect((await api.ok(BY_RESIDENT_ID, { residentId: nextResidentId() }, admin)).traineeByResidentId).toBeNull();
      const invalid = await api.gql(BY_RESIDENT_ID, { residentId: '141124199003070001' }, admin);
      expect(errorCodes(invalid)).toEqual(['BAD_USER_INPUT']);
      expect(fields(invalid)).toEqual(['residentId']);
      const trainee = await api.factories.trainee();
      const token = await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id });
      expect(errorCodes(await api.gql(BY_RESIDENT_ID, { residentId: nextResidentId() }, token))).toEqual(['FORBIDDEN']);
    });
  });

  describe('markAvailable', () => {
    it('lets a certified trainee declare herself available, recording the move with her as actor', async () => {
      const trainee = await api.factories.trainee({ status: TraineeStatus.CERTIFIED });
      const token = await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id });
      const { markAvailable } = await api.ok(MARK_AVAILABLE, { traineeId: trainee.id }, token);
      expect(markAvailable.status).toBe('AVAILABLE');
      expect(markAvailable.statusHistory).toEqual([{ fromStatus: 'CERTIFIED', toStatus: 'AVAILABLE', actorUserId: await userIdOf(token) }]);

      // Saying it again changes nothing and records nothing.
      const again = await api.ok(MARK_AVAILABLE, { traineeId: trainee.id }, token);
      expect(again.markAvailable.statusHistory).toHaveLength(1);
    });

    it('lets an admin mark a certified trainee available', async () => {
      const trainee = await api.factories.trainee({ status: TraineeStatus.CERTIFIED });
      const { markAvailable } = await api.ok(MARK_AVAILABLE, { traineeId: trainee.id }, await api.admin());
      expect(markAvailable.status).toBe('AVAILABLE');
    });

    it.each([TraineeStatus.REGISTERED, TraineeStatus.IN_TRAINING, TraineeStatus.PLACED])('refuses a trainee who is %s with CONFLICT', async (status) => {
      const trainee = await api.factories.trainee({ status });
      const result = await api.gql(MARK_AVAILABLE, { traineeId: trainee.id }, await api.admin());
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(reasons(result)).toEqual(['TRAINEE_NOT_CERTIFIED']);
      expect((await api.prisma.trainee.findUniqueOrThrow({ where: { id: trainee.id } })).status).toBe(status);
      expect(await api.prisma.traineeStatusChange.count()).toBe(0);
    });

    it('refuses another trainee (NOT_FOUND), school staff (FORBIDDEN) and an unknown trainee', async () => {
      const her = await api.factories.trainee({ status: TraineeStatus.CERTIFIED });
      const other = await api.factories.trainee({ status: TraineeStatus.CERTIFIED });
      const token = await api.tokenFor(Role.TRAINEE, { traineeId: her.id });
      expect(errorCodes(await api.gql(MARK_AVAILABLE, { traineeId: other.id }, token))).toEqual(['NOT_FOUND']);
      const { staff } = await schoolWithCohort();
      expect(errorCodes(await api.gql(MARK_AVAILABLE, { traineeId: other.id }, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(MARK_AVAILABLE, { traineeId: UNKNOWN_ID }, await api.admin()))).toEqual(['NOT_FOUND']);
      expect((await api.prisma.trainee.findUniqueOrThrow({ where: { id: other.id } })).status).toBe('CERTIFIED');
    });
  });
});
