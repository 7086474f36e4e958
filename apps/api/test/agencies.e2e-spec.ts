import { AgenciesService, AgencyPhoneSealer, AgreementsService } from '@carebridge/agencies';
import { AuthUser } from '@carebridge/auth';
import { PiiCipher } from '@carebridge/common';
import { Role } from '@carebridge/db';
import { makeCreditCode } from '@carebridge/rules';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const AGENCY_FIELDS = `id name creditCode provinceCode cityCode provinceName cityName address contactName contactPhone status`;
const REGISTER = `mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) { ${AGENCY_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { ${AGENCY_FIELDS} } }`;
const AGENCY = `query($id: ID!) { agency(id: $id) { ${AGENCY_FIELDS} } }`;
const AGENCIES = `query($filter: AgencyFilterInput, $first: Int, $after: String) {
  agencies(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name cityName } } }`;
const SIGN = `mutation($agencyId: ID!, $signedOn: LocalDate!, $validUntil: LocalDate!, $terms: String!) {
  signAgreement(agencyId: $agencyId, signedOn: $signedOn, validUntil: $validUntil, terms: $terms) { id agencyId signedOn validUntil terms } }`;
const AGREEMENTS = `query($id: ID!, $day: LocalDate) { agency(id: $id) {
  agreements { signedOn validUntil } currentAgreement { id validUntil }
  onDay: hasValidAgreementOn(date: $day) today: hasValidAgreementOn } }`;
const REGISTER_HOUSEHOLD = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) {
  id contactName contactPhone provinceCode cityCode provinceName cityName address careRecipientNeeds } }`;
const HOUSEHOLDS = `query($first: Int, $after: String) { households(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id contactName contactPhone cityName } } }`;
const HOUSEHOLD = `query($id: ID!) { household(id: $id) { id contactPhone } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const BEIJING = { provinceCode: '110000', cityCode: '110100' };
const QINGDAO = { provinceCode: '370000', cityCode: '370200' };

let serial = 0;
/** A valid registration with a fresh credit code of the Beijing market regulator. */
function agencyInput(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    name: `北京康馨家政服务有限公司${serial}`,
    creditCode: makeCreditCode(`91110105MA${String(serial).padStart(7, '0')}`),
    ...BEIJING,
    address: '北京市朝阳区望京街道阜通东大街6号',
    contactName: '张经理',
    contactPhone: '010-62345678',
    ...overrides,
  };
}

const reasonOf = (result: GqlResult) => result.errors?.[0].extensions.reason;
const fieldOf = (result: GqlResult) => result.errors?.[0].extensions.field;

