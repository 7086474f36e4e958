/**
 * Demo data (`npm run db:seed`, i.e. `prisma db seed`). The training side: 11 schools, the 4
 * courses, cohorts 第34期-第43期, 3,000 trainees with their enrolments, attendance, assessments
 * and certificates. The employment side: 330 partner agencies in 29 cities with their cooperation
 * agreements, households, job demand (a few hundred open), job fairs, placements (8 in Japan) with
 * their wages and follow-up visits at the service stations. And the demo accounts. Deterministic
 * (see seed/demo-data.ts, seed/employment-data.ts) and all-or-nothing (one transaction). Skips
 * when the `admin` account exists, so `npm start` can run it every time.
 */
import { performance } from 'node:perf_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import { loadConfig } from '@carebridge/config';
import { ensureDefaultPolicies, Prisma, PrismaClient } from '@carebridge/db';
// The files themselves, not their libraries' index, which would load NestJS and GraphQL for nothing.
import { sealedAgencyPhone } from '../libs/agencies/src/agency-phone.rules';
import { hashPassword } from '../libs/auth/src/password';
import { PiiCipher } from '../libs/common/src/pii/pii-cipher';
import { seedServiceStations } from '../libs/stations/src/stations/demo-stations';
import { bulkInsert } from './seed/bulk-insert';
import { ADMIN_ACCOUNT, DEMO_PASSWORD } from './seed/demo-data';
import { buildDemoPlan, DemoPlan, TraineePlan, UserPlan } from './seed/demo-plan';
import { AGENCY_CITIES } from './seed/employment-data';
import { AgencyPlan, buildEmploymentPlan, EmploymentInputs, EmploymentPlan, HouseholdPlan } from './seed/employment-plan';

/** Serialises concurrent seeds of one database: the second waits, then finds the data and skips. */
const SEED_LOCK_KEY = 2_026_112_801;

type Tx = Prisma.TransactionClient;

interface SeededPlans {
  demo: DemoPlan;
  employment: EmploymentPlan;
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL }) });
  const pii = new PiiCipher(config.PII_ENCRYPTION_KEYS, config.PII_HMAC_KEY);
  try {
    const plans = await prisma.$transaction((tx) => seedOnce(tx, pii), { timeout: 120_000, maxWait: 30_000 });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(plans ? `Seeded demo data in ${seconds} s: ${describe(plans)}` : `Demo data present (account "${ADMIN_ACCOUNT}" exists): seed skipped in ${seconds} s`);
  } finally {
    await prisma.$disconnect();
  }
}

/** Writes the demo data unless it is there already; returns what it wrote, or null when it skipped. */
async function seedOnce(tx: Tx, pii: PiiCipher): Promise<SeededPlans | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
  if (await tx.user.findUnique({ where: { account: ADMIN_ACCOUNT }, select: { id: true } })) return null;

  await ensureDefaultPolicies(tx);
  // First: placements are followed up by the station covering them, and station staff log the visits.
  await seedServiceStations(tx);
  const demo = buildDemoPlan({
    benefitCosts: await tx.benefitPolicy.findMany({ orderBy: { benefit: 'asc' } }),
    firstCertificateSequence: await nextCertificateSequence(tx),
  });
  const employment = buildEmploymentPlan({ demo, ...(await employmentInputs(tx)) });
  await writePlan(tx, demo, employment, pii);
  if (demo.certificates.length > 0) await tx.$executeRaw`SELECT setval('certificate_number_seq', ${demo.lastCertificateSequence})`;
  return { demo, employment };
}

/** What the employment plan takes from the database: reference cities, stations and the policies. */
async function employmentInputs(tx: Tx): Promise<Omit<EmploymentInputs, 'demo'>> {
  const cities = await tx.city.findMany({ where: { code: { in: AGENCY_CITIES.map((city) => city.code) } }, select: { code: true, name: true, provinceCode: true } });
  const stations = await tx.serviceStation.findMany({
    select: { id: true, name: true, cityCode: true, isHomeCentre: true, coverage: { select: { provinceCode: true, cityCode: true } } },
  });
  const followUpPolicy = await tx.followUpPolicy.findUniqueOrThrow({ where: { id: 1 } });
  const demandPolicy = await tx.demandPolicy.findUniqueOrThrow({ where: { id: 1 } });
  return { cities, stations, followUpPolicy, demandPolicy };
}

