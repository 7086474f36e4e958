import { AgencyStatus, DemandStatus, JobDemand, Major, Prisma, Role } from '@carebridge/db';
import { DemandExpiryService, DemandSlotsService } from '@carebridge/demand';
import { creditCodeCheckChar, localDateToDb } from '@carebridge/rules';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const DEMAND_FIELDS = `id agencyId agency { id name } major headcount filledCount openSlots provinceCode provinceName cityCode cityName
  wageMin wageMax startDate liveIn minCertificateLevel duties status closedAt closeReason
  requirements { kind label value valueLabel justification }`;
const POST = `mutation($input: PostDemandInput!) { postDemand(input: $input) { ${DEMAND_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateDemandInput!) { updateDemand(id: $id, input: $input) { ${DEMAND_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $reason: String!) { closeDemand(id: $id, reason: $reason) { id status closedAt closeReason openSlots } }`;
const DEMAND = `query($id: ID!) { demand(id: $id) { ${DEMAND_FIELDS} } }`;
const DEMANDS = `query($filter: DemandFilterInput, $first: Int, $after: String) {
  demands(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id agency { name } cityName } } }`;
const POLICY = `{ demandPolicy { expiryGraceDays minMonthlyWage maxMonthlyWage } }`;
const UPDATE_POLICY = `mutation($input: UpdateDemandPolicyInput!) { updateDemandPolicy(input: $input) { expiryGraceDays minMonthlyWage maxMonthlyWage } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
/** The test clock's day (2026-03-02T01:00Z is 09:00 in Beijing). */
const TODAY = '2026-03-02';
const CARE_TEXT = '照顾80岁老人，老人85岁以上时需协助翻身；宝宝出生3个月；产妇35岁；照顾孕妇，孕期护理；病人身高180需要两人搬运；雇主家住本地；说普通话，会做北方面食；需要照顾离异独居老人。';

const reasons = (result: GqlResult) => (result.errors ?? []).map((e) => e.extensions.reason);
const fields = (result: GqlResult) => (result.errors ?? []).map((e) => e.extensions.field);

function demandInput(overrides: Record<string, unknown> = {}) {
  return {
    major: 'ELDERCARE',
    headcount: 3,
    provinceCode: '110000',
    cityCode: '110100',
    wageMin: '5000',
    wageMax: '6500.50',
    startDate: '2026-03-16',
    liveIn: true,
    minCertificateLevel: 'LEVEL_5',
    duties: '照顾80岁老人，负责一日三餐、陪同散步、按时服药，夜间起夜一到两次。',
    requirements: [{ kind: 'HEALTH_CERTIFICATE' }, { kind: 'MIN_EXPERIENCE_MONTHS', value: '12' }],
    ...overrides,
  };
}

describe('job demand', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  let sequence = 0;
  /** An agency with a valid credit code; with `agreement` it holds an agreement valid today. */
  async function agency(options: { status?: AgencyStatus; agreement?: { signedOn: string; validUntil: string } | null } = {}) {
    const first17 = `91110000MA${String(++sequence).padStart(7, '0')}`;
    const row = await api.prisma.agency.create({
      data: {
        name: `北京康护家政服务有限公司${sequence}`,
        creditCode: first17 + creditCodeCheckChar(first17),
        provinceCode: '110000',
        cityCode: '110100',
        address: '北京市朝阳区建国路88号',
        contactName: '王经理',
        contactPhone: '010-62345678',
        status: options.status ?? AgencyStatus.ACTIVE,
      },
    });
    const agreement = options.agreement === undefined ? { signedOn: '2026-01-01', validUntil: '2026-12-31' } : options.agreement;
    if (agreement) {
      await api.prisma.cooperationAgreement.create({
        data: { agencyId: row.id, signedOn: localDateToDb(agreement.signedOn), validUntil: localDateToDb(agreement.validUntil), terms: '合作协议条款' },
      });
    }
    return row;
  }

  async function staffOf(agencyId: string) {
    return api.tokenFor(Role.AGENCY_STAFF, { agencyId });
  }

  /** A demand written straight to the database, for states posting cannot reach (past start dates, filled). */
  function demandRow(agencyId: string, overrides: Partial<Prisma.JobDemandUncheckedCreateInput> & { start?: string } = {}): Promise<JobDemand> {
    const { start = '2026-03-16', ...rest } = overrides;
    return api.prisma.jobDemand.create({
      data: {
        agencyId,
        major: Major.ELDERCARE,
        headcount: 3,
        provinceCode: '110000',
        cityCode: '110100',
        wageMinFen: 500_000,
        wageMaxFen: 650_000,
        startDate: localDateToDb(start),
        liveIn: false,
        minCertificateLevel: 'LEVEL_5',
        duties: '照顾老人',
        ...rest,
      },
    });
  }

  const stored = (id: string) => api.prisma.jobDemand.findUniqueOrThrow({ where: { id } });

  describe('postDemand', () => {
    it("lets agency staff post for their own agency, and shows it with the agency, place names, wages in yuan and typed requirements", async () => {
      const own = await agency();
      const staff = await staffOf(own.id);
      const { postDemand } = await api.ok(POST, { input: demandInput() }, staff);
      expect(postDemand).toMatchObject({
        agencyId: own.id,
        agency: { id: own.id, name: own.name },
        major: 'ELDERCARE',
        headcount: 3,
        filledCount: 0,
        openSlots: 3,
        provinceName: '北京市',
        cityName: '北京市',
        wageMin: '5000.00',
        wageMax: '6500.50',
        startDate: '2026-03-16',
        liveIn: true,
        status: 'OPEN',
        closedAt: null,
        requirements: [
          { kind: 'HEALTH_CERTIFICATE', label: '持有健康证', value: null, valueLabel: null, justification: null },
          { kind: 'MIN_EXPERIENCE_MONTHS', label: '最少从业经验', value: '12', valueLabel: '12个月', justification: null },
        ],
      });
      expect(await stored(postDemand.id)).toMatchObject({ wageMinFen: 500_000, wageMaxFen: 650_050, createdByUserId: expect.any(String) });

      const { demand } = await api.ok(DEMAND, { id: postDemand.id }, staff);
      expect(demand).toEqual(postDemand);
    });

    it('lets an admin post for a named agency, and requires the agency', async () => {
      const target = await agency();
      const admin = await api.admin();
      const { postDemand } = await api.ok(POST, { input: demandInput({ agencyId: target.id }) }, admin);
      expect(postDemand.agencyId).toBe(target.id);

      const missing = await api.gql(POST, { input: demandInput() }, admin);
      expect(reasons(missing)).toEqual(['AGENCY_REQUIRED']);
      expect(fields(missing)).toEqual(['agencyId']);
    });

    it('accepts a start date of today and a same-sex requirement with a written justification for personal care', async () => {
      const staff = await staffOf((await agency()).id);
      const justification = '老人为女性，需协助洗澡、如厕等贴身护理';
      const { postDemand } = await api.ok(
        POST,
        { input: demandInput({ startDate: TODAY, requirements: [{ kind: 'SAME_SEX_AS_RECIPIENT', justification }, { kind: 'CERTIFICATE_LEVEL', value: 'LEVEL_4' }] }) },
        staff,
      );
      expect(postDemand.requirements).toEqual([
        { kind: 'SAME_SEX_AS_RECIPIENT', label: '与被护理人同性（贴身护理）', value: null, valueLabel: null, justification },
        { kind: 'CERTIFICATE_LEVEL', label: '职业技能等级', value: 'LEVEL_4', valueLabel: '四级/中级工', justification: null },
      ]);
    });

    it('accepts duties that speak of the ages, heights and circumstances of the people cared for', async () => {
      const staff = await staffOf((await agency()).id);
      const { postDemand } = await api.ok(POST, { input: demandInput({ duties: CARE_TEXT }) }, staff);
      expect(postDemand.duties).toBe(CARE_TEXT);
    });

    it.each([
      ['without any agreement', null, '尚未签订合作协议'],
      ['whose agreement expired yesterday', { signedOn: '2025-03-01', validUntil: '2026-03-01' }, '已于 2026-03-01 到期'],
      ['whose agreement starts tomorrow', { signedOn: '2026-03-03', validUntil: '2027-03-02' }, '2026-03-03 起生效'],
    ])('refuses an agency %s with CONFLICT NO_VALID_AGREEMENT', async (_case, agreement, why) => {
      const staff = await staffOf((await agency({ agreement })).id);
      const result = await api.gql(POST, { input: demandInput() }, staff);
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(reasons(result)).toEqual(['NO_VALID_AGREEMENT']);
      expect(result.errors?.[0].message).toContain(why);
      expect(await api.prisma.jobDemand.count()).toBe(0);
    });

    it('refuses a suspended agency with CONFLICT AGENCY_SUSPENDED', async () => {
      const staff = await staffOf((await agency({ status: AgencyStatus.SUSPENDED })).id);
      const result = await api.gql(POST, { input: demandInput() }, staff);
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(reasons(result)).toEqual(['AGENCY_SUSPENDED']);
      expect(await api.prisma.jobDemand.count()).toBe(0);
    });

    it.each([
      ['a minimum wage above the maximum', { wageMin: '7000', wageMax: '6000' }, 'WAGE_RANGE_INVALID', 'wageMin', '不能高于月薪上限'],
      ['a wage below the policy minimum', { wageMin: '800', wageMax: '3000' }, 'WAGE_OUT_OF_RANGE', 'wageMin', '1000.00-50000.00元'],
      ['a wage above the policy maximum', { wageMin: '5000', wageMax: '60000' }, 'WAGE_OUT_OF_RANGE', 'wageMax', '高于政策允许的最高月薪'],
      ['a start date in the past', { startDate: '2026-03-01' }, 'START_DATE_IN_PAST', 'startDate', '不能早于今天（2026-03-02）'],
      ['a city outside the province', { provinceCode: '140000', cityCode: '110100' }, 'CITY_NOT_IN_PROVINCE', 'cityCode', '不属于省份'],
      ['an unknown city', { cityCode: '999900' }, 'UNKNOWN_CITY', 'cityCode', '不存在'],
      ['a headcount of 0', { headcount: 0 }, 'VALIDATION_FAILED', 'headcount', '1-500'],
      ['a headcount above 500', { headcount: 501 }, 'VALIDATION_FAILED', 'headcount', '1-500'],
      ['duties over 3000 characters', { duties: '照'.repeat(3001) }, 'VALIDATION_FAILED', 'duties', '3000'],
      ['blank duties', { duties: '   ' }, 'VALIDATION_FAILED', 'duties', '不能为空'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, overrides, reason, field, messagePart) => {
      const staff = await staffOf((await agency()).id);
      const result = await api.gql(POST, { input: demandInput(overrides) }, staff);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(reasons(result)).toEqual([reason]);
      expect(fields(result)).toEqual([field]);
      expect(result.errors?.[0].message).toContain(messagePart);
      expect(await api.prisma.jobDemand.count()).toBe(0);
    });

    it('checks wages against the policy as the admin last set it', async () => {
      const admin = await api.admin();
      await api.ok(UPDATE_POLICY, { input: { maxMonthlyWage: '6000' } }, admin);
      const staff = await staffOf((await agency()).id);
      expect(reasons(await api.gql(POST, { input: demandInput({ wageMax: '6000.01' }) }, staff))).toEqual(['WAGE_OUT_OF_RANGE']);
      await api.ok(POST, { input: demandInput({ wageMax: '6000' }) }, staff);
    });
  });

  describe('equal-employment check', () => {
    it.each([
      ['ETHNICITY', '民族'],
      ['HUKOU', '户籍'],
      ['ORIGIN', '籍贯'],
      ['MARITAL_STATUS', '婚姻'],
      ['PREGNANCY', '怀孕'],
      ['CHILDBEARING', '生育'],
      ['APPEARANCE', '相貌'],
      ['HEIGHT', '身高'],
      ['WEIGHT', '体重'],
      ['AGE', '年龄'],
      ['ZODIAC', '属相'],
      ['BLOOD_TYPE', '血型'],
      ['RELIGION', '宗教信仰'],
      ['SEX', '性别'],
      ['HEPATITIS_B', '乙肝'],
    ])('refuses the structured requirement %s, saying why', async (kind, why) => {
      const staff = await staffOf((await agency()).id);
      const result = await api.gql(POST, { input: demandInput({ requirements: [{ kind: 'HEALTH_CERTIFICATE' }, { kind, value: '任意' }] }) }, staff);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(reasons(result)).toEqual(['DISCRIMINATORY_REQUIREMENT']);
      expect(fields(result)).toEqual(['requirements']);
      expect(result.errors?.[0].message).toMatch(new RegExp(`^用工需求含有就业歧视内容：要求「${kind}」——.*${why}`));
      expect(await api.prisma.jobDemand.count()).toBe(0);
    });

    it.each([
      ['汉族', 'ETHNICITY', '民族'],
      ['限本地户口', 'ORIGIN', '户籍'],
      ['河南人勿扰', 'ORIGIN', '地域'],
      ['未婚', 'MARITAL_STATUS', '婚姻'],
      ['无生育计划', 'PREGNANCY', '生育'],
      ['形象好', 'APPEARANCE', '相貌'],
      ['身高160以上', 'HEIGHT_WEIGHT', '身高'],
      ['35岁以下', 'AGE', '法定劳动年龄'],
      ['属相', 'ZODIAC_BLOOD_TYPE', '属相'],
      ['有宗教信仰者勿扰', 'RELIGION', '宗教信仰'],
      ['女性优先', 'SEX', '性别'],
      ['乙肝携带者勿扰', 'DISEASE_CARRIER', '乙肝'],
    ])('refuses duties containing「%s」(%s), naming the phrase and why', async (phrase, _category, why) => {
      const staff = await staffOf((await agency()).id);
      const result = await api.gql(POST, { input: demandInput({ duties: `照顾80岁老人，负责饮食起居。${phrase}。` }) }, staff);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(reasons(result)).toEqual(['DISCRIMINATORY_REQUIREMENT']);
      expect(fields(result)).toEqual(['duties']);
      expect(result.errors?.[0].message).toMatch(new RegExp(`「${phrase}」——.*${why}`));
    });

    it('names every offending phrase in one message', async () => {
      const staff = await staffOf((await agency()).id);
      const result = await api.gql(POST, { input: demandInput({ major: 'HOUSEKEEPING', duties: '写字楼保洁，35岁以下，形象好', requirements: [] }) }, staff);
      expect(result.errors?.[0].message).toBe(
        '用工需求含有就业歧视内容：「35岁以下」——年龄限制超出法定劳动年龄要求；「形象好」——不得以相貌作为招聘条件',
      );
    });

    it('refuses an unknown requirement kind and same-sex care without justification or outside personal care', async () => {
      const staff = await staffOf((await agency()).id);
      const unknown = await api.gql(POST, { input: demandInput({ requirements: [{ kind: 'LOCAL_DIALECT', value: '上海话' }] }) }, staff);
      expect(reasons(unknown)).toEqual(['DISCRIMINATORY_REQUIREMENT']);
      expect(unknown.errors?.[0].message).toContain('不在允许的要求类型中');

      const unjustified = await api.gql(POST, { input: demandInput({ requirements: [{ kind: 'SAME_SEX_AS_RECIPIENT', justification: '需要' }] }) }, staff);
      expect(reasons(unjustified)).toEqual(['DISCRIMINATORY_REQUIREMENT']);
      expect(unjustified.errors?.[0].message).toContain('须写明理由');

      const housekeeping = await api.gql(
        POST,
        { input: demandInput({ major: 'HOUSEKEEPING', requirements: [{ kind: 'SAME_SEX_AS_RECIPIENT', justification: '雇主家中只有女性，希望女性保洁员上门' }] }) },
        staff,
      );
      expect(reasons(housekeeping)).toEqual(['DISCRIMINATORY_REQUIREMENT']);
      expect(housekeeping.errors?.[0].message).toContain('家居保洁岗位不得限定性别');
      expect(await api.prisma.jobDemand.count()).toBe(0);
    });

    it('refuses a mistyped requirement value as INVALID_REQUIREMENT, not as discrimination', async () => {
      const staff = await staffOf((await agency()).id);
      const result = await api.gql(POST, { input: demandInput({ requirements: [{ kind: 'MIN_EXPERIENCE_MONTHS', value: '300' }] }) }, staff);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(reasons(result)).toEqual(['INVALID_REQUIREMENT']);
      expect(result.errors?.[0].message).toContain('0-240');
    });
  });

  describe('scope of agency staff', () => {
    it("keeps agency B's staff from seeing, changing or closing agency A's demand (NOT_FOUND), and from posting for A", async () => {
      const agencyA = await agency();
      const agencyB = await agency();
      const staffA = await staffOf(agencyA.id);
      const staffB = await staffOf(agencyB.id);
      const { postDemand: ofA } = await api.ok(POST, { input: demandInput() }, staffA);
      await api.ok(POST, { input: demandInput({ major: 'HOUSEKEEPING' }) }, staffB);

      for (const result of [
        await api.gql(DEMAND, { id: ofA.id }, staffB),
        await api.gql(UPDATE, { id: ofA.id, input: { headcount: 9 } }, staffB),
        await api.gql(CLOSE, { id: ofA.id, reason: '不招了' }, staffB),
      ]) {
        expect(errorCodes(result)).toEqual(['NOT_FOUND']);
        expect(reasons(result)).toEqual(['DEMAND_NOT_FOUND']);
        expect(result.data).toBeNull();
      }
      expect(await stored(ofA.id)).toMatchObject({ headcount: 3, status: 'OPEN' });

      const listB = await api.ok(DEMANDS, {}, staffB);
      expect(listB.demands.totalCount).toBe(1);
      expect(listB.demands.nodes[0].agency.name).toBe(agencyB.name);
      expect((await api.ok(DEMANDS, { filter: { agencyId: agencyA.id } }, staffB)).demands.totalCount).toBe(0);

      const forA = await api.gql(POST, { input: demandInput({ agencyId: agencyA.id }) }, staffB);
      expect(errorCodes(forA)).toEqual(['NOT_FOUND']);
      expect(await api.prisma.jobDemand.count({ where: { agencyId: agencyA.id } })).toBe(1);
    });

    it('refuses roles other than admin and agency staff, and callers without a token', async () => {
      const school = await api.factories.school();
      const schoolStaff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(DEMANDS, {}, schoolStaff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(POST, { input: demandInput() }, schoolStaff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(DEMANDS, {}))).toEqual(['UNAUTHENTICATED']);
    });

    it('answers NOT_FOUND for an unknown demand', async () => {
      const admin = await api.admin();
      expect(reasons(await api.gql(DEMAND, { id: UNKNOWN_ID }, admin))).toEqual(['DEMAND_NOT_FOUND']);
      expect(reasons(await api.gql(CLOSE, { id: UNKNOWN_ID, reason: '重复发布' }, admin))).toEqual(['DEMAND_NOT_FOUND']);
    });
  });

  describe('updateDemand', () => {
    async function posted() {
      const own = await agency();
      const staff = await staffOf(own.id);
      const { postDemand } = await api.ok(POST, { input: demandInput() }, staff);
      return { staff, demand: postDemand, agencyId: own.id };
    }

    it('changes only the fields given and keeps the rest', async () => {
      const { staff, demand } = await posted();
      const { updateDemand } = await api.ok(
        UPDATE,
        { id: demand.id, input: { headcount: 5, wageMax: '7000', cityCode: '110100', requirements: [{ kind: 'LIVE_IN' }], liveIn: null } },
        staff,
      );
      expect(updateDemand).toMatchObject({
        headcount: 5,
        openSlots: 5,
        wageMin: '5000.00',
        wageMax: '7000.00',
        liveIn: true,
        duties: demand.duties,
        requirements: [{ kind: 'LIVE_IN', label: '住家' }],
      });
    });

    it('runs the equal-employment check on the merged demand', async () => {
      const { staff, demand } = await posted();
      const duties = await api.gql(UPDATE, { id: demand.id, input: { duties: `${demand.duties}要求45周岁以内。` } }, staff);
      expect(reasons(duties)).toEqual(['DISCRIMINATORY_REQUIREMENT']);
      expect(duties.errors?.[0].message).toContain('「要求45周岁以内」');

      const requirements = await api.gql(UPDATE, { id: demand.id, input: { requirements: [{ kind: 'MARITAL_STATUS', value: '已婚' }] } }, staff);
      expect(reasons(requirements)).toEqual(['DISCRIMINATORY_REQUIREMENT']);

      // Same-sex care is justified for elder care, but not once the demand becomes housekeeping.
      await api.ok(UPDATE, { id: demand.id, input: { requirements: [{ kind: 'SAME_SEX_AS_RECIPIENT', justification: '老人为女性，需协助洗澡如厕' }] } }, staff);
      const major = await api.gql(UPDATE, { id: demand.id, input: { major: 'HOUSEKEEPING' } }, staff);
      expect(reasons(major)).toEqual(['DISCRIMINATORY_REQUIREMENT']);
      expect(await stored(demand.id)).toMatchObject({ major: 'ELDERCARE', duties: demand.duties });
    });

    it('refuses a new start date in the past, wages out of order or out of policy, and a province that does not hold the city', async () => {
      const { staff, demand } = await posted();
      expect(reasons(await api.gql(UPDATE, { id: demand.id, input: { startDate: '2026-02-28' } }, staff))).toEqual(['START_DATE_IN_PAST']);
      expect(reasons(await api.gql(UPDATE, { id: demand.id, input: { wageMin: '6600' } }, staff))).toEqual(['WAGE_RANGE_INVALID']);
      expect(reasons(await api.gql(UPDATE, { id: demand.id, input: { wageMax: '80000' } }, staff))).toEqual(['WAGE_OUT_OF_RANGE']);
      expect(reasons(await api.gql(UPDATE, { id: demand.id, input: { provinceCode: '370000' } }, staff))).toEqual(['CITY_NOT_IN_PROVINCE']);
      await api.ok(UPDATE, { id: demand.id, input: { provinceCode: '370000', cityCode: '370200' } }, staff);
    });

    it('keeps an open demand past its start date editable when the date is not changed', async () => {
      const own = await agency();
      const staff = await staffOf(own.id);
      const started = await demandRow(own.id, { start: '2026-02-20' });
      const { updateDemand } = await api.ok(UPDATE, { id: started.id, input: { headcount: 4, startDate: '2026-02-20' } }, staff);
      expect(updateDemand).toMatchObject({ headcount: 4, startDate: '2026-02-20' });
    });

    it('refuses a headcount below the number placed, and fills the demand when it equals it', async () => {
      const { staff, demand } = await posted();
      const slots = api.app.get(DemandSlotsService);
      await api.prisma.$transaction((tx) => slots.takeSlot(tx, demand.id));
      await api.prisma.$transaction((tx) => slots.takeSlot(tx, demand.id));

      const below = await api.gql(UPDATE, { id: demand.id, input: { headcount: 1 } }, staff);
      expect(errorCodes(below)).toEqual(['CONFLICT']);
      expect(reasons(below)).toEqual(['HEADCOUNT_BELOW_FILLED']);
      expect(below.errors?.[0].message).toContain('已上岗人数（2）');

      const { updateDemand } = await api.ok(UPDATE, { id: demand.id, input: { headcount: 2 } }, staff);
      expect(updateDemand).toMatchObject({ headcount: 2, filledCount: 2, openSlots: 0, status: 'FILLED' });
    });

    it('refuses a suspended agency', async () => {
      const { staff, demand, agencyId } = await posted();
      await api.prisma.agency.update({ where: { id: agencyId }, data: { status: AgencyStatus.SUSPENDED } });
      expect(reasons(await api.gql(UPDATE, { id: demand.id, input: { headcount: 4 } }, staff))).toEqual(['AGENCY_SUSPENDED']);
    });
  });

  describe('closeDemand', () => {
    it('closes an open demand with its reason, then refuses to close it again or update it', async () => {
      const staff = await staffOf((await agency()).id);
      const { postDemand } = await api.ok(POST, { input: demandInput() }, staff);
      const { closeDemand } = await api.ok(CLOSE, { id: postDemand.id, reason: '  雇主已自行找到护工  ' }, staff);
      expect(closeDemand).toMatchObject({ status: 'CLOSED', closeReason: '雇主已自行找到护工', closedAt: '2026-03-02T01:00:00.000Z', openSlots: 0 });

      const again = await api.gql(CLOSE, { id: postDemand.id, reason: '重复' }, staff);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(reasons(again)).toEqual(['DEMAND_NOT_CLOSABLE']);

      const update = await api.gql(UPDATE, { id: postDemand.id, input: { headcount: 5 } }, staff);
      expect(errorCodes(update)).toEqual(['CONFLICT']);
      expect(reasons(update)).toEqual(['DEMAND_NOT_OPEN']);
      expect(update.errors?.[0].message).toContain('已关闭');
    });

    it('closes a filled demand, but not an expired one, and needs a reason', async () => {
      const own = await agency();
      const staff = await staffOf(own.id);
      const filled = await demandRow(own.id, { status: DemandStatus.FILLED, filledCount: 3 });
      expect((await api.ok(CLOSE, { id: filled.id, reason: '项目结束' }, staff)).closeDemand.status).toBe('CLOSED');
      const expired = await demandRow(own.id, { status: DemandStatus.EXPIRED });
      expect(reasons(await api.gql(CLOSE, { id: expired.id, reason: '过期' }, staff))).toEqual(['DEMAND_NOT_CLOSABLE']);
      expect(reasons(await api.gql(UPDATE, { id: expired.id, input: { headcount: 5 } }, staff))).toEqual(['DEMAND_NOT_OPEN']);
      expect(fields(await api.gql(CLOSE, { id: filled.id, reason: ' ' }, staff))).toEqual(['reason']);
    });
  });

  describe('demands', () => {
    it('pages newest first and filters by status, major, place and start dates', async () => {
      const own = await agency();
      const other = await agency();
      const admin = await api.admin();
      const ids: string[] = [];
      for (const [i, start] of ['2026-03-10', '2026-03-20', '2026-04-01'].entries()) {
        const row = await demandRow(own.id, { start, createdAt: new Date(Date.UTC(2026, 2, 1, i)) });
        ids.push(row.id);
      }
      await demandRow(other.id, { major: Major.HOUSEKEEPING, provinceCode: '370000', cityCode: '370200', status: DemandStatus.CLOSED });

      const page1 = await api.ok(DEMANDS, { filter: { agencyId: own.id }, first: 2 }, admin);
      expect(page1.demands.nodes.map((node: { id: string }) => node.id)).toEqual([ids[2], ids[1]]);
      expect(page1.demands).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const page2 = await api.ok(DEMANDS, { filter: { agencyId: own.id }, first: 2, after: page1.demands.pageInfo.endCursor }, admin);
      expect(page2.demands.nodes.map((node: { id: string }) => node.id)).toEqual([ids[0]]);
      expect(page2.demands.pageInfo.hasNextPage).toBe(false);

      const count = async (filter: Record<string, unknown>) => (await api.ok(DEMANDS, { filter }, admin)).demands.totalCount;
      expect(await count({ status: 'CLOSED' })).toBe(1);
      expect(await count({ major: 'HOUSEKEEPING' })).toBe(1);
      expect(await count({ provinceCode: '110000' })).toBe(3);
      expect(await count({ cityCode: '370200' })).toBe(1);
      expect(await count({ startFrom: '2026-03-16', startTo: '2026-03-20' })).toBe(2);
      expect(await count({ startFrom: '2026-03-21' })).toBe(1);

      const all = await api.ok(DEMANDS, {}, admin);
      expect(all.demands.nodes.map((node: { agency: { name: string }; cityName: string }) => [node.agency.name, node.cityName])).toEqual([
        [other.name, '青岛市'],
        [own.name, '北京市'],
        [own.name, '北京市'],
        [own.name, '北京市'],
      ]);
    });
  });

  describe('expiry', () => {
    it('expires only open demand whose start date plus the grace period has passed, in one run, and a second run finds nothing', async () => {
      const own = await agency();
      const due = await demandRow(own.id, { start: '2026-01-30' });
      const lastDay = await demandRow(own.id, { start: '2026-01-31' });
      const future = await demandRow(own.id, { start: '2026-03-10' });
      const filled = await demandRow(own.id, { start: '2025-12-01', status: DemandStatus.FILLED, filledCount: 3 });
      const closed = await demandRow(own.id, { start: '2025-12-01', status: DemandStatus.CLOSED });

      const expiry = api.app.get(DemandExpiryService);
      expect(await expiry.expireDue(TODAY)).toBe(1);
      expect((await stored(due.id)).status).toBe('EXPIRED');
      for (const [row, status] of [
        [lastDay, 'OPEN'],
        [future, 'OPEN'],
        [filled, 'FILLED'],
        [closed, 'CLOSED'],
      ] as const) {
        expect((await stored(row.id)).status).toBe(status);
      }
      expect(await expiry.expireDue(TODAY)).toBe(0);
      expect(await expiry.expireDue('2026-03-03')).toBe(1);
      expect((await stored(lastDay.id)).status).toBe('EXPIRED');
    });

    it("follows the admin's grace period", async () => {
      await api.ok(UPDATE_POLICY, { input: { expiryGraceDays: 0 } }, await api.admin());
      const own = await agency();
      const yesterday = await demandRow(own.id, { start: '2026-03-01' });
      const today = await demandRow(own.id, { start: TODAY });
      expect(await api.app.get(DemandExpiryService).expireDue(TODAY)).toBe(1);
      expect((await stored(yesterday.id)).status).toBe('EXPIRED');
      expect((await stored(today.id)).status).toBe('OPEN');
    });
  });

  describe('slots', () => {
    it('lets exactly headcount of 20 concurrent takes succeed, and fills the demand', async () => {
      const own = await agency();
      const demand = await demandRow(own.id, { headcount: 5 });
      const slots = api.app.get(DemandSlotsService);
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => api.prisma.$transaction((tx) => slots.takeSlot(tx, demand.id))));

      const taken = results.filter((result) => result.status === 'fulfilled');
      const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      expect(taken).toHaveLength(5);
      expect(refused).toHaveLength(15);
      for (const { reason } of refused) expect(reason).toMatchObject({ code: 'CONFLICT', reason: 'DEMAND_FULL' });
      expect(await stored(demand.id)).toMatchObject({ filledCount: 5, status: 'FILLED' });
    });

    it('refuses a slot of a closed or expired demand, and of an unknown one', async () => {
      const own = await agency();
      const slots = api.app.get(DemandSlotsService);
      for (const status of [DemandStatus.CLOSED, DemandStatus.EXPIRED]) {
        const demand = await demandRow(own.id, { status });
        await expect(api.prisma.$transaction((tx) => slots.takeSlot(tx, demand.id))).rejects.toMatchObject({ code: 'CONFLICT', reason: 'DEMAND_NOT_OPEN' });
      }
      await expect(api.prisma.$transaction((tx) => slots.takeSlot(tx, UNKNOWN_ID))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('gives a slot back: a filled demand still wanted opens again, one past its grace period expires, a closed one stays closed', async () => {
      const own = await agency();
      const slots = api.app.get(DemandSlotsService);
      const release = (id: string) => api.prisma.$transaction((tx) => slots.releaseSlot(tx, id));

      const wanted = await demandRow(own.id, { headcount: 2, filledCount: 2, status: DemandStatus.FILLED });
      expect(await release(wanted.id)).toEqual({ demandId: wanted.id, headcount: 2, filledCount: 1, status: 'OPEN' });

      const overdue = await demandRow(own.id, { start: '2026-01-01', headcount: 2, filledCount: 2, status: DemandStatus.FILLED });
      expect(await release(overdue.id)).toMatchObject({ filledCount: 1, status: 'EXPIRED' });

      const closed = await demandRow(own.id, { filledCount: 1, status: DemandStatus.CLOSED });
      expect(await release(closed.id)).toMatchObject({ filledCount: 0, status: 'CLOSED' });
      await expect(release(closed.id)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'NO_SLOT_TAKEN' });
    });

    it('gives the slot back when the transaction that took it rolls back', async () => {
      const own = await agency();
      const demand = await demandRow(own.id, { headcount: 1 });
      const slots = api.app.get(DemandSlotsService);
      await expect(
        api.prisma.$transaction(async (tx) => {
          await slots.takeSlot(tx, demand.id);
          throw new Error('the placement failed');
        }),
      ).rejects.toThrow('the placement failed');
      expect(await stored(demand.id)).toMatchObject({ filledCount: 0, status: 'OPEN' });
    });
  });

  describe('demand policy', () => {
    it('shows the policy to agency staff and lets only an admin change it', async () => {
      const staff = await staffOf((await agency()).id);
      expect((await api.ok(POLICY, {}, staff)).demandPolicy).toEqual({ expiryGraceDays: 30, minMonthlyWage: '1000.00', maxMonthlyWage: '50000.00' });
      expect(errorCodes(await api.gql(UPDATE_POLICY, { input: { expiryGraceDays: 10 } }, staff))).toEqual(['FORBIDDEN']);

      const admin = await api.admin();
      const { updateDemandPolicy } = await api.ok(UPDATE_POLICY, { input: { expiryGraceDays: 14, minMonthlyWage: '1800' } }, admin);
      expect(updateDemandPolicy).toEqual({ expiryGraceDays: 14, minMonthlyWage: '1800.00', maxMonthlyWage: '50000.00' });

      const inverted = await api.gql(UPDATE_POLICY, { input: { maxMonthlyWage: '1500' } }, admin);
      expect(reasons(inverted)).toEqual(['WAGE_POLICY_RANGE_INVALID']);
      expect(fields(inverted)).toEqual(['maxMonthlyWage']);
      expect(fields(await api.gql(UPDATE_POLICY, { input: { expiryGraceDays: 366 } }, admin))).toEqual(['expiryGraceDays']);
    });
  });
});
