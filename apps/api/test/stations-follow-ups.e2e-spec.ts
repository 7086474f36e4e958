import { AuditKind, AuditLogService } from '@carebridge/common';
import { Role } from '@carebridge/db';
import { JobName } from '@carebridge/queue';
import { FollowUpPlanner } from '@carebridge/stations';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';
import { BEIJING, QINGDAO, SHANGHAI, StationsFixtures } from './stations.fixtures';

const VISIT_FIELDS = `id placementId stationId sequence dueDate channel status loggedAt loggedByUserId loggedChannel wagePaidInFull wagePaidOnTime
  wageAmount hoursPerWeek daysOffPerMonth livingConditions health employerHoldsIdCard employerHoldsContract agencyFees
  caregiverSatisfactionEmployer caregiverSatisfactionAgency employerSatisfactionCaregiver reportsAbuse reportsInjury problems
  trainee { id name } caregiverPhone workCity agency { id } station { id name } rightsCase { id category status followUpVisitId description }`;
const PLAN = `query($placementId: ID!) { followUpVisits(placementId: $placementId) { id sequence dueDate channel status stationId } }`;
const DUE = `query($stationId: ID!, $until: LocalDate!) { followUpsDue(stationId: $stationId, until: $until) {
  overdue { id dueDate status } today { id dueDate } upcoming { id dueDate } } }`;
