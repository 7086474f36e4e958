import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import Redis from 'ioredis';
import { Role } from '@carebridge/db';
import { addDays, localDateToDb, localHourInstant, toLocalDate } from '@carebridge/rules';
import { eventually, TestApi } from '@carebridge/testing';
import { AppModule } from '../../api/src/app.module';
import { StationsFixtures } from '../../api/test/stations.fixtures';

/** Visits whose reminder is due now, and visits (already reminded) whose escalation is due now. */
const REMINDERS = 300;
const ESCALATIONS = 100;
/** BullMQ hands a dead worker's jobs to another once their 30 s lock expired and a stall check ran. */
const RECOVERY_MS = 120_000;

/**
 * The real worker as a child process, as it runs in production (real clock, its own queue prefix),
 * killed with SIGKILL while it works through a backlog of alerts; a second one takes over.
 */
describe('a worker killed in the middle of processing', () => {
  const api = new TestApi(AppModule);
  const prefix = `${process.env.QUEUE_PREFIX}-crash-${process.pid}`;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await api.start();
    await api.reset();
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await deleteKeys(`${prefix}:*`);
    redis.disconnect();
    await api.close();
  });

  function startWorker(): ChildProcess {
    const child = spawn('node', ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, QUEUE_PREFIX: prefix, WORKER_HEALTH_PORT: String(40_000 + Math.floor(Math.random() * 20_000)), SWC_NODE_PROJECT: 'tsconfig.json', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  }

  async function deleteKeys(pattern: string): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  /**
   * Placements with one visit each, dated from today (the child runs on the real clock): visits
   * whose reminder is due (their escalation days ahead), and visits reminded already whose
   * escalation is due.
   */
  async function arrange(stationId: string): Promise<{ reminderIds: string[]; escalationIds: string[] }> {
    const fixtures = new StationsFixtures(api.prisma, api.factories);
    const today = toLocalDate(new Date());
    const ids = { reminderIds: [] as string[], escalationIds: [] as string[] };
    for (let n = 0; n < REMINDERS + ESCALATIONS; n++) {
      const reminder = n < REMINDERS;
      // Due today: reminded since yesterday 09:00 whatever the hour; due 4 days ago: escalated since yesterday 09:00.
      const dueDate = reminder ? today : addDays(today, -4);
      const placement = await fixtures.placement({ startDate: addDays(dueDate, -7) });
      const visit = await api.prisma.followUpVisit.create({
        data: {
          placementId: placement.id,
          stationId,
          sequence: 1,
          dueDate: localDateToDb(dueDate),
          channel: 'PHONE',
          remindedAt: reminder ? null : localHourInstant(addDays(dueDate, -1), 9),
        },
      });
      (reminder ? ids.reminderIds : ids.escalationIds).push(visit.id);
    }
    return ids;
  }

  it('loses no job and repeats no side effect', async () => {
    await api.prisma.serviceStation.create({ data: { name: '服务中心', cityCode: '141100', address: '离石区', phone: '0358-8225678', isHomeCentre: true } });
    const station = await api.prisma.serviceStation.create({
      data: { name: '北京服务站', cityCode: '110100', address: '朝阳区', phone: '010-64781234', coverage: { create: [{ provinceCode: '110000' }] } },
    });
    await api.tokenFor(Role.STATION_STAFF, { stationId: station.id });
    await api.admin();
    const { reminderIds, escalationIds } = await arrange(station.id);
    const acted = () =>
      api.prisma.followUpVisit.findMany({
        where: { OR: [{ id: { in: reminderIds }, remindedAt: { not: null } }, { id: { in: escalationIds }, escalatedAt: { not: null } }] },
        select: { id: true, remindedAt: true, escalatedAt: true },
      });

    // The first worker's start-up reconciliation finds the backlog; it is killed once under way.
    const first = startWorker();
    await eventually(async () => (await acted()).length >= 40, 60_000);
    first.kill('SIGKILL');
    await once(first, 'exit');
    const actedBeforeKill = await acted();
    expect(actedBeforeKill.length).toBeLessThan(REMINDERS + ESCALATIONS);
    // Jobs it had taken and not finished stay locked by the dead worker until their lock expires.
    expect(await redis.llen(`${prefix}:follow-ups:active`)).toBeGreaterThan(0);

    // A second worker takes over: its reconciler re-adds what never reached Redis, BullMQ hands it
    // the dead worker's stalled jobs, and the conditional updates stop any repeat.
    const second = startWorker();
    await eventually(async () => (await acted()).length === REMINDERS + ESCALATIONS, RECOVERY_MS);
    second.kill('SIGTERM');
    await once(second, 'exit');

    // What the first worker did kept its time, and each visit told each recipient once.
    const after = new Map((await acted()).map((visit) => [visit.id, visit]));
    for (const visit of actedBeforeKill) expect(after.get(visit.id)).toEqual(visit);
    expect(await api.prisma.notification.count({ where: { kind: 'FOLLOW_UP_REMINDER' } })).toBe(REMINDERS);
    expect(await api.prisma.notification.count({ where: { kind: 'FOLLOW_UP_OVERDUE' } })).toBe(ESCALATIONS * 2);
    expect(await api.prisma.followUpVisit.count({ where: { id: { in: reminderIds }, escalatedAt: { not: null } } })).toBe(0);
  }, RECOVERY_MS + 90_000);
});
