import { Injectable } from '@nestjs/common';
import { Benefit, BenefitPolicy, ensureDefaultPolicies, Prisma, PrismaService, TrainingPolicy } from '@carebridge/db';
import { UpdateTrainingPolicyInput } from './dto/policy.input';

const POLICY_ID = 1;

/**
 * The training rules and benefit costs that admins edit. Other modules (certification: pass marks
 * and minimum attendance) read them here, inside their own transaction when they pass one.
 */
@Injectable()
export class TrainingPolicyService {
  constructor(private readonly prisma: PrismaService) {}

  async get(tx: Prisma.TransactionClient = this.prisma): Promise<TrainingPolicy> {
    const policy = await tx.trainingPolicy.findUnique({ where: { id: POLICY_ID } });
    if (policy) return policy;
    // A database that was migrated but never seeded still works, with the defaults.
    await ensureDefaultPolicies(tx);
    return tx.trainingPolicy.findUniqueOrThrow({ where: { id: POLICY_ID } });
  }

  async update(input: UpdateTrainingPolicyInput): Promise<TrainingPolicy> {
    await this.get();
    return this.prisma.trainingPolicy.update({ where: { id: POLICY_ID }, data: input });
  }

  async benefitPolicies(tx: Prisma.TransactionClient = this.prisma): Promise<BenefitPolicy[]> {
    const policies = await tx.benefitPolicy.findMany({ orderBy: { benefit: 'asc' } });
    if (policies.length === Object.keys(Benefit).length) return policies;
    await ensureDefaultPolicies(tx);
    return tx.benefitPolicy.findMany({ orderBy: { benefit: 'asc' } });
  }

  async setBenefitCost(benefit: Benefit, costFen: number): Promise<BenefitPolicy> {
    await this.benefitPolicies();
    return this.prisma.benefitPolicy.update({ where: { benefit }, data: { costFen } });
  }
}
