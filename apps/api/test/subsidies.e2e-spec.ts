import { HouseholdCategory, Role, VisitStatus } from '@carebridge/db';
import { QueueName } from '@carebridge/queue';
import { localDateToDb, localHourInstant } from '@carebridge/rules';
import { SUBSIDY_ELIGIBILITY_SCHEDULE, SubsidyEligibilityService } from '@carebridge/subsidies';
import { errorCodes, eventually, TestApi, TestWorker } from '@carebridge/testing';
import { WorkerModule } from '../../worker/src/worker.module';
import { AppModule } from '../src/app.module';

const CREATE_POLICY = `mutation($input: CreateSubsidyPolicyInput!) {
  createSubsidyPolicy(input: $input) { id name monthsEmployed amount extraRegisteredPoor validFrom validUntil active } }`;
const POLICIES = `{ subsidyPolicies { name } }`;
const RUN = `mutation { runSubsidyEligibility }`;
const APPLICATIONS = `query($filter: SubsidyApplicationFilterInput, $first: Int, $after: String) {
  subsidyApplications(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id status amount periodStart periodEnd rejectReason paidOn reviewedAt trainee { name householdCategory } policy { name } }
  } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $reason: String) {
  reviewSubsidy(id: $id, approve: $approve, reason: $reason) { id status rejectReason reviewedAt } }`;
const PAY = `mutation($id: ID!, $paidOn: LocalDate!) { markSubsidyPaid(id: $id, paidOn: $paidOn) { id status paidOn } }`;

const policyInput = {
  name: '吕梁山护工稳定就业补贴（6个月）',
  monthsEmployed: 6,
  amount: '1000',
  extraRegisteredPoor: '500.50',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
};

/** 10:00 on 2026-08-03 in Beijing: the six months from 2026-01-10 are over. */
const NOW = new Date('2026-08-03T02:00:00Z');

