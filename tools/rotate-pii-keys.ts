/**
 * Re-encrypts personal identifiers sealed with an older key (`npm run pii:rotate-keys`). Put the new
 * key first in PII_ENCRYPTION_KEYS and keep the old ones after it, deploy, run this, then drop the
 * old keys. Works in batches, each its own transaction, and skips a row that changed meanwhile (a
 * concurrent write seals with the new key anyway), so it can run while the API serves and be run
 * again after an interruption. The HMAC lookup hashes do not change: they use PII_HMAC_KEY. The
 * rosters of imports still pending are re-sealed too (finished imports keep no file).
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
  // Null on a row whose phone is still in the legacy clear column (the API seals those at start-up).
  { table: 'agencies', columns: ['contact_phone_cipher'] },
];

/** Import jobs whose sealed roster is still kept (a finished job's file is erased), see rotateImportFiles. */
const PENDING_IMPORT = Prisma.sql`status IN ('QUEUED', 'RUNNING') AND length(content) > 0`;

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
  results.push(await rotateImportFiles(db, pii, options.log));
  return results;
}

/**
 * Re-seals the rosters of pending imports (import_jobs.content, bytes: see PiiCipher.encryptBytes),
 * one file at a time (up to 20 MB each). A file in clear from before files were sealed is left to the
 * worker, which reads it and erases it when the import ends; so is a job that ends meanwhile.
 */
async function rotateImportFiles(db: Db, pii: PiiCipher, log?: (line: string) => void): Promise<RotationResult> {
  const result: RotationResult = { table: 'import_jobs', rotated: 0, skipped: 0 };
  const activePrefix = Buffer.from(`${pii.activeKeyId}:`, 'ascii');
  const stale = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM import_jobs
     WHERE ${PENDING_IMPORT} AND substring(content FROM 1 FOR ${activePrefix.length}) <> ${activePrefix}
     ORDER BY id`;
  for (const { id } of stale) {
    const [row] = await db.$queryRaw<{ content: Uint8Array }[]>`SELECT content FROM import_jobs WHERE id = ${id}::uuid AND ${PENDING_IMPORT}`;
    // Ended meanwhile (its file erased), or in clear: no key to rotate away from.
    if (!row || pii.keyIdOfBytes(row.content) === null) continue;
    const resealed = pii.encryptBytes(pii.decryptBytes(row.content));
    // Unless the worker ends the job (and erases the file) meanwhile: then there is nothing to rotate.
    result.rotated += await db.$executeRaw`UPDATE import_jobs SET content = ${resealed} WHERE id = ${id}::uuid AND content = ${Buffer.from(row.content)}`;
  }
  log?.(`import_jobs: ${result.rotated} rotated`);
  return result;
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
