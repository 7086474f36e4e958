import { ensureDefaultPolicies, PrismaService } from '@carebridge/db';

/** Empties every table (sequences restarted) and restores the default policies. */
export async function resetDatabase(prisma: PrismaService): Promise<void> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  await prisma.$executeRawUnsafe('ALTER SEQUENCE certificate_number_seq RESTART WITH 1');
  await ensureDefaultPolicies(prisma);
}
