/**
 * Demo data (`npm run db:seed`, i.e. `prisma db seed`): 11 schools, the 4 courses, cohorts
 * 第34期-第43期, 3,000 trainees with their enrolments, attendance, assessments and certificates,
 * and the demo accounts. Deterministic (see seed/demo-data.ts) and all-or-nothing (one
 * transaction). Skips when the `admin` account exists, so `npm start` can run it every time.
 */
import { performance } from 'node:perf_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import { loadConfig } from '@carebridge/config';
import { ensureDefaultPolicies, Prisma, PrismaClient } from '@carebridge/db';
// The files themselves, not their libraries' index, which would load NestJS and GraphQL for nothing.
import { hashPassword } from '../libs/auth/src/password';
import { PiiCipher } from '../libs/common/src/pii/pii-cipher';
import { bulkInsert } from './seed/bulk-insert';
import { ADMIN_ACCOUNT, DEMO_PASSWORD } from './seed/demo-data';
import { buildDemoPlan, DemoPlan, TraineePlan, UserPlan } from './seed/demo-plan';

/** Serialises concurrent seeds of one database: the second waits, then finds the data and skips. */
const SEED_LOCK_KEY = 2_026_112_801;

type Tx = Prisma.TransactionClient;

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL }) });
  const pii = new PiiCipher(config.PII_ENCRYPTION_KEYS, config.PII_HMAC_KEY);
  try {
    const plan = await prisma.$transaction((tx) => seedOnce(tx, pii), { timeout: 120_000, maxWait: 30_000 });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(plan ? `Seeded demo data in ${seconds} s: ${describe(plan)}` : `Demo data present (account "${ADMIN_ACCOUNT}" exists): seed skipped in ${seconds} s`);
  } finally {
    await prisma.$disconnect();
  }
}

/** Writes the demo data unless it is there already; returns what it wrote, or null when it skipped. */
async function seedOnce(tx: Tx, pii: PiiCipher): Promise<DemoPlan | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
  if (await tx.user.findUnique({ where: { account: ADMIN_ACCOUNT }, select: { id: true } })) return null;

  await ensureDefaultPolicies(tx);
  const plan = buildDemoPlan({
    benefitCosts: await tx.benefitPolicy.findMany({ orderBy: { benefit: 'asc' } }),
    firstCertificateSequence: await nextCertificateSequence(tx),
  });
  await writePlan(tx, plan, pii);
  if (plan.certificates.length > 0) await tx.$executeRaw`SELECT setval('certificate_number_seq', ${plan.lastCertificateSequence})`;
  return plan;
}

async function nextCertificateSequence(tx: Tx): Promise<number> {
  const [sequence] = await tx.$queryRaw<{ last_value: bigint; is_called: boolean }[]>`
    SELECT last_value, is_called FROM certificate_number_seq`;
  return Number(sequence.last_value) + (sequence.is_called ? 1 : 0);
}

/** Inserts in parents-first order, a few multi-row statements per table. */
async function writePlan(tx: Tx, plan: DemoPlan, pii: PiiCipher): Promise<void> {
  await bulkInsert(tx, 'schools', plan.schools);
  await bulkInsert(tx, 'courses', plan.courses);
  await bulkInsert(tx, 'cohorts', plan.cohorts);
  await bulkInsert(tx, 'trainees', plan.trainees.map((trainee) => sealTrainee(trainee, pii)));
  await bulkInsert(tx, 'users', await withPasswords(plan.users, pii));
  await bulkInsert(tx, 'trainee_status_changes', plan.statusChanges);
  await bulkInsert(tx, 'enrollments', plan.enrollments);
  await bulkInsert(tx, 'enrollment_benefits', plan.benefits);
  await bulkInsert(tx, 'attendance', plan.attendance);
  await bulkInsert(tx, 'assessments', plan.assessments);
  await bulkInsert(tx, 'certificates', plan.certificates);
}

/** The stored form of a trainee: resident ID and phone encrypted, with their keyed hashes. */
function sealTrainee({ residentId, phone, ...trainee }: TraineePlan, pii: PiiCipher): Prisma.TraineeCreateManyInput {
  return {
    ...trainee,
    residentIdCipher: pii.encrypt(residentId),
    residentIdHash: pii.hash('resident-id', residentId),
    phoneCipher: pii.encrypt(phone),
    phoneHash: pii.hash('phone', phone),
  };
}

/** Every demo account gets the README's published password; one argon2 hash (~50 ms) serves them all. */
async function withPasswords(users: UserPlan[], pii: PiiCipher): Promise<Prisma.UserCreateManyInput[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return users.map(({ phone, ...user }) => ({
    ...user,
    updatedAt: user.createdAt,
    phoneHash: phone ? pii.hash('phone', phone) : null,
    passwordHash,
  }));
}

function describe(plan: DemoPlan): string {
  const counts: Array<[string, number]> = [
    ['schools', plan.schools.length],
    ['courses', plan.courses.length],
    ['cohorts', plan.cohorts.length],
    ['trainees', plan.trainees.length],
    ['enrolments', plan.enrollments.length],
    ['attendance days', plan.attendance.length],
    ['assessments', plan.assessments.length],
    ['certificates', plan.certificates.length],
    ['status changes', plan.statusChanges.length],
    ['users', plan.users.length],
  ];
  return counts.map(([label, count]) => `${count.toLocaleString('en-US')} ${label}`).join(', ');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
