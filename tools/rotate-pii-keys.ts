/**
 * Re-encrypts personal identifiers sealed with an older key (`npm run pii:rotate-keys`). Put the new
 * key first in PII_ENCRYPTION_KEYS and keep the old ones after it, deploy, run this, then drop the
 * old keys. Works in batches, each its own transaction, and skips a row that changed meanwhile (a
 * concurrent write seals with the new key anyway), so it can run while the API serves and be run
 * again after an interruption. The HMAC lookup hashes do not change: they use PII_HMAC_KEY.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { loadConfig } from '@carebridge/config';
import { Prisma, PrismaClient } from '@carebridge/db';
// The file itself, not the library's index, which would load NestJS for nothing.
import { PiiCipher } from '../libs/common/src/pii/pii-cipher';

/** Every column that holds PiiCipher ciphertext, by table (all keyed by a uuid `id`). */
export const SEALED_COLUMNS: ReadonlyArray<{ table: string; columns: readonly string[] }> = [
  { table: 'trainees', columns: ['resident_id_cipher', 'phone_cipher'] },
  { table: 'households', columns: ['contact_phone_cipher'] },
];

export interface RotationResult {
  table: string;
  /** Rows whose ciphertext was rewritten with the active key. */
  rotated: number;
  /** Rows left alone because they changed between reading and rewriting. */
  skipped: number;
}

type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw' | '$transaction'>;

/** Rewrites, batch by batch, every ciphertext not sealed with the active key. */
export async function rotatePiiKeys(db: Db, pii: PiiCipher, options: { batchSize?: number; log?: (line: string) => void } = {}): Promise<RotationResult[]> {
  const batchSize = options.batchSize ?? 500;
  const results: RotationResult[] = [];
  for (const { table, columns } of SEALED_COLUMNS) {
    const result: RotationResult = { table, rotated: 0, skipped: 0 };
    const tableSql = Prisma.raw(`"${table}"`);
    const stale = Prisma.join(columns.map((column) => Prisma.sql`split_part(${Prisma.raw(`"${column}"`)}, ':', 1) <> ${pii.activeKeyId}`), ' OR ');
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await db.$queryRaw<Array<Record<string, string>>>`
        SELECT id::text AS id, ${Prisma.join(columns.map((column) => Prisma.raw(`"${column}"`)))}
          FROM ${tableSql}
         WHERE id > ${after}::uuid AND (${stale})
         ORDER BY id
         LIMIT ${batchSize}`;
      if (rows.length === 0) break;
      const updated = await db.$transaction(
        rows.map((row) => {
          const assignments = Prisma.join(columns.map((column) => Prisma.sql`${Prisma.raw(`"${column}"`)} = ${pii.encrypt(pii.decrypt(row[column]))}`));
          const unchanged = Prisma.join(columns.map((column) => Prisma.sql`${Prisma.raw(`"${column}"`)} = ${row[column]}`), ' AND ');
          return db.$executeRaw`UPDATE ${tableSql} SET ${assignments} WHERE id = ${row.id}::uuid AND ${unchanged}`;
        }),
      );
      const rotated = updated.reduce((sum, count) => sum + count, 0);
      result.rotated += rotated;
      result.skipped += rows.length - rotated;
      after = rows[rows.length - 1].id;
      options.log?.(`${table}: ${result.rotated} rotated so far`);
    }
    results.push(result);
  }
  return results;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const batchArg = process.argv.find((arg) => arg.startsWith('--batch-size='));
  const batchSize = batchArg ? Number(batchArg.split('=')[1]) : undefined;
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw new Error('--batch-size must be a positive integer');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL }) });
  const pii = new PiiCipher(config.PII_ENCRYPTION_KEYS, config.PII_HMAC_KEY);
  try {
    console.log(`Re-encrypting with key "${pii.activeKeyId}"`);
    for (const { table, rotated, skipped } of await rotatePiiKeys(prisma, pii, { batchSize, log: (line) => console.log(line) })) {
      console.log(`${table}: ${rotated} rows re-encrypted${skipped ? `, ${skipped} changed meanwhile (run again to catch any still on an old key)` : ''}`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
