import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const IVS_PER_DRAW = 4_096;

/**
 * Protects personal identifiers at rest: AES-256-GCM ciphertext for reading back, and an HMAC
 * beside it for uniqueness and lookup; uploaded files that hold them are sealed the same way, as
 * bytes. Keys rotate: the first key encrypts, every listed key decrypts, and each ciphertext names
 * the key that made it.
 */
export class PiiCipher {
  private readonly keys: Map<string, Buffer>;
  /** The key that encrypts; rows sealed with any other listed key are due for rotation. */
  readonly activeKeyId: string;
  private readonly hmacKey: Buffer;
  private ivPool = Buffer.alloc(0);
  private ivOffset = 0;

  /** @param encryptionKeys `keyId:base64key,...` (32-byte keys), first is active. */
  constructor(encryptionKeys: string, hmacKey: string) {
    const entries = encryptionKeys.split(',').map((entry) => {
      const [keyId, key] = entry.split(':');
      return [keyId, Buffer.from(key, 'base64')] as const;
    });
    this.keys = new Map(entries);
    this.activeKeyId = entries[0][0];
    this.hmacKey = Buffer.from(hmacKey, 'base64');
  }

  encrypt(plain: string): string {
    const iv = this.nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.requireKey(this.activeKeyId), iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${this.activeKeyId}:${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${data.toString('base64')}`;
  }

  decrypt(sealed: string): string {
    const [keyId, iv, tag, data] = sealed.split(':');
    const decipher = createDecipheriv('aes-256-gcm', this.requireKey(keyId), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }

  /**
   * Seals a file (an uploaded roster) with the active key: the ASCII key id and a colon, then the
   * 12-byte IV, the 16-byte tag and the ciphertext, all as bytes.
   */
  encryptBytes(plain: Uint8Array): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.requireKey(this.activeKeyId), iv);
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from(`${this.activeKeyId}:`, 'ascii'), iv, cipher.getAuthTag(), data]);
  }

  /** Opens what encryptBytes sealed, with whichever listed key its prefix names; throws when tampered with. */
  decryptBytes(sealed: Uint8Array): Buffer {
    const keyId = this.keyIdOfBytes(sealed);
    if (keyId === null) throw new Error('Not a file sealed with a listed PII key');
    const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    const start = keyId.length + 1;
    const decipher = createDecipheriv('aes-256-gcm', this.requireKey(keyId), bytes.subarray(start, start + 12));
    decipher.setAuthTag(bytes.subarray(start + 12, start + 28));
    return Buffer.concat([decipher.update(bytes.subarray(start + 28)), decipher.final()]);
  }

  /**
   * The key id a file sealed by encryptBytes names, or null for anything else: bytes in clear (a
   * roster from before files were sealed: xlsx starts with "PK", a CSV with its header), or sealed
   * with a key no longer listed.
   */
  keyIdOfBytes(bytes: Uint8Array): string | null {
    const colon = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65)).indexOf(':');
    if (colon < 1 || bytes.byteLength < colon + 1 + 28) return null;
    const keyId = Buffer.from(bytes.buffer, bytes.byteOffset, colon).toString('ascii');
    return this.keys.has(keyId) ? keyId : null;
  }

  /** Deterministic keyed hash for equality lookups; `kind` keeps an ID and a phone with equal digits apart. */
  hash(kind: 'resident-id' | 'phone', normalized: string): string {
    return createHmac('sha256', this.hmacKey).update(`${kind}:${normalized}`).digest('base64url');
  }

  /** True when the ciphertext was made with an older key and should be re-encrypted. */
  needsRotation(sealed: string): boolean {
    return !sealed.startsWith(`${this.activeKeyId}:`);
  }

  /**
   * A fresh random IV for each value, as GCM requires, taken from random bytes drawn 4,096 IVs at
   * a time: one randomBytes call per value cost about as much as the encryption itself (a roster
   * import encrypts 200,000 values). Each IV is handed out once; IVs are public, stored beside the
   * ciphertext.
   */
  private nextIv(): Buffer {
    if (this.ivOffset + IV_BYTES > this.ivPool.length) {
      this.ivPool = randomBytes(IV_BYTES * IVS_PER_DRAW);
      this.ivOffset = 0;
    }
    this.ivOffset += IV_BYTES;
    return this.ivPool.subarray(this.ivOffset - IV_BYTES, this.ivOffset);
  }

  private requireKey(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Unknown PII key id "${keyId}"`);
    return key;
  }
}
