import { Prisma } from '@carebridge/db';
import { LocalDate } from '@carebridge/rules';
import { HOUSEHOLD_CATEGORIES } from '../report-grouping';
import { RETENTION_DIMENSIONS, RETENTION_HORIZONS, RetentionDimension } from '../report-sql';

/** One statement of the refresh, named for its log line and the benchmark. */
export interface RefreshStep {
  name: string;
  sql: Prisma.Sql;
}

/**
 * The summaries rebuilt by difference (see byDifference): their rows are computed into a
 * temporary copy, and only the rows that changed are written.
 */
const SUMMARY_KEYS = {
  report_flows: ['dimension', 'grain', 'period', 'dimension_key', 'household_category'],
  report_placements: ['dimension', 'grain', 'period', 'dimension_key', 'household_category'],
  report_wage_histogram: ['grain', 'period', 'household_category', 'monthly_wage_fen'],
  report_rights_cases: ['grain', 'period', 'category', 'household_category'],
  report_subsidies: ['grain', 'period', 'event', 'household_category'],
  report_retention_caregivers: ['trainee_id'],
  report_retention_wages: ['dimension', 'dimension_key', 'horizon_days', 'monthly_wage_fen', 'first_placement_year'],
} as const;
type DifferenceTable = keyof typeof SUMMARY_KEYS;

/** The small summaries, cleared and written anew. */
const CLEARED_TABLES = ['report_wage_income', 'report_follow_up_coverage', 'report_retention'];

const SUMMARY_TABLES = [...Object.keys(SUMMARY_KEYS), ...CLEARED_TABLES];

/** Any fixed number: refreshes of all processes queue behind one another on it. */
const REFRESH_LOCK = 7_402_031;

const shanghaiDate = (column: string) => Prisma.raw(`(${column} AT TIME ZONE 'Asia/Shanghai')::date`);

/** MONTH rows summed from the DAY rows, then YEAR rows from the MONTH rows, in `table`. */
function rollUp(table: string, keys: string[], measures: string[]): RefreshStep[] {
  const keyList = keys.join(', ');
  const sums = measures.map((measure) => `sum(${measure})`).join(', ');
  const from = (grain: string, to: string, unit: string) =>
    Prisma.raw(
      `INSERT INTO ${table} (${keyList}, grain, period, ${measures.join(', ')})
       SELECT ${keyList}, '${to}', date_trunc('${unit}', period)::date, ${sums}
         FROM ${table} WHERE grain = '${grain}' GROUP BY ${keyList}, date_trunc('${unit}', period)`,
    );
  return [
    { name: `${table}: months`, sql: from('DAY', 'MONTH', 'month') },
    { name: `${table}: years`, sql: from('MONTH', 'YEAR', 'year') },
  ];
}

/** The DAY rows of a grain-and-period summary (`days`: an INSERT INTO the table it is given), then its months and years. */
function byPeriod(table: DifferenceTable, measures: string[], days: (into: Prisma.Sql) => Prisma.Sql): RefreshStep[] {
  const keys = SUMMARY_KEYS[table].filter((key) => key !== 'grain' && key !== 'period');
  return byDifference(table, measures, (into) => [
    { name: `${table}: days`, sql: days(Prisma.raw(into)) },
    ...rollUp(into, keys, measures).map((step) => ({ ...step, name: step.name.replace(into, table) })),
  ]);
}

/**
 * Rebuilds a summary by difference: `fill` writes every row into a temporary copy of the table,
 * then the table loses the rows that are gone, has the changed ones updated and the new ones
 * inserted. Past days, months and years come out the same at every refresh, so little is
 * written. Deleting and re-inserting every row instead made the primary key check each new row
 * against its deleted predecessor: it doubled the writing, and grew with every refresh until
 * vacuum (see bench/reports/RESULTS.md).
 */
