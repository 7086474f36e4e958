/**
 * Follow-up benchmark (run through bench/follow-ups/run.sh, which creates and drops its own
 * database and queue prefix): plans for BENCH_PLACEMENTS placements (default 100,000, about 1.3
 * million visits), their alert jobs enqueued, and reconciler passes over them. Prints a JSON
 * report; RESULTS.md records a run.
 */
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { ClockModule, PiiModule } from '@carebridge/common';
import { ConfigModule } from '@carebridge/config';
import { DbModule, PrismaService } from '@carebridge/db';
import { QueueModule, QueueName } from '@carebridge/queue';
import { FollowUpPlanner, FollowUpReconciler, FollowUpsWorkerModule } from '@carebridge/stations';

const PLACEMENTS = Number(process.env.BENCH_PLACEMENTS ?? 100_000);
/** Placements planned one by one as createPlacement does (a transaction each, with its outbox row). */
const ONE_BY_ONE = Math.min(2_000, PLACEMENTS);
const CONCURRENCY = 8;
/** A window longer than any plan: every planned visit's jobs, not only the week ahead. */
const WHOLE_PLAN_MS = 30 * 31 * 86_400_000;

@Module({ imports: [ConfigModule, DbModule, PiiModule, ClockModule, QueueModule, FollowUpsWorkerModule] })
class BenchModule {}

const seconds = (from: number) => Math.round(performance.now() - from) / 1000;

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
  const prisma = app.get(PrismaService);
  const planner = app.get(FollowUpPlanner);
  const reconciler = app.get(FollowUpReconciler);
  const queues = [QueueName.FOLLOW_UPS, QueueName.RIGHTS_CASES].map((name) => app.get<Queue>(getQueueToken(name)));
  const redis = (await queues[0].getBackend().client) as unknown as Redis;
  const report: Record<string, unknown> = { placements: PLACEMENTS };
  try {
    await arrange(prisma);
    const memoryBefore = await usedMemory(redis);

    // 1. The transactional path, as createPlacement runs it: one transaction per placement.
    const sample = await prisma.$queryRaw<Array<{ id: string }>>`SELECT id FROM placements ORDER BY id LIMIT ${ONE_BY_ONE}`;
    let started = performance.now();
    for (let i = 0; i < sample.length; i += CONCURRENCY) {
      await Promise.all(sample.slice(i, i + CONCURRENCY).map(({ id }) => prisma.$transaction((tx) => planner.planForPlacement(tx, id))));
    }
    const oneByOne = seconds(started);
    console.error(`planned ${sample.length} placements one by one in ${oneByOne} s`);
    report.transactionalPlans = { placements: sample.length, seconds: oneByOne, placementsPerSecond: Math.round(sample.length / oneByOne) };

    // 2. The bulk path: the reconciler plans every placement still without a plan.
    started = performance.now();
    const bulkVisits = await planner.extendOpenPlans();
    const bulk = seconds(started);
    console.error(`planned ${bulkVisits} visits in bulk in ${bulk} s`);
    const visits = await prisma.followUpVisit.count();
    report.bulkPlans = { placements: PLACEMENTS - sample.length, visits: bulkVisits, seconds: bulk, visitsPerSecond: Math.round(bulkVisits / bulk) };
    report.visitsPlanned = visits;
    report.loadAverage = os.loadavg().map((load) => Math.round(load * 10) / 10);

    // 3. A reconciler pass enqueues the alert jobs of the week ahead (what Redis holds in operation).
    report.windowEnqueue = await timedPass(() => reconciler.reconcile(), redis, memoryBefore);
    report.windowSteadyPass = await timedPass(() => reconciler.reconcile(), redis, memoryBefore);

    // 4. Every planned visit's jobs, two years of them, and then passes that read and check them all.
    report.wholePlanEnqueue = await timedPass(() => reconciler.reconcile({ windowMs: WHOLE_PLAN_MS }), redis, memoryBefore);
    report.wholePlanSteadyPass = await timedPass(() => reconciler.reconcile({ windowMs: WHOLE_PLAN_MS }), redis, memoryBefore);

    // 5. Redis wiped: the regular pass rebuilds the week ahead.
    await Promise.all(queues.map((queue) => queue.obliterate({ force: true })));
    report.rebuildAfterWipe = await timedPass(() => reconciler.reconcile(), redis, memoryBefore);
    report.loadAverageAtEnd = os.loadavg().map((load) => Math.round(load * 10) / 10);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await Promise.all(queues.map((queue) => queue.obliterate({ force: true })));
    await app.close();
  }
}

