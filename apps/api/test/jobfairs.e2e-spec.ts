import { Role } from '@carebridge/db';
import { localDateToDb, makeCreditCode } from '@carebridge/rules';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const FAIR_FIELDS = `id title mode date place link cityCode cityName registeredAgencies registeredTrainees hires`;
const CREATE = `mutation($input: CreateJobFairInput!) { createJobFair(input: $input) { ${FAIR_FIELDS} } }`;
const FAIR = `query($id: ID!) { jobFair(id: $id) { ${FAIR_FIELDS} } }`;
const FAIRS = `query($from: LocalDate, $to: LocalDate) { jobFairs(from: $from, to: $to) { id title date registeredAgencies registeredTrainees hires } }`;
const REGISTER_AGENCY = `mutation($jobFairId: ID!, $agencyId: ID!) {
  registerAgencyForJobFair(jobFairId: $jobFairId, agencyId: $agencyId) { id registeredAgencies } }`;
const REGISTER_TRAINEE = `mutation($jobFairId: ID!, $traineeId: ID!) {
  registerTraineeForJobFair(jobFairId: $jobFairId, traineeId: $traineeId) { id registeredTrainees } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
// The test clock reads 2026-03-02 in Beijing.
const TODAY = '2026-03-02';

const offlineFair = (overrides: Record<string, unknown> = {}) => ({
  title: '2026年春风行动·吕梁山护工专场招聘会',
  mode: 'OFFLINE',
  date: '2026-03-15',
  place: '吕梁市人力资源市场一楼大厅',
  cityCode: '141100',
  ...overrides,
});
const onlineFair = (overrides: Record<string, unknown> = {}) => ({
  title: '京津冀家政企业线上招聘会',
  mode: 'ONLINE',
  date: '2026-03-20',
  link: 'https://zhaopin.example.cn/fairs/2026-03',
  ...overrides,
});

const reasonOf = (result: GqlResult) => result.errors?.[0].extensions.reason;
const fieldOf = (result: GqlResult) => result.errors?.[0].extensions.field;

let serial = 0;

describe('job fairs', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  async function createFair(input: Record<string, unknown> = offlineFair()): Promise<Record<string, any>> {
    return (await api.ok(CREATE, { input }, await api.admin())).createJobFair;
  }

  function agency(status: 'ACTIVE' | 'SUSPENDED' = 'ACTIVE') {
    serial += 1;
    return api.prisma.agency.create({
      data: {
        name: `北京康馨家政服务有限公司${serial}`,
        creditCode: makeCreditCode(`91110105MA${String(serial).padStart(7, '0')}`),
        provinceCode: '110000',
        cityCode: '110100',
        address: '北京市朝阳区阜通东大街6号',
        contactName: '张经理',
        contactPhone: '010-62345678',
        status,
      },
    });
  }

  describe('createJobFair', () => {
    it('lets an admin create an offline fair with a venue and an online fair with a link', async () => {
      const offline = await createFair();
      expect(offline).toMatchObject({
        mode: 'OFFLINE',
        date: '2026-03-15',
        place: '吕梁市人力资源市场一楼大厅',
        link: null,
        cityName: '吕梁市',
        registeredAgencies: 0,
        registeredTrainees: 0,
        hires: 0,
      });
      const online = await createFair(onlineFair());
      expect(online).toMatchObject({ mode: 'ONLINE', link: 'https://zhaopin.example.cn/fairs/2026-03', place: null, cityCode: null, cityName: null });
    });

    it('refuses an offline fair without a venue and an online fair without a link', async () => {
      const admin = await api.admin();
      const noPlace = await api.gql(CREATE, { input: offlineFair({ place: undefined }) }, admin);
      expect(errorCodes(noPlace)).toEqual(['BAD_USER_INPUT']);
      expect([reasonOf(noPlace), fieldOf(noPlace)]).toEqual(['JOB_FAIR_PLACE_REQUIRED', 'place']);
      const blankPlace = await api.gql(CREATE, { input: offlineFair({ place: '   ' }) }, admin);
      expect(fieldOf(blankPlace)).toBe('place');

      const noLink = await api.gql(CREATE, { input: onlineFair({ link: undefined }) }, admin);
      expect(errorCodes(noLink)).toEqual(['BAD_USER_INPUT']);
      expect([reasonOf(noLink), fieldOf(noLink)]).toEqual(['JOB_FAIR_LINK_REQUIRED', 'link']);
      expect(await api.prisma.jobFair.count()).toBe(0);
    });

    it('refuses a link that is not an https URL', async () => {
      const admin = await api.admin();
      for (const link of ['http://zhaopin.example.cn/fair', 'zhaopin.example.cn/fair', '线上链接']) {
        const result = await api.gql(CREATE, { input: onlineFair({ link }) }, admin);
        expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldOf(result)).toBe('link');
        expect(result.errors?.[0].message).toContain('https');
      }
    });

    it('refuses an unknown city and an empty title', async () => {
      const admin = await api.admin();
      const unknownCity = await api.gql(CREATE, { input: offlineFair({ cityCode: '999900' }) }, admin);
      expect(errorCodes(unknownCity)).toEqual(['BAD_USER_INPUT']);
      expect([reasonOf(unknownCity), fieldOf(unknownCity)]).toEqual(['UNKNOWN_CITY', 'cityCode']);
      const noTitle = await api.gql(CREATE, { input: offlineFair({ title: ' ' }) }, admin);
      expect(fieldOf(noTitle)).toBe('title');
    });

    it('refuses callers other than admins', async () => {
      expect(errorCodes(await api.gql(CREATE, { input: offlineFair() }))).toEqual(['UNAUTHENTICATED']);
      const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: (await agency()).id });
      expect(errorCodes(await api.gql(CREATE, { input: offlineFair() }, staff))).toEqual(['FORBIDDEN']);
    });
  });

  describe('registerAgencyForJobFair', () => {
    it('lets an admin register any agency and agency staff their own', async () => {
      const fair = await createFair();
      const [first, second] = [await agency(), await agency()];
      const byAdmin = await api.ok(REGISTER_AGENCY, { jobFairId: fair.id, agencyId: first.id }, await api.admin());
      expect(byAdmin.registerAgencyForJobFair.registeredAgencies).toBe(1);
      const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: second.id });
      const byStaff = await api.ok(REGISTER_AGENCY, { jobFairId: fair.id, agencyId: second.id }, staff);
      expect(byStaff.registerAgencyForJobFair.registeredAgencies).toBe(2);
    });

    it("answers NOT_FOUND to agency staff registering another agency, and registers nothing", async () => {
      const fair = await createFair();
      const [own, other] = [await agency(), await agency()];
      const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: own.id });
      const result = await api.gql(REGISTER_AGENCY, { jobFairId: fair.id, agencyId: other.id }, staff);
      expect(errorCodes(result)).toEqual(['NOT_FOUND']);
      expect(await api.prisma.jobFairAgency.count()).toBe(0);
    });

    it('refuses a second registration of the same agency with CONFLICT', async () => {
      const fair = await createFair();
      const { id: agencyId } = await agency();
      const admin = await api.admin();
      await api.ok(REGISTER_AGENCY, { jobFairId: fair.id, agencyId }, admin);
      const again = await api.gql(REGISTER_AGENCY, { jobFairId: fair.id, agencyId }, admin);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(reasonOf(again)).toBe('AGENCY_ALREADY_REGISTERED');
    });

    it('refuses a suspended agency', async () => {
      const fair = await createFair();
      const suspended = await agency('SUSPENDED');
      const result = await api.gql(REGISTER_AGENCY, { jobFairId: fair.id, agencyId: suspended.id }, await api.admin());
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(reasonOf(result)).toBe('AGENCY_SUSPENDED');
    });

    it("takes registrations up to and including the fair's day, then closes", async () => {
      const admin = await api.admin();
      const today = await createFair(offlineFair({ date: TODAY }));
      const yesterday = await createFair(offlineFair({ date: '2026-03-01' }));
      const { id: agencyId } = await agency();
      await api.ok(REGISTER_AGENCY, { jobFairId: today.id, agencyId }, admin);
      const closed = await api.gql(REGISTER_AGENCY, { jobFairId: yesterday.id, agencyId }, admin);
      expect(errorCodes(closed)).toEqual(['CONFLICT']);
      expect(reasonOf(closed)).toBe('JOB_FAIR_REGISTRATION_CLOSED');
      expect(closed.errors?.[0].message).toContain('2026-03-01');
    });

    it('answers NOT_FOUND for an unknown fair or agency', async () => {
      const admin = await api.admin();
      const fair = await createFair();
      const { id: agencyId } = await agency();
      expect(errorCodes(await api.gql(REGISTER_AGENCY, { jobFairId: UNKNOWN_ID, agencyId }, admin))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(REGISTER_AGENCY, { jobFairId: fair.id, agencyId: UNKNOWN_ID }, admin))).toEqual(['NOT_FOUND']);
    });

    it('refuses trainees', async () => {
      const fair = await createFair();
      const trainee = await api.factories.trainee();
      const token = await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id });
      const result = await api.gql(REGISTER_AGENCY, { jobFairId: fair.id, agencyId: (await agency()).id }, token);
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    });
  });

  describe('registerTraineeForJobFair', () => {
    it('lets a trainee register herself and an admin register her', async () => {
      const fair = await createFair();
      const [herself, another] = [await api.factories.trainee(), await api.factories.trainee()];
      const token = await api.tokenFor(Role.TRAINEE, { traineeId: herself.id });
      const own = await api.ok(REGISTER_TRAINEE, { jobFairId: fair.id, traineeId: herself.id }, token);
      expect(own.registerTraineeForJobFair.registeredTrainees).toBe(1);
      const byAdmin = await api.ok(REGISTER_TRAINEE, { jobFairId: fair.id, traineeId: another.id }, await api.admin());
      expect(byAdmin.registerTraineeForJobFair.registeredTrainees).toBe(2);
    });

    it('answers NOT_FOUND to a trainee registering someone else', async () => {
      const fair = await createFair();
      const [herself, another] = [await api.factories.trainee(), await api.factories.trainee()];
      const token = await api.tokenFor(Role.TRAINEE, { traineeId: herself.id });
      const result = await api.gql(REGISTER_TRAINEE, { jobFairId: fair.id, traineeId: another.id }, token);
      expect(errorCodes(result)).toEqual(['NOT_FOUND']);
      expect(await api.prisma.jobFairTrainee.count()).toBe(0);
    });

    it('refuses a duplicate with CONFLICT and a closed fair', async () => {
      const admin = await api.admin();
      const open = await createFair();
      const past = await createFair(onlineFair({ date: '2026-02-20' }));
      const { id: traineeId } = await api.factories.trainee();
      await api.ok(REGISTER_TRAINEE, { jobFairId: open.id, traineeId }, admin);
      const duplicate = await api.gql(REGISTER_TRAINEE, { jobFairId: open.id, traineeId }, admin);
      expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
      expect(reasonOf(duplicate)).toBe('TRAINEE_ALREADY_REGISTERED');
      const closed = await api.gql(REGISTER_TRAINEE, { jobFairId: past.id, traineeId }, admin);
      expect(reasonOf(closed)).toBe('JOB_FAIR_REGISTRATION_CLOSED');
    });

    it('answers NOT_FOUND for an unknown trainee, and refuses agency staff', async () => {
      const fair = await createFair();
      expect(errorCodes(await api.gql(REGISTER_TRAINEE, { jobFairId: fair.id, traineeId: UNKNOWN_ID }, await api.admin()))).toEqual(['NOT_FOUND']);
      const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: (await agency()).id });
      const { id: traineeId } = await api.factories.trainee();
      expect(errorCodes(await api.gql(REGISTER_TRAINEE, { jobFairId: fair.id, traineeId }, staff))).toEqual(['FORBIDDEN']);
    });
  });

  describe('jobFair and jobFairs', () => {
    it('counts registered agencies, registered trainees and the placements made at the fair', async () => {
      const admin = await api.admin();
      const fair = await createFair(offlineFair({ date: TODAY }));
      const other = await createFair(onlineFair());
      const [a, b] = [await agency(), await agency()];
      const [t1, t2, t3] = [await api.factories.trainee(), await api.factories.trainee(), await api.factories.trainee()];
      for (const agencyId of [a.id, b.id]) await api.ok(REGISTER_AGENCY, { jobFairId: fair.id, agencyId }, admin);
      for (const traineeId of [t1.id, t2.id, t3.id]) await api.ok(REGISTER_TRAINEE, { jobFairId: fair.id, traineeId }, admin);
      await api.ok(REGISTER_TRAINEE, { jobFairId: other.id, traineeId: t1.id }, admin);
      // Hires through createPlacement are covered in placements.e2e-spec; here only the count matters.
      for (const trainee of [t1, t2]) {
        await api.prisma.placement.create({
          data: {
            traineeId: trainee.id,
            agencyId: a.id,
            jobFairId: fair.id,
            provinceCode: '110000',
            cityCode: '110100',
            cityName: '北京市',
            monthlyWageFen: 450_000,
            startDate: localDateToDb(TODAY),
          },
        });
      }

      const { jobFair } = await api.ok(FAIR, { id: fair.id }, admin);
      expect(jobFair).toMatchObject({ registeredAgencies: 2, registeredTrainees: 3, hires: 2 });
      const { jobFair: otherFair } = await api.ok(FAIR, { id: other.id }, admin);
      expect(otherFair).toMatchObject({ registeredAgencies: 0, registeredTrainees: 1, hires: 0 });
    });

    it('shows a fair to any signed-in user and answers NOT_FOUND for an unknown one', async () => {
      const fair = await createFair();
      const trainee = await api.factories.trainee();
      const token = await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id });
      expect((await api.ok(FAIR, { id: fair.id }, token)).jobFair.title).toBe(fair.title);
      expect(errorCodes(await api.gql(FAIR, { id: UNKNOWN_ID }, token))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(FAIR, { id: fair.id }))).toEqual(['UNAUTHENTICATED']);
    });

    it('lists fairs by date, within an inclusive date range, with their counts', async () => {
      const admin = await api.admin();
      const march10 = await createFair(offlineFair({ title: '三月十日', date: '2026-03-10' }));
      const march20 = await createFair(onlineFair({ title: '三月二十日', date: '2026-03-20' }));
      await createFair(offlineFair({ title: '四月一日', date: '2026-04-01' }));
      await api.ok(REGISTER_AGENCY, { jobFairId: march20.id, agencyId: (await agency()).id }, admin);

      const { jobFairs: all } = await api.ok(FAIRS, {}, admin);
      expect(all.map((fair: { title: string }) => fair.title)).toEqual(['三月十日', '三月二十日', '四月一日']);
      const { jobFairs: march } = await api.ok(FAIRS, { from: '2026-03-10', to: '2026-03-20' }, admin);
      expect(march).toEqual([
        { id: march10.id, title: '三月十日', date: '2026-03-10', registeredAgencies: 0, registeredTrainees: 0, hires: 0 },
        { id: march20.id, title: '三月二十日', date: '2026-03-20', registeredAgencies: 1, registeredTrainees: 0, hires: 0 },
      ]);
    });

    it('refuses a range that ends before it starts', async () => {
      const result = await api.gql(FAIRS, { from: '2026-04-01', to: '2026-03-01' }, await api.admin());
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(result)).toBe('from');
    });
  });
});
