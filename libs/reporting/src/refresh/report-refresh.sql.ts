import { Prisma } from '@carebridge/db';
import { LocalDate } from '@carebridge/rules';
import { RETENTION_DIMENSIONS, RETENTION_HORIZONS, RetentionDimension, retentionAggregate, retentionHorizonsSql } from '../report-sql';

/** One statement of the refresh, named for its log line and the benchmark. */
export interface RefreshStep {
  name: string;
  sql: Prisma.Sql;
}

const SUMMARY_TABLES = [
  'report_flows',
  'report_placements',
  'report_wage_histogram',
  'report_wage_income',
  'report_rights_cases',
  'report_subsidies',
  'report_follow_up_coverage',
  'report_retention_caregivers',
  'report_retention',
];

/** Any fixed number: refreshes of all processes queue behind one another on it. */
const REFRESH_LOCK = 7_402_031;

const shanghaiDate = (column: string) => Prisma.raw(`(${column} AT TIME ZONE 'Asia/Shanghai')::date`);

/** MONTH rows summed from the DAY rows, then YEAR rows from the MONTH rows. */
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
    ...SUMMARY_TABLES.map((table) => ({ name: `clear ${table}`, sql: Prisma.raw(`DELETE FROM ${table}`) })),
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
    {
      // One pass over the events with a hash table per grouping (GROUPING SETS), rather than
      // five copies of every event.
      name: 'report_flows: days',
      sql: Prisma.sql`
        INSERT INTO report_flows (dimension, dimension_key, grain, period, household_category, trained, certified, employed)
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
    },
    ...rollUp('report_flows', ['dimension', 'dimension_key', 'household_category'], ['trained', 'certified', 'employed']),
    {
      name: 'report_placements: days',
      sql: Prisma.sql`
        INSERT INTO report_placements (dimension, dimension_key, grain, period, household_category, placements)
        SELECT CASE WHEN GROUPING(p.country_code) = 0 THEN 'COUNTRY' WHEN GROUPING(pl.province) = 0 THEN 'PROVINCE' ELSE 'CITY' END::"ReportDimension",
               coalesce(p.country_code::text, pl.province, pl.city), 'DAY', p.start_date, t.household_category, count(*)
          FROM placements p JOIN trainees t ON t.id = p.trainee_id
         -- abroad, the province is the country and the city is '<country>:<city name>'
         CROSS JOIN LATERAL (SELECT coalesce(p.province_code::text, p.country_code::text) AS province,
                                    coalesce(p.city_code::text, p.country_code::text || ':' || p.city_name) AS city) pl
         GROUP BY GROUPING SETS ((p.start_date, t.household_category, p.country_code), (p.start_date, t.household_category, pl.province),
                                 (p.start_date, t.household_category, pl.city))`,
    },
    ...rollUp('report_placements', ['dimension', 'dimension_key', 'household_category'], ['placements']),
    {
      name: 'report_wage_histogram: days',
      sql: Prisma.sql`
        INSERT INTO report_wage_histogram (grain, period, household_category, monthly_wage_fen, placements)
        SELECT 'DAY', p.start_date, t.household_category, p.monthly_wage_fen, count(*)
          FROM placements p JOIN trainees t ON t.id = p.trainee_id
         GROUP BY p.start_date, t.household_category, p.monthly_wage_fen`,
    },
    ...rollUp('report_wage_histogram', ['household_category', 'monthly_wage_fen'], ['placements']),
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
                       round(p.monthly_wage_fen::numeric * (least(m.last_day, p.last_day) - greatest(m.first_day, p.start_date) + 1)
                             / (m.last_day - m.first_day + 1))::bigint
                  FROM (SELECT id, trainee_id, start_date, monthly_wage_fen, least(coalesce(end_date, ${asOf}::date), ${asOf}::date) AS last_day
                          FROM placements pl
                         WHERE start_date <= ${asOf}::date AND NOT EXISTS (SELECT 1 FROM wage_records w WHERE w.placement_id = pl.id)) p
                  JOIN trainees t ON t.id = p.trainee_id
                 CROSS JOIN LATERAL (SELECT s::date AS first_day, (s + interval '1 month')::date - 1 AS last_day
                                       FROM generate_series(date_trunc('month', p.start_date), date_trunc('month', p.last_day), interval '1 month') AS s) m
               ) income
         GROUP BY month, household_category`,
    },
    {
      name: 'report_rights_cases: days',
      sql: Prisma.sql`
        INSERT INTO report_rights_cases (grain, period, category, household_category, cases, resolved, claimed_fen, recovered_fen)
        SELECT 'DAY', ${shanghaiDate('rc.created_at')}, rc.category, t.household_category, count(*), count(*) FILTER (WHERE rc.status = 'RESOLVED'),
               coalesce(sum(rc.amount_claimed_fen), 0), coalesce(sum(rc.amount_recovered_fen), 0)
          FROM rights_cases rc JOIN trainees t ON t.id = rc.trainee_id
         GROUP BY 2, rc.category, t.household_category`,
    },
    ...rollUp('report_rights_cases', ['category', 'household_category'], ['cases', 'resolved', 'claimed_fen', 'recovered_fen']),
    {
      name: 'report_subsidies: days',
      sql: Prisma.sql`
        INSERT INTO report_subsidies (grain, period, event, household_category, applications, amount_fen)
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
    },
    ...rollUp('report_subsidies', ['event', 'household_category'], ['applications', 'amount_fen']),
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
    {
      name: 'report_retention_caregivers',
      sql: Prisma.sql`
        INSERT INTO report_retention_caregivers (trainee_id, first_start, cohort_id, school_id, major, county_code, household_category,
                                                 ${Prisma.raw(RETENTION_HORIZONS.map((days) => `wage_day${days}_fen`).join(', '))})
        SELECT f.trainee_id, f.day, tr.cohort_id, tr.school_id, tr.major, t.county_code, t.household_category,
               ${Prisma.join(RETENTION_HORIZONS.map((days) => wageOnDay(days, asOf)))}
          FROM refresh_first_placements f JOIN trainees t ON t.id = f.trainee_id LEFT JOIN refresh_training tr ON tr.trainee_id = f.trainee_id
         ORDER BY f.day`, // a window of first placements then reads neighbouring pages
    },
    ...(Object.keys(RETENTION_DIMENSIONS) as RetentionDimension[]).map((dimension) => ({
      name: `report_retention: ${dimension}`,
      sql: Prisma.sql`
        INSERT INTO report_retention (dimension, dimension_key, household_category, horizon_days, eligible, retained, median_wage_fen)
        SELECT ${dimension}::"ReportDimension", r.key, r.household_category::"HouseholdCategory", h.horizon_days, h.eligible, h.retained, h.median_wage_fen
          FROM (${retentionAggregate(dimension, asOf)}) r CROSS JOIN LATERAL ${retentionHorizonsSql('r')}`,
    })),
    ...SUMMARY_TABLES.map((table) => ({ name: `analyze ${table}`, sql: Prisma.raw(`ANALYZE ${table}`) })),
  ];
}
