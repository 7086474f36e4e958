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
  const truncate = `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`;
  // A worker still running a job (a reconciler pass, the relay) can deadlock with TRUNCATE's locks;
  // PostgreSQL then aborts one side, and the reset simply tries again.
  for (let attempt = 1; ; attempt++) {
    try {
      await prisma.$executeRawUnsafe(truncate);
      break;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('40P01')) throw error;
    }
  }
  await prisma.$executeRawUnsafe('ALTER SEQUENCE certificate_number_seq RESTART WITH 1');
  await ensureDefaultPolicies(prisma);
}