async function timedPass(pass: () => ReturnType<FollowUpReconciler['reconcile']>, redis: Redis, memoryBefore: number) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const outcome = await pass();
  const elapsed = seconds(started);
  const cpu = process.cpuUsage(cpuBefore);
  const jobs = outcome.visitJobs.added + outcome.caseJobs.added;
  console.error(`pass: ${elapsed} s, ${outcome.visitsRead} visits read, ${jobs} jobs added`);
  return {
    seconds: elapsed,
    /** CPU this process used: the rest of the wall time went to PostgreSQL, Redis and waiting for a CPU. */
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1000) / 1000,
    visitsRead: outcome.visitsRead,
    jobsAdded: jobs,
    jobsPerSecond: Math.round(jobs / elapsed),
    promoted: outcome.visitJobs.promoted,
    redisMemoryMiB: Math.round(((await usedMemory(redis)) - memoryBefore) / 2 ** 20),
  };
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1]);
}

/**
 * The home centre, a station per province for 30 provinces (like the programme's 29 cities in 13
 * provinces, grown), and the placements: one per trainee, in cities all over China, started over
 * the last week and the next three (so every plan has its full two years of visits).
 */
async function arrange(prisma: PrismaService): Promise<void> {
  await prisma.$executeRaw`INSERT INTO service_stations (id, name, city_code, address, phone, is_home_centre, updated_at)
    VALUES (gen_random_uuid(), '吕梁山护工服务中心', '141100', '离石区', '0358-8225678', true, now())`;
  await prisma.$executeRaw`
    WITH picked AS (SELECT code FROM provinces WHERE code <> '140000' ORDER BY code LIMIT 30),
    stations AS (
      INSERT INTO service_stations (id, name, city_code, address, phone, updated_at)
      SELECT gen_random_uuid(), '服务站' || p.code, (SELECT min(c.code) FROM cities c WHERE c.province_code = p.code), '地址', '010-64781234', now()
      FROM picked p RETURNING id, name)
    INSERT INTO station_coverage (id, station_id, province_code) SELECT gen_random_uuid(), s.id, substr(s.name, 4) FROM stations s`;
  await prisma.$executeRaw`
    INSERT INTO trainees (id, name, resident_id_cipher, resident_id_hash, phone_cipher, phone_hash, birth_date, sex, county_code,
                          household_category, education_level, majors_wanted, destinations_wanted, status, updated_at)
    SELECT gen_random_uuid(), '护工' || g, 'bench', md5('id' || g), 'bench', md5('phone' || g), DATE '1985-06-15', 'FEMALE', '141124',
           'RURAL', 'JUNIOR_HIGH', '{ELDERCARE}', '{}', 'PLACED', now()
    FROM generate_series(1, ${PLACEMENTS}) g`;
  await prisma.$executeRaw`
    WITH city AS (SELECT code, province_code, name, row_number() OVER (ORDER BY code) - 1 AS n FROM cities),
         cities_count AS (SELECT count(*) AS total FROM cities),
         trainee AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM trainees)
    INSERT INTO placements (id, trainee_id, country_code, province_code, city_code, city_name, monthly_wage_fen, start_date, updated_at)
    SELECT gen_random_uuid(), t.id, 'CN', c.province_code, c.code, c.name, 450000,
           (now() AT TIME ZONE 'Asia/Shanghai')::date - 7 + (t.n % 30)::int, now()
    FROM trainee t CROSS JOIN cities_count cc JOIN city c ON c.n = t.n % cc.total`;
  await prisma.$executeRaw`ANALYZE`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