describe('employment subsidies', () => {
  const api = new TestApi(AppModule);
  const worker = new TestWorker(WorkerModule, 'subsidies');
  let admin: string;
  let stationId: string;
  let schedulerAtStart: unknown;

  beforeAll(async () => {
    await worker.start();
    // Read before the first reset empties the queues.
    schedulerAtStart = await worker.queue(QueueName.SUBSIDIES).getJobScheduler(SUBSIDY_ELIGIBILITY_SCHEDULE.id);
    await api.start();
  });
  afterAll(async () => {
    await api.close();
    await worker.close();
  });
  beforeEach(async () => {
    api.clock.set(NOW);
    worker.clock.set(NOW);
    await worker.resetQueues();
    await api.reset();
    admin = await api.admin();
    stationId = (await api.prisma.serviceStation.create({ data: { name: '北京服务站', cityCode: '110100', address: '朝阳区', phone: '010-64781234' } })).id;
  });

  /** A caregiver placed on `startDate` (ended on `endDate` if given) with visits logged on the given dates. */
  async function caregiver(name: string, options: { startDate?: string; endDate?: string; visits?: string[]; category?: HouseholdCategory } = {}) {
    const { startDate = '2026-01-10', endDate, visits = ['2026-01-17', '2026-05-10'], category = HouseholdCategory.REGISTERED_POOR } = options;
    const trainee = await api.factories.trainee({ name, householdCategory: category, status: 'PLACED' });
    const placement = await api.prisma.placement.create({
      data: {
        traineeId: trainee.id,
        cityName: '北京市',
        provinceCode: '110000',
        cityCode: '110100',
        monthlyWageFen: 450_000,
        startDate: localDateToDb(startDate),
        ...(endDate ? { endDate: localDateToDb(endDate), status: 'ENDED' as const } : {}),
      },
    });
    await api.prisma.followUpVisit.createMany({
      data: visits.map((date, index) => ({
        placementId: placement.id,
        stationId,
        sequence: index + 1,
        dueDate: localDateToDb(date),
        channel: 'PHONE' as const,
        status: VisitStatus.DONE,
        loggedAt: localHourInstant(date, 10),
      })),
    });
    return { trainee, placement };
  }

  async function createPolicy(overrides: Partial<typeof policyInput> = {}) {
    return (await api.ok(CREATE_POLICY, { input: { ...policyInput, ...overrides } }, admin)).createSubsidyPolicy;
  }

  const applications = async (filter: Record<string, unknown> = {}, token = admin) =>
    (await api.ok(APPLICATIONS, { filter, first: 50 }, token)).subsidyApplications;

  describe('policies', () => {
    it('lets an admin create and list policies, amounts in yuan', async () => {
      expect(await createPolicy()).toMatchObject({ monthsEmployed: 6, amount: '1000.00', extraRegisteredPoor: '500.50', validFrom: '2026-01-01', validUntil: '2026-12-31', active: true });
      await createPolicy({ name: '吕梁山护工长期就业补贴（12个月）', monthsEmployed: 12, validFrom: '2027-01-01', validUntil: '2027-12-31' });
      expect((await api.ok(POLICIES, {}, admin)).subsidyPolicies.map((p: { name: string }) => p.name)).toEqual([
        '吕梁山护工长期就业补贴（12个月）',
        policyInput.name,
      ]);
    });

    it('refuses a duplicate name, a valid period that ends before it starts, and a zero amount', async () => {
      await createPolicy();
      const duplicate = await api.gql(CREATE_POLICY, { input: policyInput }, admin);
      expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SUBSIDY_POLICY_NAME_TAKEN', field: 'name' });
      const backwards = await api.gql(CREATE_POLICY, { input: { ...policyInput, name: '新政策', validUntil: '2025-12-31' } }, admin);
      expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALID_UNTIL_BEFORE_FROM', field: 'validUntil' });
      const zero = await api.gql(CREATE_POLICY, { input: { ...policyInput, name: '新政策', amount: '0' } }, admin);
      expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
      expect(zero.errors?.[0].message).toContain('补贴金额');
    });

    it('is for admins only', async () => {
      const school = await api.factories.school();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(CREATE_POLICY, { input: policyInput }, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(POLICIES, {}, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(POLICIES))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(RUN, {}, staff))).toEqual(['FORBIDDEN']);
    });
  });

  describe('eligibility', () => {
    it('registers the monthly run with the job scheduler: the 1st at 02:00 Beijing time', () => {
      expect(schedulerAtStart).toMatchObject({ name: 'find-eligible-subsidies', pattern: '0 2 1 * *', tz: 'Asia/Shanghai' });
    });

    it('creates applications for the caregivers verified employed for the months, once, when an admin asks for a run', async () => {
      await createPolicy();
      await caregiver('王秀英');
      await caregiver('李桂兰', { category: HouseholdCategory.RURAL });
      await caregiver('刘翠花', { endDate: '2026-07-09' });
      await caregiver('赵春梅', { visits: ['2026-01-17', '2026-03-20'] }); // nothing logged in the second quarter
      await caregiver('张玉珍', { endDate: '2026-05-31' }); // left after under five months
      await caregiver('陈淑芬', { startDate: '2026-03-01', visits: ['2026-03-08', '2026-06-10'] }); // six months not over yet

      expect((await api.ok(RUN, {}, admin)).runSubsidyEligibility).toBe(true);
      await eventually(async () => (await api.prisma.subsidyApplication.count()) === 3, 8_000);

      const { nodes, totalCount } = await applications();
      expect(totalCount).toBe(3);
      const byName = Object.fromEntries(nodes.map((node: { trainee: { name: string } }) => [node.trainee.name, node]));
      expect(Object.keys(byName).sort()).toEqual(['刘翠花', '李桂兰', '王秀英'].sort());
      expect(byName['王秀英']).toMatchObject({
        status: 'PENDING_REVIEW',
        amount: '1500.50',
        periodStart: '2026-01-10',
        periodEnd: '2026-07-09',
        policy: { name: policyInput.name },
        reviewedAt: null,
        paidOn: null,
      });
      expect(byName['李桂兰'].amount).toBe('1000.00');

      // A second run (the monthly one, or another request) finds nobody new.
      expect(await worker.app.get(SubsidyEligibilityService).createDueApplications('2026-08-03')).toBe(0);
      expect(await api.prisma.subsidyApplication.count()).toBe(3);
    });

    it('skips inactive policies and periods ending outside the policy’s valid period', async () => {
      await createPolicy({ validFrom: '2026-07-10' });
      const inactive = await createPolicy({ name: '已停用的政策' });
      await api.prisma.subsidyPolicy.update({ where: { id: inactive.id }, data: { active: false } });
      await caregiver('王秀英');
      await caregiver('李桂兰', { startDate: '2026-01-20', visits: ['2026-01-27', '2026-05-10'] });
      expect(await worker.app.get(SubsidyEligibilityService).createDueApplications('2026-08-03')).toBe(1);
      expect((await applications()).nodes.map((node: { trainee: { name: string } }) => node.trainee.name)).toEqual(['李桂兰']);
    });
  });

  describe('review and payment', () => {
    async function pendingApplications(count: number): Promise<string[]> {
      await createPolicy();
      for (let i = 0; i < count; i++) await caregiver(`王秀英${'甲乙丙'[i]}`);
      await worker.app.get(SubsidyEligibilityService).createDueApplications('2026-08-03');
      return (await applications()).nodes.map((node: { id: string }) => node.id);
    }

    it('approves, then records the payment; each step only once and in order', async () => {
      const [id] = await pendingApplications(1);
      expect(errorCodes(await api.gql(PAY, { id, paidOn: '2026-08-03' }, admin))).toEqual(['CONFLICT']);

      const { reviewSubsidy } = await api.ok(REVIEW, { id, approve: true }, admin);
      expect(reviewSubsidy).toMatchObject({ status: 'APPROVED', rejectReason: null });
      expect(reviewSubsidy.reviewedAt).toBe(NOW.toISOString());
      const again = await api.gql(REVIEW, { id, approve: false, reason: '重复' }, admin);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SUBSIDY_NOT_PENDING' });
      expect(again.errors?.[0].message).toContain('已通过');

      const future = await api.gql(PAY, { id, paidOn: '2026-08-04' }, admin);
      expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAID_ON_IN_FUTURE', field: 'paidOn' });
      const early = await api.gql(PAY, { id, paidOn: '2026-08-02' }, admin);
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAID_BEFORE_APPROVAL' });

      expect((await api.ok(PAY, { id, paidOn: '2026-08-03' }, admin)).markSubsidyPaid).toEqual({ id, status: 'PAID', paidOn: '2026-08-03' });
      const twice = await api.gql(PAY, { id, paidOn: '2026-08-03' }, admin);
      expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SUBSIDY_NOT_APPROVED' });
    });

    it('rejects only with a reason, and a rejected application cannot be paid', async () => {
      const [id] = await pendingApplications(1);
      const noReason = await api.gql(REVIEW, { id, approve: false, reason: '  ' }, admin);
      expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REJECT_REASON_REQUIRED', field: 'reason' });
      expect((await api.ok(REVIEW, { id, approve: false, reason: '回访记录与实际不符' }, admin)).reviewSubsidy).toMatchObject({
        status: 'REJECTED',
        rejectReason: '回访记录与实际不符',
      });
      expect(errorCodes(await api.gql(PAY, { id, paidOn: '2026-08-03' }, admin))).toEqual(['CONFLICT']);
    });

    it('lists by status, pages, and shows a caregiver her own applications only', async () => {
      const [first, second] = await pendingApplications(2);
      await api.ok(REVIEW, { id: first, approve: true }, admin);
      expect((await applications({ status: 'APPROVED' })).nodes.map((node: { id: string }) => node.id)).toEqual([first]);

      const page = (await api.ok(APPLICATIONS, { first: 1 }, admin)).subsidyApplications;
      expect(page).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const next = (await api.ok(APPLICATIONS, { first: 1, after: page.pageInfo.endCursor }, admin)).subsidyApplications;
      expect([page.nodes[0].id, next.nodes[0].id].sort()).toEqual([first, second].sort());

      const mine = await api.prisma.subsidyApplication.findUniqueOrThrow({ where: { id: second } });
      const trainee = await api.tokenFor(Role.TRAINEE, { traineeId: mine.traineeId });
      expect((await applications({}, trainee)).nodes.map((node: { id: string }) => node.id)).toEqual([second]);
      expect(errorCodes(await api.gql(REVIEW, { id: second, approve: true }, trainee))).toEqual(['FORBIDDEN']);
      const school = await api.factories.school();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(APPLICATIONS, {}, staff))).toEqual(['FORBIDDEN']);
    });

    it('answers NOT_FOUND for an unknown application', async () => {
      const result = await api.gql(REVIEW, { id: '00000000-0000-4000-8000-000000000000', approve: true }, admin);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SUBSIDY_APPLICATION_NOT_FOUND' });
    });
  });
});
