import { ensureDefaultPolicies, PrismaService } from '@carebridge/db';

/** Reference data inserted by migrations, which no test changes: kept across resets. */
const REFERENCE_TABLES = ['_prisma_migrations', 'provinces', 'cities'];

/**
 * Empties every table but the reference ones and restores the default policies. Sequences keep
 * counting: outbox ids become BullMQ job ids, and a reused id would be dropped as a duplicate.
 */
export async function resetDatabase(prisma: PrismaService): Promise<void> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL(${REFERENCE_TABLES})`;
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
  await prisma.$executeRawUnsafe('ALTER SEQUENCE certificate_number_seq RESTART WITH 1');
  await ensureDefaultPolicies(prisma);
}
