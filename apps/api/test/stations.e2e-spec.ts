import { Role } from '@carebridge/db';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';
import { BEIJING, QINGDAO } from './stations.fixtures';

const STATION_FIELDS = `id name cityCode cityName address phone isHomeCentre coverage { provinceCode provinceName cityCode cityName }`;
const CREATE = `mutation($input: CreateServiceStationInput!) { createServiceStation(input: $input) { ${STATION_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateServiceStationInput!) { updateServiceStation(id: $id, input: $input) { ${STATION_FIELDS} } }`;
const STATIONS = `{ serviceStations { ${STATION_FIELDS} } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id role stationId } }`;
const ME = `{ me { id role stationId } }`;
const LOGIN = `mutation($a: String!, $p: String!) { login(account: $a, password: $p) { accessToken } }`;
const FOLLOW_UP_POLICY = `{ followUpPolicy { firstVisitDay firstVisitChannel secondVisitDay secondVisitChannel monthlyUntilMonth laterEveryMonths
  horizonMonths reminderDaysBefore escalateDaysAfterDue notReachedEscalateAt } }`;
const UPDATE_FOLLOW_UP_POLICY = `mutation($input: UpdateFollowUpPolicyInput!) { updateFollowUpPolicy(input: $input) { firstVisitDay secondVisitDay laterEveryMonths } }`;
const RIGHTS_CASE_POLICY = `{ rightsCasePolicy { acceptWithinHours resolveWithinDays } }`;
const UPDATE_RIGHTS_CASE_POLICY = `mutation($input: UpdateRightsCasePolicyInput!) { updateRightsCasePolicy(input: $input) { acceptWithinHours resolveWithinDays } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const reasonOf = (result: GqlResult) => result.errors?.[0].extensions.reason;
const fieldOf = (result: GqlResult) => result.errors?.[0].extensions.field;

const HOME_CENTRE = { name: '吕梁山护工服务中心', cityCode: '141100', address: '离石区龙凤南大街', phone: '0358-8225678', isHomeCentre: true };
const beijingStation = (overrides: Record<string, unknown> = {}) => ({
  name: '吕梁山护工北京服务站',
  cityCode: '110100',
  address: '朝阳区望京街10号',
  phone: '010-64781234',
  coverage: [{ provinceCode: BEIJING.provinceCode }],
  ...overrides,
});

describe('service stations', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  const create = async (input: Record<string, unknown>) => (await api.ok(CREATE, { input }, await api.admin())).createServiceStation;

  describe('createServiceStation and serviceStations', () => {
    it('creates the home centre and stations with their coverage, and lists the home centre first', async () => {
      const home = await create(HOME_CENTRE);
      expect(home).toMatchObject({ ...HOME_CENTRE, cityName: '吕梁市', coverage: [] });
      const qingdao = await create({
        name: '吕梁山护工青岛服务部',
        cityCode: QINGDAO.cityCode,
        address: '市南区香港中路8号',
        phone: '13905321234',
        coverage: [QINGDAO, { provinceCode: '370000', cityCode: '370100' }],
      });
      expect(qingdao.coverage).toEqual([
        { provinceCode: '370000', provinceName: '山东省', cityCode: '370100', cityName: '济南市' },
        { provinceCode: '370000', provinceName: '山东省', cityCode: '370200', cityName: '青岛市' },
      ]);
      const beijing = await create(beijingStation());
      expect(beijing).toMatchObject({ isHomeCentre: false, cityName: '北京市', coverage: [{ provinceCode: '110000', provinceName: '北京市', cityCode: null, cityName: null }] });

      const trainee = await api.tokenFor(Role.TRAINEE, { traineeId: (await api.factories.trainee()).id });
      const { serviceStations } = await api.ok(STATIONS, {}, trainee);
      expect(serviceStations.map((station: { name: string }) => station.name)).toEqual(['吕梁山护工服务中心', '吕梁山护工北京服务站', '吕梁山护工青岛服务部']);
      expect(errorCodes(await api.gql(STATIONS))).toEqual(['UNAUTHENTICATED']);
    });

    it('allows one home centre only, without coverage', async () => {
      await create(HOME_CENTRE);
      const second = await api.gql(CREATE, { input: { ...HOME_CENTRE, name: '第二服务中心' } }, await api.admin());
      expect(errorCodes(second)).toEqual(['CONFLICT']);
      expect(reasonOf(second)).toBe('HOME_CENTRE_EXISTS');

      const covering = await api.gql(CREATE, { input: { ...HOME_CENTRE, name: '另一中心', coverage: [BEIJING] } }, await api.admin());
      expect(reasonOf(covering)).toBe('HOME_CENTRE_COVERAGE');
      expect(fieldOf(covering)).toBe('coverage');
      expect(await api.prisma.serviceStation.count()).toBe(1);
    });

    it('requires a station to cover somewhere, somewhere no other station covers, each area once', async () => {
      const none = await api.gql(CREATE, { input: beijingStation({ coverage: [] }) }, await api.admin());
      expect(errorCodes(none)).toEqual(['BAD_USER_INPUT']);
      expect(reasonOf(none)).toBe('COVERAGE_REQUIRED');

      await create(beijingStation());
      const taken = await api.gql(CREATE, { input: beijingStation({ name: '北京第二站', coverage: [QINGDAO, { provinceCode: '110000' }] }) }, await api.admin());
      expect(errorCodes(taken)).toEqual(['CONFLICT']);
      expect(reasonOf(taken)).toBe('COVERAGE_TAKEN');
      expect(fieldOf(taken)).toBe('coverage.1');
      expect(taken.errors?.[0].message).toContain('吕梁山护工北京服务站');

      const twice = await api.gql(CREATE, { input: beijingStation({ name: '青岛站', coverage: [QINGDAO, QINGDAO] }) }, await api.admin());
      expect(reasonOf(twice)).toBe('COVERAGE_DUPLICATE');
      // A city inside a province another station covers is allowed: the city's station takes it.
      await create(beijingStation({ name: '北京朝阳站', coverage: [BEIJING] }));
      expect(await api.prisma.serviceStation.count()).toBe(2);
    });

    it('checks every place code and names the field at fault', async () => {
      const unknownCity = await api.gql(CREATE, { input: beijingStation({ coverage: [{ provinceCode: '110000', cityCode: '119900' }] }) }, await api.admin());
      expect(reasonOf(unknownCity)).toBe('UNKNOWN_CITY');
      expect(fieldOf(unknownCity)).toBe('coverage.0.cityCode');
      const elsewhere = await api.gql(CREATE, { input: beijingStation({ coverage: [{ provinceCode: '110000', cityCode: '370200' }] }) }, await api.admin());
      expect(reasonOf(elsewhere)).toBe('CITY_NOT_IN_PROVINCE');
      const unknownProvince = await api.gql(CREATE, { input: beijingStation({ coverage: [{ provinceCode: '990000' }] }) }, await api.admin());
      expect(reasonOf(unknownProvince)).toBe('UNKNOWN_PROVINCE');
      expect(fieldOf(unknownProvince)).toBe('coverage.0.provinceCode');
      const ownCity = await api.gql(CREATE, { input: beijingStation({ cityCode: '119900' }) }, await api.admin());
      expect(reasonOf(ownCity)).toBe('UNKNOWN_CITY');
      const malformed = await api.gql(CREATE, { input: beijingStation({ coverage: [{ provinceCode: '11' }] }) }, await api.admin());
      expect(reasonOf(malformed)).toBe('VALIDATION_FAILED');
      expect(fieldOf(malformed)).toBe('coverage.0.provinceCode');
      const phone = await api.gql(CREATE, { input: beijingStation({ phone: '12345' }) }, await api.admin());
      expect(fieldOf(phone)).toBe('phone');
      expect(await api.prisma.serviceStation.count()).toBe(0);
    });

    it('refuses a name taken, and everyone but admins', async () => {
      await create(beijingStation());
      const taken = await api.gql(CREATE, { input: beijingStation({ coverage: [QINGDAO] }) }, await api.admin());
      expect(errorCodes(taken)).toEqual(['CONFLICT']);
      expect(reasonOf(taken)).toBe('STATION_NAME_TAKEN');
      for (const role of [Role.SCHOOL_STAFF, Role.AGENCY_STAFF, Role.TRAINEE]) {
        expect(errorCodes(await api.gql(CREATE, { input: beijingStation({ name: `${role}站`, coverage: [QINGDAO] }) }, await api.tokenFor(role)))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await api.gql(CREATE, { input: beijingStation() }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('updateServiceStation', () => {
    it('changes the given fields and replaces the coverage', async () => {
      const station = await create(beijingStation());
      const { updateServiceStation } = await api.ok(UPDATE, { id: station.id, input: { phone: '010-64780000', coverage: [BEIJING, QINGDAO] } }, await api.admin());
      expect(updateServiceStation).toMatchObject({ name: station.name, address: station.address, phone: '010-64780000' });
      expect(updateServiceStation.coverage.map((area: { cityCode: string }) => area.cityCode)).toEqual(['110100', '370200']);
      // The area it gave up is free for another station.
      await create(beijingStation({ name: '北京新站', coverage: [{ provinceCode: '110000' }] }));
    });

    it('refuses an unknown station, a taken name or area, coverage for the home centre, and non-admins', async () => {
      const home = await create(HOME_CENTRE);
      const beijing = await create(beijingStation());
      const qingdao = await create(beijingStation({ name: '青岛站', coverage: [QINGDAO] }));
      const admin = await api.admin();
      expect(errorCodes(await api.gql(UPDATE, { id: UNKNOWN_ID, input: { phone: '010-64780000' } }, admin))).toEqual(['NOT_FOUND']);
      expect(reasonOf(await api.gql(UPDATE, { id: qingdao.id, input: { name: beijing.name } }, admin))).toBe('STATION_NAME_TAKEN');
      expect(reasonOf(await api.gql(UPDATE, { id: qingdao.id, input: { coverage: [{ provinceCode: '110000' }] } }, admin))).toBe('COVERAGE_TAKEN');
      expect(reasonOf(await api.gql(UPDATE, { id: home.id, input: { coverage: [BEIJING] } }, admin))).toBe('HOME_CENTRE_COVERAGE');
      expect(reasonOf(await api.gql(UPDATE, { id: qingdao.id, input: { coverage: [] } }, admin))).toBe('COVERAGE_REQUIRED');
      const staff = await api.tokenFor(Role.STATION_STAFF, { stationId: qingdao.id });
      expect(errorCodes(await api.gql(UPDATE, { id: qingdao.id, input: { phone: '010-64780000' } }, staff))).toEqual(['FORBIDDEN']);
      expect(await api.prisma.stationCoverage.count({ where: { stationId: qingdao.id, cityCode: QINGDAO.cityCode } })).toBe(1);
    });
  });

  describe('station staff accounts', () => {
    it('creates a STATION_STAFF account bound to a station, which logs in and knows its station', async () => {
      const station = await create(beijingStation());
      const input = { account: 'bj-station-1', password: 'Station2026', displayName: '北京站王姐', role: 'STATION_STAFF', stationId: station.id };
      const { createUser } = await api.ok(CREATE_USER, { input }, await api.admin());
      expect(createUser).toMatchObject({ role: 'STATION_STAFF', stationId: station.id });
      const token = (await api.ok(LOGIN, { a: 'bj-station-1', p: 'Station2026' })).login.accessToken;
      expect((await api.ok(ME, {}, token)).me).toEqual({ id: createUser.id, role: 'STATION_STAFF', stationId: station.id });
    });

    it('requires an existing station', async () => {
      const base = { account: 'station-x', password: 'Station2026', displayName: '无站', role: 'STATION_STAFF' };
      const missing = await api.gql(CREATE_USER, { input: base }, await api.admin());
      expect(reasonOf(missing)).toBe('STATION_REQUIRED');
      expect(fieldOf(missing)).toBe('stationId');
      expect(errorCodes(await api.gql(CREATE_USER, { input: { ...base, stationId: UNKNOWN_ID } }, await api.admin()))).toEqual(['NOT_FOUND']);
    });
  });

  describe('policies', () => {
    it('shows the default follow-up and case policies to admins and station staff', async () => {
      const staff = await api.tokenFor(Role.STATION_STAFF, { stationId: (await create(beijingStation())).id });
      expect((await api.ok(FOLLOW_UP_POLICY, {}, staff)).followUpPolicy).toEqual({
        firstVisitDay: 7,
        firstVisitChannel: 'PHONE',
        secondVisitDay: 30,
        secondVisitChannel: 'IN_PERSON',
        monthlyUntilMonth: 6,
        laterEveryMonths: 3,
        horizonMonths: 24,
        reminderDaysBefore: 1,
        escalateDaysAfterDue: 3,
        notReachedEscalateAt: 3,
      });
      expect((await api.ok(RIGHTS_CASE_POLICY, {}, await api.admin())).rightsCasePolicy).toEqual({ acceptWithinHours: 24, resolveWithinDays: 30 });
      expect(errorCodes(await api.gql(FOLLOW_UP_POLICY, {}, await api.tokenFor(Role.AGENCY_STAFF)))).toEqual(['FORBIDDEN']);
    });

    it('lets admins edit them within bounds, keeping the second visit after the first', async () => {
      const admin = await api.admin();
      expect((await api.ok(UPDATE_FOLLOW_UP_POLICY, { input: { secondVisitDay: 45, laterEveryMonths: 6 } }, admin)).updateFollowUpPolicy).toEqual({
        firstVisitDay: 7,
        secondVisitDay: 45,
        laterEveryMonths: 6,
      });
      const backwards = await api.gql(UPDATE_FOLLOW_UP_POLICY, { input: { firstVisitDay: 50 } }, admin);
      expect(reasonOf(backwards)).toBe('SECOND_VISIT_NOT_AFTER_FIRST');
      expect(fieldOf(backwards)).toBe('secondVisitDay');
      const outOfRange = await api.gql(UPDATE_FOLLOW_UP_POLICY, { input: { horizonMonths: 100 } }, admin);
      expect(fieldOf(outOfRange)).toBe('horizonMonths');
      expect((await api.ok(UPDATE_RIGHTS_CASE_POLICY, { input: { acceptWithinHours: 48 } }, admin)).updateRightsCasePolicy).toEqual({
        acceptWithinHours: 48,
        resolveWithinDays: 30,
      });
      expect(fieldOf(await api.gql(UPDATE_RIGHTS_CASE_POLICY, { input: { resolveWithinDays: 0 } }, admin))).toBe('resolveWithinDays');

      const staff = await api.tokenFor(Role.STATION_STAFF, { stationId: (await create(beijingStation())).id });
      expect(errorCodes(await api.gql(UPDATE_FOLLOW_UP_POLICY, { input: { firstVisitDay: 3 } }, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(UPDATE_RIGHTS_CASE_POLICY, { input: { acceptWithinHours: 3 } }, staff))).toEqual(['FORBIDDEN']);
      expect((await api.ok(FOLLOW_UP_POLICY, {}, admin)).followUpPolicy.firstVisitDay).toBe(7);
    });
  });
});
