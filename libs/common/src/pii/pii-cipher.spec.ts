import { randomBytes } from 'node:crypto';
import { PiiCipher } from './pii-cipher';

const key = () => randomBytes(32).toString('base64');
const HMAC = randomBytes(32).toString('base64');

describe('PiiCipher files (encryptBytes / decryptBytes)', () => {
  const oldKey = `k2026:${key()}`;
  const cipher = new PiiCipher(oldKey, HMAC);
  const roster = Buffer.from('姓名,身份证号,手机号\r\n王秀英,141124198604120021,13800138001\r\n', 'utf8');

  it('seals a file under the active key id and opens it again; no byte of the clear file shows', () => {
    const sealed = cipher.encryptBytes(roster);
    expect(sealed.subarray(0, 6).toString('ascii')).toBe('k2026:');
    expect(sealed.includes(Buffer.from('141124198604120021'))).toBe(false);
    expect(sealed.includes(Buffer.from('13800138001'))).toBe(false);
    expect(cipher.keyIdOfBytes(sealed)).toBe('k2026');
    expect(cipher.decryptBytes(new Uint8Array(sealed)).equals(roster)).toBe(true);
    expect(cipher.decryptBytes(cipher.encryptBytes(new Uint8Array())).length).toBe(0);
  });

  it('opens files sealed with an older listed key after a rotation, and seals new ones with the new key', () => {
    const sealedBefore = cipher.encryptBytes(roster);
    const rotated = new PiiCipher(`k2027:${key()},${oldKey}`, HMAC);
    expect(rotated.keyIdOfBytes(sealedBefore)).toBe('k2026');
    expect(rotated.decryptBytes(sealedBefore).equals(roster)).toBe(true);
    expect(rotated.keyIdOfBytes(rotated.encryptBytes(roster))).toBe('k2027');
  });

  it('refuses a file that was tampered with or sealed with a key no longer listed', () => {
    const sealed = cipher.encryptBytes(roster);
    sealed[sealed.length - 1] ^= 1;
    expect(() => cipher.decryptBytes(sealed)).toThrow();
    const stranger = new PiiCipher(`k2030:${key()}`, HMAC);
    expect(stranger.keyIdOfBytes(cipher.encryptBytes(roster))).toBeNull();
    expect(() => stranger.decryptBytes(cipher.encryptBytes(roster))).toThrow(/listed PII key/);
  });

  it('tells files in clear from sealed ones: a CSV or xlsx roster names no key', () => {
    expect(cipher.keyIdOfBytes(roster)).toBeNull();
    expect(cipher.keyIdOfBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(60)]))).toBeNull();
    expect(cipher.keyIdOfBytes(Buffer.from('k2026:short'))).toBeNull();
  });
});

describe('PiiCipher values (encrypt / decrypt)', () => {
  const cipher = new PiiCipher(`k2026:${key()}`, HMAC);

  it('gives every value an IV of its own, past a refill of the pool of random IVs, and opens each again', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `1411241985061500${String(i % 100).padStart(2, '0')}`);
    const sealed = ids.map((id) => cipher.encrypt(id));
    expect(new Set(sealed.map((value) => value.split(':')[1])).size).toBe(ids.length);
    expect(sealed.every((value) => Buffer.from(value.split(':')[1], 'base64').length === 12)).toBe(true);
    expect(sealed.map((value) => cipher.decrypt(value))).toEqual(ids);
    expect(sealed[0].startsWith('k2026:')).toBe(true);
  });
});
