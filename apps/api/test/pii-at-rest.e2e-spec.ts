import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import request from 'supertest';
import { PiiCipher } from '@carebridge/common';
import { makeCreditCode, makeResidentId } from '@carebridge/rules';
import { TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const run = promisify(execFile);

/** Runs of digits long enough to hold a phone (11) or a resident ID (17 + check character). */
const DIGIT_RUNS = /\d{11,}[Xx]?/g;

/** Every window of an identifier's length (mobile, landline without its dash, resident ID) in a run of digits, so one glued to other digits is found too. */
function windows(run: string, lengths: number[]): string[] {
  return lengths.flatMap((length) => Array.from({ length: Math.max(0, run.length - length + 1) }, (_, start) => run.slice(start, start + length).toUpperCase()));
}

/** Text inside bytea values (row_to_json shows them as "\\x<hex>"), where a stored file would hide identifiers. */
function decodedBytea(row: string): string {
  return [...row.matchAll(/\\\\x([0-9a-f]+)/g)].map((match) => Buffer.from(match[1], 'hex').toString('utf8')).join('\n');
}

describe('personal data at rest', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it('shows no resident ID or phone number of the seed or of API registrations in clear anywhere in the database', async () => {
    await api.reset();
    // The real demo seed, into the test database.
    await run(process.execPath, ['-r', '@swc-node/register', 'prisma/seed.ts'], {
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json' },
      maxBuffer: 10 * 1024 * 1024,
    });

    // And what the API writes: self-registration (an account), staff registration, a household.
    const admin = await api.admin();
    const REGISTER = `mutation($input: RegisterTraineeInput!) { registerTrainee(input: $input) { id } }`;
    const registration = (n: number, password?: string) => ({
      name: '郭玉兰',
      residentId: makeResidentId('141125', '1983-07-0' + n, 300 + n, 'FEMALE'),
      phone: `1358800000${n}`,
      countyCode: '141125',
      householdCategory: 'LIFTED_OUT',
      educationLevel: 'PRIMARY',
      majorsWanted: ['HOUSEKEEPING'],
      destinationsWanted: ['太原市'],
      ...(password ? { password } : {}),
    });
    await api.ok(REGISTER, { input: registration(1, 'Lvliang2026') });
    await api.ok(REGISTER, { input: registration(2) }, admin);
    await api.ok(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`,
      { input: { contactName: '孙女士', contactPhone: '13688880001', provinceCode: '110000', cityCode: '110100', careRecipientNeeds: '陪护产妇' } },
      admin,
    );
    // Agencies: the contact person's phone, a mobile or a landline.
    const REGISTER_AGENCY = `mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) { id } }`;
    for (const [n, contactPhone] of ['13677770001', '0351-7654321'].entries()) {
      const creditCode = makeCreditCode(`91140100MA${String(n).padStart(7, '0')}`);
      await api.ok(REGISTER_AGENCY, { input: { name: `太原安心家政${n}`, creditCode, provinceCode: '140000', cityCode: '140100', address: '小店区', contactName: '周经理', contactPhone } }, admin);
    }
    // An uploaded roster: no worker runs here, so it stays queued with its file stored.
    const rosterRows = [1, 2].map((n) => ({ residentId: makeResidentId('141124', '1986-04-12', 700 + n, 'FEMALE'), phone: `1357700000${n}` }));
    const roster = [
      '姓名,身份证号,手机号,县(市、区),人群类别,文化程度,意向专业,意向城市',
      ...rosterRows.map(({ residentId, phone }) => `王秀英,${residentId},${phone},临县,建档立卡贫困户,初中,养老陪护,北京市`),
    ].join('\r\n');
    const upload = await request(api.app.getHttpServer()).post('/imports/trainees').set('authorization', `Bearer ${admin}`).attach('file', Buffer.from(roster), '学员名单.csv');
    expect(upload.status).toBe(202);
    const queued = await api.prisma.importJob.findUniqueOrThrow({ where: { id: upload.body.importJobId } });
    expect(queued.status).toBe('QUEUED');
    expect(queued.content.length).toBeGreaterThan(roster.length);
    // A trainee logs in with her phone: the audit log records it.
    await api.ok(`mutation { login(account: "13588000001", password: "Lvliang2026") { accessToken } }`);

    // What must not appear: every identifier the database holds, read back through the cipher.
    const pii = api.app.get(PiiCipher);
    const trainees = await api.prisma.trainee.findMany({ select: { residentIdCipher: true, phoneCipher: true } });
    const households = await api.prisma.household.findMany({ select: { contactPhoneCipher: true } });
    // An agency phone still in the legacy clear column counts too: it must not be there at all.
    const agencies = await api.prisma.agency.findMany({ select: { contactPhoneCipher: true, contactPhone: true } });
    const agencyPhones = agencies.map((agency) => (agency.contactPhoneCipher ? pii.decrypt(agency.contactPhoneCipher) : (agency.contactPhone ?? '')));
    const identifiers = new Set([
      ...trainees.flatMap((trainee) => [pii.decrypt(trainee.residentIdCipher), pii.decrypt(trainee.phoneCipher)]),
      ...households.map((household) => pii.decrypt(household.contactPhoneCipher)),
      ...agencyPhones.map((phone) => phone.replace(/\D/g, '')),
      ...rosterRows.flatMap((row) => [row.residentId, row.phone]),
    ]);
    /** Identifiers written with other characters than digits (a landline's dash), searched as they are. */
    const phrases = agencyPhones.filter((phone) => /\D/.test(phone));
    expect(trainees.length).toBeGreaterThanOrEqual(3_000);
    expect(identifiers.has('13588000001')).toBe(true);
    expect(identifiers.has('13677770001') && phrases.includes('0351-7654321')).toBe(true);

    const tables = await api.prisma.$queryRaw<{ name: string }[]>`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
    const report: Array<{ table: string; rows: number; found: number }> = [];
    const found: string[] = [];
    for (const { name } of tables) {
      const rows = await api.prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`);
      let hits = 0;
      for (const { row } of rows) {
        const text = `${row}\n${decodedBytea(row)}`;
        const candidates = [
          ...(text.match(DIGIT_RUNS) ?? []).flatMap((digits) => windows(digits, [11, 12, 18])),
          ...phrases.filter((phrase) => text.includes(phrase)),
        ];
        for (const candidate of candidates) {
          if (identifiers.has(candidate) || phrases.includes(candidate)) {
            hits += 1;
            if (found.length < 20) found.push(`${name}: …${candidate.slice(0, 4)}…`);
          }
        }
      }
      report.push({ table: name, rows: rows.length, found: hits });
    }
    console.log(`Clear identifiers searched for: ${identifiers.size} (resident IDs and phones: trainees, households, agency contacts, an uploaded roster) in ${tables.length} tables`);
    console.table(report.filter((line) => line.rows > 0));
    expect(found).toEqual([]);
    // The search itself works: a clear value would be found.
    expect(windows(`x${[...identifiers][0]}7`.match(DIGIT_RUNS)![0], [11, 12, 18]).some((candidate) => identifiers.has(candidate))).toBe(true);
  }, 300_000);
});
