import { createHash } from 'node:crypto';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { PiiCipher } from '@carebridge/common';
import { Role } from '@carebridge/db';
import { TraineeImportService } from '@carebridge/imports';
import { QueueName } from '@carebridge/queue';
import { makeResidentId } from '@carebridge/rules';
import { eventually, TestApi, TestWorker } from '@carebridge/testing';
import { WorkerModule } from '../../worker/src/worker.module';
import { AppModule } from '../src/app.module';

const JOB = `query($id: ID!) { importJob(id: $id) {
  id kind fileName status progress totalRows insertedRows duplicateRows invalidRows error rowErrors { row column reason } } }`;
const BY_ID = `query($residentId: String!) { traineeByResidentId(residentId: $residentId) {
  name residentId phone countyName householdCategory educationLevel majorsWanted destinationsWanted expectedMonthlyWage status sex birthDate } }`;

const HEADER = ['序号', '姓名', '身份证号', '手机号', '县(市、区)', '人群类别', '文化程度', '意向专业', '意向城市', '期望月薪'];
const id = (sequence: number, sex: 'MALE' | 'FEMALE' = 'FEMALE') => makeResidentId('141124', '1986-04-12', sequence, sex);
const REGISTERED_BEFORE = id(90);

/** Three good rows, then one bad row of each kind (rows 5-12 as the spreadsheet numbers them). */
const ROWS = [
  ['1', '王秀英', id(1), '13800138001', '临县', '建档立卡贫困户', '初中', '养老陪护、病患陪护', '北京市、天津市', '4500'],
  ['2', '阿依古丽·买买提', id(2), '13800138002', '141125', '农村劳动力', '高中', '月嫂育儿嫂', '上海市', ''],
  ['3', '李桂兰', id(3).toLowerCase(), '+86 139 0013 8003', '孝义市', '已脱贫', '中专/技校', '家居保洁', '青岛市', '3800.50'],
  ['4', 'Li Guilan', id(4), '13800138004', '临县', '建档立卡贫困户', '初中', '养老陪护', '北京市', ''],
  ['5', '赵春梅', id(5).slice(0, 17) + (id(5)[17] === '1' ? '2' : '1'), '13800138005', '临县', '建档立卡贫困户', '初中', '养老陪护', '北京市', ''],
  ['6', '刘翠花', id(6), '1380013800', '临县', '建档立卡贫困户', '初中', '养老陪护', '北京市', ''],
  ['7', '张玉珍', id(7), '13800138007', '太原市', '低保户', '初中', '养老陪护', '北京市', ''],
  ['8', '陈淑芬', id(8), '13800138008', '临县', '建档立卡贫困户', '初中', '厨师', '', ''],
  ['9', '王秀英', id(1), '13800138009', '临县', '建档立卡贫困户', '初中', '养老陪护', '北京市', ''],
  ['10', '杨金花', REGISTERED_BEFORE, '13800138010', '临县', '建档立卡贫困户', '初中', '养老陪护', '北京市', ''],
  ['11', '周美兰', id(11), '13800138011', '临县', '建档立卡贫困户', '初中', '养老陪护', '北京市', '800'],
];

const EXPECTED_ERRORS = [
  { row: 5, column: '姓名', reason: '姓名应为2-30个汉字，少数民族姓名各部分之间用“·”分隔' },
  { row: 6, column: '身份证号', reason: '身份证号校验位不正确，请核对后重新输入' },
  { row: 7, column: '手机号', reason: '手机号应为11位中国大陆手机号码（以13-19开头）' },
  { row: 8, column: '县(市、区)', reason: '县(市、区)“太原市”不是吕梁市的县(市、区)，应填写如“临县”或“141124”' },
  { row: 8, column: '人群类别', reason: '人群类别“低保户”无效，应为建档立卡贫困户、已脱贫、农村劳动力、城市低收入、未就业高校毕业生之一' },
  { row: 9, column: '意向专业', reason: '意向专业“厨师”无效，应为养老陪护、病患陪护、月嫂育儿嫂、家居保洁，多个用“、”分隔' },
  { row: 9, column: '意向城市', reason: '意向就业城市至少填写一个，或在“接受任何就业地点”列填“是”' },
  { row: 10, column: '身份证号', reason: '身份证号与第2行重复' },
  { row: 11, column: '身份证号', reason: '该身份证号已登记，未重复导入' },
  { row: 12, column: '期望月薪', reason: '期望月薪应在1000-50000元之间' },
];