describe('agencies, agreements, households and places', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  async function registerAgency(overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const { registerAgency } = await api.ok(REGISTER, { input: agencyInput(overrides) }, await api.admin());
    return registerAgency;
  }

  describe('places', () => {
    it('lists the 34 provinces and the prefecture-level cities of one, without a token', async () => {
      const { provinces } = await api.ok(`{ provinces { code name } }`);
      expect(provinces).toHaveLength(34);
      expect(provinces).toContainEqual({ code: '140000', name: '山西省' });

      const { cities } = await api.ok(`query($p: String!) { cities(provinceCode: $p) { code name provinceCode provinceName } }`, { p: '140000' });
      expect(cities).toHaveLength(11);
      expect(cities).toContainEqual({ code: '141100', name: '吕梁市', provinceCode: '140000', provinceName: '山西省' });
      expect(cities.map((city: { code: string }) => city.code)).toEqual([...cities.map((city: { code: string }) => city.code)].sort());
    });

    it('refuses an unknown or malformed province code', async () => {
      const unknown = await api.gql(`{ cities(provinceCode: "990000") { code } }`);
      expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
      expect(reasonOf(unknown)).toBe('UNKNOWN_PROVINCE');
      expect(unknown.errors?.[0].message).toContain('990000');

      const malformed = await api.gql(`{ cities(provinceCode: "山西") { code } }`);
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(malformed)).toBe('provinceCode');
    });
  });

  describe('agencies', () => {
    it('lets an admin register an agency, normalising the credit code, and shows place names', async () => {
      const input = agencyInput({ creditCode: ' 91110108551385082q ', ...QINGDAO, contactPhone: '138 1234 5678' });
      const { registerAgency } = await api.ok(REGISTER, { input }, await api.admin());
      expect(registerAgency).toMatchObject({
        name: input.name,
        creditCode: '91110108551385082Q',
        provinceName: '山东省',
        cityName: '青岛市',
        contactPhone: '13812345678',
        status: 'ACTIVE',
      });
      const { agency } = await api.ok(AGENCY, { id: registerAgency.id }, await api.admin());
      expect(agency).toEqual(registerAgency);
    });

    it('stores the contact phone only sealed, with a lookup hash of its digits, and shows it in full to admins and the agency’s staff', async () => {
      const pii = api.app.get(PiiCipher);
      const registered = await registerAgency({ contactPhone: '010-62345678' });
      const row = await api.prisma.agency.findUniqueOrThrow({ where: { id: registered.id } });
      expect(row.contactPhone).toBeNull();
      expect(pii.decrypt(row.contactPhoneCipher!)).toBe('010-62345678');
      expect(row.contactPhoneHash).toBe(pii.hash('phone', '01062345678'));
      const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: registered.id });
      expect((await api.ok(AGENCY, { id: registered.id }, staff)).agency.contactPhone).toBe('010-62345678');

      const { updateAgency } = await api.ok(UPDATE, { id: registered.id, input: { contactPhone: '13698765432' } }, staff);
      expect(updateAgency.contactPhone).toBe('13698765432');
      const updated = await api.prisma.agency.findUniqueOrThrow({ where: { id: registered.id } });
      expect(pii.decrypt(updated.contactPhoneCipher!)).toBe('13698765432');
      expect(JSON.stringify(updated)).not.toContain('13698765432');

      // Masked for anyone else who is shown the agency (station staff, trainees: see the stations tests).
      const service = api.app.get(AgenciesService);
      const user = (role: Role, agencyId: string | null = null): AuthUser => ({ id: UNKNOWN_ID, role, schoolId: null, traineeId: null, agencyId, stationId: null });
      expect(service.contactPhoneFor(updated, user(Role.STATION_STAFF))).toBe('136****5432');
      expect(service.contactPhoneFor(updated, user(Role.TRAINEE))).toBe('136****5432');
      expect(service.contactPhoneFor(updated, user(Role.AGENCY_STAFF, UNKNOWN_ID))).toBe('136****5432');
      expect(service.contactPhoneFor(updated, user(Role.AGENCY_STAFF, registered.id))).toBe('13698765432');
      expect(service.contactPhoneFor(updated, user(Role.ADMIN))).toBe('13698765432');
    });

    it('seals, at start-up, contact phones stored in clear before phones were sealed', async () => {
      const pii = api.app.get(PiiCipher);
      const legacy = await Promise.all(
        ['0532-88881234', '13912345678', '0358-8221234'].map((contactPhone, n) =>
          api.prisma.agency.create({
            data: { name: `旧家政${n}`, creditCode: makeCreditCode(`91370200MA${String(n).padStart(7, '0')}`), ...QINGDAO, address: '市南区', contactName: '孙经理', contactPhone },
          }),
        ),
      );
      expect(await api.app.get(AgencyPhoneSealer).sealLegacyPhones(2)).toBe(3);
      const rows = await api.prisma.agency.findMany({ where: { id: { in: legacy.map((row) => row.id) } }, orderBy: { name: 'asc' } });
      expect(rows.map((row) => row.contactPhone)).toEqual([null, null, null]);
      expect(rows.map((row) => pii.decrypt(row.contactPhoneCipher!))).toEqual(['0532-88881234', '13912345678', '0358-8221234']);
      expect(rows.map((row) => row.contactPhoneHash)).toEqual(['053288881234', '13912345678', '03588221234'].map((digits) => pii.hash('phone', digits)));
      expect((await api.ok(AGENCY, { id: legacy[0].id }, await api.admin())).agency.contactPhone).toBe('0532-88881234');
      // Run again (another API process starting): nothing left to seal.
      expect(await api.app.get(AgencyPhoneSealer).sealLegacyPhones()).toBe(0);
    });

    it('refuses a credit code with a wrong check character, a forbidden letter or a wrong length', async () => {
      const admin = await api.admin();
      const corrupted = await api.gql(REGISTER, { input: agencyInput({ creditCode: '91110108551385082R' }) }, admin);
      expect(errorCodes(corrupted)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(corrupted)).toBe('creditCode');
      expect(corrupted.errors?.[0].message).toContain('校验位');

      for (const creditCode of ['91110108551385O82Q', '9111010855138508']) {
        const result = await api.gql(REGISTER, { input: agencyInput({ creditCode }) }, admin);
        expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
        expect(result.errors?.[0].message).toContain('18位');
      }
      expect(await api.prisma.agency.count()).toBe(0);
    });

    it('refuses a credit code already registered, in any letter case, with CONFLICT', async () => {
      const admin = await api.admin();
      const first = agencyInput({ creditCode: '91141100MA0K2QX04E' });
      await api.ok(REGISTER, { input: first }, admin);
      const again = await api.gql(REGISTER, { input: agencyInput({ creditCode: '91141100ma0k2qx04e' }) }, admin);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(reasonOf(again)).toBe('CREDIT_CODE_TAKEN');
      expect(fieldOf(again)).toBe('creditCode');
    });

    it('registers only one of two concurrent registrations of the same credit code', async () => {
      const admin = await api.admin();
      const creditCode = makeCreditCode('91110105MA01C6D5X');
      const results = await Promise.all([1, 2, 3].map(() => api.gql(REGISTER, { input: agencyInput({ creditCode }) }, admin)));
      expect(results.filter((result) => !result.errors).length).toBe(1);
      expect(results.flatMap(errorCodes)).toEqual(['CONFLICT', 'CONFLICT']);
      expect(await api.prisma.agency.count({ where: { creditCode } })).toBe(1);
    });

    it('refuses a city outside the province, an unknown city and an unknown province', async () => {
      const admin = await api.admin();
      const mismatch = await api.gql(REGISTER, { input: agencyInput({ provinceCode: '110000', cityCode: '141100' }) }, admin);
      expect(errorCodes(mismatch)).toEqual(['BAD_USER_INPUT']);
      expect(reasonOf(mismatch)).toBe('CITY_NOT_IN_PROVINCE');
      expect(fieldOf(mismatch)).toBe('cityCode');
      expect(mismatch.errors?.[0].message).toContain('城市代码 141100（吕梁市）不属于省份 110000（北京市）');

      const unknownCity = await api.gql(REGISTER, { input: agencyInput({ provinceCode: '140000', cityCode: '149900' }) }, admin);
      expect(reasonOf(unknownCity)).toBe('UNKNOWN_CITY');
      expect(fieldOf(unknownCity)).toBe('cityCode');

      const unknownProvince = await api.gql(REGISTER, { input: agencyInput({ provinceCode: '990000', cityCode: '141100' }) }, admin);
      expect(reasonOf(unknownProvince)).toBe('UNKNOWN_PROVINCE');
      expect(fieldOf(unknownProvince)).toBe('provinceCode');
      expect(await api.prisma.agency.count()).toBe(0);
    });

    it('refuses a contact phone that is neither a mobile nor a landline with area code, and empty names', async () => {
      const admin = await api.admin();
      for (const contactPhone of ['62345678', '12345678901', '010-123']) {
        const result = await api.gql(REGISTER, { input: agencyInput({ contactPhone }) }, admin);
        expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
        expect(fieldOf(result)).toBe('contactPhone');
      }
      const blank = await api.gql(REGISTER, { input: agencyInput({ name: '   ' }) }, admin);
      expect(fieldOf(blank)).toBe('name');
      expect(blank.errors?.[0].message).toContain('单位名称不能为空');
    });

    it('lets an admin update any field, checks a moved city against its province and keeps codes unique', async () => {
      const admin = await api.admin();
      const agency = await registerAgency();
      const other = await registerAgency();

      const { updateAgency } = await api.ok(
        UPDATE,
        { id: agency.id, input: { name: '北京康馨家政（集团）有限公司', ...QINGDAO, contactName: '李经理', status: 'SUSPENDED' } },
        admin,
      );
      expect(updateAgency).toMatchObject({ name: '北京康馨家政（集团）有限公司', cityName: '青岛市', contactName: '李经理', status: 'SUSPENDED' });

      // Moving only the province would leave the city in another one.
      const provinceOnly = await api.gql(UPDATE, { id: agency.id, input: { provinceCode: '140000' } }, admin);
      expect(reasonOf(provinceOnly)).toBe('CITY_NOT_IN_PROVINCE');

      const taken = await api.gql(UPDATE, { id: agency.id, input: { creditCode: other.creditCode } }, admin);
      expect(errorCodes(taken)).toEqual(['CONFLICT']);
      expect(reasonOf(taken)).toBe('CREDIT_CODE_TAKEN');

      // null means "leave as is", never "erase".
      const { updateAgency: unchanged } = await api.ok(UPDATE, { id: agency.id, input: { address: null, contactPhone: '13912345678' } }, admin);
      expect(unchanged).toMatchObject({ address: agency.address, contactPhone: '13912345678', provinceCode: '370000' });

      expect(errorCodes(await api.gql(UPDATE, { id: UNKNOWN_ID, input: { contactName: '王' } }, admin))).toEqual(['NOT_FOUND']);
    });

    it('lists agencies by name, filtered and paged with cursors', async () => {
      const admin = await api.admin();
      const names = ['丙家政', '甲家政', '乙家政'];
      for (const name of names) await registerAgency({ name });
      await registerAgency({ name: '青岛家政', ...QINGDAO });
      const suspended = await registerAgency({ name: '暂停家政' });
      await api.ok(UPDATE, { id: suspended.id, input: { status: 'SUSPENDED' } }, admin);

      const page1 = (await api.ok(AGENCIES, { filter: { cityCode: '110100', status: 'ACTIVE' }, first: 2 }, admin)).agencies;
      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await api.ok(AGENCIES, { filter: { cityCode: '110100', status: 'ACTIVE' }, first: 2, after: page1.pageInfo.endCursor }, admin)).agencies;
      expect(page2.pageInfo.hasNextPage).toBe(false);
      const listed = [...page1.nodes, ...page2.nodes].map((node: { name: string }) => node.name);
      expect(listed.sort()).toEqual([...names].sort());
      expect(new Set(listed).size).toBe(3);

      const shandong = (await api.ok(AGENCIES, { filter: { provinceCode: '370000' } }, admin)).agencies;
      expect(shandong.nodes).toEqual([expect.objectContaining({ name: '青岛家政', cityName: '青岛市' })]);
      const byName = (await api.ok(AGENCIES, { filter: { nameContains: '暂停' } }, admin)).agencies;
      expect(byName.nodes.map((node: { id: string }) => node.id)).toEqual([suspended.id]);
      const wildcard = (await api.ok(AGENCIES, { filter: { nameContains: '%' } }, admin)).agencies;
      expect(wildcard.totalCount).toBe(0);

      expect(reasonOf(await api.gql(AGENCIES, { after: 'not-a-cursor' }, admin))).toBe('INVALID_CURSOR');
    });

    it('refuses callers without a token and roles other than admin and agency staff', async () => {
      expect(errorCodes(await api.gql(REGISTER, { input: agencyInput() }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(AGENCIES, {}))).toEqual(['UNAUTHENTICATED']);
      const school = await api.factories.school();
      const schoolStaff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(AGENCIES, {}, schoolStaff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(REGISTER, { input: agencyInput() }, schoolStaff))).toEqual(['FORBIDDEN']);
    });

    it('makes a suspended agency unable to act (the check demand and placements call)', async () => {
      const agencies = api.app.get(AgenciesService);
      const agency = await registerAgency({ name: '被暂停的家政公司' });
      await expect(agencies.assertActive(agency.id)).resolves.toMatchObject({ id: agency.id });

      await api.ok(UPDATE, { id: agency.id, input: { status: 'SUSPENDED' } }, await api.admin());
      await expect(agencies.assertActive(agency.id)).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'AGENCY_SUSPENDED',
        message: expect.stringContaining('被暂停的家政公司'),
      });
      await expect(agencies.assertActive(UNKNOWN_ID)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('agency staff', () => {
    it('see and change only their own agency, never anything of another (agency, list, update, agreement)', async () => {
      const admin = await api.admin();
      const mine = await registerAgency({ name: '甲家政公司' });
      const theirs = await registerAgency({ name: '乙家政公司' });
      await api.ok(SIGN, { agencyId: theirs.id, signedOn: '2026-01-01', validUntil: '2026-12-31', terms: '乙方合作条款' }, admin);
      const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: mine.id });

      expect((await api.ok(AGENCY, { id: mine.id }, staff)).agency).toEqual(mine);

      const other = await api.gql(AGENCY, { id: theirs.id }, staff);
      expect(errorCodes(other)).toEqual(['NOT_FOUND']);
      expect(other.data).toBeNull();
      const otherAgreements = await api.gql(AGREEMENTS, { id: theirs.id }, staff);
      expect(errorCodes(otherAgreements)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(otherAgreements)).not.toContain('乙方合作条款');

      const { agencies } = await api.ok(AGENCIES, {}, staff);
      expect(agencies.totalCount).toBe(1);
      expect(agencies.nodes.map((node: { id: string }) => node.id)).toEqual([mine.id]);
      expect((await api.ok(AGENCIES, { filter: { nameContains: '乙' } }, staff)).agencies).toMatchObject({ totalCount: 0, nodes: [] });

      const updateOther = await api.gql(UPDATE, { id: theirs.id, input: { contactName: '冒名者' } }, staff);
      expect(errorCodes(updateOther)).toEqual(['NOT_FOUND']);
      expect(updateOther.data).toBeNull();
      expect(await api.prisma.agency.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ contactName: theirs.contactName });

      const signOther = await api.gql(SIGN, { agencyId: theirs.id, signedOn: '2026-03-01', validUntil: '2027-03-01', terms: '伪造' }, staff);
      expect(errorCodes(signOther)).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(SIGN, { agencyId: mine.id, signedOn: '2026-03-01', validUntil: '2027-03-01', terms: '自签' }, staff))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await api.prisma.cooperationAgreement.count()).toBe(1);
      expect(errorCodes(await api.gql(REGISTER, { input: agencyInput() }, staff))).toEqual(['FORBIDDEN']);
    });

    it('may update their own address and contact but not the status, credit code or name', async () => {
      const mine = await registerAgency();
      const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: mine.id });

      const { updateAgency } = await api.ok(
        UPDATE,
        { id: mine.id, input: { address: '北京市海淀区中关村大街1号', contactName: '赵主管', contactPhone: '13698765432', creditCode: mine.creditCode } },
        staff,
      );
      expect(updateAgency).toMatchObject({ address: '北京市海淀区中关村大街1号', contactName: '赵主管', contactPhone: '13698765432' });

      for (const [field, value] of [
        ['status', 'SUSPENDED'],
        ['creditCode', makeCreditCode('91110105MA9999999')],
        ['name', '改名家政'],
      ]) {
        const result = await api.gql(UPDATE, { id: mine.id, input: { [field]: value, contactName: '钱' } }, staff);
        expect(errorCodes(result)).toEqual(['FORBIDDEN']);
        expect(reasonOf(result)).toBe('AGENCY_FIELD_ADMIN_ONLY');
        expect(fieldOf(result)).toBe(field);
        expect(result.errors?.[0].message).toContain('只能由服务中心管理员修改');
      }
      expect(await api.prisma.agency.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({
        status: 'ACTIVE',
        creditCode: mine.creditCode,
        name: mine.name,
        contactName: '赵主管',
      });
    });

    it('refuses a staff account not bound to an agency', async () => {
      const unbound = await api.tokenFor(Role.AGENCY_STAFF);
      expect(errorCodes(await api.gql(AGENCIES, {}, unbound))).toEqual(['FORBIDDEN']);
    });
  });

  describe('cooperation agreements', () => {
    it('are signed by an admin and show which days the agency may act on', async () => {
      const admin = await api.admin();
      const agency = await registerAgency();
      const { signAgreement } = await api.ok(
        SIGN,
        { agencyId: agency.id, signedOn: '2025-03-01', validUntil: '2026-03-01', terms: '  双方合作开展护工输出。  ' },
        admin,
      );
      expect(signAgreement).toMatchObject({ agencyId: agency.id, signedOn: '2025-03-01', validUntil: '2026-03-01', terms: '双方合作开展护工输出。' });

      // The test clock's today is 2026-03-02: the first agreement ran out yesterday.
      let { agency: shown } = await api.ok(AGREEMENTS, { id: agency.id, day: '2026-03-01' }, admin);
      expect(shown).toMatchObject({ currentAgreement: null, onDay: true, today: false });
      expect((await api.ok(AGREEMENTS, { id: agency.id, day: '2025-02-28' }, admin)).agency.onDay).toBe(false);

      const { signAgreement: renewal } = await api.ok(SIGN, { agencyId: agency.id, signedOn: '2026-03-02', validUntil: '2027-03-01', terms: '续签' }, admin);
      ({ agency: shown } = await api.ok(AGREEMENTS, { id: agency.id, day: '2027-03-02' }, admin));
      expect(shown).toMatchObject({
        agreements: [
          { signedOn: '2026-03-02', validUntil: '2027-03-01' },
          { signedOn: '2025-03-01', validUntil: '2026-03-01' },
        ],
        currentAgreement: { id: renewal.id, validUntil: '2027-03-01' },
        onDay: false,
        today: true,
      });
    });

    it('refuses a validity that does not end after signing, a future signing date, bad terms and unknown agencies', async () => {
      const admin = await api.admin();
      const agency = await registerAgency();
      const sign = (overrides: Record<string, unknown>) =>
        api.gql(SIGN, { agencyId: agency.id, signedOn: '2026-01-01', validUntil: '2026-12-31', terms: '条款', ...overrides }, admin);

      for (const validUntil of ['2026-01-01', '2025-12-31']) {
        const result = await sign({ validUntil });
        expect(reasonOf(result)).toBe('AGREEMENT_PERIOD_INVALID');
        expect(fieldOf(result)).toBe('validUntil');
      }
      const future = await sign({ signedOn: '2026-03-03', validUntil: '2027-03-03' });
      expect(reasonOf(future)).toBe('SIGNED_ON_IN_FUTURE');
      expect(fieldOf(future)).toBe('signedOn');

      expect(fieldOf(await sign({ terms: '   ' }))).toBe('terms');
      const tooLong = await sign({ terms: '款'.repeat(5001) });
      expect(tooLong.errors?.[0].message).toContain('最多5000字');
      expect(errorCodes(await sign({ signedOn: '2026-02-30' }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await sign({ agencyId: UNKNOWN_ID }))).toEqual(['NOT_FOUND']);
      expect(await api.prisma.cooperationAgreement.count()).toBe(0);

      expect((await sign({ terms: '款'.repeat(5000) })).errors).toBeUndefined();
    });

    it('let the demand module refuse an agency without a valid agreement on the day, saying why', async () => {
      const agreements = api.app.get(AgreementsService);
      const agency = await registerAgency({ name: '无协议家政' });
      const check = (date: string) => agreements.assertValidAgreementOn(api.prisma, agency.id, date);

      await expect(check('2026-03-02')).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'NO_VALID_AGREEMENT',
        message: expect.stringMatching(/无协议家政.*2026-03-02.*尚未签订合作协议/),
      });

      await api.ok(SIGN, { agencyId: agency.id, signedOn: '2025-03-01', validUntil: '2026-02-28', terms: '一年期' }, await api.admin());
      await expect(check('2026-02-28')).resolves.toMatchObject({ agencyId: agency.id });
      await expect(check('2025-03-01')).resolves.toMatchObject({ agencyId: agency.id });
      await expect(check('2026-03-01')).rejects.toMatchObject({ reason: 'NO_VALID_AGREEMENT', message: expect.stringContaining('已于 2026-02-28 到期') });
      await expect(check('2025-02-28')).rejects.toMatchObject({ reason: 'NO_VALID_AGREEMENT', message: expect.stringContaining('自 2025-03-01 起生效') });
      await expect(agreements.assertValidAgreementOn(api.prisma, UNKNOWN_ID, '2026-03-02')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('households', () => {
    const household = {
      contactName: '刘女士',
      contactPhone: '+86 138-1234-5678',
      ...QINGDAO,
      address: '青岛市市南区香港中路10号',
      careRecipientNeeds: '照顾80岁老人，半失能，需协助进食与翻身',
    };

    it('are registered by an admin with the phone encrypted and shown masked', async () => {
      const admin = await api.admin();
      const { registerHousehold } = await api.ok(REGISTER_HOUSEHOLD, { input: household }, admin);
      expect(registerHousehold).toMatchObject({
        contactName: '刘女士',
        contactPhone: '138****5678',
        provinceName: '山东省',
        cityName: '青岛市',
        careRecipientNeeds: household.careRecipientNeeds,
      });

      const row = await api.prisma.household.findUniqueOrThrow({ where: { id: registerHousehold.id } });
      expect(JSON.stringify(row)).not.toContain('13812345678');
      expect(api.app.get(PiiCipher).decrypt(row.contactPhoneCipher)).toBe('13812345678');
      expect(row.contactPhoneHash).toBe(api.app.get(PiiCipher).hash('phone', '13812345678'));
      const rawRows = await api.prisma.$queryRaw<unknown[]>`SELECT * FROM households`;
      expect(JSON.stringify(rawRows)).not.toMatch(/13812345678|138-1234/);

      const { household: shown } = await api.ok(HOUSEHOLD, { id: registerHousehold.id }, admin);
      expect(shown).toEqual({ id: registerHousehold.id, contactPhone: '138****5678' });
    });

    it('refuses a bad phone, empty or overlong needs, and a city outside the province', async () => {
      const admin = await api.admin();
      const register = (overrides: Record<string, unknown>) => api.gql(REGISTER_HOUSEHOLD, { input: { ...household, ...overrides } }, admin);
      const phone = await register({ contactPhone: '0532-88881234' });
      expect(fieldOf(phone)).toBe('contactPhone');
      expect(phone.errors?.[0].message).toContain('手机号');
      expect(fieldOf(await register({ careRecipientNeeds: ' ' }))).toBe('careRecipientNeeds');
      expect((await register({ careRecipientNeeds: '需'.repeat(2001) })).errors?.[0].message).toContain('最多2000字');
      expect(reasonOf(await register({ provinceCode: '140000' }))).toBe('CITY_NOT_IN_PROVINCE');
      expect(await api.prisma.household.count()).toBe(0);

      const { registerHousehold } = await api.ok(REGISTER_HOUSEHOLD, { input: { ...household, address: null } }, admin);
      expect(registerHousehold.address).toBeNull();
    });

    it('are listed newest first in pages, for admins only', async () => {
      const admin = await api.admin();
      const ids: string[] = [];
      for (const name of ['周女士', '吴先生', '郑女士']) {
        ids.push((await api.ok(REGISTER_HOUSEHOLD, { input: { ...household, contactName: name } }, admin)).registerHousehold.id);
      }
      const page1 = (await api.ok(HOUSEHOLDS, { first: 2 }, admin)).households;
      expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(page1.nodes[0]).toMatchObject({ contactName: '郑女士', contactPhone: '138****5678', cityName: '青岛市' });
      const page2 = (await api.ok(HOUSEHOLDS, { first: 2, after: page1.pageInfo.endCursor }, admin)).households;
      expect([...page1.nodes, ...page2.nodes].map((node: { id: string }) => node.id)).toEqual([...ids].reverse());

      expect(errorCodes(await api.gql(HOUSEHOLD, { id: UNKNOWN_ID }, admin))).toEqual(['NOT_FOUND']);
      const agency = await registerAgency();
      const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: agency.id });
      expect(errorCodes(await api.gql(HOUSEHOLDS, {}, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(HOUSEHOLD, { id: ids[0] }, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(REGISTER_HOUSEHOLD, { input: household }, staff))).toEqual(['FORBIDDEN']);
    });
  });
});
