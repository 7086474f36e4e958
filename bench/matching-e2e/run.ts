/**
 * End-to-end matching benchmark: a database of its own filled with 100,000 AVAILABLE certified
 * trainees and 20,000 OPEN demands (2,000 agencies with agreements), then `runMatching` through
 * the real path — the API's MatchingRunsService writes the run and its outbox row, the real
 * WorkerModule (in this process) relays it to BullMQ on Redis, the matching processor loads,
 * solves and writes — timed until the run is DONE, checked, and the database dropped.
 *
 *   node -r @swc-node/register bench/matching-e2e/run.ts [--trainees 100000] [--demands 20000] [--keep] [--reuse]
 *
 * --keep leaves the database in place; --reuse runs again on a kept one (its earlier runs removed).
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { ConsoleLogger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const TRAINEES = option('trainees', 100_000);
const DEMANDS = option('demands', 20_000);
const AGENCIES = Math.max(100, Math.round(DEMANDS / 10));
const KEEP = args.includes('--keep');
const REUSE = args.includes('--reuse');
const DB_NAME = 'carebridge_bench_matching';
const SERVER_URL = process.env.BENCH_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432';
const DB_URL = `${SERVER_URL}/${DB_NAME}`;

// The application reads its configuration from the environment when its modules load.
process.env.DATABASE_URL = DB_URL;
process.env.QUEUE_PREFIX = `carebridge-bench-${process.pid}`;
process.env.OUTBOX_POLL_INTERVAL_MS = '50';
process.env.LOG_LEVEL = 'warn';
process.env.SWC_NODE_PROJECT ??= 'tsconfig.json';

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const log = (line: string) => console.log(line);

/** Warnings and errors, and of the rest only the runner's account of where the run's time went. */
class BenchLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context === 'MatchingRunner') super.log(message, context);
  }
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function createDatabase(): Promise<void> {
  await sql(`${SERVER_URL}/postgres`, `DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await sql(`${SERVER_URL}/postgres`, `CREATE DATABASE ${DB_NAME}`);
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: DB_URL }, stdio: 'ignore' });
}

async function dropDatabase(): Promise<void> {
  await sql(`${SERVER_URL}/postgres`, `DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
}

/** Every trainee gets the same (real) ciphertext of one phone, so the worker's SMS step can decrypt it. */
async function seed(phoneCipher: string): Promise<void> {
  execFileSync(
    'psql',
    [DB_URL, '-q', '-v', 'ON_ERROR_STOP=1', '-v', `trainees=${TRAINEES}`, '-v', `demands=${DEMANDS}`, '-v', `agencies=${AGENCIES}`,
      '-v', `phone_cipher=${phoneCipher}`, '-f', `${__dirname}/seed.sql`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

interface RunRow {
  status: string;
  progress: number;
  candidate_count: number | null;
  slot_count: number | null;
  pair_count: number | null;
  proposal_count: number | null;
  unmatched_count: number | null;
  total_score: string | null;
  duration_ms: number | null;
  error: string | null;
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`Matching end to end: ${TRAINEES.toLocaleString('en')} trainees, ${DEMANDS.toLocaleString('en')} demands, ${AGENCIES} agencies`);
  // Loaded after the environment is set: their modules read it.
  const { PiiCipher, PiiModule } = await import('@carebridge/common');
  const { loadConfig } = await import('@carebridge/config');
  const config = loadConfig();
  if (REUSE) {
    await sql(DB_URL, 'TRUNCATE match_proposals, matching_unmatched, matching_runs, outbox_events, notifications, sms_messages');
    log(`database ${DB_NAME} reused: earlier runs removed`);
  } else {
    await createDatabase();
    const migrated = performance.now();
    log(`database ${DB_NAME} created and migrated in ${seconds(migrated - started)} s`);
    await seed(new PiiCipher(config.PII_ENCRYPTION_KEYS, config.PII_HMAC_KEY).encrypt('13900001111'));
    log(`seeded in ${seconds(performance.now() - migrated)} s`);
  }
  const [world] = await sql<{ trainees: number; certificates: number; demands: number; slots: number }>(
    DB_URL,
    `SELECT (SELECT count(*) FROM trainees)::int AS trainees, (SELECT count(*) FROM certificates)::int AS certificates,
            (SELECT count(*) FROM job_demands)::int AS demands, (SELECT sum(headcount) FROM job_demands)::int AS slots`,
  );
  log(`world: ${JSON.stringify(world)}`);
  const seeded = performance.now();

  const { WorkerModule } = await import('../../apps/worker/src/worker.module');
  const { PlacesModule } = await import('@carebridge/places');
  const { MatchingRunsService } = await import('@carebridge/matching');
  const { Role } = await import('@carebridge/db');

  /** The worker as deployed, plus the API service that asks for a run. */
  @Module({ imports: [WorkerModule, PlacesModule, PiiModule], providers: [MatchingRunsService] })
  class BenchModule {}

  const app = await NestFactory.createApplicationContext(BenchModule, { logger: new BenchLogger() });
  await app.init();
  const booted = performance.now();
  log(`worker booted in ${seconds(booted - seeded)} s`);

  const admin = { id: '00000000-0000-4000-8000-00000000a0a0', role: Role.ADMIN, schoolId: null, traineeId: null, agencyId: null, stationId: null };
  const requestedAt = performance.now();
  const run = await app.get(MatchingRunsService).request(null, admin);
  const phases: string[] = [];
  let lastProgress = -1;
  let row: RunRow;
  for (;;) {
    [row] = await sql<RunRow>(DB_URL, 'SELECT * FROM matching_runs WHERE id = $1', [run.id]);
    if (row.progress !== lastProgress) {
      phases.push(`${seconds(performance.now() - requestedAt)} s: ${row.status} ${row.progress} %`);
      lastProgress = row.progress;
    }
    if (row.status === 'DONE' || row.status === 'FAILED') break;
    if (performance.now() - requestedAt > 600_000) throw new Error('run not finished within 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const doneMs = performance.now() - requestedAt;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  log(`runMatching → ${row.status} in ${seconds(doneMs)} s (the run's own duration ${row.duration_ms} ms); peak RSS ${peakRssMiB.toFixed(0)} MiB`);
  log(`progress: ${phases.join(' | ')}`);
  if (row.status !== 'DONE') throw new Error(`run failed: ${row.error}`);

  const [check] = await sql<Record<string, number | string>>(
    DB_URL,
    `SELECT count(*)::int AS proposals, count(DISTINCT trainee_id)::int AS trainees,
            (SELECT count(*) FROM matching_unmatched WHERE run_id = $1)::int AS unmatched,
            sum(score)::text AS "scoreSum",
            count(*) FILTER (WHERE score <> (SELECT sum((c->>'points')::int) FROM jsonb_array_elements(components) c))::int AS "explanationsNotSumming",
            (SELECT count(*) FROM (SELECT p.demand_id FROM match_proposals p JOIN job_demands d ON d.id = p.demand_id
               WHERE p.run_id = $1 GROUP BY p.demand_id, d.headcount HAVING count(*) > d.headcount) over)::int AS "demandsOverHeadcount",
            (SELECT count(*) FROM outbox_events WHERE job_name = 'publish-proposals')::int AS "publishJobs"
     FROM match_proposals WHERE run_id = $1`,
    [run.id],
  );
  log(`run: ${JSON.stringify({ ...row, error: undefined })}`);
  log(`checks: ${JSON.stringify(check)}`);
  const ok =
    check.proposals === row.proposal_count &&
    check.trainees === check.proposals &&
    check.unmatched === row.unmatched_count &&
    check.scoreSum === row.total_score &&
    check.explanationsNotSumming === 0 &&
    check.demandsOverHeadcount === 0 &&
    check.publishJobs === 1;
  log(ok ? 'checks passed' : 'CHECKS FAILED');

  // After DONE, in the background of the run: one job adds every proposal's announcement and expiry timer.
  const { getQueueToken } = await import('@nestjs/bullmq');
  const { outboxJobId, QueueName: Queues } = await import('@carebridge/queue');
  const [publish] = await sql<{ id: string }>(DB_URL, `SELECT id::text FROM outbox_events WHERE job_name = 'publish-proposals'`);
  const matchingQueue = app.get<import('bullmq').Queue>(getQueueToken(Queues.MATCHING));
  for (;;) {
    const job = await matchingQueue.getJob(outboxJobId(BigInt(publish.id)));
    if (job?.finishedOn) {
      log(`publish: ${JSON.stringify(job.returnvalue)} announcement and expiry jobs queued ${seconds(job.finishedOn - (job.processedOn ?? job.finishedOn))} s after it started, ${seconds(performance.now() - requestedAt - doneMs)} s after DONE`);
      break;
    }
    if (performance.now() - requestedAt - doneMs > 300_000) throw new Error('publish not finished within 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const { QueueName, redisConnection } = await import('@carebridge/queue');
  await app.close();
  // The run's announcements and expiry timers were being published: remove this benchmark's queues.
  const { Queue } = await import('bullmq');
  for (const name of Object.values(QueueName)) {
    const queue = new Queue(name, { connection: redisConnection(config.REDIS_URL), prefix: process.env.QUEUE_PREFIX });
    await queue.obliterate({ force: true });
    await queue.close();
  }
  if (!KEEP) await dropDatabase();
  log(`total ${seconds(performance.now() - started)} s${KEEP ? ` (database ${DB_NAME} kept)` : `; database ${DB_NAME} dropped`}`);
  if (!ok) process.exitCode = 1;
}

main().catch(async (error: unknown) => {
  console.error(error);
  if (!KEEP) await dropDatabase().catch(() => undefined);
  process.exit(1);
});
