import { Readable } from 'node:stream';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { HouseholdCategory, Role } from '@carebridge/db';
import { EXPORT_BATCH_SIZE } from '@carebridge/exports';
import { ReportGrouping, ReportTablesService, RetentionGrouping } from '@carebridge/reporting';
import { localDateToDb, makeCreditCode, makeResidentId } from '@carebridge/rules';
import { TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const TRAINEE_HEADERS = ['姓名', '身份证号（脱敏）', '手机号（脱敏）', '性别', '出生日期', '县(市、区)', '人群类别', '文化程度', '意向专业', '意向城市', '接受任何就业地点', '期望月薪（元）', '状态', '登记时间'];

describe('xlsx exports', () => {
  const api = new TestApi(AppModule);
  let admin: string;
  let serial = 0;

  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.reset();
    admin = await api.admin();
  });

  const download = (path: string, token?: string) => {
    const req = request(api.app.getHttpServer())
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    if (token) req.set('authorization', `Bearer ${token}`);
    return req;
  };

  /** The first sheet of a downloaded xlsx as rows of cell values (the header row first). */
  async function sheetOf(path: string, token = admin): Promise<unknown[][]> {
    const res = await download(path, token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.read(Readable.from([res.body as Buffer]));
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    // Empty cells are not written: read them back as null, as the export gave them.
    sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => (row.values as unknown[])[i + 1] ?? null)));
    return rows;
  }

  /** The JSON error body of a refused download. */
  async function refusal(path: string, token?: string): Promise<{ status: number; body: Record<string, string> }> {
    const res = await download(path, token);
    return { status: res.status, body: JSON.parse((res.body as Buffer).toString('utf8')) };
  }

  const trainee = (overrides: Parameters<typeof api.factories.trainee>[0] = {}) =>
    api.factories.trainee({ residentId: makeResidentId('141124', '1986-04-12', ++serial, 'FEMALE'), birthDate: '1986-04-12', ...overrides });

  async function agency(name: string) {
    ++serial;
    return api.prisma.agency.create({
      data: { name, creditCode: makeCreditCode(`91110105MB${String(serial).padStart(7, '0')}`), provinceCode: '110000', cityCode: '110100', address: '朝阳区', contactName: '张经理', contactPhone: '010-62345678' },
    });
  }

  it('exports trainees with Chinese headers, labels and masked identifiers, as a named attachment', async () => {
    const residentId = makeResidentId('141124', '1986-04-12', 500, 'FEMALE');
    await trainee({ name: '王秀英', residentId, phone: '13800138000', expectedWageFen: 450_050, destinationsWanted: ['北京市', '天津市'] });
    const res = await download('/exports/trainees', admin);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('学员名单-2026-03-02.xlsx')}`);

    const [header, row, ...rest] = await sheetOf('/exports/trainees');
    expect(header).toEqual(TRAINEE_HEADERS);
    expect(rest).toEqual([]);
    expect(row).toEqual([
      '王秀英',
      `1411${'*'.repeat(10)}${residentId.slice(-4)}`,
      '138****8000',
      '女',
      '1986-04-12',
      '临县',
      '建档立卡贫困户',
      '初中',
      '养老陪护',
      '北京市、天津市',
      '否',
      4500.5,
      '已登记',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
    ]);
  });

  it('applies the list’s filters given as query parameters, and refuses bad or unknown ones in Chinese', async () => {
    await trainee({ name: '王秀英' });
    await trainee({ name: '李桂兰', householdCategory: HouseholdCategory.RURAL });
    const rows = await sheetOf('/exports/trainees?householdCategory=RURAL');
    expect(rows.slice(1).map((row) => row[0])).toEqual(['李桂兰']);

    expect(await refusal('/exports/trainees?countyCode=110101', admin)).toEqual({
      status: 400,
      body: { code: 'BAD_USER_INPUT', reason: 'INVALID_FILTER', field: 'countyCode', message: '县(市、区)代码应为吕梁市13个县(市、区)之一，如 141102（离石区）' },
    });
    expect(await refusal('/exports/trainees?colour=red', admin)).toMatchObject({ status: 400, body: { reason: 'INVALID_FILTER', message: '不支持的筛选条件：colour' } });
    expect(await refusal('/exports/trainees?status=REGISTERED&status=PLACED', admin)).toMatchObject({ status: 400, body: { field: 'status' } });
  });

  it('reads past the first batch: every row of a list longer than one page, once, newest first', async () => {
    const first = await trainee({ name: '最早学员' });
    // The first page ends inside a run of equal creation times: the keyset goes on by id within an instant.
    const rows = Array.from({ length: EXPORT_BATCH_SIZE + 1 }, (_, i) => ({
      ...first,
      id: undefined,
      residentIdHash: `bulk-${i}`,
      name: `批量学员${i}`,
      createdAt: new Date(first.createdAt.getTime() + 1000 + Math.floor(i / 700) * 1000),
    }));
    await api.prisma.trainee.createMany({ data: rows.map(({ id: _id, ...row }) => row) });
    const names = (await sheetOf('/exports/trainees')).slice(1).map((row) => row[0]);
    expect(names).toHaveLength(EXPORT_BATCH_SIZE + 2);
    expect(new Set(names)).toEqual(new Set([...rows.map((row) => row.name), '最早学员']));
    expect(names.at(-1)).toBe('最早学员');
  });

  it('scopes trainees to school staff’s school, as the list does', async () => {
    const school = await api.factories.school();
    const cohort = await api.factories.cohort({ schoolId: school.id });
    const ours = await trainee({ name: '王秀英' });
    await trainee({ name: '李桂兰' });
    await api.prisma.enrollment.create({ data: { traineeId: ours.id, cohortId: cohort.id } });
    const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
    expect((await sheetOf('/exports/trainees', staff)).slice(1).map((row) => row[0])).toEqual(['王秀英']);
    expect((await refusal('/exports/placements', staff)).status).toBe(403);
  });

  it('exports placements, to agency staff only their agency’s', async () => {
    const [ours, theirs] = [await agency('康馨家政服务有限公司'), await agency('好帮手家政有限公司')];
    for (const [name, agencyId] of [['王秀英', ours.id], ['李桂兰', theirs.id]]) {
      const t = await trainee({ name, status: 'PLACED' });
      await api.prisma.placement.create({
        data: { traineeId: t.id, agencyId, countryCode: 'CN', provinceCode: '110000', cityCode: '110100', cityName: '北京市', monthlyWageFen: 500_000, startDate: localDateToDb('2026-02-01') },
      });
    }
    const all = await sheetOf('/exports/placements');
    expect(all[0]).toEqual(['学员姓名', '用工单位', '国家', '城市', '月工资（元）', '上岗日期', '结束日期', '状态', '结束原因']);
    expect(all).toHaveLength(3);
    const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: ours.id });
    expect((await sheetOf('/exports/placements', staff)).slice(1)).toEqual([['王秀英', '康馨家政服务有限公司', '中国', '北京市', 5000, '2026-02-01', null, '在岗', null]]);
  });

  it('exports job demands with a date filter, and subsidy applications to admins', async () => {
    const employer = await agency('康馨家政服务有限公司');
    const demand = (startDate: string) => ({
      agencyId: employer.id, major: 'ELDERCARE' as const, headcount: 3, provinceCode: '110000', cityCode: '110100',
      wageMinFen: 400_000, wageMaxFen: 600_000, startDate: localDateToDb(startDate), liveIn: true, minCertificateLevel: 'LEVEL_5' as const, duties: '照护老人',
    });
    await api.prisma.jobDemand.createMany({ data: [demand('2026-03-10'), demand('2026-05-01')] });
    const demands = await sheetOf('/exports/demands?startFrom=2026-04-01');
    expect(demands.slice(1)).toEqual([['康馨家政服务有限公司', '养老陪护', '北京市', 3, 0, 4000, 6000, '2026-05-01', '是', '五级/初级工', '正在招聘', expect.any(String)]]);

    const t = await trainee({ name: '王秀英' });
    const policy = await api.prisma.subsidyPolicy.create({
      data: { name: '稳定就业补贴', monthsEmployed: 6, amountFen: 100_000, validFrom: localDateToDb('2026-01-01'), validUntil: localDateToDb('2026-12-31') },
    });
    const placement = await api.prisma.placement.create({ data: { traineeId: t.id, cityName: '北京市', monthlyWageFen: 450_000, startDate: localDateToDb('2025-08-01') } });
    await api.prisma.subsidyApplication.create({
      data: { policyId: policy.id, traineeId: t.id, placementId: placement.id, periodStart: localDateToDb('2025-08-01'), periodEnd: localDateToDb('2026-01-31'), amountFen: 150_050 },
    });
    expect((await sheetOf('/exports/subsidy-applications?status=PENDING_REVIEW')).slice(1)).toEqual([
      ['王秀英', '稳定就业补贴', '2025-08-01', '2026-01-31', 1500.5, '待审核', null, null, null],
    ]);
    const agencyStaff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: employer.id });
    expect((await refusal('/exports/subsidy-applications', agencyStaff)).status).toBe(403);
  });

  it('exports certificates', async () => {
    const t = await trainee({ name: '王秀英' });
    const cohort = await api.factories.cohort();
    const enrollment = await api.prisma.enrollment.create({ data: { traineeId: t.id, cohortId: cohort.id, status: 'PASSED' } });
    await api.prisma.certificate.create({ data: { number: 'LL2026000001', traineeId: t.id, enrollmentId: enrollment.id, major: 'MATERNITY_NANNY', level: 'LEVEL_4', issuedOn: localDateToDb('2026-02-01') } });
    expect(await sheetOf('/exports/certificates')).toEqual([
      ['证书编号', '持证人', '专业', '等级', '发证日期', '状态'],
      ['LL2026000001', '王秀英', '月嫂育儿嫂', '四级/中级工', '2026-02-01', '有效'],
    ]);
  });

  it('exports a report with the reporting library’s title, headers and figures, to admins only', async () => {
    const t = await trainee({ name: '王秀英' });
    const cohort = await api.factories.cohort({ start: '2026-01-05', end: '2026-02-03' });
    await api.prisma.enrollment.create({ data: { traineeId: t.id, cohortId: cohort.id, status: 'PASSED' } });
    const table = await api.app.get(ReportTablesService).programmeStats({ from: '2026-01-01', to: '2026-03-01' }, ReportGrouping.COUNTY);
    const res = await download('/exports/programme-stats?from=2026-01-01&to=2026-03-01&groupBy=COUNTY', admin);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${table.title}-2026-03-02.xlsx`));
    const sheet = await sheetOf('/exports/programme-stats?from=2026-01-01&to=2026-03-01&groupBy=COUNTY');
    expect(sheet[0]).toEqual(table.columns.map((column) => column.header));
    expect(sheet).toHaveLength(table.rows.length + 1);
    expect(sheet[1][0]).toBe(table.rows[0][table.columns[0].key]);

    expect(await refusal('/exports/programme-stats?from=2026-03-01&to=2026-01-01&groupBy=COUNTY', admin)).toMatchObject({
      status: 400,
      body: { reason: 'INVALID_DATE_RANGE', field: 'from' },
    });
    expect(await refusal('/exports/programme-stats?from=2026-01-01&to=2026-03-01', admin)).toMatchObject({ status: 400, body: { field: 'groupBy' } });
    expect(await refusal('/exports/follow-up-coverage?x=1', admin)).toMatchObject({ status: 400, body: { reason: 'UNKNOWN_FILTER' } });
    const school = await api.factories.school();
    const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
    expect((await refusal('/exports/follow-up-coverage', staff)).status).toBe(403);
    expect((await sheetOf('/exports/follow-up-coverage'))[0].length).toBeGreaterThan(1);
  });

  it('exports retention for whole years of first placement, and refuses a window that is not', async () => {
    const byYears = await api.app.get(ReportTablesService).retention(RetentionGrouping.COUNTY, { fromYear: 2025, toYear: 2026 });
    expect((await sheetOf('/exports/retention?groupBy=COUNTY&fromYear=2025&toYear=2026'))[0]).toEqual(byYears.columns.map((column) => column.header));
    expect((await sheetOf('/exports/retention?groupBy=COUNTY&from=2025-01-01&to=2026-12-31'))).toHaveLength(byYears.rows.length + 1);
    expect(await refusal('/exports/retention?groupBy=COUNTY&from=2025-03-01', admin)).toMatchObject({
      status: 400,
      body: { reason: 'RETENTION_WINDOW_NOT_WHOLE_YEARS', field: 'from' },
    });
    expect(await refusal('/exports/retention?groupBy=COUNTY&fromYear=abc', admin)).toMatchObject({ status: 400, body: { reason: 'INVALID_FILTER', field: 'fromYear' } });
  });

  it('refuses unknown kinds and callers without a token', async () => {
    expect(await refusal('/exports/salaries', admin)).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', reason: 'EXPORT_KIND_NOT_FOUND' } });
    expect(await refusal('/exports/trainees')).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  });
});
