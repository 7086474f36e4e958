import { PiiCipher } from '@carebridge/common';
import { CertificateLevel, DemandStatus, Major, Role, TraineeStatus } from '@carebridge/db';
import { localDateToDb, makeCreditCode } from '@carebridge/rules';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const PLACEMENT_FIELDS = `id status countryCode countryName provinceCode provinceName cityCode cityName monthlyWage contractNumber
  startDate endDate endReason endNote endedByUserId agencyId demandId householdId jobFairId
  trainee { id status } agency { id name } demand { id } household { id } jobFair { id title }
  wages { month amount paidOn }`;
const CREATE = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { ${PLACEMENT_FIELDS} } }`;
const END = `mutation($id: ID!, $endDate: LocalDate!, $reason: PlacementEndReason!, $note: String) {
  endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) { ${PLACEMENT_FIELDS} } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { ${PLACEMENT_FIELDS} } }`;
const PLACEMENTS = `query($filter: PlacementFilterInput, $first: Int, $after: String) {
  placements(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id cityName trainee { id } } } }`;
const RECORD_WAGE = `mutation($placementId: ID!, $month: String!, $amount: Money!, $paidOn: LocalDate!) {
  recordWage(placementId: $placementId, month: $month, amount: $amount, paidOn: $paidOn) { id placementId month amount paidOn } }`;
const TRAINEE_PLACEMENTS = `query($id: ID!) { trainee(id: $id) { id placements { id status cityName wages { month } } } }`;
const REGISTER_AGENCY_FOR_FAIR = `mutation($jobFairId: ID!, $agencyId: ID!) { registerAgencyForJobFair(jobFairId: $jobFairId, agencyId: $agencyId) { id } }`;
const REGISTER_TRAINEE_FOR_FAIR = `mutation($jobFairId: ID!, $traineeId: ID!) { registerTraineeForJobFair(jobFairId: $jobFairId, traineeId: $traineeId) { id } }`;
const JOB_FAIR = `query($id: ID!) { jobFair(id: $id) { id hires registeredAgencies registeredTrainees } }`;
const ME = `{ me { id } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
// The test clock reads 2026-03-02 in Beijing (reset before each test).
const NOW = new Date('2026-03-02T01:00:00Z');
const TODAY = '2026-03-02';
const BEIJING = { provinceCode: '110000', cityCode: '110100' };
const QINGDAO = { provinceCode: '370000', cityCode: '370200' };

const reasonOf = (result: GqlResult) => result.errors?.[0].extensions.reason;
const fieldOf = (result: GqlResult) => result.errors?.[0].extensions.field;

type CertificateSpec = { major: Major; level: CertificateLevel; status?: 'VALID' | 'REVOKED' };
const ELDERCARE_4: CertificateSpec = { major: Major.ELDERCARE, level: CertificateLevel.LEVEL_4 };

let serial = 0;

describe('placements', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(async () => {
    api.clock.set(NOW);
    await api.reset();
  });

  // ───────────── arranging rows straight in the database ─────────────

  function agency(status: 'ACTIVE' | 'SUSPENDED' = 'ACTIVE') {
    serial += 1;
    return api.prisma.agency.create({
      data: {
        name: `北京康馨家政服务有限公司${serial}`,
        creditCode: makeCreditCode(`91110105MA${String(serial).padStart(7, '0')}`),
        ...BEIJING,
        address: '北京市朝阳区阜通东大街6号',
        contactName: '张经理',
        contactPhone: '010-62345678',
        status,
      },
    });
  }

  function demand(agencyId: string, overrides: { headcount?: number; major?: Major; minCertificateLevel?: CertificateLevel; status?: DemandStatus } = {}) {
    return api.prisma.jobDemand.create({
      data: {
        agencyId,
        major: Major.ELDERCARE,
        headcount: 1,
        ...BEIJING,
        wageMinFen: 400_000,
        wageMaxFen: 600_000,
        startDate: localDateToDb('2026-03-10'),
        liveIn: true,
        minCertificateLevel: CertificateLevel.LEVEL_5,
        duties: '照顾80岁老人日常起居，协助康复锻炼',
        ...overrides,
      },
    });
  }

  function household() {
    const pii = api.app.get(PiiCipher);
    return api.prisma.household.create({
      data: {
        contactName: '王女士',
        contactPhoneCipher: pii.encrypt('13900001111'),
        contactPhoneHash: pii.hash('phone', '13900001111'),
        ...QINGDAO,
        careRecipientNeeds: '产后42天母婴护理',
      },
    });
  }

  /** A trainee with the given certificates, each from a passed enrolment (status AVAILABLE unless said). */
  async function trainee(certificates: CertificateSpec[] = [ELDERCARE_4], status: TraineeStatus = TraineeStatus.AVAILABLE) {
    const created = await api.factories.trainee({ status });
    for (const certificate of certificates) {
      const cohort = await api.factories.cohort({ start: '2026-01-05', end: '2026-02-03' });
      const enrollment = await api.prisma.enrollment.create({ data: { traineeId: created.id, cohortId: cohort.id, status: 'PASSED' } });
      serial += 1;
      await api.prisma.certificate.create({
        data: {
          number: `TEST${String(serial).padStart(8, '0')}`,
          traineeId: created.id,
          enrollmentId: enrollment.id,
          major: certificate.major,
          level: certificate.level,
          issuedOn: localDateToDb('2026-02-05'),
          status: certificate.status ?? 'VALID',
        },
      });
    }
    return created;
  }

  const staffOf = (agencyId: string) => api.tokenFor(Role.AGENCY_STAFF, { agencyId });
  const userIdOf = async (token: string): Promise<string> => (await api.ok(ME, {}, token)).me.id;
  const statusOf = async (traineeId: string) => (await api.prisma.trainee.findUniqueOrThrow({ where: { id: traineeId } })).status;
  const demandRow = (id: string) => api.prisma.jobDemand.findUniqueOrThrow({ where: { id } });

  const onDemand = (traineeId: string, demandId: string, overrides: Record<string, unknown> = {}) => ({
    traineeId,
    demandId,
    monthlyWage: '4500',
    contractNumber: 'BJKX-2026-0031',
    startDate: '2026-01-05',
    ...overrides,
  });
  const directHire = (traineeId: string, agencyId: string, overrides: Record<string, unknown> = {}) => ({
    traineeId,
    agencyId,
    ...QINGDAO,
    monthlyWage: '5200.50',
    startDate: '2026-01-05',
    ...overrides,
  });

  async function place(input: Record<string, unknown>, token?: string): Promise<Record<string, any>> {
    return (await api.ok(CREATE, { input }, token ?? (await api.admin()))).createPlacement;
  }

  /** Expects a refusal that wrote nothing: no placement, the trainee's status unchanged. */
  async function expectRefused(result: GqlResult, code: string, reason: string, traineeId: string, statusBefore: TraineeStatus = TraineeStatus.AVAILABLE) {
    expect(errorCodes(result)).toEqual([code]);
    expect(reasonOf(result)).toBe(reason);
    expect(await api.prisma.placement.count({ where: { traineeId } })).toBe(0);
    expect(await statusOf(traineeId)).toBe(statusBefore);
  }

  // ───────────── createPlacement ─────────────

  describe('createPlacement on a demand', () => {
    it("lets agency staff place an available certified trainee on their demand: the slot fills and she becomes PLACED", async () => {
      const { id: agencyId, name } = await agency();
      const posted = await demand(agencyId, { headcount: 1, minCertificateLevel: CertificateLevel.LEVEL_4 });
      const caregiver = await trainee([ELDERCARE_4]);
      const staff = await staffOf(agencyId);

      const placement = await place(onDemand(caregiver.id, posted.id), staff);
      expect(placement).toMatchObject({
        status: 'ACTIVE',
        countryCode: 'CN',
        countryName: '中国',
        ...BEIJING,
        provinceName: '北京市',
        cityName: '北京市',
        monthlyWage: '4500.00',
        contractNumber: 'BJKX-2026-0031',
        startDate: '2026-01-05',
        endDate: null,
        agencyId,
        demandId: posted.id,
        householdId: null,
        trainee: { id: caregiver.id, status: 'PLACED' },
        agency: { id: agencyId, name },
        demand: { id: posted.id },
        household: null,
        jobFair: null,
        wages: [],
      });
      expect(await demandRow(posted.id)).toMatchObject({ filledCount: 1, status: 'FILLED' });
      const change = await api.prisma.traineeStatusChange.findFirstOrThrow({ where: { traineeId: caregiver.id, toStatus: 'PLACED' } });
      expect(change).toMatchObject({ fromStatus: 'AVAILABLE', actorUserId: await userIdOf(staff) });
    });

    it('counts towards the headcount and stays OPEN while slots remain', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId, { headcount: 2 });
      await place(onDemand((await trainee()).id, posted.id));
      expect(await demandRow(posted.id)).toMatchObject({ filledCount: 1, status: 'OPEN' });
      await place(onDemand((await trainee()).id, posted.id));
      expect(await demandRow(posted.id)).toMatchObject({ filledCount: 2, status: 'FILLED' });
    });

    it('refuses a trainee without a valid certificate (none, or only a revoked one)', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId);
      for (const caregiver of [await trainee([]), await trainee([{ ...ELDERCARE_4, status: 'REVOKED' }])]) {
        const result = await api.gql(CREATE, { input: onDemand(caregiver.id, posted.id) }, await api.admin());
        await expectRefused(result, 'CONFLICT', 'TRAINEE_NOT_CERTIFIED', caregiver.id);
        expect(result.errors?.[0].message).toContain('证书');
      }
      expect(await demandRow(posted.id)).toMatchObject({ filledCount: 0, status: 'OPEN' });
    });

    it("refuses a certificate of another major than the demand's, naming the majors", async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId, { major: Major.MATERNITY_NANNY });
      const caregiver = await trainee([ELDERCARE_4]);
      const result = await api.gql(CREATE, { input: onDemand(caregiver.id, posted.id) }, await api.admin());
      await expectRefused(result, 'CONFLICT', 'CERTIFICATE_MAJOR_MISMATCH', caregiver.id);
      expect(result.errors?.[0].message).toContain('月嫂育儿嫂');
      expect(result.errors?.[0].message).toContain('养老陪护');
      expect(await demandRow(posted.id)).toMatchObject({ filledCount: 0 });
    });

    it("refuses a level below the demand's minimum and accepts one above it (LEVEL_1 is the highest)", async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId, { headcount: 2, minCertificateLevel: CertificateLevel.LEVEL_3 });
      const tooLow = await trainee([{ major: Major.ELDERCARE, level: CertificateLevel.LEVEL_4 }, { major: Major.PATIENT_CARE, level: CertificateLevel.LEVEL_1 }]);
      const result = await api.gql(CREATE, { input: onDemand(tooLow.id, posted.id) }, await api.admin());
      await expectRefused(result, 'CONFLICT', 'CERTIFICATE_LEVEL_TOO_LOW', tooLow.id);
      expect(result.errors?.[0].message).toContain('三级/高级工');

      const higher = await trainee([{ major: Major.ELDERCARE, level: CertificateLevel.LEVEL_2 }]);
      expect((await place(onDemand(higher.id, posted.id))).trainee.status).toBe('PLACED');
    });

    it('requires the trainee to be AVAILABLE: a CERTIFIED one is told to be marked available first', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId);
      const certified = await trainee([ELDERCARE_4], TraineeStatus.CERTIFIED);
      const result = await api.gql(CREATE, { input: onDemand(certified.id, posted.id) }, await api.admin());
      await expectRefused(result, 'CONFLICT', 'TRAINEE_NOT_AVAILABLE', certified.id, TraineeStatus.CERTIFIED);
      expect(result.errors?.[0].message).toContain('待就业');
      expect(await demandRow(posted.id)).toMatchObject({ filledCount: 0, status: 'OPEN' });
    });

    it('refuses a full demand and a closed one, leaving the trainee available', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId, { headcount: 1 });
      await place(onDemand((await trainee()).id, posted.id));
      const second = await trainee();
      const full = await api.gql(CREATE, { input: onDemand(second.id, posted.id) }, await api.admin());
      expect(errorCodes(full)).toEqual(['CONFLICT']);
      expect(reasonOf(full)).toBe('DEMAND_FULL');
      expect(await api.prisma.placement.count({ where: { traineeId: second.id } })).toBe(0);
      expect(await statusOf(second.id)).toBe('AVAILABLE');
      expect(await demandRow(posted.id)).toMatchObject({ filledCount: 1, status: 'FILLED' });

      const closed = await demand(agencyId, { status: DemandStatus.CLOSED });
      const result = await api.gql(CREATE, { input: onDemand(second.id, closed.id) }, await api.admin());
      await expectRefused(result, 'CONFLICT', 'DEMAND_NOT_OPEN', second.id);
      expect(await demandRow(closed.id)).toMatchObject({ filledCount: 0, status: 'CLOSED' });
    });

    it('refuses a second active placement of the same trainee', async () => {
      const { id: agencyId } = await agency();
      const [first, second] = [await demand(agencyId), await demand(agencyId)];
      const caregiver = await trainee();
      await place(onDemand(caregiver.id, first.id));
      const result = await api.gql(CREATE, { input: onDemand(caregiver.id, second.id) }, await api.admin());
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(reasonOf(result)).toBe('TRAINEE_ALREADY_PLACED');
      expect(await api.prisma.placement.count({ where: { traineeId: caregiver.id } })).toBe(1);
      expect(await demandRow(second.id)).toMatchObject({ filledCount: 0, status: 'OPEN' });
    });

    it('lets the database index refuse a second active placement even when her status says AVAILABLE', async () => {
      const { id: agencyId } = await agency();
      const caregiver = await trainee();
      await place(directHire(caregiver.id, agencyId));
      // A status out of step with the placements (e.g. a manual data fix): the partial unique index still holds.
      await api.prisma.trainee.update({ where: { id: caregiver.id }, data: { status: 'AVAILABLE' } });
      const posted = await demand(agencyId);
      const result = await api.gql(CREATE, { input: onDemand(caregiver.id, posted.id) }, await api.admin());
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(reasonOf(result)).toBe('TRAINEE_ALREADY_PLACED');
      expect(await demandRow(posted.id)).toMatchObject({ filledCount: 0, status: 'OPEN' });
    });

    it('places a trainee wanted by two agencies at the same moment exactly once', async () => {
      const [a, b] = [await agency(), await agency()];
      const [demandA, demandB] = [await demand(a.id), await demand(b.id)];
      const caregiver = await trainee();
      const [staffA, staffB] = [await staffOf(a.id), await staffOf(b.id)];

      const results = await Promise.all([
        api.gql(CREATE, { input: onDemand(caregiver.id, demandA.id) }, staffA),
        api.gql(CREATE, { input: onDemand(caregiver.id, demandB.id) }, staffB),
      ]);
      const succeeded = results.filter((result) => !result.errors);
      const refused = results.filter((result) => result.errors);
      expect(succeeded).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(errorCodes(refused[0])).toEqual(['CONFLICT']);
      expect(reasonOf(refused[0])).toBe('TRAINEE_ALREADY_PLACED');

      expect(await api.prisma.placement.count({ where: { traineeId: caregiver.id } })).toBe(1);
      const filled = (await api.prisma.jobDemand.findMany({ where: { id: { in: [demandA.id, demandB.id] } } })).map((row) => row.filledCount);
      expect(filled.sort()).toEqual([0, 1]);
      expect(await api.prisma.traineeStatusChange.count({ where: { traineeId: caregiver.id, toStatus: 'PLACED' } })).toBe(1);
    });

    it('takes the place from the demand and refuses a place given beside it', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId);
      const caregiver = await trainee();
      const result = await api.gql(CREATE, { input: onDemand(caregiver.id, posted.id, QINGDAO) }, await api.admin());
      await expectRefused(result, 'BAD_USER_INPUT', 'PLACE_FROM_DEMAND', caregiver.id);
      const abroad = await api.gql(CREATE, { input: onDemand(caregiver.id, posted.id, { countryCode: 'JP', cityName: '东京' }) }, await api.admin());
      await expectRefused(abroad, 'BAD_USER_INPUT', 'PLACE_FROM_DEMAND', caregiver.id);
    });

    it("answers NOT_FOUND to agency staff using another agency's demand, and for an unknown demand", async () => {
      const [own, other] = [await agency(), await agency()];
      const foreign = await demand(other.id);
      const caregiver = await trainee();
      const staff = await staffOf(own.id);
      await expectRefused(await api.gql(CREATE, { input: onDemand(caregiver.id, foreign.id) }, staff), 'NOT_FOUND', 'DEMAND_NOT_FOUND', caregiver.id);
      await expectRefused(await api.gql(CREATE, { input: onDemand(caregiver.id, UNKNOWN_ID) }, staff), 'NOT_FOUND', 'DEMAND_NOT_FOUND', caregiver.id);
      expect(await demandRow(foreign.id)).toMatchObject({ filledCount: 0 });
    });

    it("refuses a suspended agency's demand", async () => {
      const suspended = await agency('SUSPENDED');
      const posted = await demand(suspended.id);
      const caregiver = await trainee();
      await expectRefused(await api.gql(CREATE, { input: onDemand(caregiver.id, posted.id) }, await api.admin()), 'CONFLICT', 'AGENCY_SUSPENDED', caregiver.id);
    });
  });

  describe('createPlacement without a demand', () => {
    it('lets agency staff hire directly for their agency in a city they name; any valid certificate will do', async () => {
      const { id: agencyId } = await agency();
      const caregiver = await trainee([{ major: Major.HOUSEKEEPING, level: CertificateLevel.LEVEL_5 }]);
      const placement = await place(directHire(caregiver.id, agencyId, { contractNumber: undefined }), await staffOf(agencyId));
      expect(placement).toMatchObject({
        ...QINGDAO,
        provinceName: '山东省',
        cityName: '青岛市',
        monthlyWage: '5200.50',
        contractNumber: null,
        agencyId,
        demandId: null,
        demand: null,
        trainee: { status: 'PLACED' },
      });
    });

    it('places a caregiver abroad in Japan by country code and city name', async () => {
      const { id: agencyId } = await agency();
      const caregiver = await trainee();
      const input = directHire(caregiver.id, agencyId, { provinceCode: undefined, cityCode: undefined, countryCode: 'jp', cityName: '东京', monthlyWage: '12000' });
      const placement = await place(input);
      expect(placement).toMatchObject({
        countryCode: 'JP',
        countryName: '日本',
        provinceCode: null,
        provinceName: null,
        cityCode: null,
        cityName: '东京',
        monthlyWage: '12000.00',
      });
      const { placements } = await api.ok(PLACEMENTS, { filter: { countryCode: 'JP' } }, await api.admin());
      expect(placements.nodes.map((node: { id: string }) => node.id)).toEqual([placement.id]);
    });

    it('refuses division codes abroad, a missing city name abroad, and an unknown country', async () => {
      const { id: agencyId } = await agency();
      const caregiver = await trainee();
      const admin = await api.admin();
      const withCodes = await api.gql(CREATE, { input: directHire(caregiver.id, agencyId, { countryCode: 'JP', cityName: '东京' }) }, admin);
      await expectRefused(withCodes, 'BAD_USER_INPUT', 'DIVISION_CODE_ABROAD', caregiver.id);
      expect(withCodes.errors?.[0].message).toContain('日本');

      const noName = await api.gql(CREATE, { input: directHire(caregiver.id, agencyId, { countryCode: 'JP', provinceCode: undefined, cityCode: undefined }) }, admin);
      await expectRefused(noName, 'BAD_USER_INPUT', 'CITY_NAME_REQUIRED', caregiver.id);
      expect(fieldOf(noName)).toBe('cityName');

      for (const countryCode of ['XX', 'JPN', 'EU']) {
        const unknown = await api.gql(CREATE, { input: directHire(caregiver.id, agencyId, { countryCode, provinceCode: undefined, cityCode: undefined, cityName: '某地' }) }, admin);
        expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
        expect(fieldOf(unknown)).toBe('countryCode');
      }
    });

    it('requires checked province and city codes in China, and no free-text city name', async () => {
      const { id: agencyId } = await agency();
      const caregiver = await trainee();
      const admin = await api.admin();
      const noCity = await api.gql(CREATE, { input: directHire(caregiver.id, agencyId, { cityCode: undefined }) }, admin);
      await expectRefused(noCity, 'BAD_USER_INPUT', 'PLACE_REQUIRED', caregiver.id);
      expect(fieldOf(noCity)).toBe('cityCode');
      const mismatch = await api.gql(CREATE, { input: directHire(caregiver.id, agencyId, { provinceCode: '110000', cityCode: '370200' }) }, admin);
      await expectRefused(mismatch, 'BAD_USER_INPUT', 'CITY_NOT_IN_PROVINCE', caregiver.id);
      const named = await api.gql(CREATE, { input: directHire(caregiver.id, agencyId, { cityName: '青岛' }) }, admin);
      await expectRefused(named, 'BAD_USER_INPUT', 'CITY_NAME_NOT_ALLOWED', caregiver.id);
    });

    it('lets an admin place a caregiver with a household (家庭用工), and refuses agency staff doing so', async () => {
      const { id: agencyId } = await agency();
      const { id: householdId } = await household();
      const caregiver = await trainee([{ major: Major.MATERNITY_NANNY, level: CertificateLevel.LEVEL_3 }]);
      const input = { traineeId: caregiver.id, householdId, ...QINGDAO, monthlyWage: '9800', startDate: '2026-02-10' };

      const byStaff = await api.gql(CREATE, { input }, await staffOf(agencyId));
      await expectRefused(byStaff, 'FORBIDDEN', 'FORBIDDEN', caregiver.id);

      const placement = await place(input);
      expect(placement).toMatchObject({ householdId, household: { id: householdId }, agencyId: null, agency: null, cityName: '青岛市', monthlyWage: '9800.00' });
    });

    it('requires exactly one employer', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId);
      const caregiver = await trainee();
      const admin = await api.admin();
      const none = await api.gql(CREATE, { input: { traineeId: caregiver.id, ...QINGDAO, monthlyWage: '4000', startDate: '2026-01-05' } }, admin);
      await expectRefused(none, 'BAD_USER_INPUT', 'EMPLOYER_REQUIRED', caregiver.id);
      const two = await api.gql(CREATE, { input: onDemand(caregiver.id, posted.id, { agencyId }) }, admin);
      await expectRefused(two, 'BAD_USER_INPUT', 'EMPLOYER_REQUIRED', caregiver.id);
    });

    it("answers NOT_FOUND to agency staff hiring for another agency; refuses suspended agencies and other roles", async () => {
      const [own, other, suspended] = [await agency(), await agency(), await agency('SUSPENDED')];
      const caregiver = await trainee();
      await expectRefused(await api.gql(CREATE, { input: directHire(caregiver.id, other.id) }, await staffOf(own.id)), 'NOT_FOUND', 'AGENCY_NOT_FOUND', caregiver.id);
      await expectRefused(await api.gql(CREATE, { input: directHire(caregiver.id, suspended.id) }, await api.admin()), 'CONFLICT', 'AGENCY_SUSPENDED', caregiver.id);

      const school = await api.factories.school();
      const schoolStaff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(CREATE, { input: directHire(caregiver.id, own.id) }, schoolStaff))).toEqual(['FORBIDDEN']);
      const herself = await api.tokenFor(Role.TRAINEE, { traineeId: caregiver.id });
      expect(errorCodes(await api.gql(CREATE, { input: directHire(caregiver.id, own.id) }, herself))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(CREATE, { input: directHire(caregiver.id, own.id) }))).toEqual(['UNAUTHENTICATED']);
    });

    it('validates the wage range, the contract number and an unknown trainee', async () => {
      const { id: agencyId } = await agency();
      const caregiver = await trainee();
      const admin = await api.admin();
      for (const monthlyWage of ['999.99', '100000.01', '4000.123']) {
        const result = await api.gql(CREATE, { input: directHire(caregiver.id, agencyId, { monthlyWage }) }, admin);
        expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      }
      const wage = await api.gql(CREATE, { input: directHire(caregiver.id, agencyId, { monthlyWage: '999.99' }) }, admin);
      expect(fieldOf(wage)).toBe('monthlyWage');
      const contract = await api.gql(CREATE, { input: directHire(caregiver.id, agencyId, { contractNumber: 'H'.repeat(51) }) }, admin);
      expect(fieldOf(contract)).toBe('contractNumber');
      expect(reasonOf(await api.gql(CREATE, { input: directHire(UNKNOWN_ID, agencyId) }, admin))).toBe('TRAINEE_NOT_FOUND');
      expect(await api.prisma.placement.count()).toBe(0);
    });
  });

  describe('hires at a job fair', () => {
    async function fairWith(date = '2026-02-28') {
      return api.prisma.jobFair.create({ data: { title: '吕梁山护工春季招聘会', mode: 'OFFLINE', date: localDateToDb(date), place: '吕梁市人力资源市场' } });
    }

    it("counts a hire at a fair both registered for in jobFair(id).hires", async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId);
      const caregiver = await trainee();
      const admin = await api.admin();
      // Registered before the fair (the clock then read 2026-02-20), hired at it.
      api.clock.set(new Date('2026-02-20T01:00:00Z'));
      const fair = await fairWith('2026-02-28');
      await api.ok(REGISTER_AGENCY_FOR_FAIR, { jobFairId: fair.id, agencyId }, admin);
      await api.ok(REGISTER_TRAINEE_FOR_FAIR, { jobFairId: fair.id, traineeId: caregiver.id }, admin);
      api.clock.set(NOW);

      const placement = await place(onDemand(caregiver.id, posted.id, { jobFairId: fair.id, startDate: '2026-03-01' }), await staffOf(agencyId));
      expect(placement.jobFair).toEqual({ id: fair.id, title: '吕梁山护工春季招聘会' });
      const { jobFair } = await api.ok(JOB_FAIR, { id: fair.id }, admin);
      expect(jobFair).toEqual({ id: fair.id, hires: 1, registeredAgencies: 1, registeredTrainees: 1 });
    });

    it('refuses a hire at a fair the agency or the trainee did not register for, or that has not taken place', async () => {
      const { id: agencyId } = await agency();
      const caregiver = await trainee();
      const admin = await api.admin();
      const fair = await fairWith();
      const input = directHire(caregiver.id, agencyId, { jobFairId: fair.id });

      await expectRefused(await api.gql(CREATE, { input }, admin), 'CONFLICT', 'AGENCY_NOT_REGISTERED_FOR_JOB_FAIR', caregiver.id);
      await api.prisma.jobFairAgency.create({ data: { jobFairId: fair.id, agencyId } });
      await expectRefused(await api.gql(CREATE, { input }, admin), 'CONFLICT', 'TRAINEE_NOT_REGISTERED_FOR_JOB_FAIR', caregiver.id);

      const upcoming = await fairWith('2026-03-20');
      await api.prisma.jobFairAgency.create({ data: { jobFairId: upcoming.id, agencyId } });
      await api.prisma.jobFairTrainee.create({ data: { jobFairId: upcoming.id, traineeId: caregiver.id } });
      await expectRefused(await api.gql(CREATE, { input: { ...input, jobFairId: upcoming.id } }, admin), 'CONFLICT', 'JOB_FAIR_NOT_HELD_YET', caregiver.id);

      await expectRefused(await api.gql(CREATE, { input: { ...input, jobFairId: UNKNOWN_ID } }, admin), 'NOT_FOUND', 'JOB_FAIR_NOT_FOUND', caregiver.id);
      const { id: householdId } = await household();
      const atFair = { traineeId: caregiver.id, householdId, ...QINGDAO, monthlyWage: '6000', startDate: '2026-03-01', jobFairId: fair.id };
      await expectRefused(await api.gql(CREATE, { input: atFair }, admin), 'BAD_USER_INPUT', 'JOB_FAIR_HIRE_NEEDS_AGENCY', caregiver.id);
    });
  });

  // ───────────── endPlacement ─────────────

  describe('endPlacement', () => {
    it('ends a placement on the employer asking for a replacement: the slot reopens and the caregiver is available again', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId, { headcount: 1 });
      const caregiver = await trainee();
      const staff = await staffOf(agencyId);
      const placement = await place(onDemand(caregiver.id, posted.id), staff);
      expect(await demandRow(posted.id)).toMatchObject({ status: 'FILLED', filledCount: 1 });

      const { endPlacement } = await api.ok(END, { id: placement.id, endDate: '2026-02-27', reason: 'EMPLOYER_REPLACEMENT', note: '雇主要求换一位会做面食的护工' }, staff);
      expect(endPlacement).toMatchObject({
        status: 'ENDED',
        endDate: '2026-02-27',
        endReason: 'EMPLOYER_REPLACEMENT',
        endNote: '雇主要求换一位会做面食的护工',
        endedByUserId: await userIdOf(staff),
        trainee: { id: caregiver.id, status: 'AVAILABLE' },
      });
      expect(await demandRow(posted.id)).toMatchObject({ status: 'OPEN', filledCount: 0 });
      const change = await api.prisma.traineeStatusChange.findFirstOrThrow({ where: { traineeId: caregiver.id, toStatus: 'AVAILABLE', fromStatus: 'PLACED' } });
      expect(change.reason).toContain('雇主要求换人');

      // The reopened slot takes the replacement, and the first caregiver can be placed elsewhere.
      await place(onDemand((await trainee()).id, posted.id), staff);
      expect(await demandRow(posted.id)).toMatchObject({ status: 'FILLED', filledCount: 1 });
      expect((await place(directHire(caregiver.id, agencyId), staff)).trainee.status).toBe('PLACED');
    });

    it('lets an admin end a placement when the caregiver leaves, on the day itself', async () => {
      const { id: agencyId } = await agency();
      const caregiver = await trainee();
      const placement = await place(directHire(caregiver.id, agencyId));
      const { endPlacement } = await api.ok(END, { id: placement.id, endDate: TODAY, reason: 'CAREGIVER_LEFT' }, await api.admin());
      expect(endPlacement).toMatchObject({ status: 'ENDED', endDate: TODAY, endReason: 'CAREGIVER_LEFT', endNote: null, trainee: { status: 'AVAILABLE' } });
    });

    it('does not reopen a demand that was closed meanwhile', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId, { headcount: 1 });
      const placement = await place(onDemand((await trainee()).id, posted.id));
      await api.prisma.jobDemand.update({ where: { id: posted.id }, data: { status: 'CLOSED' } });
      await api.ok(END, { id: placement.id, endDate: TODAY, reason: 'CONTRACT_COMPLETED' }, await api.admin());
      expect(await demandRow(posted.id)).toMatchObject({ status: 'CLOSED', filledCount: 0 });
    });

    it('refuses to end a placement twice', async () => {
      const { id: agencyId } = await agency();
      const placement = await place(directHire((await trainee()).id, agencyId));
      const admin = await api.admin();
      await api.ok(END, { id: placement.id, endDate: TODAY, reason: 'MUTUAL_AGREEMENT' }, admin);
      const again = await api.gql(END, { id: placement.id, endDate: TODAY, reason: 'MUTUAL_AGREEMENT' }, admin);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(reasonOf(again)).toBe('PLACEMENT_NOT_ACTIVE');
    });

    it('ends a placement asked to end twice at the same moment once, releasing one slot', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId, { headcount: 2 });
      const placement = await place(onDemand((await trainee()).id, posted.id));
      await place(onDemand((await trainee()).id, posted.id));
      const [admin, staff] = [await api.admin(), await staffOf(agencyId)];

      const results = await Promise.all([
        api.gql(END, { id: placement.id, endDate: TODAY, reason: 'CAREGIVER_LEFT' }, admin),
        api.gql(END, { id: placement.id, endDate: TODAY, reason: 'DISMISSED' }, staff),
      ]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.flatMap((result) => (result.errors ?? []).map((error) => error.extensions.reason))).toEqual(['PLACEMENT_NOT_ACTIVE']);
      expect(await demandRow(posted.id)).toMatchObject({ status: 'OPEN', filledCount: 1 });
    });

    it('refuses an end before the start or in the future, and OTHER without a note; nothing changes', async () => {
      const { id: agencyId } = await agency();
      const posted = await demand(agencyId);
      const caregiver = await trainee();
      const placement = await place(onDemand(caregiver.id, posted.id));
      const admin = await api.admin();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ endDate: '2026-01-04', reason: 'DISMISSED' }, 'END_BEFORE_START', 'endDate'],
        [{ endDate: '2026-03-03', reason: 'DISMISSED' }, 'END_DATE_IN_FUTURE', 'endDate'],
        [{ endDate: TODAY, reason: 'OTHER' }, 'END_NOTE_REQUIRED', 'note'],
        [{ endDate: TODAY, reason: 'OTHER', note: '' }, 'END_NOTE_REQUIRED', 'note'],
      ];
      for (const [args, reason, field] of cases) {
        const result = await api.gql(END, { id: placement.id, ...args }, admin);
        expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
        expect([reasonOf(result), fieldOf(result)]).toEqual([reason, field]);
      }
      expect(await api.prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).toMatchObject({ status: 'ACTIVE', endDate: null });
      expect(await statusOf(caregiver.id)).toBe('PLACED');
      expect(await demandRow(posted.id)).toMatchObject({ status: 'FILLED', filledCount: 1 });
    });

    it('refuses an end date before a month whose wage is already recorded', async () => {
      const { id: agencyId } = await agency();
      const placement = await place(directHire((await trainee()).id, agencyId));
      const admin = await api.admin();
      await api.ok(RECORD_WAGE, { placementId: placement.id, month: '2026-02', amount: '5200.50', paidOn: '2026-03-01' }, admin);
      const result = await api.gql(END, { id: placement.id, endDate: '2026-01-31', reason: 'CAREGIVER_LEFT' }, admin);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(reasonOf(result)).toBe('WAGE_AFTER_END_DATE');
      expect(result.errors?.[0].message).toContain('2026-02');
      await api.ok(END, { id: placement.id, endDate: '2026-02-01', reason: 'CAREGIVER_LEFT' }, admin);
    });
  });

  // ───────────── scope: agency staff see and change only their own ─────────────

  describe("agency B's staff and agency A's placement", () => {
    it('answers NOT_FOUND to read, end or record wages, and lists none of it', async () => {
      const [a, b] = [await agency(), await agency()];
      const caregiver = await trainee();
      const placement = await place(onDemand(caregiver.id, (await demand(a.id)).id), await staffOf(a.id));
      const staffB = await staffOf(b.id);

      const read = await api.gql(PLACEMENT, { id: placement.id }, staffB);
      expect(errorCodes(read)).toEqual(['NOT_FOUND']);
      expect(read.data).toBeNull();
      expect(errorCodes(await api.gql(END, { id: placement.id, endDate: TODAY, reason: 'DISMISSED' }, staffB))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(RECORD_WAGE, { placementId: placement.id, month: '2026-02', amount: '4500', paidOn: TODAY }, staffB))).toEqual(['NOT_FOUND']);
      const { placements } = await api.ok(PLACEMENTS, { filter: { agencyId: a.id } }, staffB);
      expect(placements).toMatchObject({ totalCount: 0, nodes: [] });

      expect(await api.prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).toMatchObject({ status: 'ACTIVE' });
      expect(await api.prisma.wageRecord.count()).toBe(0);
      expect(await statusOf(caregiver.id)).toBe('PLACED');
    });
  });

  // ───────────── queries ─────────────

  describe('placements and placement', () => {
    it('filters by trainee, agency, status, country and city, and pages newest first', async () => {
      const [a, b] = [await agency(), await agency()];
      const admin = await api.admin();
      const [t1, t2, t3] = [await trainee(), await trainee(), await trainee()];
      const p1 = await place(directHire(t1.id, a.id));
      const p2 = await place(directHire(t2.id, b.id, BEIJING));
      const p3 = await place(directHire(t3.id, a.id, { provinceCode: undefined, cityCode: undefined, countryCode: 'JP', cityName: '大阪' }));
      await api.ok(END, { id: p1.id, endDate: TODAY, reason: 'CONTRACT_COMPLETED' }, admin);

      const ids = async (filter: Record<string, unknown>) =>
        (await api.ok(PLACEMENTS, { filter }, admin)).placements.nodes.map((node: { id: string }) => node.id);
      expect(await ids({})).toEqual([p3.id, p2.id, p1.id]);
      expect(await ids({ agencyId: a.id })).toEqual([p3.id, p1.id]);
      expect(await ids({ traineeId: t2.id })).toEqual([p2.id]);
      expect(await ids({ status: 'ENDED' })).toEqual([p1.id]);
      expect(await ids({ status: 'ACTIVE', agencyId: a.id })).toEqual([p3.id]);
      expect(await ids({ countryCode: 'CN' })).toEqual([p2.id, p1.id]);
      expect(await ids({ cityCode: '110100' })).toEqual([p2.id]);

      const page1 = (await api.ok(PLACEMENTS, { first: 2 }, admin)).placements;
      expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const page2 = (await api.ok(PLACEMENTS, { first: 2, after: page1.pageInfo.endCursor }, admin)).placements;
      expect(page2.nodes.map((node: { id: string }) => node.id)).toEqual([p1.id]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
    });

    it("shows agency staff their agency's placements and a trainee her own; school staff get FORBIDDEN", async () => {
      const [a, b] = [await agency(), await agency()];
      const [t1, t2] = [await trainee(), await trainee()];
      const p1 = await place(directHire(t1.id, a.id));
      const p2 = await place(directHire(t2.id, b.id));

      const staffA = await staffOf(a.id);
      expect((await api.ok(PLACEMENTS, {}, staffA)).placements.nodes.map((node: { id: string }) => node.id)).toEqual([p1.id]);
      expect((await api.ok(PLACEMENT, { id: p1.id }, staffA)).placement.trainee.id).toBe(t1.id);

      const herself = await api.tokenFor(Role.TRAINEE, { traineeId: t2.id });
      expect((await api.ok(PLACEMENTS, {}, herself)).placements.nodes.map((node: { id: string }) => node.id)).toEqual([p2.id]);
      expect(errorCodes(await api.gql(PLACEMENT, { id: p1.id }, herself))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(END, { id: p2.id, endDate: TODAY, reason: 'CAREGIVER_LEFT' }, herself))).toEqual(['FORBIDDEN']);

      const school = await api.factories.school();
      const schoolStaff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(PLACEMENTS, {}, schoolStaff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(PLACEMENT, { id: p1.id }, schoolStaff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(PLACEMENT, { id: UNKNOWN_ID }, await api.admin()))).toEqual(['NOT_FOUND']);
    });

    it("adds placements with their wages to the Trainee type, for an admin and the trainee herself, not for her school", async () => {
      const { id: agencyId } = await agency();
      const caregiver = await trainee();
      const admin = await api.admin();
      const first = await place(directHire(caregiver.id, agencyId, { startDate: '2025-10-01' }));
      await api.ok(RECORD_WAGE, { placementId: first.id, month: '2025-10', amount: '5000', paidOn: '2025-11-05' }, admin);
      await api.ok(END, { id: first.id, endDate: '2025-12-31', reason: 'CONTRACT_COMPLETED' }, admin);
      const second = await place(directHire(caregiver.id, agencyId, { ...BEIJING, startDate: '2026-01-05' }));

      const expected = [
        { id: first.id, status: 'ENDED', cityName: '青岛市', wages: [{ month: '2025-10' }] },
        { id: second.id, status: 'ACTIVE', cityName: '北京市', wages: [] },
      ];
      expect((await api.ok(TRAINEE_PLACEMENTS, { id: caregiver.id }, admin)).trainee.placements).toEqual(expected);
      const herself = await api.tokenFor(Role.TRAINEE, { traineeId: caregiver.id });
      expect((await api.ok(TRAINEE_PLACEMENTS, { id: caregiver.id }, herself)).trainee.placements).toEqual(expected);

      // Her school's staff see her, but not her placements.
      const { cohort } = await api.prisma.enrollment.findFirstOrThrow({ where: { traineeId: caregiver.id }, include: { cohort: true } });
      const schoolStaff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: cohort.schoolId });
      const bySchool = await api.gql(TRAINEE_PLACEMENTS, { id: caregiver.id }, schoolStaff);
      expect(errorCodes(bySchool)).toEqual(['FORBIDDEN']);
      expect(bySchool.data).toEqual({ trainee: { id: caregiver.id, placements: null } });
    });
  });

  // ───────────── recordWage ─────────────

  describe('recordWage', () => {
    async function activePlacement(startDate = '2026-01-05') {
      const { id: agencyId } = await agency();
      const placement = await place(directHire((await trainee()).id, agencyId, { startDate }));
      return { placement, agencyId };
    }

    it("lets the agency's staff record a month's wage, stored by the month's first day and listed on the placement", async () => {
      const { placement, agencyId } = await activePlacement();
      const staff = await staffOf(agencyId);
      const { recordWage } = await api.ok(RECORD_WAGE, { placementId: placement.id, month: '2026-01', amount: '4650.50', paidOn: '2026-02-05' }, staff);
      expect(recordWage).toMatchObject({ placementId: placement.id, month: '2026-01', amount: '4650.50', paidOn: '2026-02-05' });
      expect((await api.prisma.wageRecord.findFirstOrThrow()).month.toISOString()).toBe('2026-01-01T00:00:00.000Z');
      // The month of today counts (a wage paid on its first days), as does the month she started in.
      await api.ok(RECORD_WAGE, { placementId: placement.id, month: '2026-03', amount: '4650', paidOn: TODAY }, staff);
      const { placement: read } = await api.ok(PLACEMENT, { id: placement.id }, staff);
      expect(read.wages).toEqual([
        { month: '2026-01', amount: '4650.50', paidOn: '2026-02-05' },
        { month: '2026-03', amount: '4650.00', paidOn: TODAY },
      ]);
    });

    it('refuses a second record for the same month with CONFLICT', async () => {
      const { placement } = await activePlacement();
      const admin = await api.admin();
      await api.ok(RECORD_WAGE, { placementId: placement.id, month: '2026-02', amount: '4500', paidOn: '2026-03-01' }, admin);
      const again = await api.gql(RECORD_WAGE, { placementId: placement.id, month: '2026-02', amount: '4600', paidOn: TODAY }, admin);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect([reasonOf(again), fieldOf(again)]).toEqual(['WAGE_ALREADY_RECORDED', 'month']);
      expect(await api.prisma.wageRecord.count()).toBe(1);
    });

    it('refuses a month outside the placement, a payment before the month or in the future, a malformed month and a zero amount', async () => {
      const { placement } = await activePlacement('2026-01-20');
      const admin = await api.admin();
      const cases: [Record<string, unknown>, string][] = [
        [{ month: '2025-12', paidOn: '2026-01-05' }, 'month'], // before she started
        [{ month: '2026-04', paidOn: TODAY }, 'month'], // a month not yet begun
        [{ month: '2026-02', paidOn: '2026-01-31' }, 'paidOn'], // paid before the month began
        [{ month: '2026-02', paidOn: '2026-03-03' }, 'paidOn'], // paid tomorrow
        [{ month: '2026-2', paidOn: TODAY }, 'month'],
        [{ month: '2026-13', paidOn: TODAY }, 'month'],
        [{ month: '2026-02', paidOn: TODAY, amount: '0' }, 'amount'],
        [{ month: '2026-02', paidOn: TODAY, amount: '-100' }, 'amount'],
      ];
      for (const [args, field] of cases) {
        const result = await api.gql(RECORD_WAGE, { placementId: placement.id, amount: '4500', ...args }, admin);
        expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldOf(result)).toBe(field);
      }
      expect(await api.prisma.wageRecord.count()).toBe(0);
    });

    it('accepts months up to the end of an ended placement, paid later, and refuses the months after', async () => {
      const { placement } = await activePlacement('2025-11-10');
      const admin = await api.admin();
      await api.ok(END, { id: placement.id, endDate: '2026-01-15', reason: 'CAREGIVER_LEFT' }, admin);
      await api.ok(RECORD_WAGE, { placementId: placement.id, month: '2026-01', amount: '2200', paidOn: TODAY }, admin);
      const after = await api.gql(RECORD_WAGE, { placementId: placement.id, month: '2026-02', amount: '2200', paidOn: TODAY }, admin);
      expect(reasonOf(after)).toBe('WAGE_MONTH_OUTSIDE_PLACEMENT');
      expect(after.errors?.[0].message).toContain('2026-01-15');
    });

    it('refuses trainees and answers NOT_FOUND for an unknown placement', async () => {
      const { placement } = await activePlacement();
      const herself = await api.tokenFor(Role.TRAINEE, { traineeId: placement.trainee.id });
      expect(errorCodes(await api.gql(RECORD_WAGE, { placementId: placement.id, month: '2026-02', amount: '4500', paidOn: TODAY }, herself))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(RECORD_WAGE, { placementId: UNKNOWN_ID, month: '2026-02', amount: '4500', paidOn: TODAY }, await api.admin()))).toEqual(['NOT_FOUND']);
    });
  });
});