async function nextCertificateSequence(tx: Tx): Promise<number> {
  const [sequence] = await tx.$queryRaw<{ last_value: bigint; is_called: boolean }[]>`
    SELECT last_value, is_called FROM certificate_number_seq`;
  return Number(sequence.last_value) + (sequence.is_called ? 1 : 0);
}

/** Inserts in parents-first order, a few multi-row statements per table. */
async function writePlan(tx: Tx, plan: DemoPlan, employment: EmploymentPlan, pii: PiiCipher): Promise<void> {
  const tables: Array<[table: string, rows: ReadonlyArray<object>]> = [
    ['schools', plan.schools],
    ['courses', plan.courses],
    ['cohorts', plan.cohorts],
    ['trainees', plan.trainees.map((trainee) => sealTrainee(trainee, pii))],
    ['agencies', employment.agencies.map((agency) => sealAgency(agency, pii))],
    ['users', await withPasswords([...plan.users, ...employment.users], pii)],
    ['trainee_status_changes', [...plan.statusChanges, ...employment.statusChanges]],
    ['enrollments', plan.enrollments],
    ['enrollment_benefits', plan.benefits],
    ['attendance', plan.attendance],
    ['assessments', plan.assessments],
    ['certificates', plan.certificates],
    ['cooperation_agreements', employment.agreements],
    ['households', employment.households.map((household) => sealHousehold(household, pii))],
    ['job_demands', employment.demands],
    ['job_fairs', employment.jobFairs],
    ['job_fair_agencies', employment.jobFairAgencies],
    ['job_fair_trainees', employment.jobFairTrainees],
    ['placements', employment.placements],
    ['wage_records', employment.wages],
    ['follow_up_visits', employment.visits],
  ];
  for (const [table, rows] of tables) await bulkInsert(tx, table, rows);
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

/** The stored form of an agency, as AgenciesService registers it; the legacy clear column stays null. */
function sealAgency({ contactPhone, ...agency }: AgencyPlan, pii: PiiCipher): Prisma.AgencyCreateManyInput {
  return { ...agency, ...sealedAgencyPhone(pii, contactPhone) };
}

/** The stored form of a household, as HouseholdsService registers it: the contact's phone encrypted, with its keyed hash. */
function sealHousehold({ contactPhone, ...household }: HouseholdPlan, pii: PiiCipher): Prisma.HouseholdCreateManyInput {
  return { ...household, contactPhoneCipher: pii.encrypt(contactPhone), contactPhoneHash: pii.hash('phone', contactPhone) };
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

function describe({ demo, employment }: SeededPlans): string {
  const counts: Array<[string, number]> = [
    ['schools', demo.schools.length],
    ['courses', demo.courses.length],
    ['cohorts', demo.cohorts.length],
    ['trainees', demo.trainees.length],
    ['enrolments', demo.enrollments.length],
    ['attendance days', demo.attendance.length],
    ['assessments', demo.assessments.length],
    ['certificates', demo.certificates.length],
    ['agencies', employment.agencies.length],
    ['agreements', employment.agreements.length],
    ['households', employment.households.length],
    ['job demands', employment.demands.length],
    ['open', employment.demands.filter((demand) => demand.status === 'OPEN').length],
    ['job fairs', employment.jobFairs.length],
    ['fair registrations', employment.jobFairAgencies.length + employment.jobFairTrainees.length],
    ['placements', employment.placements.length],
    ['active', employment.placements.filter((placement) => placement.status === 'ACTIVE').length],
    ['wage records', employment.wages.length],
    ['follow-up visits', employment.visits.length],
    ['status changes', demo.statusChanges.length + employment.statusChanges.length],
    ['users', demo.users.length + employment.users.length],
  ];
  return counts.map(([label, count]) => `${count.toLocaleString('en-US')} ${label}`).join(', ');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