const LOG = `mutation($visitId: ID!, $input: LogFollowUpInput!) { logFollowUp(visitId: $visitId, input: $input) { ${VISIT_FIELDS} } }`;
const CREATE_PLACEMENT = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`;
const END_PLACEMENT = `mutation($id: ID!, $endDate: LocalDate!) { endPlacement(id: $id, endDate: $endDate, reason: CONTRACT_COMPLETED) { id status } }`;
const UPDATE_STATION = `mutation($id: ID!, $input: UpdateServiceStationInput!) { updateServiceStation(id: $id, input: $input) { id } }`;
const CREATE_STATION = `mutation($input: CreateServiceStationInput!) { createServiceStation(input: $input) { id } }`;
const ME = `{ me { id } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const NOW = new Date('2026-03-02T01:00:00Z'); // 09:00 in Beijing
const reasonOf = (result: GqlResult) => result.errors?.[0].extensions.reason;
const fieldOf = (result: GqlResult) => result.errors?.[0].extensions.field;
/** 09:00 Beijing time on a date. */
const at9 = (date: string) => new Date(`${date}T01:00:00Z`);

const REACHED = { channel: 'PHONE', reached: true, wagePaidInFull: true, wagePaidOnTime: true };

describe('follow-up visits', () => {
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

  /** Places a new caregiver through the API (direct hire), as agencies do; returns the placement id. */
  async function place(options: { place?: { provinceCode: string; cityCode: string } | 'JP'; startDate?: string; phone?: string } = {}): Promise<string> {
    const agency = await fixtures.agency();
    const caregiver = await fixtures.caregiver({ phone: options.phone });
    const where = options.place === 'JP' ? { countryCode: 'JP', cityName: '东京' } : (options.place ?? BEIJING);
    const input = { traineeId: caregiver.id, agencyId: agency.id, ...where, monthlyWage: '4500', startDate: options.startDate ?? '2026-03-02' };
    return (await api.ok(CREATE_PLACEMENT, { input }, await api.admin())).createPlacement.id;
  }

  const planOf = async (placementId: string, token?: string) => (await api.ok(PLAN, { placementId }, token ?? (await api.admin()))).followUpVisits;
  const staffOf = (stationId: string) => api.tokenFor(Role.STATION_STAFF, { stationId });
  const userIdOf = async (token: string): Promise<string> => (await api.ok(ME, {}, token)).me.id;

  describe('the plan', () => {
    it('is written when a placement starts: day 7 by phone, day 30 in person, monthly to month 6, then quarterly, two years ahead', async () => {
      const placementId = await place();
      const plan = await planOf(placementId);
      expect(plan.map((visit: { dueDate: string }) => visit.dueDate)).toEqual([
        '2026-03-09',
        '2026-04-01',
        '2026-05-02',
        '2026-06-02',
        '2026-07-02',
        '2026-08-02',
        '2026-09-02',
        '2026-12-02',
        '2027-03-02',
        '2027-06-02',
        '2027-09-02',
        '2027-12-02',
        '2028-03-02',
      ]);
      expect(plan.map((visit: { channel: string }) => visit.channel).slice(0, 3)).toEqual(['PHONE', 'IN_PERSON', 'PHONE']);
      expect(plan.every((visit: { status: string; stationId: string }) => visit.status === 'PLANNED' && visit.stationId === stations.beijing)).toBe(true);
      expect(plan.map((visit: { sequence: number }) => visit.sequence)).toEqual([...Array(13).keys()].map((n) => n + 1));
      // The worker adds the alert jobs once the placement has committed.
      expect(await api.prisma.outboxEvent.findMany({ where: { jobName: JobName.SCHEDULE_VISIT_ALERTS } })).toEqual([
        expect.objectContaining({ queue: 'follow-ups', payload: { placementId } }),
      ]);
    });

    it('goes to the station covering the city before the one covering its province, else to the home centre by phone', async () => {
      const qingdao = await planOf(await place({ place: QINGDAO }));
      expect(qingdao[1]).toMatchObject({ stationId: stations.qingdao, channel: 'IN_PERSON' });
      for (const placementId of [await place({ place: SHANGHAI }), await place({ place: 'JP' })]) {
        const plan = await planOf(placementId);
        expect(plan[1]).toMatchObject({ stationId: stations.home, channel: 'PHONE' });
        expect(plan.every((visit: { channel: string }) => visit.channel === 'PHONE')).toBe(true);
      }
    });

    it('replaces the visits already past of a placement registered late by one call today', async () => {
      const plan = await planOf(await place({ startDate: '2026-01-05' }));
      expect(plan.slice(0, 3).map((visit: { dueDate: string; channel: string }) => [visit.dueDate, visit.channel])).toEqual([
        ['2026-03-02', 'PHONE'],
        ['2026-03-05', 'PHONE'],
        ['2026-04-05', 'PHONE'],
      ]);
    });

    it('cancels the visits after the end date when the placement ends, keeping those before', async () => {
      const placementId = await place();
      api.clock.set(at9('2026-04-20'));
      await api.ok(END_PLACEMENT, { id: placementId, endDate: '2026-04-15' }, await api.admin());
      const plan = await planOf(placementId);
      expect(plan.slice(0, 3).map((visit: { status: string }) => visit.status)).toEqual(['PLANNED', 'PLANNED', 'CANCELLED']);
      expect(plan.filter((visit: { status: string }) => visit.status === 'CANCELLED')).toHaveLength(11);
    });

    it('moves unlogged visits and open cases to a new station covering them, and back when it gives the area up', async () => {
      const placementId = await place({ place: SHANGHAI });
      const [first] = await planOf(placementId);
      api.clock.set(at9('2026-03-09'));
      await api.ok(LOG, { visitId: first.id, input: { ...REACHED, wagePaidOnTime: false } }, await api.admin());
      const shanghaiInput = { name: '上海服务站', cityCode: SHANGHAI.cityCode, address: '浦东新区', phone: '021-58881234', coverage: [{ provinceCode: SHANGHAI.provinceCode }] };
      const shanghai = (await api.ok(CREATE_STATION, { input: shanghaiInput }, await api.admin())).createServiceStation.id;

      const moved = await planOf(placementId);
      expect(moved[0]).toMatchObject({ status: 'DONE', stationId: stations.home });
      expect(moved[1]).toMatchObject({ stationId: shanghai, channel: 'IN_PERSON' });
      expect(moved.slice(1).every((visit: { stationId: string }) => visit.stationId === shanghai)).toBe(true);
      expect(await api.prisma.rightsCase.findFirstOrThrow({ where: { placementId } })).toMatchObject({ stationId: shanghai });

      await api.ok(UPDATE_STATION, { id: shanghai, input: { coverage: [{ provinceCode: '320000' }] } }, await api.admin());
      const back = await planOf(placementId);
      expect(back[1]).toMatchObject({ stationId: stations.home, channel: 'PHONE' });
      expect(await api.prisma.rightsCase.findFirstOrThrow({ where: { placementId } })).toMatchObject({ stationId: stations.home });
    });
  });

  describe('reassign (the hook for a placement that moves)', () => {
    it('hands the unlogged visits of a placement that moved to the station covering its new city', async () => {
      const placementId = await place();
      const [first] = await planOf(placementId);
      api.clock.set(at9('2026-03-09'));
      await api.ok(LOG, { visitId: first.id, input: REACHED }, await api.admin());
      await api.prisma.placement.update({ where: { id: placementId }, data: { ...QINGDAO, cityName: '青岛市' } });
      const moved = await api.prisma.$transaction((tx) => api.app.get(FollowUpPlanner).reassign(tx, placementId));
      expect(moved).toBe(12);
      const plan = await planOf(placementId);
      expect(plan[0]).toMatchObject({ stationId: stations.beijing, status: 'DONE' });
      expect(plan.slice(1).every((visit: { stationId: string }) => visit.stationId === stations.qingdao)).toBe(true);
      expect(await api.prisma.$transaction((tx) => api.app.get(FollowUpPlanner).reassign(tx, placementId))).toBe(0);
    });
  });

  describe('followUpsDue', () => {
    it('lists a station’s overdue, today’s and upcoming visits, not those logged or of other stations', async () => {
      const early = await place({ startDate: '2026-03-02' }); // day 7: 2026-03-09
      const escalated = await place({ startDate: '2026-03-01' }); // day 7: 2026-03-08, marked OVERDUE by the worker
      const onTime = await place({ startDate: '2026-03-04' }); // day 7: 2026-03-11
      const later = await place({ startDate: '2026-03-06' }); // day 7: 2026-03-13
      const logged = await place({ startDate: '2026-03-03' });
      await place({ place: QINGDAO, startDate: '2026-03-04' });
      api.clock.set(at9('2026-03-11'));
      await api.ok(LOG, { visitId: (await planOf(logged))[0].id, input: REACHED }, await api.admin());
      await api.prisma.followUpVisit.update({ where: { id: (await planOf(escalated))[0].id }, data: { status: 'OVERDUE', escalatedAt: at9('2026-03-11') } });

      const staff = await staffOf(stations.beijing);
      // Up to the day before the first day-30 visit (2026-03-31).
      const { followUpsDue } = await api.ok(DUE, { stationId: stations.beijing, until: '2026-03-30' }, staff);
      const firstOf = async (placementId: string) => (await planOf(placementId))[0].id;
      expect(followUpsDue.overdue).toEqual([
        { id: await firstOf(escalated), dueDate: '2026-03-08', status: 'OVERDUE' },
        { id: await firstOf(early), dueDate: '2026-03-09', status: 'PLANNED' },
      ]);
      expect(followUpsDue.today).toEqual([{ id: await firstOf(onTime), dueDate: '2026-03-11' }]);
      expect(followUpsDue.upcoming).toEqual([{ id: await firstOf(later), dueDate: '2026-03-13' }]);

      const admin = await api.ok(DUE, { stationId: stations.qingdao, until: '2026-03-11' }, await api.admin());
      expect(admin.followUpsDue.today).toHaveLength(1);
    });

    it('refuses a date in the past or too far ahead, another station’s list, an unknown station, and other roles', async () => {
      const staff = await staffOf(stations.beijing);
      const past = await api.gql(DUE, { stationId: stations.beijing, until: '2026-03-01' }, staff);
      expect(reasonOf(past)).toBe('UNTIL_IN_PAST');
      expect(fieldOf(past)).toBe('until');
      expect(reasonOf(await api.gql(DUE, { stationId: stations.beijing, until: '2026-06-30' }, staff))).toBe('UNTIL_TOO_FAR');
      const other = await api.gql(DUE, { stationId: stations.qingdao, until: '2026-03-31' }, staff);
      expect(errorCodes(other)).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(DUE, { stationId: UNKNOWN_ID, until: '2026-03-31' }, await api.admin()))).toEqual(['NOT_FOUND']);
      for (const role of [Role.TRAINEE, Role.AGENCY_STAFF, Role.SCHOOL_STAFF]) {
        expect(errorCodes(await api.gql(DUE, { stationId: stations.beijing, until: '2026-03-31' }, await api.tokenFor(role)))).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('logFollowUp', () => {
    it('records what the visit found, once, with the caregiver’s details for the station', async () => {
      const placementId = await place({ phone: '13912340001' });
      const [first] = await planOf(placementId);
      api.clock.set(at9('2026-03-09'));
      const staff = await staffOf(stations.beijing);
      const input = {
        channel: 'VIDEO',
        reached: true,
        wagePaidInFull: true,
        wagePaidOnTime: true,
        wageAmount: '4500',
        hoursPerWeek: 60,
        daysOffPerMonth: 4,
        livingConditions: '单独房间，伙食好',
        health: '良好',
        employerHoldsIdCard: false,
        employerHoldsContract: false,
        agencyFees: '300.50',
        caregiverSatisfactionEmployer: 5,
        caregiverSatisfactionAgency: 4,
        employerSatisfactionCaregiver: 5,
        reportsAbuse: false,
        reportsInjury: false,
        problems: '  想学习月嫂技能  ',
      };
      const { logFollowUp } = await api.ok(LOG, { visitId: first.id, input }, staff);
      const answers = Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'reached' && key !== 'channel'));
      expect(logFollowUp).toMatchObject({
        ...answers,
        status: 'DONE',
        loggedChannel: 'VIDEO',
        channel: 'PHONE',
        wageAmount: '4500.00',
        agencyFees: '300.50',
        problems: '想学习月嫂技能',
        loggedAt: at9('2026-03-09').toISOString(),
        loggedByUserId: await userIdOf(staff),
        caregiverPhone: '139****0001',
        workCity: '北京市',
        station: { id: stations.beijing, name: '北京服务站' },
        rightsCase: null,
      });
      expect(await api.prisma.rightsCase.count()).toBe(0);

      const again = await api.gql(LOG, { visitId: first.id, input: REACHED }, staff);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(reasonOf(again)).toBe('VISIT_ALREADY_LOGGED');
    });

    it('logs a visit the worker escalated as overdue, late', async () => {
      const [first] = await planOf(await place());
      await api.prisma.followUpVisit.update({ where: { id: first.id }, data: { status: 'OVERDUE', escalatedAt: at9('2026-03-12') } });
      api.clock.set(at9('2026-03-13'));
      const { logFollowUp } = await api.ok(LOG, { visitId: first.id, input: REACHED }, await staffOf(stations.beijing));
      expect(logFollowUp).toMatchObject({ status: 'DONE', loggedAt: at9('2026-03-13').toISOString() });
    });

    it.each([
      [{ wagePaidInFull: false }, 'WAGE_ARREARS', '工资未足额发放'],
      [{ wagePaidOnTime: false }, 'WAGE_ARREARS', '工资未按时发放'],
      [{ reportsAbuse: true }, 'ABUSE_HARASSMENT', '虐待或骚扰'],
      [{ reportsInjury: true, wagePaidInFull: false }, 'INJURY', '受伤'],
    ])('opens a rights case with the log when it reports %j', async (report, category, words) => {
      const placementId = await place();
      const [first] = await planOf(placementId);
      api.clock.set(at9('2026-03-09'));
      const { logFollowUp } = await api.ok(LOG, { visitId: first.id, input: { ...REACHED, ...report, problems: '雇主说下月再发' } }, await staffOf(stations.beijing));
      expect(logFollowUp.rightsCase).toMatchObject({ category, status: 'OPEN', followUpVisitId: first.id });
      expect(logFollowUp.rightsCase.description).toContain(words);
      expect(logFollowUp.rightsCase.description).toContain('雇主说下月再发');
      const rightsCase = await api.prisma.rightsCase.findUniqueOrThrow({ where: { id: logFollowUp.rightsCase.id } });
      expect(rightsCase).toMatchObject({ placementId, stationId: stations.beijing, acceptDueAt: at9('2026-03-10'), resolveDueAt: at9('2026-04-08') });
      expect(await api.prisma.outboxEvent.count({ where: { jobName: JobName.SCHEDULE_RIGHTS_CASE_DEADLINES, payload: { equals: { caseId: rightsCase.id } } } })).toBe(1);
    });

    it('counts visits that did not reach her, and tells the station and the admins at the third in a row', async () => {
      const placementId = await place();
      const plan = await planOf(placementId);
      api.clock.set(at9('2026-05-01'));
      const staff = await staffOf(stations.beijing);
      const admin = await api.admin();
      const otherStaff = await staffOf(stations.qingdao);
      const notReached = { channel: 'PHONE', reached: false, problems: '电话无人接听' };
      for (const visit of plan.slice(0, 2)) {
        expect((await api.ok(LOG, { visitId: visit.id, input: notReached }, staff)).logFollowUp).toMatchObject({ status: 'NOT_REACHED', wagePaidInFull: null });
      }
      expect(await api.prisma.notification.count()).toBe(0);
      await api.ok(LOG, { visitId: plan[2].id, input: notReached }, staff);
      const notifications = await api.prisma.notification.findMany({ where: { kind: 'FOLLOW_UP_NOT_REACHED' } });
      expect(notifications.map((n) => n.userId).sort()).toEqual([await userIdOf(staff), await userIdOf(admin)].sort());
      expect(notifications[0].body).toContain('已连续3次回访未联系上');
      expect(await api.prisma.notification.count({ where: { userId: await userIdOf(otherStaff) } })).toBe(0);
    });

    it('refuses answers without contact, a contact without the wage answers, and values out of range', async () => {
      const [first] = await planOf(await place());
      const staff = await staffOf(stations.beijing);
      const withAnswers = await api.gql(LOG, { visitId: first.id, input: { channel: 'PHONE', reached: false, hoursPerWeek: 40 } }, staff);
      expect(reasonOf(withAnswers)).toBe('ANSWERS_WITHOUT_CONTACT');
      expect(fieldOf(withAnswers)).toBe('hoursPerWeek');
      const noWage = await api.gql(LOG, { visitId: first.id, input: { channel: 'PHONE', reached: true, wagePaidInFull: true } }, staff);
      expect(reasonOf(noWage)).toBe('WAGE_ANSWER_REQUIRED');
      expect(fieldOf(noWage)).toBe('wagePaidOnTime');
      for (const [field, value] of [['hoursPerWeek', 169], ['caregiverSatisfactionEmployer', 6], ['employerSatisfactionCaregiver', 0], ['daysOffPerMonth', 32]] as const) {
        const result = await api.gql(LOG, { visitId: first.id, input: { ...REACHED, [field]: value } }, staff);
        expect(reasonOf(result)).toBe('VALIDATION_FAILED');
        expect(fieldOf(result)).toBe(`input.${field}`);
      }
      expect(fieldOf(await api.gql(LOG, { visitId: first.id, input: { ...REACHED, agencyFees: '-1' } }, staff))).toBe('input.agencyFees');
      expect(await api.prisma.followUpVisit.count({ where: { loggedAt: { not: null } } })).toBe(0);
    });

    it('refuses a visit too far ahead, a cancelled one, another station’s, an unknown one, and other roles', async () => {
      const placementId = await place();
      const plan = await planOf(placementId);
      const staff = await staffOf(stations.beijing);
      const early = await api.gql(LOG, { visitId: plan[1].id, input: REACHED }, staff);
      expect(errorCodes(early)).toEqual(['CONFLICT']);
      expect(reasonOf(early)).toBe('VISIT_NOT_DUE_YET');

      const otherStation = await api.gql(LOG, { visitId: plan[0].id, input: REACHED }, await staffOf(stations.qingdao));
      expect(errorCodes(otherStation)).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(LOG, { visitId: UNKNOWN_ID, input: REACHED }, staff))).toEqual(['NOT_FOUND']);
      for (const role of [Role.TRAINEE, Role.AGENCY_STAFF]) {
        expect(errorCodes(await api.gql(LOG, { visitId: plan[0].id, input: REACHED }, await api.tokenFor(role)))).toEqual(['FORBIDDEN']);
      }

      api.clock.set(at9('2026-03-05'));
      await api.ok(END_PLACEMENT, { id: placementId, endDate: '2026-03-05' }, await api.admin());
      const cancelled = await api.gql(LOG, { visitId: plan[0].id, input: REACHED }, staff);
      expect(reasonOf(cancelled)).toBe('VISIT_CANCELLED');
      expect(await api.prisma.followUpVisit.count({ where: { loggedAt: { not: null } } })).toBe(0);
    });
  });

  describe('station scoping', () => {
    it('shows staff of one station none of another station’s caregivers', async () => {
      const beijingPlacement = await place({ phone: '13912340002' });
      const qingdaoStaff = await staffOf(stations.qingdao);
      expect(errorCodes(await api.gql(PLAN, { placementId: beijingPlacement }, qingdaoStaff))).toEqual(['NOT_FOUND']);
      const beijingStaff = await staffOf(stations.beijing);
      const plan = await planOf(beijingPlacement, beijingStaff);
      expect(plan).toHaveLength(13);
      expect(errorCodes(await api.gql(DUE, { stationId: stations.beijing, until: '2026-03-31' }, qingdaoStaff))).toEqual(['NOT_FOUND']);
      const visible = await api.ok(
        `query($placementId: ID!) { followUpVisits(placementId: $placementId) { caregiverPhone trainee { name phone } agency { contactPhone } } }`,
        { placementId: beijingPlacement },
        beijingStaff,
      );
      // Masked in lists: the caregiver's phone (full only through revealCaregiverPhone) and the agency contact's.
      expect(visible.followUpVisits[0]).toMatchObject({ caregiverPhone: '139****0002', trainee: { phone: '139****0002' }, agency: { contactPhone: '010*****5678' } });
    });

    it('gives the full caregiver phone only through revealCaregiverPhone, to the visit’s station staff and admins, recorded as an unmasked read first', async () => {
      const REVEAL = `mutation($visitId: ID!) { revealCaregiverPhone(visitId: $visitId) { visitId traineeId name phone } }`;
      const placementId = await place({ phone: '13912340003' });
      const placement = await api.prisma.placement.findUniqueOrThrow({ where: { id: placementId }, include: { trainee: true } });
      const beijingStaff = await staffOf(stations.beijing);
      const [visit] = await planOf(placementId, beijingStaff);
      const reads = () => api.prisma.auditLog.findMany({ where: { kind: AuditKind.UNMASKED_READ, action: 'revealCaregiverPhone' }, orderBy: { id: 'asc' } });

      const { revealCaregiverPhone } = await api.ok(REVEAL, { visitId: visit.id }, beijingStaff);
      expect(revealCaregiverPhone).toEqual({ visitId: visit.id, traineeId: placement.traineeId, name: placement.trainee.name, phone: '13912340003' });
      const [entry] = await reads();
      expect(entry).toMatchObject({
        actorUserId: await userIdOf(beijingStaff),
        actorRole: Role.STATION_STAFF,
        target: `Trainee:${placement.traineeId}`,
        succeeded: true,
        details: { fields: ['phone'], visitId: visit.id },
      });
      expect(JSON.stringify((await reads()).map(({ target, details, userAgent }) => ({ target, details, userAgent })))).not.toContain('13912340003');

      // Another station's staff: NOT_FOUND; other roles and anonymous callers: refused. Nothing read, nothing recorded as read.
      expect(errorCodes(await api.gql(REVEAL, { visitId: visit.id }, await staffOf(stations.qingdao)))).toEqual(['NOT_FOUND']);
      for (const role of [Role.AGENCY_STAFF, Role.SCHOOL_STAFF, Role.TRAINEE]) {
        expect(errorCodes(await api.gql(REVEAL, { visitId: visit.id }, await api.tokenFor(role)))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await api.gql(REVEAL, { visitId: visit.id }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(REVEAL, { visitId: UNKNOWN_ID }, beijingStaff))).toEqual(['NOT_FOUND']);
      expect(await reads()).toHaveLength(1);

      // When the read cannot be recorded, the number is not given either.
      const audit = jest.spyOn(api.app.get(AuditLogService), 'recordOrFail').mockRejectedValueOnce(new Error('audit log unavailable'));
      try {
        const failed = await api.gql(REVEAL, { visitId: visit.id }, beijingStaff);
        expect(errorCodes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
        expect(JSON.stringify(failed)).not.toContain('13912340003');
      } finally {
        audit.mockRestore();
      }

      expect((await api.ok(REVEAL, { visitId: visit.id }, await api.admin())).revealCaregiverPhone.phone).toBe('13912340003');
      expect((await reads()).map((read) => read.actorRole)).toEqual([Role.STATION_STAFF, Role.ADMIN]);
    });
  });
});
