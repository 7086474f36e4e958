import { Role } from '@carebridge/db';
import { JobName } from '@carebridge/queue';
import { localDateToDb } from '@carebridge/rules';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';
import { BEIJING, QINGDAO, StationsFixtures } from './stations.fixtures';

const CASE_FIELDS = `id category status description amountClaimed amountRecovered traineeId placementId agencyId stationId followUpVisitId
  openedByUserId acceptDueAt resolveDueAt acceptedAt closedAt createdAt nextStatuses
  trainee { id } agency { id } station { id }
  log { action fromStatus toStatus note isPrivate actorUserId at }`;
const OPEN = `mutation($input: OpenRightsCaseInput!) { openRightsCase(input: $input) { ${CASE_FIELDS} } }`;
const MOVE = `mutation($id: ID!, $to: RightsCaseStatus!, $note: String!, $amountRecovered: Money) {
  transitionRightsCase(id: $id, to: $to, note: $note, amountRecovered: $amountRecovered) { ${CASE_FIELDS} } }`;
const NOTE = `mutation($id: ID!, $note: String!, $private: Boolean) { addRightsCaseNote(id: $id, note: $note, private: $private) { id log { action note isPrivate } } }`;
const CASES = `query($filter: RightsCaseFilterInput, $first: Int, $after: String) {
  rightsCases(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } } }`;
const CASE = `query($id: ID!) { rightsCase(id: $id) { ${CASE_FIELDS} } }`;
const AGENCY_CASES = `query($agencyId: ID!, $status: RightsCaseStatus) { agencyRightsCases(agencyId: $agencyId, status: $status) {
  totalCount nodes { id category status placementId acceptedAt closedAt createdAt log { action toStatus note isPrivate } } } }`;
