-- The 100×-programme world of the reports benchmark, generated inside PostgreSQL (INSERT … SELECT
-- over generate_series: no rows travel over the wire). Deterministic: every "random" choice is a
-- hash of the row number and a salt; ids are md5-derived UUIDs, so rows refer to each other
-- without lookups. Encrypted fields hold a dummy ciphertext: reports never read them.
-- :trainees is substituted by run.ts; :today is the date the world ends on (the bench's clock).
--
-- Shape: 2,000 cohorts (2016 → 2026) at 11 schools; every trainee enrols once (88 % pass, 7 % fail,
-- 5 % drop out), one in ten passes a second cohort; 52 % of those who passed are placed, 45 % of
-- placements end and 70 % of those are followed by another; wages rise from about 2,000 CNY
-- (2016) to 4,000 (2026), maternity nurses earn more than double; 70 % of placements record their
-- first eight months' wages; 1 in 30 placements has a rights case, 1 in 3 a subsidy application.

CREATE FUNCTION bench_r(i bigint, salt int, n int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT mod(abs(hashint8(i * 1000003 + salt)::bigint), n)::int $$;

CREATE TABLE bench_cities AS
  SELECT (row_number() OVER (ORDER BY md5(code)) - 1)::int AS idx, code, name, province_code FROM cities ORDER BY md5(code) LIMIT 100;

INSERT INTO schools (id, name, ownership, procurement_method, county_code, address, contact_name, contact_phone, updated_at)
SELECT md5('school-' || s)::uuid, '基准培训学校' || s, CASE WHEN s < 6 THEN 'PUBLIC' ELSE 'PRIVATE' END::"SchoolOwnership", 'PUBLIC_TENDER',
       '141102', '离石区滨河路' || s || '号', '王老师', '0358-8221234', now()
FROM generate_series(0, 10) s;

INSERT INTO courses (id, name, major, theory_hours, practice_hours, duration_days)
SELECT md5('course-' || m)::uuid, '基准课程' || m, (ARRAY['ELDERCARE', 'PATIENT_CARE', 'MATERNITY_NANNY', 'HOUSEKEEPING'])[m + 1]::"Major", 48, 112, 30
FROM generate_series(0, 3) m;

INSERT INTO cohorts (id, number, school_id, course_id, start_date, end_date, capacity)
SELECT md5('cohort-' || c)::uuid, c + 1, md5('school-' || (c % 11))::uuid, md5('course-' || (c % 4))::uuid,
       date '2016-01-04' + c * 19 / 10, date '2016-01-04' + c * 19 / 10 + 29, 1000
FROM generate_series(0, 1999) c;

INSERT INTO trainees (id, name, resident_id_cipher, resident_id_hash, phone_cipher, phone_hash, birth_date, sex, county_code,
                      household_category, education_level, majors_wanted, destinations_wanted, status, updated_at)
SELECT md5('trainee-' || i)::uuid, '基准学员' || i, 'bench', md5('resident-id-' || i), 'bench', md5('phone-' || i),
       date '1970-01-01' + bench_r(i, 3, 12000), 'FEMALE',
       (ARRAY['141102','141121','141122','141123','141124','141125','141126','141127','141128','141129','141130','141181','141182'])[bench_r(i, 4, 13) + 1],
       CASE WHEN r < 40 THEN 'REGISTERED_POOR' WHEN r < 60 THEN 'LIFTED_OUT' WHEN r < 85 THEN 'RURAL' WHEN r < 95 THEN 'URBAN_LOW_INCOME'
            ELSE 'UNEMPLOYED_GRADUATE' END::"HouseholdCategory",
       'JUNIOR_HIGH', ARRAY['ELDERCARE']::"Major"[], ARRAY['北京市'], 'AVAILABLE', now()
FROM generate_series(0, :trainees - 1) i, LATERAL (SELECT bench_r(i, 5, 100) AS r) x;

-- Each trainee's cohort and outcome; placements and wages derive from it.
CREATE TABLE bench_people AS
SELECT i, bench_r(i, 12, 2000) AS cohort, CASE WHEN r < 88 THEN 'PASSED' WHEN r < 95 THEN 'FAILED' ELSE 'DROPPED' END AS status
FROM generate_series(0, :trainees - 1) i, LATERAL (SELECT bench_r(i, 13, 100) AS r) x;

INSERT INTO enrollments (id, trainee_id, cohort_id, status)
SELECT md5('enrollment-' || i)::uuid, md5('trainee-' || i)::uuid, md5('cohort-' || cohort)::uuid, status::"EnrollmentStatus" FROM bench_people;
INSERT INTO enrollments (id, trainee_id, cohort_id, status)
SELECT md5('enrollment2-' || i)::uuid, md5('trainee-' || i)::uuid, md5('cohort-' || ((cohort + 37) % 2000))::uuid, 'PASSED'
FROM bench_people WHERE i % 10 = 3;

INSERT INTO certificates (id, number, trainee_id, enrollment_id, major, level, issued_on)
SELECT md5('certificate-' || e.id)::uuid, 'BENCH' || lpad(row_number() OVER ()::text, 10, '0'), e.trainee_id, e.id, co.major, 'LEVEL_5', c.end_date + bench_r(hashtext(e.id::text), 14, 6)
FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN courses co ON co.id = c.course_id
WHERE e.status = 'PASSED';

-- First placements: 52 % of those who passed, 5-90 days after their cohort ended.
CREATE TABLE bench_placements AS
SELECT p.i, 1 AS n, c.end_date + 5 + bench_r(p.i, 20, 86) AS start_date, (c.number - 1) % 4 AS major
FROM bench_people p JOIN cohorts c ON c.id = md5('cohort-' || p.cohort)::uuid
WHERE p.status = 'PASSED' AND bench_r(p.i, 21, 100) < 52 AND c.end_date + 95 <= :'today'::date;
ALTER TABLE bench_placements ADD COLUMN end_date date;
-- 45 % end after 60-700 days (if that day has come); one in seven of those is placed again 10-60 days later.
UPDATE bench_placements SET end_date = start_date + 60 + bench_r(i, 22, 640) WHERE bench_r(i, 23, 100) < 45;
UPDATE bench_placements SET end_date = NULL WHERE end_date > :'today'::date;
INSERT INTO bench_placements (i, n, start_date, major)
SELECT i, 2, end_date + 10 + bench_r(i, 24, 50), major FROM bench_placements WHERE end_date IS NOT NULL AND bench_r(i, 25, 100) < 70;
DELETE FROM bench_placements WHERE start_date > :'today'::date;

INSERT INTO placements (id, trainee_id, country_code, province_code, city_code, city_name, monthly_wage_fen, start_date, end_date, status, updated_at)
SELECT md5('placement-' || b.i || '-' || b.n)::uuid, md5('trainee-' || b.i)::uuid,
       CASE WHEN abroad THEN 'JP' ELSE 'CN' END, CASE WHEN abroad THEN NULL ELSE city.province_code END,
       CASE WHEN abroad THEN NULL ELSE city.code END, CASE WHEN abroad THEN '东京' ELSE city.name END,
       -- about 2,000 CNY in 2016 rising 200 a year, ±1,000, in steps of 50; maternity nurses × 2.2
       ((2000 + (extract(year FROM b.start_date)::int - 2016) * 200 + bench_r(b.i * 2 + b.n, 26, 41) * 50 - 1000)
         * CASE WHEN b.major = 2 THEN 22 ELSE 10 END / 10 / 50 * 50) * 100,
       b.start_date, b.end_date, CASE WHEN b.end_date IS NULL THEN 'ACTIVE' ELSE 'ENDED' END::"PlacementStatus", now()
FROM bench_placements b
JOIN bench_cities city ON city.idx = bench_r(b.i, 27, 100),
LATERAL (SELECT bench_r(b.i, 28, 1000) = 0 AS abroad) a;

-- Wage records for 70 % of placements: their first eight months, up to their end or today.
INSERT INTO wage_records (id, placement_id, month, amount_fen, paid_on)
SELECT md5('wage-' || p.id || '-' || m)::uuid, p.id, (date_trunc('month', p.start_date) + m * interval '1 month')::date,
       p.monthly_wage_fen, (date_trunc('month', p.start_date) + (m + 1) * interval '1 month')::date + 4
FROM placements p
CROSS JOIN LATERAL generate_series(0, LEAST(7, (extract(year FROM age(date_trunc('month', coalesce(p.end_date, :'today'::date)), date_trunc('month', p.start_date))) * 12
                                              + extract(month FROM age(date_trunc('month', coalesce(p.end_date, :'today'::date)), date_trunc('month', p.start_date))))::int)) m
WHERE bench_r(hashtext(p.id::text), 29, 100) < 70;

INSERT INTO service_stations (id, name, city_code, address, phone, updated_at)
SELECT md5('station-' || s)::uuid, '基准服务站' || s, '110100', '北京市朝阳区' || s || '号', '010-12345678', now() FROM generate_series(0, 4) s;

-- Active placements: a DONE visit 1-200 days ago (so about 45 % fall within 90 days) and a planned one.
INSERT INTO follow_up_visits (id, placement_id, station_id, sequence, due_date, channel, status, logged_at, updated_at)
SELECT md5('visit-' || p.id || '-' || s)::uuid, p.id, md5('station-' || bench_r(hashtext(p.id::text), 30, 5))::uuid, s,
       :'today'::date + CASE WHEN s = 1 THEN -d ELSE 30 END, 'PHONE', CASE WHEN s = 1 THEN 'DONE' ELSE 'PLANNED' END::"VisitStatus",
       CASE WHEN s = 1 THEN (:'today'::date - d)::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '10 hours' END, now()
FROM placements p, generate_series(1, 2) s, LATERAL (SELECT 1 + bench_r(hashtext(p.id::text), 31, 200) AS d) x
WHERE p.status = 'ACTIVE';

INSERT INTO rights_cases (id, trainee_id, placement_id, station_id, category, status, description, amount_claimed_fen, amount_recovered_fen,
                          accept_due_at, resolve_due_at, created_at, updated_at)
SELECT md5('case-' || p.id)::uuid, p.trainee_id, p.id, md5('station-0')::uuid,
       (ARRAY['WAGE_ARREARS','CONTRACT_DISPUTE','INJURY','ABUSE_HARASSMENT','SOCIAL_INSURANCE','ILLEGAL_DEDUCTION','OTHER'])[bench_r(hashtext(p.id::text), 32, 7) + 1]::"RightsCaseCategory",
       CASE WHEN bench_r(hashtext(p.id::text), 33, 10) < 7 THEN 'RESOLVED' ELSE 'OPEN' END::"RightsCaseStatus", '基准案件',
       p.monthly_wage_fen, CASE WHEN bench_r(hashtext(p.id::text), 33, 10) < 7 THEN p.monthly_wage_fen * 8 / 10 END,
       opened + interval '1 day', opened + interval '30 days', opened, now()
FROM placements p, LATERAL (SELECT (p.start_date + 30)::timestamp AT TIME ZONE 'Asia/Shanghai' AS opened) o
WHERE bench_r(hashtext(p.id::text), 34, 30) = 0;

INSERT INTO subsidy_policies (id, name, months_employed, amount_fen, extra_registered_poor_fen, valid_from, valid_until)
VALUES (md5('policy')::uuid, '基准稳岗补贴', 6, 100000, 50000, '2016-01-01', '2030-12-31');
INSERT INTO subsidy_applications (id, policy_id, trainee_id, placement_id, period_start, period_end, amount_fen, status, reviewed_at, paid_at, created_at)
SELECT md5('subsidy-' || p.id)::uuid, md5('policy')::uuid, p.trainee_id, p.id, p.start_date, p.start_date + 182, 100000,
       (ARRAY['PENDING_REVIEW','APPROVED','REJECTED','PAID','PAID'])[r + 1]::"SubsidyStatus",
       CASE WHEN r > 0 THEN created + interval '5 days' END, CASE WHEN r > 2 THEN created + interval '30 days' END, created
FROM placements p, LATERAL (SELECT bench_r(hashtext(p.id::text), 35, 5) AS r, (p.start_date + 190)::timestamp AT TIME ZONE 'Asia/Shanghai' AS created) x
WHERE bench_r(hashtext(p.id::text), 36, 3) = 0 AND p.start_date + 190 <= :'today'::date AND (p.end_date IS NULL OR p.end_date >= p.start_date + 182)
ON CONFLICT DO NOTHING;

DROP TABLE bench_people, bench_placements, bench_cities;
DROP FUNCTION bench_r;
VACUUM ANALYZE;
