import { randomBytes } from 'node:crypto';
import { PiiCipher } from '@carebridge/common';
import { loadConfig } from '@carebridge/config';
import { TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';
import { rotatePiiKeys } from '../../../tools/rotate-pii-keys';

describe('PII key rotation (tools/rotate-pii-keys.ts)', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  it('re-encrypts, in batches, every identifier sealed with an old key, keeping values and lookup hashes; a second run finds nothing', async () => {
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
    // One trainee is already on the new key (written after the deploy): left alone.
    await api.prisma.trainee.update({ where: { id: trainees[0].id }, data: { phoneCipher: newCipher.encrypt('13700000000'), residentIdCipher: newCipher.encrypt(oldCipher.decrypt(trainees[0].residentIdCipher)) } });
    const before = await api.prisma.trainee.findMany({ orderBy: { id: 'asc' } });

    const results = await rotatePiiKeys(api.prisma, newCipher, { batchSize: 2 });
    expect(results).toEqual([
      { table: 'trainees', rotated: 6, skipped: 0 },
      { table: 'households', rotated: 3, skipped: 0 },
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

    expect(await rotatePiiKeys(api.prisma, newCipher, { batchSize: 2 })).toEqual([
      { table: 'trainees', rotated: 0, skipped: 0 },
      { table: 'households', rotated: 0, skipped: 0 },
    ]);
  });
});