const RECORD_FIELDS = 'openCases lostCases loggedVisits unpaidWageReports meanEmployerSatisfaction penalty';
const AGENCY_RECORD = `query($agencyId: ID!) { agencyRecord(agencyId: $agencyId) { ${RECORD_FIELDS} } }`;
const AGENCY_WITH_RECORD = `query($id: ID!) { agency(id: $id) { id record { ${RECORD_FIELDS} } } }`;
const ME = `{ me { id } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const NOW = new Date('2026-03-02T01:00:00Z');
const reasonOf = (result: GqlResult) => result.errors?.[0].extensions.reason;
const fieldOf = (result: GqlResult) => result.errors?.[0].extensions.field;

describe('rights cases', () => {
  const api = new TestApi(AppModule);
  let fixtures: StationsFixtures;
  let stations: { home: string; beijing: string; qingdao: string };

  beforeAll(async () => {
    await api.start();
    fixtures = new StationsFixtures(api.prisma, api.factories);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    api.clock.set(NOW);
    await api.reset();
    stations = await fixtures.stations();
  });

  /** A caregiver placed with an agency (Beijing unless said), and her token. */
  async function placedCaregiver(place = BEIJING) {
    const agency = await fixtures.agency(place);
    const placement = await fixtures.placement({ agencyId: agency.id, place, startDate: '2026-02-01' });
    const token = await api.tokenFor(Role.TRAINEE, { traineeId: placement.traineeId });
    return { agency, placement, token };
  }

  const staffOf = (stationId: string) => api.tokenFor(Role.STATION_STAFF, { stationId });
  const userIdOf = async (token: string): Promise<string> => (await api.ok(ME, {}, token)).me.id;
  const wageCase = (placementId: string) => ({ category: 'WAGE_ARREARS', placementId, description: '雇主拖欠两个月工资', amountClaimed: '9000' });
  const open = async (input: Record<string, unknown>, token: string) => (await api.ok(OPEN, { input }, token)).openRightsCase;
  const move = async (id: string, to: string, token: string, extra: Record<string, unknown> = {}) =>
    (await api.ok(MOVE, { id, to, note: `变更为${to}`, ...extra }, token)).transitionRightsCase;

  describe('openRightsCase', () => {
    it('lets the caregiver open a case on her placement, handled by the station covering it, with deadlines from the policy', async () => {
      const { agency, placement, token } = await placedCaregiver();
      const opened = await open(wageCase(placement.id), token);
      expect(opened).toMatchObject({
        category: 'WAGE_ARREARS',
        status: 'OPEN',
        description: '雇主拖欠两个月工资',
        amountClaimed: '9000.00',
        amountRecovered: null,
        traineeId: placement.traineeId,
        placementId: placement.id,
        agencyId: agency.id,
        stationId: stations.beijing,
        openedByUserId: await userIdOf(token),
        acceptDueAt: '2026-03-03T01:00:00.000Z',
        resolveDueAt: '2026-04-01T01:00:00.000Z',
        createdAt: NOW.toISOString(),
        nextStatuses: ['ACCEPTED', 'WITHDRAWN'],
        agency: { id: agency.id },
        station: { id: stations.beijing },
      });
      expect(opened.log).toEqual([
        { action: 'OPENED', fromStatus: null, toStatus: 'OPEN', note: '登记“拖欠工资”案件', isPrivate: false, actorUserId: await userIdOf(token), at: NOW.toISOString() },
      ]);
      expect(await api.prisma.outboxEvent.count({ where: { jobName: JobName.SCHEDULE_RIGHTS_CASE_DEADLINES } })).toBe(1);
    });

    it('lets station staff open cases of placements their station covers, and admins any, also against an agency alone', async () => {
      const { placement } = await placedCaregiver();
      const beijingStaff = await staffOf(stations.beijing);
      expect((await open(wageCase(placement.id), beijingStaff)).stationId).toBe(stations.beijing);
      expect(errorCodes(await api.gql(OPEN, { input: wageCase(placement.id) }, await staffOf(stations.qingdao)))).toEqual(['NOT_FOUND']);

      const qingdaoAgency = await fixtures.agency(QINGDAO);
      const caregiver = await fixtures.caregiver();
      const againstAgency = { category: 'ILLEGAL_DEDUCTION', agencyId: qingdaoAgency.id, traineeId: caregiver.id, description: '公司扣押押金不退' };
      expect(await open(againstAgency, await api.admin())).toMatchObject({ placementId: null, agencyId: qingdaoAgency.id, stationId: stations.qingdao, traineeId: caregiver.id });
      const outside = await api.gql(OPEN, { input: againstAgency }, beijingStaff);
      expect(errorCodes(outside)).toEqual(['FORBIDDEN']);
      expect(reasonOf(outside)).toBe('OUTSIDE_STATION_AREA');
    });

    it('refuses a case without exactly one subject, someone else’s placement, an unknown agency or caregiver, and agency staff', async () => {
      const { agency, placement, token } = await placedCaregiver();
      const both = await api.gql(OPEN, { input: { ...wageCase(placement.id), agencyId: agency.id } }, token);
      expect(reasonOf(both)).toBe('CASE_SUBJECT_REQUIRED');
      expect(reasonOf(await api.gql(OPEN, { input: { category: 'OTHER', description: '无对象' } }, token))).toBe('CASE_SUBJECT_REQUIRED');

      const other = await placedCaregiver();
      expect(errorCodes(await api.gql(OPEN, { input: wageCase(other.placement.id) }, token))).toEqual(['NOT_FOUND']);
      const forSomeoneElse = await api.gql(OPEN, { input: { category: 'OTHER', agencyId: agency.id, traineeId: other.placement.traineeId, description: '代他人' } }, token);
      expect(reasonOf(forSomeoneElse)).toBe('TRAINEE_NOT_SELF');
      const mismatch = await api.gql(OPEN, { input: { ...wageCase(placement.id), traineeId: other.placement.traineeId } }, await api.admin());
      expect(reasonOf(mismatch)).toBe('TRAINEE_NOT_OF_PLACEMENT');
      const noCaregiver = await api.gql(OPEN, { input: { category: 'OTHER', agencyId: agency.id, description: '未指定护工' } }, await api.admin());
      expect(reasonOf(noCaregiver)).toBe('TRAINEE_REQUIRED');
      expect(fieldOf(noCaregiver)).toBe('traineeId');
      expect(errorCodes(await api.gql(OPEN, { input: { category: 'OTHER', agencyId: UNKNOWN_ID, description: '不存在' } }, token))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(OPEN, { input: { category: 'OTHER', agencyId: agency.id, traineeId: UNKNOWN_ID, description: 'x' } }, await api.admin()))).toEqual([
        'NOT_FOUND',
      ]);
      expect(fieldOf(await api.gql(OPEN, { input: { ...wageCase(placement.id), description: '   ' } }, token))).toBe('description');
      expect(fieldOf(await api.gql(OPEN, { input: { ...wageCase(placement.id), amountClaimed: '-5' } }, token))).toBe('amountClaimed');
      expect(errorCodes(await api.gql(OPEN, { input: wageCase(placement.id) }, await api.tokenFor(Role.AGENCY_STAFF, { agencyId: agency.id })))).toEqual(['FORBIDDEN']);
      expect(await api.prisma.rightsCase.count()).toBe(0);
    });
  });

  describe('transitionRightsCase', () => {
    it('moves a case along its path, logging each move, and records the amount recovered at resolution', async () => {
      const { placement, token } = await placedCaregiver();
      const staff = await staffOf(stations.beijing);
      const { id } = await open(wageCase(placement.id), token);

      api.clock.set(new Date('2026-03-02T05:00:00Z'));
      expect(await move(id, 'ACCEPTED', staff)).toMatchObject({ status: 'ACCEPTED', acceptedAt: '2026-03-02T05:00:00.000Z', nextStatuses: ['INVESTIGATING', 'REFERRED', 'WITHDRAWN'] });
      await move(id, 'INVESTIGATING', staff);
      await move(id, 'MEDIATING', staff);
      api.clock.set(new Date('2026-03-20T02:00:00Z'));
      const resolved = await move(id, 'RESOLVED', staff, { amountRecovered: '9000' });
      expect(resolved).toMatchObject({ status: 'RESOLVED', amountRecovered: '9000.00', closedAt: '2026-03-20T02:00:00.000Z', nextStatuses: [] });
      const staffId = await userIdOf(staff);
      expect(resolved.log.map((entry: Record<string, unknown>) => [entry.action, entry.fromStatus, entry.toStatus, entry.note, entry.actorUserId])).toEqual([
        ['OPENED', null, 'OPEN', '登记“拖欠工资”案件', await userIdOf(token)],
        ['TRANSITION', 'OPEN', 'ACCEPTED', '变更为ACCEPTED', staffId],
        ['TRANSITION', 'ACCEPTED', 'INVESTIGATING', '变更为INVESTIGATING', staffId],
        ['TRANSITION', 'INVESTIGATING', 'MEDIATING', '变更为MEDIATING', staffId],
        ['TRANSITION', 'MEDIATING', 'RESOLVED', '变更为RESOLVED', staffId],
      ]);
      // Three moves at one instant still read in the order they were made.
      const times = resolved.log.map((entry: { at: string }) => Date.parse(entry.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);

      const closed = await api.gql(MOVE, { id, to: 'MEDIATING', note: '重新调解' }, staff);
      expect(errorCodes(closed)).toEqual(['CONFLICT']);
      expect(closed.errors?.[0].message).toBe('案件状态为“已解决”，已结案，不能再变更状态');
    });

    it('refuses a move off the path, naming where the case may go, and amounts outside resolution', async () => {
      const { placement, token } = await placedCaregiver();
      const staff = await staffOf(stations.beijing);
      const { id } = await open(wageCase(placement.id), token);
      const skip = await api.gql(MOVE, { id, to: 'RESOLVED', note: '直接解决', amountRecovered: '0' }, staff);
      expect(errorCodes(skip)).toEqual(['CONFLICT']);
      expect(reasonOf(skip)).toBe('RIGHTS_CASE_TRANSITION');
      expect(skip.errors?.[0].message).toBe('案件当前为“待受理”，不能变更为“已解决”；可以变更为“已受理”、“已撤回”');
      expect(reasonOf(await api.gql(MOVE, { id, to: 'ACCEPTED', note: '受理', amountRecovered: '100' }, staff))).toBe('AMOUNT_ONLY_AT_RESOLUTION');
      await move(id, 'ACCEPTED', staff);
      await move(id, 'INVESTIGATING', staff);
      await move(id, 'MEDIATING', staff);
      const noAmount = await api.gql(MOVE, { id, to: 'RESOLVED', note: '解决' }, staff);
      expect(reasonOf(noAmount)).toBe('AMOUNT_RECOVERED_REQUIRED');
      expect(fieldOf(noAmount)).toBe('amountRecovered');
      expect(fieldOf(await api.gql(MOVE, { id, to: 'RESOLVED', note: '' }, staff))).toBe('note');
      expect(errorCodes(await api.gql(MOVE, { id: UNKNOWN_ID, to: 'ACCEPTED', note: '受理' }, staff))).toEqual(['NOT_FOUND']);
      expect((await api.prisma.rightsCase.findUniqueOrThrow({ where: { id } })).status).toBe('MEDIATING');
    });

    it('refers an accepted case to labour arbitration, and lets the caregiver withdraw hers but do nothing else', async () => {
      const { placement, token } = await placedCaregiver();
      const staff = await staffOf(stations.beijing);
      const referred = await open(wageCase(placement.id), token);
      await move(referred.id, 'ACCEPTED', staff);
      expect(await move(referred.id, 'REFERRED', staff)).toMatchObject({ status: 'REFERRED', nextStatuses: [] });

      const withdrawn = await open({ ...wageCase(placement.id), category: 'CONTRACT_DISPUTE' }, token);
      const accept = await api.gql(MOVE, { id: withdrawn.id, to: 'ACCEPTED', note: '我自己受理' }, token);
      expect(errorCodes(accept)).toEqual(['FORBIDDEN']);
      expect(reasonOf(accept)).toBe('CAREGIVER_MAY_ONLY_WITHDRAW');
      expect(await move(withdrawn.id, 'WITHDRAWN', token)).toMatchObject({ status: 'WITHDRAWN', closedAt: NOW.toISOString() });
    });

    it('refuses staff of another station, another caregiver and agency staff', async () => {
      const { agency, placement, token } = await placedCaregiver();
      const { id } = await open(wageCase(placement.id), token);
      expect(errorCodes(await api.gql(MOVE, { id, to: 'ACCEPTED', note: '受理' }, await staffOf(stations.qingdao)))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(MOVE, { id, to: 'WITHDRAWN', note: '撤回' }, (await placedCaregiver()).token))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(MOVE, { id, to: 'ACCEPTED', note: '受理' }, await api.tokenFor(Role.AGENCY_STAFF, { agencyId: agency.id })))).toEqual(['FORBIDDEN']);
      expect((await api.prisma.rightsCase.findUniqueOrThrow({ where: { id } })).status).toBe('OPEN');
    });
  });

  describe('notes and what each party sees', () => {
    it('shows the caregiver her full log, and the agency that the case exists, its status and the public entries only', async () => {
      const { agency, placement, token } = await placedCaregiver();
      const staff = await staffOf(stations.beijing);
      const { id } = await open(wageCase(placement.id), token);
      await api.ok(NOTE, { id, note: '雇主曾威胁我不许说出去', private: true }, token);
      await api.ok(NOTE, { id, note: '已约雇主周五面谈' }, staff);
      await move(id, 'ACCEPTED', staff);

      const mine = (await api.ok(CASE, { id }, token)).rightsCase;
      expect(mine.log.map((entry: { action: string; isPrivate: boolean }) => [entry.action, entry.isPrivate])).toEqual([
        ['OPENED', false],
        ['NOTE', true],
        ['NOTE', false],
        ['TRANSITION', false],
      ]);

      const agencyStaff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: agency.id });
      const { agencyRightsCases } = await api.ok(AGENCY_CASES, { agencyId: agency.id }, agencyStaff);
      expect(agencyRightsCases.totalCount).toBe(1);
      expect(agencyRightsCases.nodes[0]).toMatchObject({ id, category: 'WAGE_ARREARS', status: 'ACCEPTED', placementId: placement.id });
      expect(agencyRightsCases.nodes[0].log.map((entry: { note: string }) => entry.note)).toEqual(['登记“拖欠工资”案件', '已约雇主周五面谈', '变更为ACCEPTED']);
      expect(JSON.stringify(agencyRightsCases)).not.toContain('威胁');
      expect(JSON.stringify(agencyRightsCases)).not.toContain('拖欠两个月');
      expect((await api.ok(AGENCY_CASES, { agencyId: agency.id, status: 'OPEN' }, agencyStaff)).agencyRightsCases.totalCount).toBe(0);

      const otherAgency = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: (await fixtures.agency()).id });
      expect(errorCodes(await api.gql(AGENCY_CASES, { agencyId: agency.id }, otherAgency))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(AGENCY_CASES, { agencyId: agency.id }, token))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(CASE, { id }, agencyStaff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(NOTE, { id, note: '单位说明' }, agencyStaff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(NOTE, { id, note: '他站' }, await staffOf(stations.qingdao)))).toEqual(['NOT_FOUND']);
      expect(fieldOf(await api.gql(NOTE, { id, note: ' ' }, staff))).toBe('note');
    });

    it('lists cases by scope: her own for a caregiver, her station’s for staff, all for admins, newest first and by page', async () => {
      const beijing = await placedCaregiver();
      const qingdao = await placedCaregiver(QINGDAO);
      const first = await open(wageCase(beijing.placement.id), beijing.token);
      api.clock.advanceDays(1);
      const second = await open({ ...wageCase(beijing.placement.id), category: 'INJURY' }, beijing.token);
      const third = await open(wageCase(qingdao.placement.id), qingdao.token);
      await move(first.id, 'ACCEPTED', await api.admin());

      const ids = (result: { rightsCases: { nodes: Array<{ id: string }> } }) => result.rightsCases.nodes.map((node) => node.id);
      expect(ids(await api.ok(CASES, {}, beijing.token))).toEqual([second.id, first.id]);
      expect(ids(await api.ok(CASES, {}, await staffOf(stations.qingdao)))).toEqual([third.id]);
      expect(ids(await api.ok(CASES, { filter: { status: 'ACCEPTED' } }, await api.admin()))).toEqual([first.id]);
      const page1 = (await api.ok(CASES, { first: 2 }, await api.admin())).rightsCases;
      expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const page2 = (await api.ok(CASES, { first: 2, after: page1.pageInfo.endCursor }, await api.admin())).rightsCases;
      expect(page2.nodes).toHaveLength(1);
      expect(errorCodes(await api.gql(CASE, { id: third.id }, beijing.token))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(CASE, { id: third.id }, await staffOf(stations.beijing)))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(CASES, {}, await api.tokenFor(Role.SCHOOL_STAFF)))).toEqual(['FORBIDDEN']);
    });
  });

  describe('agency record', () => {
    it('counts open and lost cases, unpaid-wage reports and satisfaction into a penalty, as a query and on Agency', async () => {
      const { agency, placement, token } = await placedCaregiver();
      const staff = await staffOf(stations.beijing);
      await open(wageCase(placement.id), token);
      const referred = await open(wageCase(placement.id), token);
      await move(referred.id, 'ACCEPTED', staff);
      await move(referred.id, 'REFERRED', staff);
      const paidBack = await open(wageCase(placement.id), token);
      for (const to of ['ACCEPTED', 'INVESTIGATING', 'MEDIATING']) await move(paidBack.id, to, staff);
      await move(paidBack.id, 'RESOLVED', staff, { amountRecovered: '4500' });
      const withdrawn = await open(wageCase(placement.id), token);
      await move(withdrawn.id, 'WITHDRAWN', token);
      const logged = (satisfaction: number, wagePaidOnTime: boolean, sequence: number) => ({
        placementId: placement.id,
        stationId: stations.beijing,
        sequence,
        dueDate: localDateToDb('2026-02-08'),
        channel: 'PHONE' as const,
        status: 'DONE' as const,
        loggedAt: NOW,
        wagePaidInFull: true,
        wagePaidOnTime,
        caregiverSatisfactionEmployer: satisfaction,
      });
      await api.prisma.followUpVisit.createMany({ data: [logged(4, true, 101), logged(2, false, 102), logged(3, true, 103)] });

      const expected = { openCases: 1, lostCases: 2, loggedVisits: 3, unpaidWageReports: 1, meanEmployerSatisfaction: 3, penalty: 0.617 };
      const agencyStaff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: agency.id });
      expect((await api.ok(AGENCY_RECORD, { agencyId: agency.id }, agencyStaff)).agencyRecord).toEqual(expected);
      expect((await api.ok(AGENCY_WITH_RECORD, { id: agency.id }, await api.admin())).agency.record).toEqual(expected);

      const clean = await fixtures.agency();
      expect((await api.ok(AGENCY_RECORD, { agencyId: clean.id }, await api.admin())).agencyRecord).toEqual({
        openCases: 0,
        lostCases: 0,
        loggedVisits: 0,
        unpaidWageReports: 0,
        meanEmployerSatisfaction: null,
        penalty: 0,
      });
      expect(errorCodes(await api.gql(AGENCY_RECORD, { agencyId: clean.id }, agencyStaff))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(AGENCY_RECORD, { agencyId: UNKNOWN_ID }, await api.admin()))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(AGENCY_RECORD, { agencyId: agency.id }, token))).toEqual(['FORBIDDEN']);
    });
  });
});