function byDifference(table: DifferenceTable, measures: string[], fill: (into: string) => RefreshStep[]): RefreshStep[] {
  const fresh = `refresh_${table}`;
  const keys = SUMMARY_KEYS[table];
  const same = keys.map((key) => `n.${key} = o.${key}`).join(' AND ');
  const columns = [...keys, ...measures];
  const list = (alias: string, names: readonly string[]) => names.map((name) => `${alias}.${name}`).join(', ');
  return [
    { name: `${table}: temporary table`, sql: Prisma.raw(`CREATE TEMP TABLE ${fresh} (LIKE ${table}) ON COMMIT DROP`) },
    ...fill(fresh),
    { name: `${table}: analyze`, sql: Prisma.raw(`ANALYZE ${fresh}`) },
    { name: `${table}: delete`, sql: Prisma.raw(`DELETE FROM ${table} o WHERE NOT EXISTS (SELECT 1 FROM ${fresh} n WHERE ${same})`) },
    {
      name: `${table}: merge`,
      sql: Prisma.raw(
        `MERGE INTO ${table} o USING ${fresh} n ON ${same}
          WHEN MATCHED AND (${list('o', measures)}) IS DISTINCT FROM (${list('n', measures)})
            THEN UPDATE SET ${measures.map((measure) => `${measure} = n.${measure}`).join(', ')}
          WHEN NOT MATCHED THEN INSERT (${columns.join(', ')}) VALUES (${list('n', columns)})`,
      ),
    },
  ];
}

/** report_retention_caregivers' columns besides its key. */
const RETENTION_CAREGIVER_COLUMNS = [
  'first_start',
  'cohort_id',
  'school_id',
  'major',
  'county_code',
  'household_category',
  ...RETENTION_HORIZONS.map((days) => `wage_day${days}_fen`),
];

/** The calendar year of the first placement's start: retention windows are made of them. */
const FIRST_PLACEMENT_YEAR = 'extract(year FROM first_start)::int';

/**
 * Retention per key of the dimension, per calendar year of the first placement and over all years
 * (first_placement_year null), per household category and over all of them (null): for each
 * horizon N, eligible = the first placement began at least N days before `asOf`; retained = of
 * those, employed on day N (their wage that day is known); the median is percentile_cont(0.5) of
 * those wages, rounded to the fen.
 */
function retentionRows(dimension: RetentionDimension, asOf: LocalDate): Prisma.Sql {
  const columns = RETENTION_HORIZONS.map((days) => `eligible_${days}, retained_${days}, median_wage_${days}_fen`).join(', ');
  const figures = RETENTION_HORIZONS.map((days) => {
    const wage = Prisma.raw(`c.wage_day${days}_fen`);
    return Prisma.sql`count(*) FILTER (WHERE c.first_start + ${days}::int <= ${asOf}::date), count(${wage}),
           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${wage}))`;
  });
  return Prisma.sql`
    INSERT INTO report_retention (dimension, dimension_key, household_category, first_placement_year, ${Prisma.raw(columns)})
    SELECT ${dimension}::"ReportDimension", c.key, c.household_category, c.year, ${Prisma.join(figures)}
      FROM (SELECT ${Prisma.raw(RETENTION_DIMENSIONS[dimension])} AS key, ${Prisma.raw(FIRST_PLACEMENT_YEAR)} AS year, * FROM report_retention_caregivers) c
     GROUP BY GROUPING SETS ((c.key, c.household_category, c.year), (c.key, c.year), (c.key, c.household_category), (c.key))`;
}

/**
 * The wage histograms behind the retention medians: per dimension key, horizon, exact monthly
 * wage and year of the first placement, how many retained caregivers earned that wage that day,
 * one count per household category in HOUSEHOLD_CATEGORIES' order.
 */
function retentionWages(into: Prisma.Sql): Prisma.Sql {
  const year = FIRST_PLACEMENT_YEAR.replace('first_start', 'c.first_start');
  const sets = ['', ', c.county_code', ', c.cohort_id', ', c.school_id', ', c.major', ', c.household_category']
    .map((column) => `(${year}, h.days, h.wage${column})`)
    .join(', ');
  const perCategory = HOUSEHOLD_CATEGORIES.map((category) => `count(*) FILTER (WHERE c.household_category = '${category}')`).join(', ');
  return Prisma.sql`
    INSERT INTO ${into} (dimension, dimension_key, horizon_days, monthly_wage_fen, first_placement_year, caregivers)
    SELECT CASE WHEN GROUPING(c.county_code) = 0 THEN 'COUNTY' WHEN GROUPING(c.cohort_id) = 0 THEN 'COHORT'
                WHEN GROUPING(c.school_id) = 0 THEN 'SCHOOL' WHEN GROUPING(c.major) = 0 THEN 'MAJOR'
                WHEN GROUPING(c.household_category) = 0 THEN 'HOUSEHOLD_CATEGORY' ELSE 'ALL' END::"ReportDimension",
           -- as in report_flows: grouped-out columns are NULL, and no training becomes ''
           coalesce(c.county_code::text, c.cohort_id::text, c.school_id::text, c.major::text, c.household_category::text, ''),
           h.days, h.wage, ${Prisma.raw(year)}, ARRAY[${Prisma.raw(perCategory)}]::int[]
      FROM report_retention_caregivers c
     CROSS JOIN LATERAL (VALUES ${Prisma.raw(RETENTION_HORIZONS.map((days) => `(${days}, c.wage_day${days}_fen)`).join(', '))}) AS h(days, wage)
     WHERE h.wage IS NOT NULL
     GROUP BY GROUPING SETS (${Prisma.raw(sets)})`;
}

