import { HouseholdCategory, Major, PlacementStatus, Role } from '@carebridge/db';
import { displayCell, ReportGrouping, ReportTablesService, RetentionGrouping } from '@carebridge/reporting';
import { localDateToDb } from '@carebridge/rules';
import { errorCodes, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

/**
 * A small world whose figures are worked out by hand below. The clock stands at 2026-03-02
 * (Asia/Shanghai), so the summaries are "as of" that day.
 *
 * cohort K1 (school S1, eldercare, ends 2024-03-31), K2 (S2, maternity, ends 2025-01-31),
 * K3 (S1, eldercare, ends 2025-06-30):
 *   T1 临县 registered poor  K1 PASSED, cert 2024-04-02; P1 北京 2024-04-10→ 4000元, wage records
 *   T2 临县 rural            K1 PASSED, cert 2024-04-02; P2 北京 2024-05-01→2024-09-30 3500元; P2b 青岛 2024-12-01→ 4500元
 *   T3 离石 registered poor  K1 FAILED (trained, no certificate, never placed)
 *   T4 离石 lifted out       K2 PASSED, cert 2025-02-05; P4 东京 (JP) 2025-02-10→ 10000元
 *   T5 临县 registered poor  K1 DROPPED (not trained)
 *   T6 离石 rural            K1 FAILED, then K3 PASSED, cert 2025-07-01; P6 北京 2025-07-10→ 5000元
 *   T7 临县 lifted out       K2 still ACTIVE (not trained)
 */
const LINXIAN = '141124';
const LISHI = '141102';

const STATS = `query($from: LocalDate!, $to: LocalDate!, $groupBy: ReportGrouping!) {
  programmeStats(from: $from, to: $to, groupBy: $groupBy) {
    rows { key label trained certified employed employmentRateBasisPoints registeredPoorTrained registeredPoorEmployed
           byHouseholdCategory { householdCategory trained certified employed employmentRateBasisPoints } }
    totals { trained certified employed employmentRateBasisPoints registeredPoorTrained registeredPoorEmployed }
  }
}`;

const SECTIONS = `query($from: LocalDate!, $to: LocalDate!) {
  programmeStats(from: $from, to: $to, groupBy: YEAR) {
    placementsByCountry { key label placements }
    placementsByProvince { key label placements }
    placementsByCity { key label placements byHouseholdCategory { householdCategory count } }
    wageDistribution { label minMonthlyWage maxMonthlyWage placements }
    medianWageByYear { year placements medianMonthlyWage byHouseholdCategory { householdCategory placements medianMonthlyWage } }
    wageIncomeByYear { year recorded estimated total byHouseholdCategory { householdCategory recorded estimated total } }
    followUpCoverage { asOf activePlacements visitedPlacements coverageBasisPoints byHouseholdCategory { householdCategory activePlacements visitedPlacements } }
    rightsCases { category label cases resolved claimed recovered }
    subsidiesByYear { year applied appliedAmount approved approvedAmount paid paidAmount }
    freshness { asOf }
  }
}`;

const RETENTION = `query($groupBy: RetentionGrouping!, $from: LocalDate, $to: LocalDate) {
  retention(groupBy: $groupBy, from: $from, to: $to) {
    asOf
    rows { key label horizons { days eligible retained retentionRateBasisPoints medianWage }
           byHouseholdCategory { householdCategory horizons { days eligible retained medianWage } } }
    totals { horizons { days eligible retained retentionRateBasisPoints medianWage } }
  }
}`;

const RETENTION_YEARS = `query($groupBy: RetentionGrouping!, $fromYear: Int, $toYear: Int) {
  retention(groupBy: $groupBy, fromYear: $fromYear, toYear: $toYear) {
    fromYear toYear from to asOf
    rows { key label horizons { days eligible retained medianWage }
           byHouseholdCategory { householdCategory horizons { days eligible retained medianWage } } }
    totals { horizons { days eligible retained medianWage } }
  }
}`;

const STATS_PAGE = `query($groupBy: ReportGrouping!, $first: Int, $after: String) {
  programmeStats(from: "2024-01-01", to: "2025-12-31", groupBy: $groupBy) {
    rowPage(first: $first, after: $after) { nodes { key label trained employed } pageInfo { hasNextPage endCursor } totalCount }
    totals { trained employed }
  }
}`;

const RETENTION_PAGE = `query($groupBy: RetentionGrouping!, $first: Int, $after: String) {
  retention(groupBy: $groupBy) {
    asOf
    rowPage(first: $first, after: $after) { nodes { key label horizons { days retained } } pageInfo { hasNextPage endCursor } totalCount }
    totals { horizons { days retained } }
  }
}`;

const PLAN_PROGRESS = `query($planId: ID!) {
  planProgress(planId: $planId) {
    asOf evaluatedThrough elapsedDays totalDays
    plan { name startDate endDate }
    targets { metric target { people basisPoints amount } actual { people basisPoints amount } projected { people basisPoints amount display } onTrack }
  }
}`;

const REFRESH = `mutation { refreshReports { asOf refreshedAt } }`;

const date = localDateToDb;
/** An instant given as Asia/Shanghai wall-clock time. */
const shanghai = (wallClock: string) => new Date(`${wallClock}+08:00`);

describe('reports', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  async function buildWorld() {
    const { factories, prisma } = api;
    const [s1, s2] = [await factories.school({ name: '吕梁护工学校一' }), await factories.school({ name: '吕梁护工学校二' })];
    const eldercare = await factories.course({ major: Major.ELDERCARE });
    const maternity = await factories.course({ major: Major.MATERNITY_NANNY });
    const k1 = await factories.cohort({ schoolId: s1.id, courseId: eldercare.id, number: 1, start: '2024-03-01', end: '2024-03-31' });
    const k2 = await factories.cohort({ schoolId: s2.id, courseId: maternity.id, number: 2, start: '2025-01-02', end: '2025-01-31' });
    const k3 = await factories.cohort({ schoolId: s1.id, courseId: eldercare.id, number: 3, start: '2025-06-01', end: '2025-06-30' });

    const trainee = (countyCode: string, householdCategory: HouseholdCategory) => factories.trainee({ countyCode, householdCategory });
    const t1 = await trainee(LINXIAN, 'REGISTERED_POOR');
    const t2 = await trainee(LINXIAN, 'RURAL');
    const t3 = await trainee(LISHI, 'REGISTERED_POOR');
    const t4 = await trainee(LISHI, 'LIFTED_OUT');
    const t5 = await trainee(LINXIAN, 'REGISTERED_POOR');
    const t6 = await trainee(LISHI, 'RURAL');
    const t7 = await trainee(LINXIAN, 'LIFTED_OUT');

    let certificates = 0;
    const enrol = async (traineeId: string, cohortId: string, status: 'PASSED' | 'FAILED' | 'DROPPED' | 'ACTIVE', certifiedOn?: string, major: Major = Major.ELDERCARE) => {
      const enrollment = await prisma.enrollment.create({ data: { traineeId, cohortId, status } });
      if (certifiedOn) {
        await prisma.certificate.create({
          data: { number: `CERT-${++certificates}`, traineeId, enrollmentId: enrollment.id, major, level: 'LEVEL_5', issuedOn: date(certifiedOn) },
        });
      }
    };
    await enrol(t1.id, k1.id, 'PASSED', '2024-04-02');
    await enrol(t2.id, k1.id, 'PASSED', '2024-04-02');
    await enrol(t3.id, k1.id, 'FAILED');
    await enrol(t4.id, k2.id, 'PASSED', '2025-02-05', Major.MATERNITY_NANNY);
    await enrol(t5.id, k1.id, 'DROPPED');
    await enrol(t6.id, k1.id, 'FAILED');
    await enrol(t6.id, k3.id, 'PASSED', '2025-07-01');
    await enrol(t7.id, k2.id, 'ACTIVE');

    const beijing = { countryCode: 'CN', provinceCode: '110000', cityCode: '110100', cityName: '北京市' };
    const place = (traineeId: string, where: typeof beijing | { countryCode: string; cityName: string }, wageYuan: number, start: string, end?: string) =>
      prisma.placement.create({
        data: {
          traineeId,
          ...where,
          monthlyWageFen: wageYuan * 100,
          startDate: date(start),
          endDate: end ? date(end) : null,
          status: end ? PlacementStatus.ENDED : PlacementStatus.ACTIVE,
        },
      });
    const p1 = await place(t1.id, beijing, 4000, '2024-04-10');
    await place(t2.id, beijing, 3500, '2024-05-01', '2024-09-30');
    const p2b = await place(t2.id, { countryCode: 'CN', provinceCode: '370000', cityCode: '370200', cityName: '青岛市' } as typeof beijing, 4500, '2024-12-01');
    const p4 = await place(t4.id, { countryCode: 'JP', cityName: '东京' }, 10_000, '2025-02-10');
    const p6 = await place(t6.id, beijing, 5000, '2025-07-10');

    // P1 has wage records, so only they count for it; the others are estimated from their monthly wage.
    await prisma.wageRecord.createMany({
      data: [
        { placementId: p1.id, month: date('2024-05-01'), amountFen: 400_000, paidOn: date('2024-06-05') },
        { placementId: p1.id, month: date('2024-06-01'), amountFen: 400_000, paidOn: date('2024-07-05') },
        { placementId: p1.id, month: date('2025-06-01'), amountFen: 410_000, paidOn: date('2025-07-05') },
      ],
    });

    const station = await prisma.serviceStation.create({ data: { name: '北京服务站', cityCode: '110100', address: '北京市朝阳区', phone: '010-12345678' } });
    const visit = (placementId: string, status: 'DONE' | 'PLANNED', loggedAt?: Date) =>
      prisma.followUpVisit.create({ data: { placementId, stationId: station.id, sequence: 1, dueDate: date('2025-12-01'), channel: 'PHONE', status, loggedAt } });
    await visit(p1.id, 'DONE', shanghai('2026-01-15T10:00:00')); // within the last 90 days
    await visit(p2b.id, 'DONE', shanghai('2025-12-02T23:00:00')); // 90 days before 2026-03-02: outside
    await visit(p4.id, 'DONE', shanghai('2025-12-03T00:30:00')); // the 90th day, just after midnight in Shanghai: inside
    await visit(p6.id, 'PLANNED'); // not logged

    const rightsCase = (traineeId: string, category: 'WAGE_ARREARS' | 'INJURY', status: 'RESOLVED' | 'OPEN', opened: string, claimed: number | null, recovered: number | null) =>
      prisma.rightsCase.create({
        data: {
          traineeId,
          stationId: station.id,
          category,
          status,
          description: '欠薪',
          amountClaimedFen: claimed,
          amountRecoveredFen: recovered,
          acceptDueAt: shanghai(`${opened}T12:00:00`),
          resolveDueAt: shanghai(`${opened}T12:00:00`),
          createdAt: shanghai(`${opened}T09:00:00`),
        },
      });
    await rightsCase(t2.id, 'WAGE_ARREARS', 'RESOLVED', '2025-05-10', 350_000, 300_000);
    await rightsCase(t4.id, 'WAGE_ARREARS', 'OPEN', '2025-06-10', 100_000, null);
    await rightsCase(t6.id, 'INJURY', 'OPEN', '2025-08-10', null, null);

    const policy = await prisma.subsidyPolicy.create({
      data: { name: '稳岗补贴', monthsEmployed: 6, amountFen: 100_000, extraRegisteredPoorFen: 50_000, validFrom: date('2024-01-01'), validUntil: date('2026-12-31') },
    });
    const application = (traineeId: string, placementId: string, amountFen: number, status: 'APPROVED' | 'REJECTED' | 'PAID', created: Date, reviewed: Date, paid?: Date) =>
      prisma.subsidyApplication.create({
        data: { policyId: policy.id, traineeId, placementId, periodStart: date('2024-04-10'), periodEnd: date('2024-10-09'), amountFen, status, createdAt: created, reviewedAt: reviewed, paidAt: paid },
      });
    await application(t1.id, p1.id, 150_000, 'PAID', shanghai('2025-03-01T10:00:00'), shanghai('2025-03-05T10:00:00'), shanghai('2026-01-10T10:00:00'));
    await application(t2.id, p2b.id, 100_000, 'REJECTED', shanghai('2025-04-01T10:00:00'), shanghai('2025-04-03T10:00:00'));
    // 2025-12-31 17:00 UTC is already 2026-01-01 in Shanghai.
    await application(t6.id, p6.id, 100_000, 'APPROVED', new Date('2025-12-31T17:00:00Z'), shanghai('2026-01-02T10:00:00'));

    return { s1, k1, k2, k3, t5, t7 };
  }

  async function refreshed(): Promise<string> {
    const admin = await api.admin();
    const { refreshReports } = await api.ok(REFRESH, {}, admin);
    expect(refreshReports.asOf).toBe('2026-03-02');
    return admin;
  }

  const figures = (row: { trained: number; certified: number; employed: number; employmentRateBasisPoints: number | null }) => [
    row.trained,
    row.certified,
    row.employed,
    row.employmentRateBasisPoints,
  ];

  it('counts trained, certified and employed by county with the household-category split and the rate', async () => {
    await buildWorld();
    const admin = await refreshed();
    const { programmeStats } = await api.ok(STATS, { from: '2024-01-01', to: '2025-12-31', groupBy: 'COUNTY' }, admin);

    expect(programmeStats.rows.map((row: { key: string; label: string }) => [row.key, row.label])).toEqual([
      [LISHI, '离石区'],
      [LINXIAN, '临县'],
    ]);
    const [lishi, linxian] = programmeStats.rows;
    // 离石: T3 (failed), T4 and T6 trained; T4 and T6 certified and employed.
    expect(figures(lishi)).toEqual([3, 2, 2, 6667]);
    expect([lishi.registeredPoorTrained, lishi.registeredPoorEmployed]).toEqual([1, 0]);
    const byCategory = (row: { byHouseholdCategory: { householdCategory: string }[] }, category: string) =>
      figures(row.byHouseholdCategory.find((entry) => entry.householdCategory === category) as never);
    expect(byCategory(lishi, 'REGISTERED_POOR')).toEqual([1, 0, 0, 0]);
    expect(byCategory(lishi, 'LIFTED_OUT')).toEqual([1, 1, 1, 10000]);
    expect(byCategory(lishi, 'RURAL')).toEqual([1, 1, 1, 10000]);
    expect(byCategory(lishi, 'URBAN_LOW_INCOME')).toEqual([0, 0, 0, null]);
    // 临县: T1 and T2; T5 dropped out and T7 is still training.
    expect(figures(linxian)).toEqual([2, 2, 2, 10000]);
    expect([linxian.registeredPoorTrained, linxian.registeredPoorEmployed]).toEqual([1, 1]);

    expect(figures(programmeStats.totals)).toEqual([5, 4, 4, 8000]);
    expect([programmeStats.totals.registeredPoorTrained, programmeStats.totals.registeredPoorEmployed]).toEqual([2, 1]);
  });

  it('attributes people to their first completed cohort, and groups by cohort, major, school and year', async () => {
    const { s1, k1, k2, k3 } = await buildWorld();
    const admin = await refreshed();
    const rows = async (groupBy: string) =>
      (await api.ok(STATS, { from: '2024-01-01', to: '2025-12-31', groupBy }, admin)).programmeStats.rows.map(
        (row: { key: string; label: string } & Parameters<typeof figures>[0]) => [row.key, row.label, ...figures(row)],
      );

    // T6 failed K1 and passed K3: trained and employed under K1, the certificate under K3.
    expect(await rows('COHORT')).toEqual([
      [k1.id, '第1期（吕梁护工学校一）', 4, 2, 3, 7500],
      [k2.id, '第2期（吕梁护工学校二）', 1, 1, 1, 10000],
      [k3.id, '第3期（吕梁护工学校一）', 0, 1, 0, null],
    ]);
    expect(await rows('MAJOR')).toEqual([
      ['ELDERCARE', '养老陪护', 4, 3, 3, 7500],
      ['MATERNITY_NANNY', '月嫂育儿嫂', 1, 1, 1, 10000],
    ]);
    expect((await rows('SCHOOL')).find((row: string[]) => row[0] === s1.id)).toEqual([s1.id, '吕梁护工学校一', 4, 3, 3, 7500]);
    expect(await rows('YEAR')).toEqual([
      ['2024', '2024年', 4, 2, 2, 5000],
      ['2025', '2025年', 1, 2, 2, 20000],
    ]);
    expect(await rows('HOUSEHOLD_CATEGORY')).toEqual([
      ['REGISTERED_POOR', '建档立卡贫困户', 2, 1, 1, 5000],
      ['LIFTED_OUT', '已脱贫', 1, 1, 1, 10000],
      ['RURAL', '农村劳动力', 2, 2, 2, 10000],
    ]);
  });

  it('counts exactly the days of a range that starts and ends inside months', async () => {
    await buildWorld();
    const admin = await refreshed();
    const totals = async (from: string, to: string) => figures((await api.ok(STATS, { from, to, groupBy: 'YEAR' }, admin)).programmeStats.totals);

    // K1 ends on 2024-03-31 and K2 on 2025-01-31; certificates on 2024-04-02 (×2) and 2025-02-05; T4 placed 2025-02-10.
    expect(await totals('2024-03-31', '2025-02-05')).toEqual([5, 3, 2, 4000]);
    expect(await totals('2024-04-01', '2025-02-09')).toEqual([1, 3, 2, 20000]);
    expect(await totals('2025-02-10', '2025-02-10')).toEqual([0, 0, 1, null]);
  });

  it('reports places of work, wage buckets, median wage by year, yearly wage income, follow-up coverage, rights cases and subsidies', async () => {
    await buildWorld();
    const admin = await refreshed();
    const { programmeStats: stats } = await api.ok(SECTIONS, { from: '2024-01-01', to: '2025-12-31' }, admin);

    expect(stats.placementsByCountry).toEqual([
      { key: 'CN', label: '中国', placements: 4 },
      { key: 'JP', label: '日本', placements: 1 },
    ]);
    expect(stats.placementsByProvince).toEqual([
      { key: '110000', label: '北京市', placements: 3 },
      { key: 'JP', label: '日本', placements: 1 },
      { key: '370000', label: '山东省', placements: 1 },
    ]);
    expect(stats.placementsByCity.map((row: { label: string; placements: number }) => [row.label, row.placements])).toEqual([
      ['北京市', 3],
      ['东京（日本）', 1],
      ['青岛市', 1],
    ]);
    expect(stats.placementsByCity[0].byHouseholdCategory.filter((entry: { count: number }) => entry.count > 0)).toEqual([
      { householdCategory: 'REGISTERED_POOR', count: 1 },
      { householdCategory: 'RURAL', count: 2 },
    ]);

    expect(stats.wageDistribution.map((row: { label: string; placements: number }) => [row.label, row.placements])).toEqual([
      ['2000元以下', 0],
      ['2000-3000元', 0],
      ['3000-4000元', 1],
      ['4000-5000元', 2],
      ['5000-6000元', 1],
      ['6000-8000元', 0],
      ['8000-10000元', 0],
      ['10000元及以上', 1],
    ]);
    expect(stats.wageDistribution[2]).toMatchObject({ minMonthlyWage: '3000.00', maxMonthlyWage: '4000.00' });

    // 2024: 3500, 4000, 4500 → 4000; 2025: 5000, 10000 → the mean of the two middle values.
    expect(stats.medianWageByYear.map((row: { year: number; placements: number; medianMonthlyWage: string }) => [row.year, row.placements, row.medianMonthlyWage])).toEqual([
      [2024, 3, '4000.00'],
      [2025, 2, '7500.00'],
    ]);
    expect(stats.medianWageByYear[0].byHouseholdCategory.slice(0, 3)).toEqual([
      { householdCategory: 'REGISTERED_POOR', placements: 1, medianMonthlyWage: '4000.00' },
      { householdCategory: 'LIFTED_OUT', placements: 0, medianMonthlyWage: null },
      { householdCategory: 'RURAL', placements: 2, medianMonthlyWage: '4000.00' },
    ]);

    // 2024: P1's records 8000; P2 May-Sep 5 × 3500 = 17500 and P2b December 4500 estimated.
    // 2025: P1's record 4100; estimated P2b 12 × 4500 = 54000, P4 10000 × 19/28 (February) + 10 × 10000,
    // P6 5000 × 22/31 (July) + 5 × 5000: 54000 + 6785.71 + 100000 + 3548.39 + 25000 = 189334.10.
    expect(stats.wageIncomeByYear.map((row: { year: number; recorded: string; estimated: string; total: string }) => [row.year, row.recorded, row.estimated, row.total])).toEqual([
      [2024, '8000.00', '22000.00', '30000.00'],
      [2025, '4100.00', '189334.10', '193434.10'],
    ]);
    expect(stats.wageIncomeByYear[0].byHouseholdCategory.slice(0, 3)).toEqual([
      { householdCategory: 'REGISTERED_POOR', recorded: '8000.00', estimated: '0.00', total: '8000.00' },
      { householdCategory: 'LIFTED_OUT', recorded: '0.00', estimated: '0.00', total: '0.00' },
      { householdCategory: 'RURAL', recorded: '0.00', estimated: '22000.00', total: '22000.00' },
    ]);

    // Active: P1, P2b, P4, P6; a DONE visit within the 90 days ending 2026-03-02: P1 and P4.
    expect(stats.followUpCoverage).toMatchObject({ asOf: '2026-03-02', activePlacements: 4, visitedPlacements: 2, coverageBasisPoints: 5000 });
    expect(stats.followUpCoverage.byHouseholdCategory.slice(0, 3)).toEqual([
      { householdCategory: 'REGISTERED_POOR', activePlacements: 1, visitedPlacements: 1 },
      { householdCategory: 'LIFTED_OUT', activePlacements: 1, visitedPlacements: 1 },
      { householdCategory: 'RURAL', activePlacements: 2, visitedPlacements: 0 },
    ]);

    expect(stats.rightsCases.filter((row: { cases: number }) => row.cases > 0)).toEqual([
      { category: 'WAGE_ARREARS', label: '拖欠工资', cases: 2, resolved: 1, claimed: '4500.00', recovered: '3000.00' },
      { category: 'INJURY', label: expect.any(String), cases: 1, resolved: 0, claimed: '0.00', recovered: '0.00' },
    ]);

    expect(stats.subsidiesByYear).toEqual([
      { year: 2025, applied: 2, appliedAmount: '2500.00', approved: 1, approvedAmount: '1500.00', paid: 0, paidAmount: '0.00' },
    ]);
    const { programmeStats: later } = await api.ok(SECTIONS, { from: '2026-01-01', to: '2026-12-31' }, admin);
    // The Shanghai date decides the year: T6's application was made on 2026-01-01 there.
    expect(later.subsidiesByYear).toEqual([
      { year: 2026, applied: 1, appliedAmount: '1000.00', approved: 1, approvedAmount: '1000.00', paid: 1, paidAmount: '1500.00' },
    ]);
    expect(later.freshness).toEqual({ asOf: '2026-03-02' });
  });

  it('measures retention 90, 180 and 365 days after the first placement, with the median wage then', async () => {
    const { k1, k2 } = await buildWorld();
    const admin = await refreshed();
    const horizons = (row: { horizons: { days: number; eligible: number; retained: number; medianWage: string | null }[] }) =>
      row.horizons.map((h) => [h.days, h.eligible, h.retained, h.medianWage]);

    // T1 employed throughout (4000); T2 on P2 at day 90 (3500), between placements at day 180, on P2b at day 365 (4500);
    // T4 employed throughout (10000); T6 employed (5000), but day 365 (2026-07-10) has not come.
    const { retention } = await api.ok(RETENTION, { groupBy: 'COUNTY' }, admin);
    expect(retention.asOf).toBe('2026-03-02');
    expect(horizons(retention.totals)).toEqual([
      [90, 4, 4, '4500.00'],
      [180, 4, 3, '5000.00'],
      [365, 3, 3, '4500.00'],
    ]);
    expect(retention.totals.horizons.map((h: { retentionRateBasisPoints: number }) => h.retentionRateBasisPoints)).toEqual([10000, 7500, 10000]);
    expect(retention.rows.map((row: { label: string }) => row.label)).toEqual(['离石区', '临县']);
    expect(horizons(retention.rows[0])).toEqual([
      [90, 2, 2, '7500.00'],
      [180, 2, 2, '7500.00'],
      [365, 1, 1, '10000.00'],
    ]);
    expect(horizons(retention.rows[1])).toEqual([
      [90, 2, 2, '3750.00'],
      [180, 2, 1, '4000.00'],
      [365, 2, 2, '4250.00'],
    ]);
    const rural = retention.rows[1].byHouseholdCategory.find((entry: { householdCategory: string }) => entry.householdCategory === 'RURAL');
    expect(rural.horizons.map((h: { days: number; eligible: number; retained: number; medianWage: string | null }) => [h.days, h.eligible, h.retained, h.medianWage])).toEqual([
      [90, 1, 1, '3500.00'],
      [180, 1, 0, null],
      [365, 1, 1, '4500.00'],
    ]);

    const byCohort = (await api.ok(RETENTION, { groupBy: 'COHORT' }, admin)).retention;
    expect(byCohort.rows.map((row: { key: string; horizons: { retained: number }[] }) => [row.key, row.horizons.map((h) => h.retained)])).toEqual([
      [k1.id, [3, 2, 2]],
      [k2.id, [1, 1, 1]],
    ]);

    // Only the caregivers first placed in 2025 (T4, T6): computed from the per-caregiver rows.
    const { retention: placed2025 } = await api.ok(RETENTION, { groupBy: 'HOUSEHOLD_CATEGORY', from: '2025-01-01', to: '2025-12-31' }, admin);
    expect(horizons(placed2025.totals)).toEqual([
      [90, 2, 2, '7500.00'],
      [180, 2, 2, '7500.00'],
      [365, 1, 1, '10000.00'],
    ]);
    expect(placed2025.rows.map((row: { key: string }) => row.key)).toEqual(['LIFTED_OUT', 'RURAL']);
  });

  it('measures retention over whole years of first placement: one year stored, several added up, medians exact', async () => {
    const { t7 } = await buildWorld();
    let admin = await refreshed();
    const retention = async (variables: Record<string, unknown>) => (await api.ok(RETENTION_YEARS, { groupBy: 'COUNTY', ...variables }, admin)).retention;
    const horizons = (row: { horizons: { days: number; eligible: number; retained: number; medianWage: string | null }[] }) =>
      row.horizons.map((h) => [h.days, h.eligible, h.retained, h.medianWage]);
    // Everyone so far (2024 and 2025), from the all-years rows: the figures worked out by hand above.
    const everyone = await retention({});
    expect(horizons(everyone.totals)).toEqual([
      [90, 4, 4, '4500.00'],
      [180, 4, 3, '5000.00'],
      [365, 3, 3, '4500.00'],
    ]);

    // T7 (临县, never trained) first placed in 2026: no horizon has come by 2026-03-02.
    await api.prisma.placement.create({
      data: { traineeId: t7.id, countryCode: 'CN', provinceCode: '110000', cityCode: '110100', cityName: '北京市', monthlyWageFen: 600_000, startDate: date('2026-01-05') },
    });
    admin = await refreshed();

    // 2024-2025 of 2024-2026: the two years' rows added up and the medians from their wage
    // histograms give exactly everyone's figures of before, category by category.
    const placed2024And2025 = await retention({ fromYear: 2024, toYear: 2025 });
    expect(placed2024And2025).toMatchObject({ fromYear: 2024, toYear: 2025, from: '2024-01-01', to: '2025-12-31', asOf: '2026-03-02' });
    expect(placed2024And2025.totals).toEqual(everyone.totals);
    expect(placed2024And2025.rows).toEqual(everyone.rows);
    const rural = placed2024And2025.rows[1].byHouseholdCategory.find((entry: { householdCategory: string }) => entry.householdCategory === 'RURAL');
    expect(horizons(rural)).toEqual([
      [90, 1, 1, '3500.00'],
      [180, 1, 0, null],
      [365, 1, 1, '4500.00'],
    ]);

    // One year: its stored rows. T1 and T2 (2024): 3500 and 4000 on day 90, T2 between placements on day 180.
    expect(horizons((await retention({ fromYear: 2024, toYear: 2024 })).totals)).toEqual([
      [90, 2, 2, '3750.00'],
      [180, 2, 1, '4000.00'],
      [365, 2, 2, '4250.00'],
    ]);
    // 2026 onwards: T7 alone, placed but not yet eligible for any horizon.
    const placed2026 = await retention({ fromYear: 2026 });
    expect(placed2026.rows.map((row: { key: string }) => row.key)).toEqual([LINXIAN]);
    expect(horizons(placed2026.totals)).toEqual([
      [90, 0, 0, null],
      [180, 0, 0, null],
      [365, 0, 0, null],
    ]);
    // Before anyone was placed: nobody.
    const before = await retention({ toYear: 2023 });
    expect(before.rows).toEqual([]);
    expect(horizons(before.totals)).toEqual([
      [90, 0, 0, null],
      [180, 0, 0, null],
      [365, 0, 0, null],
    ]);
    // Whole years given as dates (the older arguments) are the same window.
    const byDates = (await api.ok(RETENTION, { groupBy: 'COUNTY', from: '2024-01-01', to: '2025-12-31' }, admin)).retention;
    expect(horizons(byDates.totals)).toEqual(horizons(placed2024And2025.totals));
  });

  it('refuses retention windows that are not whole years of first placement, in Chinese', async () => {
    const admin = await api.admin();
    const refusal = async (query: string, variables: Record<string, unknown>) => {
      const result = await api.gql(query, { groupBy: 'COUNTY', ...variables }, admin);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      return result.errors?.[0];
    };

    expect(await refusal(RETENTION, { from: '2024-03-01', to: '2025-12-31' })).toMatchObject({
      message: '稳岗情况只能按首次上岗的整年统计：起始日期须为某年1月1日（收到 2024-03-01），请改用 fromYear、toYear 指定年份',
      extensions: { reason: 'RETENTION_WINDOW_NOT_WHOLE_YEARS', field: 'from' },
    });
    expect(await refusal(RETENTION, { to: '2025-06-30' })).toMatchObject({ extensions: { reason: 'RETENTION_WINDOW_NOT_WHOLE_YEARS', field: 'to' } });
    expect(await refusal(RETENTION_YEARS, { fromYear: 2025, toYear: 2024 })).toMatchObject({
      message: '起始年份（2025）不能晚于截止年份（2024）',
      extensions: { reason: 'INVALID_YEAR_RANGE', field: 'fromYear' },
    });
    const mixed = `query { retention(groupBy: COUNTY, from: "2024-01-01", toYear: 2025) { asOf } }`;
    expect(await refusal(mixed, {})).toMatchObject({ extensions: { reason: 'RETENTION_WINDOW_CONFLICT' } });
  });

  it('pages grouped rows in their natural order with first and after; totals stay whole', async () => {
    const { k1, k2, k3 } = await buildWorld();
    const admin = await refreshed();

    const stats = async (variables: Record<string, unknown>) => (await api.ok(STATS_PAGE, { groupBy: 'COHORT', ...variables }, admin)).programmeStats;
    const first = await stats({ first: 2 });
    expect(first.rowPage.nodes.map((row: { key: string; trained: number }) => [row.key, row.trained])).toEqual([
      [k1.id, 4],
      [k2.id, 1],
    ]);
    expect(first.rowPage).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.totals).toEqual({ trained: 5, employed: 4 });
    const second = await stats({ first: 2, after: first.rowPage.pageInfo.endCursor });
    expect(second.rowPage.nodes.map((row: { label: string }) => row.label)).toEqual(['第3期（吕梁护工学校一）']);
    expect(second.rowPage).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect(second.rowPage.nodes[0].key).toBe(k3.id);
    // Without first, a page has 50 rows at most.
    expect((await stats({})).rowPage.nodes).toHaveLength(3);

    const retention = async (variables: Record<string, unknown>) => (await api.ok(RETENTION_PAGE, { groupBy: 'COHORT', ...variables }, admin)).retention;
    const page1 = await retention({ first: 1 });
    expect(page1.rowPage.nodes.map((row: { key: string; horizons: { retained: number }[] }) => [row.key, row.horizons.map((h) => h.retained)])).toEqual([[k1.id, [3, 2, 2]]]);
    expect(page1.rowPage).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(page1.totals.horizons.map((h: { retained: number }) => h.retained)).toEqual([4, 3, 3]);
    expect(page1.asOf).toBe('2026-03-02');
    const page2 = await retention({ first: 1, after: page1.rowPage.pageInfo.endCursor });
    expect(page2.rowPage.nodes.map((row: { key: string }) => row.key)).toEqual([k2.id]);
    expect(page2.rowPage.pageInfo.hasNextPage).toBe(false);

    const badCursor = await api.gql(RETENTION_PAGE, { groupBy: 'COHORT', first: 1, after: 'bm9wZQ' }, admin);
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
    expect(badCursor.errors?.[0].extensions).toMatchObject({ reason: 'INVALID_CURSOR' });
    expect(errorCodes(await api.gql(STATS_PAGE, { groupBy: 'COHORT', first: 201 }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows each plan target, the figure so far and the linear projection to the plan end', async () => {
    await buildWorld();
    const plan = await api.prisma.programmePlan.create({
      data: {
        name: '测试规划',
        startDate: date('2024-01-01'),
        endDate: date('2026-12-31'),
        targets: {
          create: [
            { metric: 'TRAINED', target: 10n },
            { metric: 'EMPLOYED', target: 6n },
            { metric: 'EMPLOYMENT_RATE', target: 6000n },
            { metric: 'YEARLY_LABOUR_INCOME', target: 20_000_000n },
          ],
        },
      },
    });
    const admin = await refreshed();
    const { plans } = await api.ok(`{ plans { id name targets { metric target { people basisPoints amount display } } } }`, {}, admin);
    expect(plans).toEqual([
      {
        id: plan.id,
        name: '测试规划',
        targets: [
          { metric: 'TRAINED', target: { people: 10, basisPoints: null, amount: null, display: '10人' } },
          { metric: 'EMPLOYED', target: { people: 6, basisPoints: null, amount: null, display: '6人' } },
          { metric: 'EMPLOYMENT_RATE', target: { people: null, basisPoints: 6000, amount: null, display: '60.00%' } },
          { metric: 'YEARLY_LABOUR_INCOME', target: { people: null, basisPoints: null, amount: '200000.00', display: '200000.00元' } },
        ],
      },
    ]);

    const { planProgress } = await api.ok(PLAN_PROGRESS, { planId: plan.id }, admin);
    // 792 of 1096 days have passed: 5 trained → 5 × 1096 / 792 = 6.9 → 7; 4 employed → 5.5 → 6; 6 ÷ 7 = 85.71 %.
    expect(planProgress).toMatchObject({ asOf: '2026-03-02', evaluatedThrough: '2026-03-02', elapsedDays: 792, totalDays: 1096 });
    const targets = Object.fromEntries(planProgress.targets.map((t: { metric: string }) => [t.metric, t]));
    expect(targets.TRAINED).toMatchObject({ actual: { people: 5 }, projected: { people: 7 }, onTrack: false });
    expect(targets.EMPLOYED).toMatchObject({ actual: { people: 4 }, projected: { people: 6 }, onTrack: true });
    expect(targets.EMPLOYMENT_RATE).toMatchObject({ actual: { basisPoints: 8000 }, projected: { basisPoints: 8571, display: '85.71%' }, onTrack: true });
    // 2025-03 … 2026-02: P1's record 4100; P2b 12 × 4500; P4 12 × 10000; P6 3548.39 (July) + 7 × 5000.
    expect(targets.YEARLY_LABOUR_INCOME).toMatchObject({ actual: { amount: '216648.39' }, projected: { amount: '216648.39' }, onTrack: true });
  });

  it('shows figures as of the last refresh until the next one', async () => {
    const { k2, t5 } = await buildWorld();
    const admin = await refreshed();
    const total = async () => (await api.ok(STATS, { from: '2024-01-01', to: '2026-12-31', groupBy: 'COUNTY' }, admin)).programmeStats.totals.trained;
    expect(await total()).toBe(5);

    const enrollment = await api.prisma.enrollment.create({ data: { traineeId: t5.id, cohortId: k2.id, status: 'PASSED' } });
    expect(await total()).toBe(5);
    await refreshed();
    expect(await total()).toBe(6);

    // A refresh writes only the rows that changed: T5's rows (临县, registered poor, on K2's last day
    // 2025-01-31, its month and its year) came with the enrollment and must go with it.
    const t5Rows = () =>
      api.prisma.reportFlow.findMany({
        where: { dimension: 'COUNTY', dimensionKey: LINXIAN, householdCategory: 'REGISTERED_POOR', period: { gte: date('2025-01-01') } },
      });
    expect((await t5Rows()).map((row) => [row.grain, row.trained]).sort()).toEqual([
      ['DAY', 1],
      ['MONTH', 1],
      ['YEAR', 1],
    ]);
    await api.prisma.enrollment.delete({ where: { id: enrollment.id } });
    await refreshed();
    expect(await total()).toBe(5);
    expect(await t5Rows()).toEqual([]);
  });

  it('gives each report as a table with Chinese headers for the xlsx export', async () => {
    await buildWorld();
    await refreshed();
    const tables = api.app.get(ReportTablesService);

    const stats = await tables.programmeStats({ from: '2024-01-01', to: '2025-12-31' }, ReportGrouping.COUNTY);
    expect(stats.columns.map((column) => column.header)).toEqual(['县(市、区)', '人群类别', '培训人数', '取证数', '就业人数', '就业率', '建档立卡贫困户培训人数', '建档立卡贫困户就业人数']);
    // Each group (离石区, 临县, 合计): a row for all categories, then one per category.
    expect(stats.rows).toHaveLength(3 * 6);
    expect(stats.rows[0]).toEqual({ group: '离石区', householdCategory: '全部', trained: 3, certified: 2, employed: 2, employmentRate: 6667, registeredPoorTrained: 1, registeredPoorEmployed: 0 });
    expect(stats.rows[1]).toMatchObject({ group: '离石区', householdCategory: '建档立卡贫困户', trained: 1, employed: 0 });
    expect(stats.rows[12]).toMatchObject({ group: '合计', householdCategory: '全部', trained: 5, employed: 4 });
    expect(displayCell('BASIS_POINTS', stats.rows[0].employmentRate)).toBe('66.67%');

    const retention = await tables.retention(RetentionGrouping.COUNTY);
    const wage90 = retention.columns.find((column) => column.key === 'wage90');
    expect(wage90).toEqual({ key: 'wage90', header: '第90天月薪中位数（元）', kind: 'FEN' });
    expect(displayCell('FEN', retention.rows.find((row) => row.group === '合计' && row.householdCategory === '全部')?.wage90 ?? null)).toBe('4500.00');

    const coverage = await tables.followUpCoverage();
    expect(coverage.rows[0]).toEqual({ householdCategory: '全部', active: 4, visited: 2, coverage: 5000 });
  });

  it('refuses non-admins, an inverted date range and an unknown plan', async () => {
    const school = await api.factories.school();
    const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
    const admin = await api.admin();

    expect(errorCodes(await api.gql(STATS, { from: '2024-01-01', to: '2024-12-31', groupBy: 'SCHOOL' }, staff))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(RETENTION, { groupBy: 'COHORT' }, staff))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(REFRESH, {}, staff))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(`{ plans { id } }`, {}, staff))).toEqual(['FORBIDDEN']);

    const inverted = await api.gql(STATS, { from: '2025-01-01', to: '2024-12-31', groupBy: 'COUNTY' }, admin);
    expect(errorCodes(inverted)).toEqual(['BAD_USER_INPUT']);
    expect(inverted.errors?.[0].extensions).toMatchObject({ reason: 'INVALID_DATE_RANGE', field: 'from' });
    expect(errorCodes(await api.gql(RETENTION, { groupBy: 'COHORT', from: '2025-01-01', to: '2024-12-31' }, admin))).toEqual(['BAD_USER_INPUT']);

    const unknown = await api.gql(PLAN_PROGRESS, { planId: '7d1b5f6e-0000-4000-8000-000000000000' }, admin);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors?.[0]).toMatchObject({ message: '规划不存在', extensions: { reason: 'PLAN_NOT_FOUND' } });
  });
});
