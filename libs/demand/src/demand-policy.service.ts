import { Injectable } from '@nestjs/common';
import { AppError } from '@carebridge/common';
import { Db, DemandPolicy, ensureDefaultPolicies, PrismaService } from '@carebridge/db';
import { formatFenAsYuan } from '@carebridge/rules';
import { UpdateDemandPolicyInput } from './dto/demand-policy.input';

const POLICY_ID = 1;

/** The demand rules admins edit: how long unfilled demand stays open, and the wage range a demand may offer. */
@Injectable()
export class DemandPolicyService {
  constructor(private readonly prisma: PrismaService) {}

  async get(db: Db = this.prisma): Promise<DemandPolicy> {
    const policy = await db.demandPolicy.findUnique({ where: { id: POLICY_ID } });
    if (policy) return policy;
    // A database that was migrated but never seeded still works, with the defaults.
    await ensureDefaultPolicies(db);
    return db.demandPolicy.findUniqueOrThrow({ where: { id: POLICY_ID } });
  }

  async update(input: UpdateDemandPolicyInput): Promise<DemandPolicy> {
    return this.prisma.$transaction(async (tx) => {
      const current = await this.get(tx);
      const minMonthlyWageFen = input.minMonthlyWage ?? current.minMonthlyWageFen;
      const maxMonthlyWageFen = input.maxMonthlyWage ?? current.maxMonthlyWageFen;
      if (minMonthlyWageFen > maxMonthlyWageFen) {
        throw AppError.badInput(
          'WAGE_POLICY_RANGE_INVALID',
          `最低月薪（${formatFenAsYuan(minMonthlyWageFen)}元）不能高于最高月薪（${formatFenAsYuan(maxMonthlyWageFen)}元）`,
          input.minMonthlyWage != null ? 'minMonthlyWage' : 'maxMonthlyWage',
        );
      }
      return tx.demandPolicy.update({
        where: { id: POLICY_ID },
        data: { expiryGraceDays: input.expiryGraceDays ?? current.expiryGraceDays, minMonthlyWageFen, maxMonthlyWageFen },
      });
    });
  }
}
