import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@carebridge/common';
import { RightsCaseCategory, RightsCaseStatus } from '@carebridge/db';
import { RIGHTS_CASE_CATEGORY_LABELS, RIGHTS_CASE_STATUS_LABELS } from '@carebridge/rules';

const describe = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: label }]));
registerEnumType(RightsCaseCategory, { name: 'RightsCaseCategory', description: '维权案件类别', valuesMap: describe(RIGHTS_CASE_CATEGORY_LABELS) });
registerEnumType(RightsCaseStatus, { name: 'RightsCaseStatus', description: '维权案件状态', valuesMap: describe(RIGHTS_CASE_STATUS_LABELS) });

@ObjectType('RightsCaseLogEntry', { description: '案件记录（只增不改）：每次状态变更、备注和超时上报' })
export class RightsCaseLogEntryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '时间' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: '操作人账号 id（系统自动上报时为空）' })
  actorUserId!: string | null;

  @Field({ description: '动作：OPENED 登记，TRANSITION 状态变更，NOTE 备注，ESCALATED 超时上报' })
  action!: string;

  @Field(() => RightsCaseStatus, { nullable: true, description: '变更前状态' })
  fromStatus!: RightsCaseStatus | null;

  @Field(() => RightsCaseStatus, { nullable: true, description: '变更后状态' })
  toStatus!: RightsCaseStatus | null;

  @Field(() => String, { nullable: true, description: '说明' })
  note!: string | null;

  @Field({ description: '是否为不向用工单位公开的备注' })
  isPrivate!: boolean;
}

/** What the caregiver, her station and the admins see of a case (the agency sees AgencyRightsCase). */
@ObjectType('RightsCase', { description: '维权案件' })
export class RightsCaseModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RightsCaseCategory, { description: '类别' })
  category!: RightsCaseCategory;

  @Field(() => RightsCaseStatus, { description: '状态' })
  status!: RightsCaseStatus;

  @Field({ description: '案情描述' })
  description!: string;

  @Field(() => ID, { description: '护工（学员）id' })
  traineeId!: string;

  @Field(() => ID, { nullable: true, description: '涉及的上岗记录 id' })
  placementId!: string | null;

  @Field(() => ID, { nullable: true, description: '涉及的用工单位 id' })
  agencyId!: string | null;

  @Field(() => ID, { description: '负责的服务站 id' })
  stationId!: string;

  @Field(() => ID, { nullable: true, description: '发现问题的回访 id（由回访自动登记时）' })
  followUpVisitId!: string | null;

  @Field(() => ID, { nullable: true, description: '登记人账号 id' })
  openedByUserId!: string | null;

  @Field({ description: '受理时限' })
  acceptDueAt!: Date;

  @Field({ description: '办结时限' })
  resolveDueAt!: Date;

  @Field(() => Date, { nullable: true, description: '超时未受理上报的时间' })
  acceptEscalatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '超时未办结上报的时间' })
  resolveEscalatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '受理时间' })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '结案时间（解决、转仲裁或撤回）' })
  closedAt!: Date | null;

  @Field({ description: '登记时间' })
  createdAt!: Date;
}

@ObjectType('RightsCaseConnection', { description: '维权案件分页列表' })
export class RightsCaseConnection extends ConnectionType(RightsCaseModel) {}

/** What the agency concerned sees: that a case exists, its status and the entries not marked private. */
@ObjectType('AgencyRightsCase', { description: '涉及本单位的维权案件（只含状态和公开记录）' })
export class AgencyRightsCaseModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RightsCaseCategory, { description: '类别' })
  category!: RightsCaseCategory;

  @Field(() => RightsCaseStatus, { description: '状态' })
  status!: RightsCaseStatus;

  @Field(() => ID, { nullable: true, description: '涉及的上岗记录 id' })
  placementId!: string | null;

  @Field(() => Date, { nullable: true, description: '受理时间' })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '结案时间' })
  closedAt!: Date | null;

  @Field({ description: '登记时间' })
  createdAt!: Date;
}

@ObjectType('AgencyRecord', { description: '用工单位的维权与回访记录（匹配评分参考）' })
export class AgencyRecordModel {
  @Field(() => Int, { description: '未结案件数' })
  openCases!: number;

  @Field(() => Int, { description: '败诉案件数：已解决且追回款项，或转劳动仲裁' })
  lostCases!: number;

  @Field(() => Int, { description: '已完成的回访次数' })
  loggedVisits!: number;

  @Field(() => Int, { description: '回访中反映工资未足额或未按时发放的次数' })
  unpaidWageReports!: number;

  @Field(() => Float, { nullable: true, description: '护工对雇主的平均满意度（1-5，尚无记录时为空）' })
  meanEmployerSatisfaction!: number | null;

  @Field(() => Float, { description: '扣分（0-1，0为无不良记录），匹配评分据此降低' })
  penalty!: number;
}

@ObjectType('AgencyRightsCaseConnection', { description: '涉及本单位的维权案件分页列表' })
export class AgencyRightsCaseConnection extends ConnectionType(AgencyRightsCaseModel) {}
