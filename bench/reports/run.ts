/**
 * Reports benchmark: a database of its own filled with 1,000,000 trainees (≈1.1 M enrollments,
 * ≈0.98 M certificates, ≈0.6 M placements, ≈3 M wage records, visits, rights cases, subsidies),
 * then the report summaries rebuilt through ReportRefreshService and every report timed through
 * its service (p50/p95 over --runs runs), the figures checked against plain SQL over the
 * operational tables, bench/reports/RESULTS.md written, and the database dropped.
 *
 *   node -r @swc-node/register bench/reports/run.ts [--trainees 1000000] [--runs 20] [--keep] [--reuse]
 *
 * --keep leaves the database; --reuse skips creating and seeding it (a kept one; run
 * `prisma migrate deploy` on it first if migrations came since). BENCH_DB_NAME names the database.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const TRAINEES = option('trainees', 1_000_000);
const RUNS = option('runs', 20);
const KEEP = args.includes('--keep');
const REUSE = args.includes('--reuse');
// BENCH_DB_NAME: a database of one's own when several people benchmark on one server.
const DB_NAME = process.env.BENCH_DB_NAME ?? 'carebridge_bench_reports';
const SERVER_URL = process.env.BENCH_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432';
const DB_URL = `${SERVER_URL}/${DB_NAME}`;

// The application reads its configuration from the environment when its modules load.
process.env.DATABASE_URL = DB_URL;
process.env.LOG_LEVEL = 'warn';
process.env.SWC_NODE_PROJECT ??= 'tsconfig.json';

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const lines: string[] = [];
const log = (line: string) => {
  console.log(line);
  lines.push(line);
};

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const dropDatabase = () => sql(`${SERVER_URL}/postgres`, `DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);

async function createAndSeed(today: string): Promise<void> {
  await dropDatabase();
  await sql(`${SERVER_URL}/postgres`, `CREATE DATABASE ${DB_NAME}`);
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: DB_URL }, stdio: 'ignore' });
  execFileSync('psql', [DB_URL, '-q', '-v', 'ON_ERROR_STOP=1', '-v', `trainees=${TRAINEES}`, '-v', `today=${today}`, '-f', `${__dirname}/seed.sql`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

interface Timing {
  name: string;
  p50: number;
  p95: number;
  max: number;
}

/** Runs `fn` once to warm up, then RUNS times; one at a time, as an admin's screen would. */
async function time(name: string, fn: () => Promise<unknown>): Promise<Timing> {
  await fn();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const timing = { name, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples[samples.length - 1] };
  console.log(`  ${name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  return timing;
}

async function main(): Promise<void> {
  const started = performance.now();
  const { toLocalDate } = await import('@carebridge/rules');
  const today = toLocalDate(new Date());
  log(`Reports benchmark: ${TRAINEES.toLocaleString('en')} trainees, ${RUNS} timed runs per report, today ${today}`);
  log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (!REUSE) {
    await createAndSeed(today);
    log(`database ${DB_NAME} created, migrated and seeded in ${seconds(performance.now() - started)} s`);
  }
  const [world] = await sql<Record<string, number>>(
    DB_URL,
    `SELECT (SELECT count(*) FROM trainees)::int AS trainees, (SELECT count(*) FROM enrollments)::int AS enrollments,
            (SELECT count(*) FROM certificates)::int AS certificates, (SELECT count(*) FROM placements)::int AS placements,
            (SELECT count(*) FROM wage_records)::int AS "wageRecords", (SELECT count(*) FROM follow_up_visits)::int AS visits,
            (SELECT count(*) FROM rights_cases)::int AS "rightsCases", (SELECT count(*) FROM subsidy_applications)::int AS subsidies,
            (SELECT count(*) FROM cohorts)::int AS cohorts`,
  );
  log(`world: ${Object.entries(world).map(([name, count]) => `${count.toLocaleString('en')} ${name}`).join(', ')}`);

  const { ClockModule } = await import('@carebridge/common');
  const { ConfigModule } = await import('@carebridge/config');
  const { DbModule } = await import('@carebridge/db');
  const reporting = await import('@carebridge/reporting');
  const { ReportGrouping, RetentionGrouping } = reporting;

  @Module({ imports: [ConfigModule, DbModule, ClockModule, reporting.ReportingModule] })
  class BenchModule {}
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
  await app.init();
  const refresher = app.get(reporting.ReportRefreshService);
  const stats = app.get(reporting.ProgrammeStatsService);
  const retention = app.get(reporting.RetentionService);
  const plans = app.get(reporting.PlanProgressService);

  // The first refresh writes what changed since the database's last one (everything, on a new
  // database); the second, at once after it, is the usual case of the 10-minute schedule: little changed.
  const slowestSteps = (steps: { name: string; ms: number }[]) =>
    [...steps]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map((step) => `${step.name} ${seconds(step.ms)} s`)
      .join('; ');
  const [before] = await sql<{ rows: number }>(DB_URL, `SELECT count(*)::int AS rows FROM report_flows`);
  const refresh = await refresher.refresh();
  const [sizes] = await sql<Record<string, number>>(
    DB_URL,
    `SELECT ${['report_flows', 'report_placements', 'report_wage_histogram', 'report_wage_income', 'report_rights_cases', 'report_subsidies', 'report_retention_caregivers', 'report_retention', 'report_retention_wages']
      .map((table) => `(SELECT count(*) FROM ${table})::int AS ${table}`)
      .join(', ')}`,
  );
  log(`refresh: ${seconds(refresh.durationMs)} s (${before.rows ? 'the summaries of an earlier refresh in place' : 'empty summaries: everything written'}); summary rows: ${Object.entries(sizes).map(([table, count]) => `${table} ${count.toLocaleString('en')}`).join(', ')}`);
  log(`slowest refresh steps: ${slowestSteps(refresh.steps)}`);
  const again = await refresher.refresh();
  log(`refresh again, nothing changed: ${seconds(again.durationMs)} s; slowest steps: ${slowestSteps(again.steps)}`);

  const full = { from: '2016-01-01', to: '2026-12-31' };
  const ragged = { from: '2017-03-15', to: '2025-11-20' };
  const [plan] = await sql<{ id: string }>(DB_URL, `SELECT id FROM programme_plans ORDER BY start_date LIMIT 1`);

  console.log('timing:');
  const timings: Timing[] = [];
  for (const grouping of Object.values(ReportGrouping)) timings.push(await time(`programmeStats rows by ${grouping} (2016-2026)`, () => stats.flows(full, grouping)));
  timings.push(await time('programmeStats rows by COHORT (2017-03-15 … 2025-11-20)', () => stats.flows(ragged, ReportGrouping.COHORT)));
  timings.push(await time('programmeStats totals (2017-03-15 … 2025-11-20)', () => stats.flowTotals(ragged)));
  for (const level of ['COUNTRY', 'PROVINCE', 'CITY'] as const) timings.push(await time(`placements by ${level} (2017-03-15 … 2025-11-20)`, () => stats.placementsByPlace(ragged, level)));
  timings.push(await time('wage distribution (2017-03-15 … 2025-11-20)', () => stats.wageDistribution(ragged)));
  timings.push(await time('median wage by year (2016-2026)', () => stats.medianWageByYear(full)));
  timings.push(await time('median wage by year (2017-03-15 … 2025-11-20)', () => stats.medianWageByYear(ragged)));
  timings.push(await time('wage income by year (2016-2026)', () => stats.wageIncomeByYear(full)));
  timings.push(await time('follow-up coverage', () => stats.followUpCoverage()));
  timings.push(await time('rights cases by category (2017-03-15 … 2025-11-20)', () => stats.rightsCases(ragged)));
  timings.push(await time('subsidies by year (2016-2026)', () => stats.subsidiesByYear(full)));
  for (const grouping of Object.values(RetentionGrouping)) timings.push(await time(`retention by ${grouping} (all caregivers)`, () => retention.retention(grouping)));
  const middle = async (page: (after?: string) => Promise<{ pageInfo: { endCursor: string | null } }>) => {
    let after: string | undefined;
    for (let skipped = 0; skipped < 20; skipped++) after = (await page(after)).pageInfo.endCursor ?? undefined;
    return after;
  };
  const statsCursor = await middle((after) => stats.flowPage(full, ReportGrouping.COHORT, { first: 50, after }));
  const retentionCursor = await middle((after) => retention.retention(RetentionGrouping.COHORT, {}, { first: 50, after }));
  timings.push(await time('programmeStats rowPage by COHORT, first 50 (2016-2026)', () => stats.flowPage(full, ReportGrouping.COHORT, { first: 50 })));
  timings.push(await time('programmeStats rowPage by COHORT, 50 after the 1,000th (2016-2026)', () => stats.flowPage(full, ReportGrouping.COHORT, { first: 50, after: statsCursor })));
  timings.push(await time('retention rowPage by COHORT, first 50 (all caregivers)', () => retention.retention(RetentionGrouping.COHORT, {}, { first: 50 })));
  timings.push(await time('retention rowPage by COHORT, 50 after the 1,000th (all caregivers)', () => retention.retention(RetentionGrouping.COHORT, {}, { first: 50, after: retentionCursor })));
  timings.push(await time('retention by COHORT, first placed in 2024 (stored year)', () => retention.retention(RetentionGrouping.COHORT, { fromYear: 2024, toYear: 2024 })));
  timings.push(await time('retention by COUNTY, first placed in 2024 (stored year)', () => retention.retention(RetentionGrouping.COUNTY, { fromYear: 2024, toYear: 2024 })));
  for (const grouping of [RetentionGrouping.COUNTY, RetentionGrouping.SCHOOL, RetentionGrouping.HOUSEHOLD_CATEGORY]) {
    timings.push(await time(`retention by ${grouping}, first placed 2017-2025 (years added up)`, () => retention.retention(grouping, { fromYear: 2017, toYear: 2025 })));
  }
  timings.push(await time('retention rowPage by COHORT, first 50, first placed 2017-2025 (years added up)', () => retention.retention(RetentionGrouping.COHORT, { fromYear: 2017, toYear: 2025 }, { first: 50 })));
  if (plan) timings.push(await time('planProgress (2021-2025 plan)', () => plans.progress(plan.id)));

  // The figures against plain SQL over the operational tables (the slow way the summaries avoid).
  const checks: [string, unknown, unknown][] = [];
  const [raw] = await sql<{ trained: number; employed: number; certified: number }>(
    DB_URL,
    `SELECT (SELECT count(DISTINCT trainee_id) FROM enrollments WHERE status IN ('PASSED', 'FAILED'))::int AS trained,
            (SELECT count(DISTINCT trainee_id) FROM placements)::int AS employed, (SELECT count(*) FROM certificates)::int AS certified`,
  );
  const totals = await stats.flowTotals(full);
  checks.push(['trained, certified, employed (2016-2026)', [totals.trained, totals.certified, totals.employed], [raw.trained, raw.certified, raw.employed]]);
  const rawMedians = await sql<{ year: number; median: number }>(
    DB_URL,
    `SELECT extract(year FROM start_date)::int AS year, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY monthly_wage_fen))::int AS median
       FROM placements WHERE start_date BETWEEN '${ragged.from}' AND '${ragged.to}' GROUP BY 1 ORDER BY 1`,
  );
  const medians = await stats.medianWageByYear(ragged);
  checks.push(['median wage by year (percentile_cont)', medians.map((row) => [row.year, row.medianMonthlyWageFen]), rawMedians.map((row) => [row.year, row.median])]);
  const [rawRagged] = await sql<{ trained: number }>(
    DB_URL,
    `SELECT count(*)::int AS trained FROM (SELECT DISTINCT ON (e.trainee_id) c.end_date FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
       WHERE e.status IN ('PASSED', 'FAILED') ORDER BY e.trainee_id, c.end_date, c.number) f WHERE end_date BETWEEN '${ragged.from}' AND '${ragged.to}'`,
  );
  checks.push(['trained 2017-03-15 … 2025-11-20', (await stats.flowTotals(ragged)).trained, rawRagged.trained]);
  // Retention from the operational tables: each caregiver's first placement, the wage of the
  // placement covering day N (the latest begun), eligibility, and percentile_cont over the wages.
  const rawRetention = (fromYear: number, toYear: number) =>
    sql<{ days: number; eligible: number; retained: number; median: number | null }>(
      DB_URL,
      `WITH f AS (SELECT trainee_id, min(start_date) AS day FROM placements GROUP BY trainee_id),
            w AS (SELECT f.day, h.days, CASE WHEN f.day + h.days <= $1::date THEN (
                    SELECT p.monthly_wage_fen FROM placements p WHERE p.trainee_id = f.trainee_id AND p.start_date <= f.day + h.days
                       AND (p.end_date IS NULL OR p.end_date >= f.day + h.days) ORDER BY p.start_date DESC, p.created_at DESC LIMIT 1) END AS wage
                    FROM f CROSS JOIN (VALUES (90), (180), (365)) h(days) WHERE extract(year FROM f.day) BETWEEN $2 AND $3)
       SELECT days, count(*) FILTER (WHERE day + days <= $1::date)::int AS eligible, count(wage)::int AS retained,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY wage))::int AS median
         FROM w GROUP BY days ORDER BY days`,
      [again.asOf, fromYear, toYear],
    );
  const figures = (report: Awaited<ReturnType<typeof retention.retention>>) => report.totals.horizons.map((h) => [h.days, h.eligible, h.retained, h.medianWageFen]);
  const windowed = await retention.retention(RetentionGrouping.COUNTY, { fromYear: 2017, toYear: 2025 });
  checks.push(['retention 2017-2025 at 90/180/365 days (eligible, retained, median wage)', figures(windowed), (await rawRetention(2017, 2025)).map((r) => [r.days, r.eligible, r.retained, r.median])]);
  const year2024 = await retention.retention(RetentionGrouping.COHORT, { fromYear: 2024, toYear: 2024 });
  checks.push(['retention 2024 at 90/180/365 days (eligible, retained, median wage)', figures(year2024), (await rawRetention(2024, 2024)).map((r) => [r.days, r.eligible, r.retained, r.median])]);
  const allCohorts = await stats.flows(full, ReportGrouping.COHORT);
  const pages: unknown[] = [];
  for (let after: string | undefined, more = true; more; ) {
    const page = await stats.flowPage(full, ReportGrouping.COHORT, { first: 200, after });
    pages.push(...page.rows);
    [after, more] = [page.pageInfo.endCursor ?? undefined, page.pageInfo.hasNextPage];
  }
  checks.push(['programmeStats by COHORT: the pages of 200 put together, and all rows', JSON.stringify(pages), JSON.stringify(allCohorts)]);
  const allRight = checks.every(([, ours, theirs]) => JSON.stringify(ours) === JSON.stringify(theirs));
  for (const [name, ours, theirs] of checks) log(`check ${name}: ${JSON.stringify(ours) === JSON.stringify(theirs) ? 'equal' : `DIFFERENT: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`}`);

  await app.close();
  log(`load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const worst = Math.max(...timings.map((t) => t.p95));
  const results = [
    '# Reports benchmark',
    '',
    `\`node -r @swc-node/register bench/reports/run.ts\` (${new Date().toISOString().slice(0, 10)}). Each report is timed through its service`,
    '(the same methods the GraphQL resolvers and the xlsx export call), one call at a time, after one warm-up call.',
    '',
    '## How the reports stay fast',
    '',
    'Reports never group the operational tables. The worker rebuilds summary tables (`report_*`, libs/reporting/src/refresh)',
    'every 10 minutes (BullMQ job scheduler, queue `reports`, job `refresh-reports`), and admins can force a rebuild with the',
    '`refreshReports` mutation; bulk writers can enqueue `refresh-reports` through the outbox. The rebuild runs in one transaction,',
    'so readers see the previous complete set until it commits. Figures are therefore at most one interval plus one rebuild old;',
    '`reportsFreshness` (and `programmeStats.freshness`) tell the date and time they were computed for.',
    '',
    '- Additive figures (trained, certified, employed, placements, wage histograms, rights cases, subsidies) are stored per',
    '  DAY, MONTH and YEAR. A date range is cut into whole years, whole months and single days at the edges',
    '  (`periodSegments`), so any range reads tens of periods, and the answer is exact to the day.',
    '- Medians are exact (percentile_cont): wage medians by year come from histograms of exact monthly wages, which add up.',
    '- Retention is stored per grouping key, household category and calendar year of the first placement, and over all years',
    '  (`report_retention`, one row carrying the 90/180/365-day figures). Windows are whole years (`fromYear`/`toYear`;',
    '  dates inside a year are refused): all years or one year is a lookup; several years add their counts up and take',
    '  their exact medians from per-year wage histograms (`report_retention_wages`), so the cost follows the number of',
    '  distinct wages, not of caregivers.',
    '- Grouped rows also come in pages (`rowPage(first, after)`, in the natural order: cohorts by number): a page of 50',
    '  cohorts reads the list of keys and the figures of its 50 keys only.',
    '- The rebuild writes by difference: each big summary is computed into a temporary table, and only rows that changed',
    '  are deleted, updated or inserted (DELETE … NOT EXISTS, then MERGE). Rewriting every row made each re-inserted key',
    '  meet its deleted predecessor in the primary key until vacuum, which doubled the write time and kept growing.',
    '',
    '## Run',
    '',
    '```',
    ...lines,
    '```',
    '',
    `| report | p50 ms | p95 ms | max ms |`,
    `| --- | ---: | ---: | ---: |`,
    ...timings.map((t) => `| ${t.name} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} | ${t.max.toFixed(1)} |`),
    '',
    `Slowest p95: ${worst.toFixed(1)} ms (target: under 300 ms). Figures checked against plain SQL over the operational tables: ${allRight ? 'all equal' : 'SOME DIFFER'}.`,
    '',
  ].join('\n');
  writeFileSync(`${__dirname}/RESULTS.md`, results);
  if (!KEEP) await dropDatabase();
  console.log(`total ${seconds(performance.now() - started)} s${KEEP ? ` (database ${DB_NAME} kept)` : `; database ${DB_NAME} dropped`}`);
  if (!allRight) process.exitCode = 1;
}

main().catch(async (error: unknown) => {
  console.error(error);
  if (!KEEP) await dropDatabase().catch(() => undefined);
  process.exit(1);
});
