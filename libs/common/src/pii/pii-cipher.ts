import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Protects personal identifiers at rest: AES-256-GCM ciphertext for reading back, and an HMAC
 * beside it for uniqueness and lookup. Keys rotate: the first key encrypts, every listed key
 * decrypts, and each ciphertext names the key that made it.
 */
export class PiiCipher {
  private readonly keys: Map<string, Buffer>;
  /** The key that encrypts; rows sealed with any other listed key are due for rotation. */
  readonly activeKeyId: string;
  private readonly hmacKey: Buffer;

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
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.requireKey(this.activeKeyId), iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [this.activeKeyId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  decrypt(sealed: string): string {
    const [keyId, iv, tag, data] = sealed.split(':');
    const decipher = createDecipheriv('aes-256-gcm', this.requireKey(keyId), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed hash for equality lookups; `kind` keeps an ID and a phone with equal digits apart. */
  hash(kind: 'resident-id' | 'phone', normalized: string): string {
    return createHmac('sha256', this.hmacKey).update(`${kind}:${normalized}`).digest('base64url');
  }

  /** True when the ciphertext was made with an older key and should be re-encrypted. */
  needsRotation(sealed: string): boolean {
    return !sealed.startsWith(`${this.activeKeyId}:`);
  }

  private requireKey(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Unknown PII key id "${keyId}"`);
    return key;
  }
}
