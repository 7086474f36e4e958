-- The national-scale world of the end-to-end matching benchmark, generated inside PostgreSQL
-- (INSERT … SELECT over generate_series: no rows travel over the wire). Deterministic: every
-- "random" choice is a hash of the row number and a salt. Ids are md5-derived UUIDs, so rows
-- refer to each other without lookups. :trainees, :demands, :agencies and :phone_cipher are
-- substituted by run.ts.

CREATE FUNCTION bench_r(i bigint, salt int, n int) RETURNS int LANGUAGE sql IMMUTABLE
  AS $$ SELECT mod(abs(hashint8(i * 1000003 + salt)::bigint), n)::int $$;
-- Major index by the programme's mix: eldercare 40 %, patient care 25 %, maternity 20 %, housekeeping 15 %.
CREATE FUNCTION bench_major(i bigint, salt int) RETURNS int LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN r < 40 THEN 0 WHEN r < 65 THEN 1 WHEN r < 85 THEN 2 ELSE 3 END FROM (SELECT bench_r(i, salt, 100) AS r) x $$;
CREATE FUNCTION bench_major_name(m int) RETURNS "Major" LANGUAGE sql IMMUTABLE
  AS $$ SELECT (ARRAY['ELDERCARE', 'PATIENT_CARE', 'MATERNITY_NANNY', 'HOUSEKEEPING'])[m + 1]::"Major" $$;
CREATE FUNCTION bench_level(r int, l5 int, l4 int) RETURNS "CertificateLevel" LANGUAGE sql IMMUTABLE
  AS $$ SELECT (CASE WHEN r < l5 THEN 'LEVEL_5' WHEN r < l4 THEN 'LEVEL_4' ELSE 'LEVEL_3' END)::"CertificateLevel" $$;

-- 100 destination cities, spread over the country.
CREATE TABLE bench_cities AS
  SELECT (row_number() OVER (ORDER BY md5(code)) - 1)::int AS idx, code, name, province_code FROM cities ORDER BY md5(code) LIMIT 100;

INSERT INTO schools (id, name, ownership, procurement_method, county_code, address, contact_name, contact_phone, updated_at)
SELECT md5('school-' || s)::uuid, '基准培训学校' || s, 'PUBLIC', 'PUBLIC_TENDER', '141102', '离石区滨河路' || s || '号', '王老师', '0358-8221234', now()
FROM generate_series(0, 10) s;

INSERT INTO courses (id, name, major, theory_hours, practice_hours, duration_days)
SELECT md5('course-' || m)::uuid, '基准课程' || m, bench_major_name(m), 48, 112, 30 FROM generate_series(0, 3) m;

-- 44 cohorts, 11 per major (cohort c teaches major c % 4).
INSERT INTO cohorts (id, number, school_id, course_id, start_date, end_date, capacity)
SELECT md5('cohort-' || c)::uuid, c + 1, md5('school-' || (c % 11))::uuid, md5('course-' || (c % 4))::uuid,
       date '2025-01-06' + c * 14, date '2025-02-04' + c * 14, 10000
FROM generate_series(0, 43) c;

INSERT INTO trainees (id, name, resident_id_cipher, resident_id_hash, phone_cipher, phone_hash, birth_date, sex, county_code,
                      household_category, education_level, majors_wanted, destinations_wanted, accepts_any_destination,
                      expected_wage_fen, status, updated_at)
SELECT md5('trainee-' || i)::uuid, '基准学员' || i, 'bench', md5('resident-id-' || i), :'phone_cipher', md5('phone-' || i),
       date '1970-01-01' + bench_r(i, 3, 12000), 'FEMALE',
       (ARRAY['141102','141121','141122','141123','141124','141125','141126','141127','141128','141129','141130','141181','141182'])[bench_r(i, 4, 13) + 1],
       (ARRAY['REGISTERED_POOR','LIFTED_OUT','RURAL','URBAN_LOW_INCOME','UNEMPLOYED_GRADUATE'])[bench_r(i, 5, 5) + 1]::"HouseholdCategory",
       'JUNIOR_HIGH', ARRAY[bench_major_name(bench_major(i, 1))],
       CASE WHEN bench_r(i, 6, 10) < 7 THEN ARRAY[c1.name] ELSE ARRAY[c1.name, c2.name] END,
       bench_r(i, 7, 2000) = 0,
       CASE WHEN bench_r(i, 8, 10) = 0 THEN NULL ELSE 400000 + bench_r(i, 9, 31) * 10000 END,
       'AVAILABLE', now()
FROM generate_series(0, :trainees - 1) i
JOIN bench_cities c1 ON c1.idx = bench_r(i, 10, 100)
JOIN bench_cities c2 ON c2.idx = bench_r(i, 11, 100);

-- Every trainee passed one cohort of her major; one in ten another of the next major too.
INSERT INTO enrollments (id, trainee_id, cohort_id, status)
SELECT md5('enrollment-' || i)::uuid, md5('trainee-' || i)::uuid, md5('cohort-' || (bench_major(i, 1) + 4 * bench_r(i, 12, 11)))::uuid, 'PASSED'
FROM generate_series(0, :trainees - 1) i;
INSERT INTO certificates (id, number, trainee_id, enrollment_id, major, level, issued_on)
SELECT md5('certificate-' || i)::uuid, 'BENCH1' || lpad(i::text, 9, '0'), md5('trainee-' || i)::uuid, md5('enrollment-' || i)::uuid,
       bench_major_name(bench_major(i, 1)), bench_level(bench_r(i, 13, 100), 60, 90), date '2025-01-01' + bench_r(i, 14, 690)