/** The monthly wage of the placement covering day N after the first placement's start, once that day has come. */
function wageOnDay(days: number, asOf: LocalDate): Prisma.Sql {
  return Prisma.sql`CASE WHEN f.day + ${days}::int <= ${asOf}::date THEN (
    SELECT p.monthly_wage_fen FROM placements p
     WHERE p.trainee_id = f.trainee_id AND p.start_date <= f.day + ${days}::int AND (p.end_date IS NULL OR p.end_date >= f.day + ${days}::int)
     ORDER BY p.start_date DESC, p.created_at DESC LIMIT 1) END`;
}

/**
 * The statements that rebuild the report summaries from the operational tables, in order. They
 * run in one transaction (see ReportRefreshService), so readers see the old figures until the new
 * ones are complete. `asOf` is the programme's "today" for the figures relative to it (follow-up
 * coverage, retention eligibility, wage estimates of running placements).
 *
 * Counting rules (the GraphQL descriptions say the same):
 * - trained: a trainee counts once, on the end date of the cohort of their FIRST enrollment that
 *   reached PASSED or FAILED (completed training), and is attributed to that cohort, its school and
 *   its course's major.
 * - certified: every certificate issued (VALID or since REVOKED: issuing happened), on its issue
 *   date, attributed to the cohort of its enrollment.
 * - employed: a trainee counts once, on the start date of their FIRST placement (any status),
 *   attributed to their training's cohort, school and major ('' when they never completed one).
 * Counting people once on their first event makes the figures additive over periods: the sum
 * over 2021-2025 is the number of people newly trained/employed in the plan, as the programme
 * reports its cumulative figures.
 */
