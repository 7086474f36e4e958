import type { Redis } from 'ioredis';
import { Role } from '@carebridge/db';
import { QueueName } from '@carebridge/queue';
import { visitJobAt } from '@carebridge/rules';
import { FollowUpPlanner, FollowUpReconciler, FollowUpsProcessor, RECONCILE_SCHEDULE, VisitAlerts, visitEscalationJobId, visitReminderJobId } from '@carebridge/stations';
import { eventually, TestApi, TestWorker } from '@carebridge/testing';
import { AppModule } from '../../api/src/app.module';
import { BEIJING, StationsFixtures } from '../../api/test/stations.fixtures';
import { WorkerModule } from '../src/worker.module';

const TIMING = { reminderDaysBefore: 1, escalateDaysAfterDue: 3 };
const START = new Date('2026-03-02T01:00:00Z'); // 09:00 in Beijing
const OPEN_CASE = `mutation($input: OpenRightsCaseInput!) { openRightsCase(input: $input) { id } }`;
const MOVE = `mutation($id: ID!, $to: RightsCaseStatus!) { transitionRightsCase(id: $id, to: $to, note: "办理") { id } }`;
const LOG = `mutation($visitId: ID!) { logFollowUp(visitId: $visitId, input: { channel: PHONE, reached: true, wagePaidInFull: true, wagePaidOnTime: true }) { id } }`;