FROM generate_series(0, :trainees - 1) i;
INSERT INTO enrollments (id, trainee_id, cohort_id, status)
SELECT md5('enrollment2-' || i)::uuid, md5('trainee-' || i)::uuid, md5('cohort-' || ((bench_major(i, 1) + 1) % 4 + 4 * bench_r(i, 15, 11)))::uuid, 'PASSED'
FROM generate_series(5, :trainees - 1, 10) i;
INSERT INTO certificates (id, number, trainee_id, enrollment_id, major, level, issued_on)
SELECT md5('certificate2-' || i)::uuid, 'BENCH2' || lpad(i::text, 9, '0'), md5('trainee-' || i)::uuid, md5('enrollment2-' || i)::uuid,
       bench_major_name((bench_major(i, 1) + 1) % 4), 'LEVEL_5', date '2025-01-01' + bench_r(i, 16, 690)
FROM generate_series(5, :trainees - 1, 10) i;

-- Agencies, 20 per city, each with a valid cooperation agreement.
INSERT INTO agencies (id, name, credit_code, province_code, city_code, address, contact_name, contact_phone, updated_at)
SELECT md5('agency-' || a)::uuid, '基准家政服务有限公司' || a, 'BENCH' || lpad(a::text, 13, '0'), c.province_code, c.code,
       c.name || '中心路' || a || '号', '张经理', '010-62345678', now()
FROM generate_series(0, :agencies - 1) a JOIN bench_cities c ON c.idx = a % 100;
INSERT INTO cooperation_agreements (id, agency_id, signed_on, valid_until, terms)
SELECT md5('agreement-' || a)::uuid, md5('agency-' || a)::uuid, date '2026-01-01', date '2027-12-31', '基准合作协议'
FROM generate_series(0, :agencies - 1) a;

-- Open demand in the agency's city: headcount 1-4 (2.5 on average), wages 4,000-6,000 up to +3,000,
-- starting within two months, mostly for the lowest level.
INSERT INTO job_demands (id, agency_id, major, headcount, province_code, city_code, wage_min_fen, wage_max_fen, start_date, live_in,
                         min_certificate_level, duties, updated_at)
SELECT md5('demand-' || d)::uuid, md5('agency-' || (d % :agencies))::uuid, bench_major_name(bench_major(d, 20)), 1 + bench_r(d, 21, 4),
       c.province_code, c.code, w.min_fen, w.min_fen + 100000 + bench_r(d, 23, 21) * 10000, current_date + bench_r(d, 24, 60),
       bench_r(d, 25, 2) = 0, bench_level(bench_r(d, 26, 100), 70, 95), '照顾老人日常起居', now()
FROM generate_series(0, :demands - 1) d
JOIN bench_cities c ON c.idx = (d % :agencies) % 100
CROSS JOIN LATERAL (SELECT 400000 + bench_r(d, 22, 21) * 10000 AS min_fen) w;

-- History for the experience and agency-record components: one trainee in ten had a placement
-- (ended) with two logged follow-up visits; 300 closed rights cases against agencies.
INSERT INTO service_stations (id, name, city_code, address, phone, is_home_centre, updated_at)
VALUES (md5('station')::uuid, '基准服务中心', '141100', '离石区', '0358-1234567', true, now());
INSERT INTO placements (id, trainee_id, agency_id, province_code, city_code, city_name, monthly_wage_fen, start_date, end_date, status,
                        end_reason, updated_at)
SELECT md5('placement-' || i)::uuid, md5('trainee-' || i)::uuid, md5('agency-' || (i % :agencies))::uuid, c.province_code, c.code, c.name,
       500000, date '2025-03-01', date '2025-12-31', 'ENDED', 'CONTRACT_COMPLETED', now()
FROM generate_series(0, :trainees - 1, 10) i JOIN bench_cities c ON c.idx = (i % :agencies) % 100;
INSERT INTO follow_up_visits (id, placement_id, station_id, sequence, due_date, channel, status, logged_at, employer_satisfaction_caregiver,
                              caregiver_satisfaction_employer, wage_paid_in_full, wage_paid_on_time, updated_at)
SELECT md5('visit-' || i || '-' || k)::uuid, md5('placement-' || i)::uuid, md5('station')::uuid, k, date '2025-03-08' + k * 30, 'PHONE', 'DONE',
       now(), 1 + bench_r(i, 30 + k, 5), 1 + bench_r(i, 40 + k, 5), bench_r(i, 50 + k, 20) > 0, true, now()
FROM generate_series(0, :trainees - 1, 10) i CROSS JOIN generate_series(1, 2) k;
INSERT INTO rights_cases (id, trainee_id, agency_id, station_id, category, status, description, amount_claimed_fen, amount_recovered_fen,
                          accept_due_at, resolve_due_at, accepted_at, closed_at, updated_at)
SELECT md5('case-' || n)::uuid, md5('trainee-' || (n * 10))::uuid, md5('agency-' || ((n * 7) % :agencies))::uuid, md5('station')::uuid,
       'WAGE_ARREARS', (ARRAY['RESOLVED', 'REFERRED', 'WITHDRAWN'])[bench_r(n, 60, 3) + 1]::"RightsCaseStatus", '拖欠工资', 500000,
       CASE WHEN bench_r(n, 61, 2) = 0 THEN 500000 ELSE 0 END,
       timestamptz '2025-06-02', timestamptz '2025-07-01', timestamptz '2025-06-01 10:00', timestamptz '2025-06-20', now()
FROM generate_series(0, 299) n;

DROP TABLE bench_cities;
DROP FUNCTION bench_level(int, int, int);
DROP FUNCTION bench_major_name(int);
DROP FUNCTION bench_major(bigint, int);
DROP FUNCTION bench_r(bigint, int, int);
ANALYZE;