export function refreshSteps(asOf: LocalDate): RefreshStep[] {
  return [
    { name: 'lock', sql: Prisma.sql`SELECT pg_advisory_xact_lock(${REFRESH_LOCK}::bigint)` },
    { name: 'work memory', sql: Prisma.sql`SET LOCAL work_mem = '256MB'` },
    // The refresh joins whole tables: hashed in that memory. A merge join sorts the side without an
    // index by its text keys first, and took 8.7 s where a hash join took 1.3 s (report_retention_wages: delete).
    { name: 'hash joins', sql: Prisma.sql`SET LOCAL enable_mergejoin = off` },
    ...CLEARED_TABLES.map((table) => ({ name: `clear ${table}`, sql: Prisma.raw(`DELETE FROM ${table}`) })),
    {
      name: 'first completed training per trainee',
      sql: Prisma.sql`
        CREATE TEMP TABLE refresh_training ON COMMIT DROP AS
        SELECT DISTINCT ON (e.trainee_id) e.trainee_id, c.end_date AS day, c.id AS cohort_id, c.school_id, co.major
          FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN courses co ON co.id = c.course_id
         WHERE e.status IN ('PASSED', 'FAILED')
         ORDER BY e.trainee_id, c.end_date, c.number`,
    },
    { name: 'index training', sql: Prisma.sql`CREATE UNIQUE INDEX ON refresh_training (trainee_id)` },
    {
      name: 'first placement per trainee',
      sql: Prisma.sql`
        CREATE TEMP TABLE refresh_first_placements ON COMMIT DROP AS
        SELECT DISTINCT ON (p.trainee_id) p.trainee_id, p.start_date AS day
          FROM placements p ORDER BY p.trainee_id, p.start_date, p.created_at, p.id`,
    },
    // One pass over the events with a hash table per grouping (GROUPING SETS), rather than five
    // copies of every event.
    ...byPeriod(
      'report_flows',
      ['trained', 'certified', 'employed'],
      (into) => Prisma.sql`
        INSERT INTO ${into} (dimension, dimension_key, grain, period, household_category, trained, certified, employed)
        SELECT CASE WHEN GROUPING(t.county_code) = 0 THEN 'COUNTY' WHEN GROUPING(ev.cohort_id) = 0 THEN 'COHORT'
                    WHEN GROUPING(ev.school_id) = 0 THEN 'SCHOOL' WHEN GROUPING(ev.major) = 0 THEN 'MAJOR' ELSE 'ALL' END::"ReportDimension",
               -- the grouped-out columns are NULL; a NULL cohort, school or major (no training) becomes ''
               coalesce(t.county_code::text, ev.cohort_id::text, ev.school_id::text, ev.major::text, ''),
               'DAY', ev.day, t.household_category, sum(ev.trained), sum(ev.certified), sum(ev.employed)
          FROM (
                SELECT trainee_id, day, cohort_id, school_id, major, 1 AS trained, 0 AS certified, 0 AS employed FROM refresh_training
                UNION ALL
                SELECT ce.trainee_id, ce.issued_on, c.id, c.school_id, ce.major, 0, 1, 0
                  FROM certificates ce JOIN enrollments e ON e.id = ce.enrollment_id JOIN cohorts c ON c.id = e.cohort_id
                UNION ALL
                SELECT f.trainee_id, f.day, tr.cohort_id, tr.school_id, tr.major, 0, 0, 1
                  FROM refresh_first_placements f LEFT JOIN refresh_training tr ON tr.trainee_id = f.trainee_id
               ) ev
          JOIN trainees t ON t.id = ev.trainee_id
         GROUP BY GROUPING SETS ((ev.day, t.household_category), (ev.day, t.household_category, t.county_code),
                                 (ev.day, t.household_category, ev.cohort_id), (ev.day, t.household_category, ev.school_id),
                                 (ev.day, t.household_category, ev.major))`,
    ),
    ...byPeriod(
      'report_placements',
      ['placements'],
      (into) => Prisma.sql`
        INSERT INTO ${into} (dimension, dimension_key, grain, period, household_category, placements)
        SELECT CASE WHEN GROUPING(p.country_code) = 0 THEN 'COUNTRY' WHEN GROUPING(pl.province) = 0 THEN 'PROVINCE' ELSE 'CITY' END::"ReportDimension",
               coalesce(p.country_code::text, pl.province, pl.city), 'DAY', p.start_date, t.household_category, count(*)
          FROM placements p JOIN trainees t ON t.id = p.trainee_id
         -- abroad, the province is the country and the city is '<country>:<city name>'
         CROSS JOIN LATERAL (SELECT coalesce(p.province_code::text, p.country_code::text) AS province,
                                    coalesce(p.city_code::text, p.country_code::text || ':' || p.city_name) AS city) pl
         GROUP BY GROUPING SETS ((p.start_date, t.household_category, p.country_code), (p.start_date, t.household_category, pl.province),
                                 (p.start_date, t.household_category, pl.city))`,
    ),
    ...byPeriod(
      'report_wage_histogram',
      ['placements'],
      (into) => Prisma.sql`
        INSERT INTO ${into} (grain, period, household_category, monthly_wage_fen, placements)
        SELECT 'DAY', p.start_date, t.household_category, p.monthly_wage_fen, count(*)
          FROM placements p JOIN trainees t ON t.id = p.trainee_id
         GROUP BY p.start_date, t.household_category, p.monthly_wage_fen`,
    ),
    {
      // Wage income: what wage records say was paid; a placement without any wage record is
      // estimated at its monthly wage × (days employed in the month ÷ days in the month), month by
      // month up to its end or `asOf`, rounded to the fen per month.
      name: 'report_wage_income',
      sql: Prisma.sql`
        INSERT INTO report_wage_income (month, household_category, recorded_fen, estimated_fen)
        SELECT month, household_category, sum(recorded), sum(estimated)
          FROM (
                SELECT date_trunc('month', w.month)::date AS month, t.household_category, w.amount_fen::bigint AS recorded, 0::bigint AS estimated
                  FROM wage_records w JOIN placements p ON p.id = w.placement_id JOIN trainees t ON t.id = p.trainee_id
                UNION ALL
                SELECT m.first_day, t.household_category, 0,
                       -- a whole month is the monthly wage (no numeric division for most of the rows)
                       CASE WHEN m.first_day >= p.start_date AND m.last_day <= p.last_day THEN p.monthly_wage_fen::bigint
                            ELSE round(p.monthly_wage_fen::numeric * (least(m.last_day, p.last_day) - greatest(m.first_day, p.start_date) + 1)
                                       / (m.last_day - m.first_day + 1))::bigint END
                  FROM (SELECT id, trainee_id, start_date, monthly_wage_fen, least(coalesce(end_date, ${asOf}::date), ${asOf}::date) AS last_day
                          FROM placements pl
                         WHERE start_date <= ${asOf}::date AND NOT EXISTS (SELECT 1 FROM wage_records w WHERE w.placement_id = pl.id)) p
                  JOIN trainees t ON t.id = p.trainee_id
                 CROSS JOIN LATERAL (SELECT s::date AS first_day, (s + interval '1 month')::date - 1 AS last_day
                                       FROM generate_series(date_trunc('month', p.start_date), date_trunc('month', p.last_day), interval '1 month') AS s) m
               ) income
         GROUP BY month, household_category`,
    },
    ...byPeriod(
      'report_rights_cases',
      ['cases', 'resolved', 'claimed_fen', 'recovered_fen'],
      (into) => Prisma.sql`
        INSERT INTO ${into} (grain, period, category, household_category, cases, resolved, claimed_fen, recovered_fen)
        SELECT 'DAY', ${shanghaiDate('rc.created_at')}, rc.category, t.household_category, count(*), count(*) FILTER (WHERE rc.status = 'RESOLVED'),
               coalesce(sum(rc.amount_claimed_fen), 0), coalesce(sum(rc.amount_recovered_fen), 0)
          FROM rights_cases rc JOIN trainees t ON t.id = rc.trainee_id
         GROUP BY 2, rc.category, t.household_category`,
    ),
    ...byPeriod(
      'report_subsidies',
      ['applications', 'amount_fen'],
      (into) => Prisma.sql`
        INSERT INTO ${into} (grain, period, event, household_category, applications, amount_fen)
        SELECT 'DAY', ev.day, ev.event, t.household_category, count(*), sum(ev.amount_fen)
          FROM (
                SELECT trainee_id, ${shanghaiDate('created_at')} AS day, 'APPLIED'::"ReportSubsidyEvent" AS event, amount_fen FROM subsidy_applications
                UNION ALL
                SELECT trainee_id, ${shanghaiDate('reviewed_at')}, 'APPROVED', amount_fen FROM subsidy_applications
                 WHERE status IN ('APPROVED', 'PAID') AND reviewed_at IS NOT NULL
                UNION ALL
                SELECT trainee_id, ${shanghaiDate('paid_at')}, 'PAID', amount_fen FROM subsidy_applications WHERE status = 'PAID' AND paid_at IS NOT NULL
               ) ev
          JOIN trainees t ON t.id = ev.trainee_id
         GROUP BY ev.day, ev.event, t.household_category`,
    ),
    {
      // Follow-up coverage: ACTIVE placements begun by asOf, and those with a DONE visit logged
      // within the 90 calendar days ending on asOf (Asia/Shanghai).
      name: 'report_follow_up_coverage',
      sql: Prisma.sql`
        INSERT INTO report_follow_up_coverage (household_category, active_placements, visited_placements)
        SELECT t.household_category, count(*),
               count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM follow_up_visits v
                  WHERE v.placement_id = p.id AND v.status = 'DONE'
                    AND v.logged_at >= ((${asOf}::date - 89)::timestamp AT TIME ZONE 'Asia/Shanghai')
                    AND v.logged_at < ((${asOf}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')))
          FROM placements p JOIN trainees t ON t.id = p.trainee_id
         WHERE p.status = 'ACTIVE' AND p.start_date <= ${asOf}::date
         GROUP BY t.household_category`,
    },
    ...byDifference('report_retention_caregivers', RETENTION_CAREGIVER_COLUMNS, (into) => [
      {
        name: 'report_retention_caregivers',
        sql: Prisma.sql`
          INSERT INTO ${Prisma.raw(into)} (trainee_id, ${Prisma.raw(RETENTION_CAREGIVER_COLUMNS.join(', '))})
          SELECT f.trainee_id, f.day, tr.cohort_id, tr.school_id, tr.major, t.county_code, t.household_category,
                 ${Prisma.join(RETENTION_HORIZONS.map((days) => wageOnDay(days, asOf)))}
            FROM refresh_first_placements f JOIN trainees t ON t.id = f.trainee_id LEFT JOIN refresh_training tr ON tr.trainee_id = f.trainee_id`,
      },
    ]),
    ...(Object.keys(RETENTION_DIMENSIONS) as RetentionDimension[]).map((dimension) => ({
      name: `report_retention: ${dimension}`,
      sql: retentionRows(dimension, asOf),
    })),
    ...byDifference('report_retention_wages', ['caregivers'], (into) => [{ name: 'report_retention_wages', sql: retentionWages(Prisma.raw(into)) }]),
    ...SUMMARY_TABLES.map((table) => ({ name: `analyze ${table}`, sql: Prisma.raw(`ANALYZE ${table}`) })),
  ];
}