describe('follow-up and rights-case jobs', () => {
  const worker = new TestWorker(WorkerModule, 'follow-ups');
  const api = new TestApi(AppModule);
  let fixtures: StationsFixtures;
  let station: string;
  let staffId: string;
  let adminId: string;
  let staffToken: string;
  let schedulerAtStart: unknown;

  const visitQueue = () => worker.queue(QueueName.FOLLOW_UPS);
  const caseQueue = () => worker.queue(QueueName.RIGHTS_CASES);
  const reconcile = () => worker.app.get(FollowUpReconciler).reconcile();
  /** Both applications read the same time. */
  const setClock = (instant: Date) => {
    worker.clock.set(instant);
    api.clock.set(instant);
  };
  const finished = (queue: () => ReturnType<typeof visitQueue>, jobId: string) => eventually(async () => (await queue().getJob(jobId))?.finishedOn, 8_000);

  beforeAll(async () => {
    await worker.start();
    schedulerAtStart = await worker.queue(QueueName.FOLLOW_UPS).getJobScheduler(RECONCILE_SCHEDULE.id);
    // The start-up passes run first: a reset while they run would pull their jobs from under them.
    await eventually(async () => (await worker.queue(QueueName.FOLLOW_UPS).getJobCounts('completed')).completed >= 2, 10_000);
    await api.start();
    fixtures = new StationsFixtures(worker.prisma, worker.factories);
  });
  afterAll(async () => {
    await api.close();
    await worker.close();
  });
  beforeEach(async () => {
    setClock(START);
    await worker.resetQueues();
    await api.reset();
    await worker.prisma.serviceStation.create({ data: { name: '服务中心', cityCode: '141100', address: '离石区', phone: '0358-8225678', isHomeCentre: true } });
    station = (
      await worker.prisma.serviceStation.create({
        data: { name: '北京服务站', cityCode: BEIJING.cityCode, address: '朝阳区', phone: '010-64781234', coverage: { create: [{ provinceCode: '110000' }] } },
      })
    ).id;
    staffToken = await api.tokenFor(Role.STATION_STAFF, { stationId: station });
    staffId = (await worker.prisma.user.findFirstOrThrow({ where: { role: Role.STATION_STAFF } })).id;
    await api.admin();
    adminId = (await worker.prisma.user.findFirstOrThrow({ where: { role: Role.ADMIN } })).id;
  });

  /** A placement started on `startDate` and its plan, written as createPlacement does (in one transaction). */
  async function plannedPlacement(startDate = '2026-03-02') {
    const placement = await fixtures.placement({ startDate });
    await worker.prisma.$transaction((tx) => worker.app.get(FollowUpPlanner).planForPlacement(tx, placement.id));
    const visits = await worker.prisma.followUpVisit.findMany({ where: { placementId: placement.id }, orderBy: { sequence: 'asc' } });
    return { placement, visits };
  }

  const notificationsOf = (kind: string) => worker.prisma.notification.findMany({ where: { kind }, orderBy: { userId: 'asc' } });

  it('registers the reconciler as a job scheduler every five minutes', async () => {
    expect(schedulerAtStart).toMatchObject({ name: 'reconcile-follow-ups', every: 300_000 });
  });

  it('adds a new plan’s reminder once it commits, reminds the station the day before at 09:00, and escalates 3 days after', async () => {
    const { visits } = await plannedPlacement();
    const [first] = visits;
    // The outbox row is relayed, and its job adds the reminders that fall within the week ahead.
    const reminder = await eventually(() => visitQueue().getJob(visitReminderJobId(first.id)));
    expect(await reminder.getState()).toBe('delayed');
    expect(reminder.data).toEqual({ visitId: first.id });
    expect(await visitQueue().getJob(visitEscalationJobId(first.id))).toBeUndefined();
    expect(await visitQueue().getJob(visitReminderJobId(visits[1].id))).toBeUndefined();

    // A minute early: nothing is due; the escalation, now within the week ahead, is added to wait.
    setClock(new Date('2026-03-08T00:59:00Z'));
    expect((await reconcile()).visitJobs).toEqual({ added: 1, promoted: 0, retried: 0 });
    expect(await (await visitQueue().getJob(visitEscalationJobId(first.id)))?.getState()).toBe('delayed');
    setClock(visitJobAt('REMINDER', '2026-03-09', TIMING));
    expect((await reconcile()).visitJobs).toMatchObject({ promoted: 1 });
    await finished(visitQueue, visitReminderJobId(first.id));
    expect(await worker.prisma.followUpVisit.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: 'PLANNED',
      remindedAt: new Date('2026-03-08T01:00:00Z'),
    });
    const [reminded] = await notificationsOf('FOLLOW_UP_REMINDER');
    expect(reminded).toMatchObject({ userId: staffId, title: '回访即将到期' });
    expect(reminded.body).toContain('2026-03-09');

    setClock(new Date('2026-03-12T02:00:00Z'));
    expect((await reconcile()).visitJobs).toMatchObject({ added: 0, promoted: 1 });
    await finished(visitQueue, visitEscalationJobId(first.id));
    expect(await worker.prisma.followUpVisit.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: 'OVERDUE',
      escalatedAt: new Date('2026-03-12T02:00:00Z'),
    });
    const overdue = await notificationsOf('FOLLOW_UP_OVERDUE');
    expect(overdue.map((n) => n.userId).sort()).toEqual([adminId, staffId].sort());
    expect(overdue[0].body).toContain('已逾期3天');
    expect(await worker.prisma.notification.count({ where: { kind: 'FOLLOW_UP_REMINDER' } })).toBe(1);
  });

  it('acts once however often a job runs, and not at all for a visit logged in time or a job run early', async () => {
    const { visits } = await plannedPlacement();
    const alerts = worker.app.get(VisitAlerts);
    const queued = await eventually(() => visitQueue().getJob(visitReminderJobId(visits[0].id)));
    setClock(new Date('2026-03-08T03:00:00Z'));
    // Three runs of one reminder at once, and then the queued job itself.
    const outcomes = await Promise.all([alerts.remind(visits[0].id), alerts.remind(visits[0].id), alerts.remind(visits[0].id)]);
    expect(outcomes.filter((outcome) => 'acted' in outcome && outcome.acted)).toHaveLength(1);
    await queued.promote();
    await finished(visitQueue, visitReminderJobId(visits[0].id));
    expect((await visitQueue().getJob(visitReminderJobId(visits[0].id)))?.returnvalue).toEqual({ acted: false });
    expect(await worker.prisma.notification.count()).toBe(1);

    // Too early: the job goes back to wait for its time instead of completing.
    expect(await alerts.escalate(visits[0].id)).toEqual({ notBefore: new Date('2026-03-12T01:00:00Z') });
    await api.ok(LOG, { visitId: visits[0].id }, staffToken);
    setClock(new Date('2026-03-20T01:00:00Z'));
    expect(await alerts.escalate(visits[0].id)).toEqual({ acted: false });
    expect((await reconcile()).visitJobs.added).toBe(0);
    expect(await worker.prisma.followUpVisit.findUniqueOrThrow({ where: { id: visits[0].id } })).toMatchObject({ status: 'DONE', escalatedAt: null });
  });

  it('moves through eight months of a plan in milliseconds: every visit reminded once at its time, the one left unlogged escalated, the plan extended', async () => {
    const { placement, visits } = await plannedPlacement();
    const unlogged = visits[3];
    for (const visit of visits.slice(0, 8)) {
      const due = visit.dueDate.toISOString().slice(0, 10);
      setClock(visitJobAt('REMINDER', due, TIMING));
      await reconcile();
      await finished(visitQueue, visitReminderJobId(visit.id));
      if (visit.id === unlogged.id) {
        setClock(visitJobAt('ESCALATION', due, TIMING));
        await reconcile();
        await finished(visitQueue, visitEscalationJobId(visit.id));
      } else {
        setClock(new Date(`${due}T03:00:00Z`));
        await api.ok(LOG, { visitId: visit.id }, staffToken);
      }
    }
    const after = await worker.prisma.followUpVisit.findMany({ where: { placementId: placement.id }, orderBy: { sequence: 'asc' } });
    for (const visit of after.slice(0, 8)) {
      expect(visit.remindedAt).toEqual(visitJobAt('REMINDER', visit.dueDate.toISOString().slice(0, 10), TIMING));
      expect(visit.status).toBe(visit.id === unlogged.id ? 'OVERDUE' : 'DONE');
    }
    expect(await worker.prisma.notification.count({ where: { kind: 'FOLLOW_UP_REMINDER' } })).toBe(8);
    expect(await worker.prisma.notification.count({ where: { kind: 'FOLLOW_UP_OVERDUE' } })).toBe(2);
    // Planned two years ahead of the last pass (2026-12-01): the quarterly visits of 2028 were appended as time passed.
    expect(after.map((visit) => visit.dueDate.toISOString().slice(0, 10)).slice(-3)).toEqual(['2028-03-02', '2028-06-02', '2028-09-02']);
    expect(after.map((visit) => visit.sequence)).toEqual(after.map((_, index) => index + 1));
  });

  it('plans active placements that have no plan yet, and extends nothing twice', async () => {
    const unplanned = await fixtures.placement({ startDate: '2026-02-20' });
    const first = await reconcile();
    expect(first.visitsPlanned).toBeGreaterThan(10);
    const plan = await worker.prisma.followUpVisit.findMany({ where: { placementId: unplanned.id }, orderBy: { sequence: 'asc' } });
    expect(plan[0]).toMatchObject({ sequence: 1, stationId: station, dueDate: new Date('2026-03-02T00:00:00Z') });
    // Its catch-up call is due today: the reminder's time is past, so it runs at once.
    await finished(visitQueue, visitReminderJobId(plan[0].id));
    expect((await reconcile()).visitsPlanned).toBe(0);
  });

  it('escalates a case not accepted within 24 hours and one not resolved within 30 days, once each', async () => {
    const placement = await fixtures.placement({ startDate: '2026-02-01', agencyId: (await fixtures.agency()).id });
    const caregiver = await api.tokenFor(Role.TRAINEE, { traineeId: placement.traineeId });
    const input = { category: 'WAGE_ARREARS', placementId: placement.id, description: '拖欠工资' };
    const late = (await api.ok(OPEN_CASE, { input }, caregiver)).openRightsCase.id;
    const onTime = (await api.ok(OPEN_CASE, { input }, caregiver)).openRightsCase.id;
    await eventually(() => caseQueue().getJob(`rights-case-accept-${late}`));
    await eventually(() => caseQueue().getJob(`rights-case-accept-${onTime}`));
    await api.ok(MOVE, { id: onTime, to: 'ACCEPTED' }, staffToken);

    setClock(new Date('2026-03-03T02:00:00Z'));
    await reconcile();
    await finished(caseQueue, `rights-case-accept-${late}`);
    expect(await worker.prisma.rightsCase.findUniqueOrThrow({ where: { id: late } })).toMatchObject({ acceptEscalatedAt: new Date('2026-03-03T02:00:00Z') });
    expect(await worker.prisma.rightsCase.findUniqueOrThrow({ where: { id: onTime } })).toMatchObject({ acceptEscalatedAt: null });
    const log = await worker.prisma.rightsCaseLogEntry.findMany({ where: { caseId: late, action: 'ESCALATED' } });
    expect(log).toEqual([expect.objectContaining({ actorUserId: null, note: '超过受理时限（24小时），已上报服务站和管理员' })]);
    const escalated = await notificationsOf('RIGHTS_CASE_ESCALATED');
    expect(escalated.map((n) => n.userId).sort()).toEqual([adminId, staffId].sort());

    await api.ok(MOVE, { id: late, to: 'ACCEPTED' }, staffToken);
    setClock(new Date('2026-04-02T01:00:00Z'));
    expect((await reconcile()).caseJobs.added).toBe(2);
    await finished(caseQueue, `rights-case-resolve-${late}`);
    await finished(caseQueue, `rights-case-resolve-${onTime}`);
    expect(await worker.prisma.rightsCaseLogEntry.count({ where: { action: 'ESCALATED' } })).toBe(3);
    expect(await worker.prisma.notification.count({ where: { kind: 'RIGHTS_CASE_ESCALATED' } })).toBe(6);
    expect((await reconcile()).caseJobs).toEqual({ added: 0, promoted: 0, retried: 0 });
  });

  it('rebuilds every due job after Redis is wiped mid-schedule: each reminder and escalation fires once, none twice', async () => {
    // Three caregivers a few days apart; the schedule runs for a while, then Redis loses everything.
    const a = await plannedPlacement('2026-03-02'); // day 7: 03-09 (reminder 03-08, escalation 03-12)
    const b = await plannedPlacement('2026-03-04'); // day 7: 03-11 (reminder 03-10, escalation 03-14)
    const c = await plannedPlacement('2026-03-09'); // day 7: 03-16 (reminder 03-15, escalation 03-19)
    await eventually(() => visitQueue().getJob(visitReminderJobId(a.visits[0].id)));

    setClock(new Date('2026-03-08T02:00:00Z'));
    await reconcile();
    await finished(visitQueue, visitReminderJobId(a.visits[0].id));
    expect(await visitQueue().getJob(visitReminderJobId(b.visits[0].id))).toBeDefined();

    // "Wipe" here means every key of this test's queue prefix (SCAN + DEL): other test files share
    // this Redis at the same time, so a FLUSHALL would wipe their queues too.
    const redis = (await visitQueue().getBackend().client) as unknown as Redis;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${worker.config.QUEUE_PREFIX}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    expect(await visitQueue().getJob(visitReminderJobId(b.visits[0].id))).toBeUndefined();
    expect(await visitQueue().getJobScheduler(RECONCILE_SCHEDULE.id)).toBeUndefined();

    // Redis stays empty past b's reminder and a's escalation; the first pass after brings back
    // those (due: run at once) and the ones ahead within the week (c's reminder and escalation, b's escalation).
    setClock(new Date('2026-03-13T02:00:00Z'));
    expect((await reconcile()).visitJobs).toEqual({ added: 5, promoted: 0, retried: 0 });
    await finished(visitQueue, visitReminderJobId(b.visits[0].id));
    await finished(visitQueue, visitEscalationJobId(a.visits[0].id));
    setClock(new Date('2026-03-15T02:00:00Z'));
    await reconcile();
    await finished(visitQueue, visitReminderJobId(c.visits[0].id));
    await finished(visitQueue, visitEscalationJobId(b.visits[0].id));
    setClock(new Date('2026-03-19T02:00:00Z'));
    await reconcile();
    await finished(visitQueue, visitEscalationJobId(c.visits[0].id));
    expect((await reconcile()).visitJobs).toEqual({ added: 0, promoted: 0, retried: 0 });

    const firsts = new Map((await worker.prisma.followUpVisit.findMany({ where: { id: { in: [a, b, c].map((p) => p.visits[0].id) } } })).map((v) => [v.id, v]));
    // The reminder a got before the wipe keeps its time: it was not sent again.
    expect(firsts.get(a.visits[0].id)).toMatchObject({ remindedAt: new Date('2026-03-08T02:00:00Z'), escalatedAt: new Date('2026-03-13T02:00:00Z') });
    expect(firsts.get(b.visits[0].id)).toMatchObject({ remindedAt: new Date('2026-03-13T02:00:00Z'), escalatedAt: new Date('2026-03-15T02:00:00Z') });
    expect(firsts.get(c.visits[0].id)).toMatchObject({ remindedAt: new Date('2026-03-15T02:00:00Z'), escalatedAt: new Date('2026-03-19T02:00:00Z') });
    // One notification per visit and recipient, nothing twice: staff for 3 reminders; staff and admin for 3 escalations.
    expect(await worker.prisma.notification.count({ where: { kind: 'FOLLOW_UP_REMINDER' } })).toBe(3);
    expect(await worker.prisma.notification.count({ where: { kind: 'FOLLOW_UP_OVERDUE' } })).toBe(6);

    // The schedule itself comes back too: the worker checks for it every minute.
    expect(await worker.app.get(FollowUpsProcessor).ensureSchedule()).toBe(true);
    expect(await visitQueue().getJobScheduler(RECONCILE_SCHEDULE.id)).toMatchObject({ every: 300_000 });
  });
});
