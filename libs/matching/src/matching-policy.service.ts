import { Injectable } from '@nestjs/common';
import { AppError } from '@carebridge/common';
import { Db, ensureDefaultPolicies, MatchingPolicy as MatchingPolicyRow, Prisma, PrismaService } from '@carebridge/db';
import { assertValidPolicy, SCORE_COMPONENTS, type MatchingPolicy } from '@carebridge/matching-engine';
import { UpdateMatchingPolicyInput } from './dto/matching-policy.input';
import { SCORE_COMPONENT_LABELS, storedWeights, toEnginePolicy } from './matching-policy.rules';
import { MatchingPolicyModel } from './models/matching-policy.model';

const POLICY_ID = 1;

/** The matching rules admins edit, stored in one row and handed to the engine as its policy. */
@Injectable()
export class MatchingPolicyService {
  constructor(private readonly prisma: PrismaService) {}

  async get(db: Db = this.prisma): Promise<MatchingPolicyRow> {
    const policy = await db.matchingPolicy.findUnique({ where: { id: POLICY_ID } });
    if (policy) return policy;
    // A database that was migrated but never seeded still works, with the defaults.
    await ensureDefaultPolicies(db);
    return db.matchingPolicy.findUniqueOrThrow({ where: { id: POLICY_ID } });
  }

  /** The policy the engine runs with; a stored row the engine would refuse is refused here, named. */
  async enginePolicy(db: Db = this.prisma): Promise<{ policy: MatchingPolicy; proposalTtlHours: number }> {
    const row = await this.get(db);
    const policy = toEnginePolicy(row);
    assertValidPolicy(policy);
    return { policy, proposalTtlHours: row.proposalTtlHours };
  }

  async update(input: UpdateMatchingPolicyInput): Promise<MatchingPolicyRow> {
    return this.prisma.$transaction(async (tx) => {
      const current = await this.get(tx);
      const weights = storedWeights(current.weights);
      for (const { component, weight } of input.weights ?? []) weights[component] = weight;
      const next = {
        wageTolerancePercent: input.wageTolerancePercent ?? current.wageTolerancePercent,
        maxStartDelayDays: input.maxStartDelayDays ?? current.maxStartDelayDays,
        proposalTtlHours: input.proposalTtlHours ?? current.proposalTtlHours,
        weights,
      };
      try {
        assertValidPolicy(toEnginePolicy(next));
      } catch (error) {
        // The input's own limits keep within the engine's; this is the engine's last word.
        throw AppError.badInput('MATCHING_POLICY_INVALID', `匹配政策无效：${error instanceof Error ? error.message : String(error)}`, 'weights');
      }
      return tx.matchingPolicy.update({ where: { id: POLICY_ID }, data: { ...next, weights: weights as Prisma.InputJsonObject } });
    });
  }
}

export function toMatchingPolicyModel(row: MatchingPolicyRow): MatchingPolicyModel {
  const policy = toEnginePolicy(row);
  return {
    wageTolerancePercent: policy.wageTolerancePercent,
    maxStartDelayDays: policy.maxStartDelayDays,
    proposalTtlHours: row.proposalTtlHours,
    waitingTimeCapDays: policy.waitingTimeCapDays,
    weights: SCORE_COMPONENTS.map((component) => ({ component, label: SCORE_COMPONENT_LABELS[component], weight: policy.weights[component] })),
    updatedAt: row.updatedAt,
  };
}
