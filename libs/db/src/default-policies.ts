import { Benefit, PrismaClient } from './generated/prisma/client';

/**
 * Starting costs of the "三包五免" benefits per enrolment (fen), until admins set their own:
 * a month of meals and lodging, tuition and materials at the programme's published rates.
 */
export const DEFAULT_BENEFIT_COSTS_FEN: Record<Benefit, number> = {
  MEALS: 90_000,
  LODGING: 60_000,
  JOB_PLACEMENT: 20_000,
  TUITION: 150_000,
  MATERIALS: 8_000,
  UNIFORM: 12_000,
  INSURANCE: 3_000,
  MEDICAL_EXAM: 15_000,
};

/** Creates the policy rows that do not exist yet; never overwrites an admin's edits. */
export async function ensureDefaultPolicies(prisma: Pick<PrismaClient, 'trainingPolicy' | 'benefitPolicy' | 'demandPolicy' | 'matchingPolicy' | 'followUpPolicy' | 'rightsCasePolicy'>): Promise<void> {
  await prisma.trainingPolicy.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  await prisma.demandPolicy.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  await prisma.matchingPolicy.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  await prisma.followUpPolicy.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  await prisma.rightsCasePolicy.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  await prisma.benefitPolicy.createMany({
    data: Object.entries(DEFAULT_BENEFIT_COSTS_FEN).map(([benefit, costFen]) => ({ benefit: benefit as Benefit, costFen })),
    skipDuplicates: true,
  });
}