async function xlsx(rows: string[][], header = HEADER): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('学员名单');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet('填表说明').addRow(['此页不导入']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (rows: string[][], header = HEADER) => [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n');

describe('trainee roster import', () => {
  const api = new TestApi(AppModule);
  const worker = new TestWorker(WorkerModule, 'imports');
  let admin: string;

  beforeAll(async () => {
    await worker.start();
    await api.start();
  });
  afterAll(async () => {
    await api.close();
    await worker.close();
  });
  beforeEach(async () => {
    await worker.resetQueues();
    await api.reset();
    admin = await api.admin();
  });

  const upload = (content: Buffer | string, fileName: string, token?: string) => {
    const req = request(api.app.getHttpServer()).post('/imports/trainees');
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.attach('file', Buffer.from(content), fileName);
  };

  /** Uploads, waits for the worker to finish the job, and returns it as importJob shows it. */
  async function imported(content: Buffer | string, fileName: string, token = admin) {
    const res = await upload(content, fileName, token);
    expect(res.status).toBe(202);
    const importJobId = res.body.importJobId as string;
    await eventually(async () => {
      const job = await api.prisma.importJob.findUniqueOrThrow({ where: { id: importJobId } });
      return job.status === 'DONE' || job.status === 'FAILED';
    }, 15_000);
    return (await api.ok(JOB, { id: importJobId }, token)).importJob;
  }

  it('imports the good rows of an xlsx roster and lists every bad row with its row, column and reason', async () => {
    await api.factories.trainee({ residentId: REGISTERED_BEFORE });
    const job = await imported(await xlsx(ROWS), '2026年第1期学员名单.xlsx');
    expect(job).toMatchObject({
      kind: 'TRAINEES',
      fileName: '2026年第1期学员名单.xlsx',
      status: 'DONE',
      progress: 100,
      totalRows: 11,
      insertedRows: 3,
      duplicateRows: 2,
      invalidRows: 6,
      error: null,
    });
    expect(job.rowErrors).toEqual(EXPECTED_ERRORS);

    const { traineeByResidentId } = await api.ok(BY_ID, { residentId: id(3) }, admin);
    expect(traineeByResidentId).toEqual({
      name: '李桂兰',
      residentId: `1411${'*'.repeat(10)}${id(3).slice(-4)}`,
      phone: '139****8003',
      countyName: '孝义市',
      householdCategory: 'LIFTED_OUT',
      educationLevel: 'VOCATIONAL',
      majorsWanted: ['HOUSEKEEPING'],
      destinationsWanted: ['青岛市'],
      expectedMonthlyWage: '3800.50',
      status: 'REGISTERED',
      sex: 'FEMALE',
      birthDate: '1986-04-12',
    });
    const adminUser = await api.prisma.user.findFirstOrThrow({ where: { role: Role.ADMIN } });
    const changes = await api.prisma.traineeStatusChange.findMany({ where: { reason: '批量导入' } });
    expect(changes).toHaveLength(3);
    expect(changes.every((change) => change.toStatus === 'REGISTERED' && change.fromStatus === null && change.actorUserId === adminUser.id)).toBe(true);
  });

  it('writes nothing new when the same file is imported again, and says so', async () => {
    const file = await xlsx(ROWS.slice(0, 3));
    expect(await imported(file, 'roster.xlsx')).toMatchObject({ insertedRows: 3, duplicateRows: 0, invalidRows: 0 });
    const again = await imported(file, 'roster.xlsx');
    expect(again).toMatchObject({ status: 'DONE', totalRows: 3, insertedRows: 0, duplicateRows: 3, invalidRows: 0 });
    expect(again.rowErrors.map((error: { row: number }) => error.row)).toEqual([2, 3, 4]);
    expect(await api.prisma.trainee.count()).toBe(3);
  });

  it('imports a UTF-8 CSV with a byte-order mark and quoted fields, with the same checks', async () => {
    await api.factories.trainee({ residentId: REGISTERED_BEFORE });
    const rows = ROWS.map((row, i) => (i === 0 ? row.map((cell, j) => (j === 8 ? '北京市,天津市' : cell)) : row));
    const job = await imported(`\uFEFF${csv(rows)}\r\n`, '学员名单.csv');
    expect(job).toMatchObject({ status: 'DONE', totalRows: 11, insertedRows: 3, duplicateRows: 2, invalidRows: 6 });
    expect(job.rowErrors).toEqual(EXPECTED_ERRORS);
    expect((await api.ok(BY_ID, { residentId: id(1) }, admin)).traineeByResidentId.destinationsWanted).toEqual(['北京市', '天津市']);
  });

  it('fails a file whose header lacks required columns, naming them', async () => {
    const job = await imported(csv([['王秀英', id(1)]], ['姓名', '身份证号']), 'roster.csv');
    expect(job).toMatchObject({ status: 'FAILED', insertedRows: null });
    expect(job.error).toBe('表头（第1行）缺少必填列“手机号”、“县(市、区)”、“人群类别”、“文化程度”、“意向专业”，请使用导入模板的列名');
    // A failed import keeps no file either.
    expect((await api.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } })).content).toHaveLength(0);
  });

  it('stores the uploaded roster only sealed, with no resident ID or phone in clear, and erases it when the import ends', async () => {
    const roster = Buffer.from(csv(ROWS.slice(0, 3)), 'utf8');
    // Resident IDs and phones as the file writes them (one phone with spaces and +86).
    const identifiers = ROWS.slice(0, 3).flatMap((row) => [row[2].toUpperCase(), row[3]]);
    expect(identifiers.every((value) => roster.toString('utf8').toUpperCase().includes(value))).toBe(true);
    // Held in the queue, so the stored file can be looked at before the worker reads it.
    await worker.queue(QueueName.IMPORTS).pause();
    const res = await upload(roster, '学员名单.csv', admin);
    expect(res.status).toBe(202);
    const importJobId = res.body.importJobId as string;

    const pending = await api.prisma.importJob.findUniqueOrThrow({ where: { id: importJobId } });
    const stored = Buffer.from(pending.content);
    const pii = api.app.get(PiiCipher);
    expect(pii.keyIdOfBytes(stored)).toBe(pii.activeKeyId);
    for (const text of [stored.toString('utf8'), stored.toString('latin1'), stored.toString('hex')]) {
      expect(identifiers.filter((value) => text.toUpperCase().includes(value))).toEqual([]);
    }
    expect(pii.decryptBytes(stored).equals(roster)).toBe(true);
    expect(pending.fileSha256).toBe(createHash('sha256').update(roster).digest('hex'));

    await worker.queue(QueueName.IMPORTS).resume();
    await eventually(async () => (await api.prisma.importJob.findUniqueOrThrow({ where: { id: importJobId } })).status === 'DONE', 15_000);
    const done = await api.prisma.importJob.findUniqueOrThrow({ where: { id: importJobId } });
    expect(done).toMatchObject({ insertedRows: 3, fileSha256: pending.fileSha256 });
    expect(done.content).toHaveLength(0);
  });

  it('still imports a roster stored in clear before files were sealed, and erases it', async () => {
    const job = await api.prisma.importJob.create({
      data: { kind: 'TRAINEES', fileName: 'roster.xlsx', fileSha256: 'legacy', content: new Uint8Array(await xlsx(ROWS.slice(0, 2))) },
    });
    await worker.app.get(TraineeImportService).run(job.id);
    const done = await api.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(done).toMatchObject({ status: 'DONE', insertedRows: 2 });
    expect(done.content).toHaveLength(0);
  });

  it('refuses uploads without a token, from other roles, without a file, of other types, or too large', async () => {
    const file = await xlsx(ROWS.slice(0, 1));
    expect((await upload(file, 'a.xlsx')).body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await upload(file, 'a.xlsx')).status).toBe(401);
    const agency = await api.tokenFor(Role.AGENCY_STAFF);
    expect((await upload(file, 'a.xlsx', agency)).status).toBe(403);

    const noFile = await request(api.app.getHttpServer()).post('/imports/trainees').set('authorization', `Bearer ${admin}`).field('note', 'x');
    expect(noFile.status).toBe(400);
    expect(noFile.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_REQUIRED', field: 'file' });
    const xls = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'old.xls', admin);
    expect(xls.status).toBe(400);
    expect(xls.body).toMatchObject({ reason: 'UNSUPPORTED_FILE_TYPE', message: expect.stringContaining('.xlsx') });
    expect((await upload(csv(ROWS), 'renamed.xlsx', admin)).body).toMatchObject({ reason: 'UNSUPPORTED_FILE_TYPE' });

    const tooLarge = await upload(Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), 'big.csv', admin);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE', message: '上传的文件超过大小限制' });
    expect(await api.prisma.importJob.count()).toBe(0);
  });

  it('lets school staff import for their school and see only their school’s imports', async () => {
    const [schoolA, schoolB] = [await api.factories.school(), await api.factories.school()];
    const staffA = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: schoolA.id });
    const staffB = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: schoolB.id });
    const job = await imported(await xlsx(ROWS.slice(0, 2)), 'roster.xlsx', staffA);
    expect(job).toMatchObject({ status: 'DONE', insertedRows: 2 });
    expect((await api.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } })).schoolId).toBe(schoolA.id);

    const fromB = await api.gql(JOB, { id: job.id }, staffB);
    expect(fromB.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'IMPORT_JOB_NOT_FOUND' });
    expect((await api.ok(JOB, { id: job.id }, admin)).importJob.id).toBe(job.id);
    const agency = await api.tokenFor(Role.AGENCY_STAFF);
    expect((await api.gql(JOB, { id: job.id }, agency)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
