import { randomBytes } from 'node:crypto';
import { sealedAgencyPhone } from '@carebridge/agencies';
import { PiiCipher } from '@carebridge/common';
import { loadConfig } from '@carebridge/config';
import { makeCreditCode } from '@carebridge/rules';
import { TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';
import { rotatePiiKeys } from '../../../tools/rotate-pii-keys';

describe('PII key rotation (tools/rotate-pii-keys.ts)', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  it('re-encrypts, in batches, every identifier and pending roster sealed with an old key, keeping values and lookup hashes; a second run finds nothing', async () => {
    const config = loadConfig();
    const oldCipher = api.app.get(PiiCipher);
    // The new key first, the old one still listed so existing rows can be read.
    const newCipher = new PiiCipher(`k2027:${randomBytes(32).toString('base64')},${config.PII_ENCRYPTION_KEYS}`, config.PII_HMAC_KEY);

    const trainees = await Promise.all(Array.from({ length: 7 }, (_, n) => api.factories.trainee({ phone: `1370000000${n}` })));
    const household = (n: number) =>
      api.prisma.household.create({
        data: { contactName: `家庭${n}`, contactPhoneCipher: oldCipher.encrypt(`1380000000${n}`), contactPhoneHash: oldCipher.hash('phone', `1380000000${n}`), provinceCode: '110000', cityCode: '110100', careRecipientNeeds: '照顾老人' },
      });
    await Promise.all([0, 1, 2].map(household));
    const agency = (n: number, contactPhone: string) =>
      api.prisma.agency.create({
        data: { name: `家政${n}`, creditCode: makeCreditCode(`91110105MA${String(n).padStart(7, '0')}`), provinceCode: '110000', cityCode: '110100', address: '朝阳区', contactName: '张经理', ...sealedAgencyPhone(oldCipher, contactPhone) },
      });
    await Promise.all([agency(0, '010-62345678'), agency(1, '13600000001')]);
    // One agency whose phone is still in the legacy clear column: sealed by the API at start-up, not by this tool.
    await api.prisma.agency.create({
      data: { name: '家政2', creditCode: makeCreditCode('91110105MA0000002'), provinceCode: '110000', cityCode: '110100', address: '朝阳区', contactName: '张经理', contactPhone: '010-65550000' },
    });
    // Rosters of pending imports are re-sealed; a finished import has no file; one in clear (from before files were sealed) is the worker's.
    const roster = Buffer.from('姓名,身份证号,手机号\r\n王秀英,141124198604120021,13800138001\r\n');
    const importJob = (status: 'QUEUED' | 'RUNNING' | 'DONE', content: Uint8Array) =>
      api.prisma.importJob.create({ data: { kind: 'TRAINEES', fileName: `${status}.csv`, fileSha256: 'x', status, content: new Uint8Array(content) } });
    const queued = await importJob('QUEUED', oldCipher.encryptBytes(roster));
    const running = await importJob('RUNNING', oldCipher.encryptBytes(roster));
    const done = await importJob('DONE', new Uint8Array());
    const inClear = await importJob('QUEUED', roster);
    // One trainee is already on the new key (written after the deploy): left alone.
    await api.prisma.trainee.update({ where: { id: trainees[0].id }, data: { phoneCipher: newCipher.encrypt('13700000000'), residentIdCipher: newCipher.encrypt(oldCipher.decrypt(trainees[0].residentIdCipher)) } });
    const before = await api.prisma.trainee.findMany({ orderBy: { id: 'asc' } });

    const results = await rotatePiiKeys(api.prisma, newCipher, { batchSize: 2 });
    expect(results).toEqual([
      { table: 'trainees', rotated: 6, skipped: 0 },
      { table: 'households', rotated: 3, skipped: 0 },
      { table: 'agencies', rotated: 2, skipped: 0 },
      { table: 'import_jobs', rotated: 2, skipped: 0 },
    ]);

    const after = await api.prisma.trainee.findMany({ orderBy: { id: 'asc' } });
    for (const [index, row] of after.entries()) {
      expect(row.residentIdCipher.startsWith('k2027:')).toBe(true);
      expect(row.phoneCipher.startsWith('k2027:')).toBe(true);
      expect(newCipher.decrypt(row.residentIdCipher)).toBe(newCipher.decrypt(before[index].residentIdCipher));
      expect(newCipher.decrypt(row.phoneCipher)).toBe(newCipher.decrypt(before[index].phoneCipher));
      expect(row.residentIdHash).toBe(before[index].residentIdHash);
      expect(row.phoneHash).toBe(before[index].phoneHash);
    }
    const households = await api.prisma.household.findMany({ orderBy: { contactName: 'asc' } });
    expect(households.map((row) => newCipher.decrypt(row.contactPhoneCipher))).toEqual(['13800000000', '13800000001', '13800000002']);
    expect(households.every((row) => row.contactPhoneCipher.startsWith('k2027:'))).toBe(true);
    // Nothing needs the old key any more: a configuration with only the old key cannot read the rows.
    expect(() => oldCipher.decrypt(households[0].contactPhoneCipher)).toThrow(/k2027/);
    expect(await api.prisma.trainee.count({ where: { NOT: { phoneCipher: { startsWith: 'k2027:' } } } })).toBe(0);
    const agencies = await api.prisma.agency.findMany({ orderBy: { name: 'asc' } });
    expect(agencies.map((row) => row.contactPhoneCipher && newCipher.decrypt(row.contactPhoneCipher))).toEqual(['010-62345678', '13600000001', null]);
    expect(agencies.slice(0, 2).every((row) => row.contactPhoneCipher?.startsWith('k2027:') && row.contactPhoneHash === newCipher.hash('phone', newCipher.decrypt(row.contactPhoneCipher).replace(/\D/g, '')))).toBe(true);
    const files = new Map((await api.prisma.importJob.findMany()).map((job) => [job.id, Buffer.from(job.content)]));
    for (const job of [queued, running]) {
      expect(newCipher.keyIdOfBytes(files.get(job.id)!)).toBe('k2027');
      expect(newCipher.decryptBytes(files.get(job.id)!).equals(roster)).toBe(true);
    }
    expect(files.get(done.id)).toHaveLength(0);
    expect(files.get(inClear.id)!.equals(roster)).toBe(true);

    expect(await rotatePiiKeys(api.prisma, newCipher, { batchSize: 2 })).toEqual([
      { table: 'trainees', rotated: 0, skipped: 0 },
      { table: 'households', rotated: 0, skipped: 0 },
      { table: 'agencies', rotated: 0, skipped: 0 },
      { table: 'import_jobs', rotated: 0, skipped: 0 },
    ]);
  });
});
