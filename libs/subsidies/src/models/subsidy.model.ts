import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@carebridge/common';
import { SubsidyStatus } from '@carebridge/db';

registerEnumType(SubsidyStatus, {
  name: 'SubsidyStatus',
  description: '就业补贴申请状态',
  valuesMap: {
    PENDING_REVIEW: { description: '待审核' },
    APPROVED: { description: '已通过' },
    REJECTED: { description: '未通过' },
    PAID: { description: '已发放' },
  },
});

export const SUBSIDY_STATUS_LABELS: Record<SubsidyStatus, string> = {
  PENDING_REVIEW: '待审核',
  APPROVED: '已通过',
  REJECTED: '未通过',
  PAID: '已发放',
};

/** Amounts are integer fen in the row; the resolver exposes them in yuan (Money). */
@ObjectType('SubsidyPolicy', { description: '就业补贴政策：连续就业满规定月数（经回访核实）即可申领' })
export class SubsidyPolicyModel {
  @Field(() => ID, { description: '政策 id' })
  id!: string;

  @Field({ description: '政策名称' })
  name!: string;

  @Field(() => Int, { description: '须连续就业的月数' })
  monthsEmployed!: number;

  @Field(() => LocalDateScalar, { description: '有效期起（就业期满日在此日及以后）' })
  validFrom!: Date;

  @Field(() => LocalDateScalar, { description: '有效期止（就业期满日在此日及以前）' })
  validUntil!: Date;

  @Field({ description: '是否启用（停用的政策不再产生新的申请）' })
  active!: boolean;

  @Field({ description: '创建时间' })
  createdAt!: Date;
}

@ObjectType('SubsidyApplication', { description: '就业补贴申请：由每月的资格核查自动生成，经审核后发放' })
export class SubsidyApplicationModel {
  @Field(() => ID, { description: '申请 id' })
  id!: string;

  @Field(() => ID, { description: '上岗记录 id（补贴所依据的就业）' })
  placementId!: string;

  @Field(() => LocalDateScalar, { description: '补贴所依据的就业期起（上岗日期）' })
  periodStart!: Date;

  @Field(() => LocalDateScalar, { description: '补贴所依据的就业期止' })
  periodEnd!: Date;

  @Field(() => SubsidyStatus, { description: '状态' })
  status!: SubsidyStatus;

  @Field(() => Date, { nullable: true, description: '审核时间' })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '未通过的原因' })
  rejectReason!: string | null;

  @Field({ description: '生成时间' })
  createdAt!: Date;
}

@ObjectType('SubsidyApplicationConnection', { description: '就业补贴申请分页列表' })
export class SubsidyApplicationConnection extends ConnectionType(SubsidyApplicationModel) {}
