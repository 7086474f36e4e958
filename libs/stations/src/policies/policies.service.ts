import { Injectable } from '@nestjs/common';
import { AppError } from '@carebridge/common';
import { Db, FollowUpPolicy, PrismaService, RightsCasePolicy } from '@carebridge/db';
import { UpdateFollowUpPolicyInput, UpdateRightsCasePolicyInput } from './policy.input';

/** GraphQL lets clients send null for an optional field: null and absent both mean "leave as is". */
function given<T extends object>(input: T): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value != null)) as Partial<{ [K in keyof T]: NonNullable<T[K]> }>;
}

/**
 * The single-row policies of follow-ups and rights cases (id 1), which migrations insert and
 * admins edit. Read inside the transaction that uses them, so a plan follows one version.
 */
@Injectable()
export class FollowUpPoliciesService {
  constructor(private readonly prisma: PrismaService) {}

  async followUp(db: Db = this.prisma): Promise<FollowUpPolicy> {
    // A plain read: an upsert would lock the row and serialise every placement's planning on it.
    return (
      (await db.followUpPolicy.findUnique({ where: { id: 1 } })) ?? db.followUpPolicy.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} })
    );
  }

  async rightsCase(db: Db = this.prisma): Promise<RightsCasePolicy> {
    return (
      (await db.rightsCasePolicy.findUnique({ where: { id: 1 } })) ??
      db.rightsCasePolicy.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} })
    );
  }

  /** Plans written or extended from now on follow the new rules; visits already planned stay. */
  async updateFollowUp(input: UpdateFollowUpPolicyInput): Promise<FollowUpPolicy> {
    const changes = given(input);
    const current = await this.followUp();
    const first = changes.firstVisitDay ?? current.firstVisitDay;
    const second = changes.secondVisitDay ?? current.secondVisitDay;
    if (second <= first) {
      throw AppError.badInput('SECOND_VISIT_NOT_AFTER_FIRST', `第二次回访（第${second}天）须晚于第一次回访（第${first}天）`, 'secondVisitDay');
    }
    return this.prisma.followUpPolicy.update({ where: { id: 1 }, data: changes });
  }

  /** Cases opened from now on get the new deadlines. */
  async updateRightsCase(input: UpdateRightsCasePolicyInput): Promise<RightsCasePolicy> {
    await this.rightsCase();
    return this.prisma.rightsCasePolicy.update({ where: { id: 1 }, data: given(input) });
  }
}
