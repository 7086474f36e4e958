import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@carebridge/common';
import { PlacementEndReason, PlacementStatus } from '@carebridge/db';
import { END_REASON_LABELS } from '../placement.rules';

registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: '上岗状态',
  valuesMap: { ACTIVE: { description: '在岗' }, ENDED: { description: '已结束' } },
});
registerEnumType(PlacementEndReason, {
  name: 'PlacementEndReason',
  description: '上岗结束原因',
  valuesMap: Object.fromEntries(Object.entries(END_REASON_LABELS).map(([reason, label]) => [reason, { description: label }])),
});

/**
 * A placement as the API shows it. Resolvers return the database row; the trainee, employer,
 * demand, fair, place names, wage in yuan and wage records are resolved from it.
 */
@ObjectType('Placement', { description: '就业/上岗记录：护工受雇于用工单位（可对应一条用工需求）或家庭' })
export class PlacementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '学员 id' })
  traineeId!: string;

  @Field(() => ID, { nullable: true, description: '用工单位 id（家庭用工时为空）' })
  agencyId!: string | null;

  @Field(() => ID, { nullable: true, description: '对应的用工需求 id（直接录用时为空）' })
  demandId!: string | null;

  @Field(() => ID, { nullable: true, description: '雇用的家庭 id（家庭用工时）' })
  householdId!: string | null;

  @Field(() => ID, { nullable: true, description: '录用所在的招聘会 id' })
  jobFairId!: string | null;

  @Field({ description: '国家代码（ISO 3166-1 两位字母，境内为 CN）' })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: '省级行政区代码（境外为空）' })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true, description: '城市代码（境外为空）' })
  cityCode!: string | null;

  @Field({ description: '城市名称，如“北京市”“东京”' })
  cityName!: string;

  @Field(() => String, { nullable: true, description: '劳动合同编号' })
  contractNumber!: string | null;

  @Field(() => LocalDateScalar, { description: '上岗日期' })
  startDate!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: '结束日期（在岗时为空）' })
  endDate!: Date | null;

  @Field(() => PlacementStatus, { description: '在岗或已结束' })
  status!: PlacementStatus;

  @Field(() => PlacementEndReason, { nullable: true, description: '结束原因' })
  endReason!: PlacementEndReason | null;

  @Field(() => String, { nullable: true, description: '结束情况说明' })
  endNote!: string | null;

  @Field(() => ID, { nullable: true, description: '办理结束的账号 id' })
  endedByUserId!: string | null;

  @Field({ description: '登记时间' })
  createdAt!: Date;
}

@ObjectType('PlacementConnection', { description: '上岗记录分页列表' })
export class PlacementConnection extends ConnectionType(PlacementModel) {}

/** A month's wage as paid. The month (a date column) and the amount (fen) are resolved for the API. */
@ObjectType('WageRecord', { description: '月工资发放记录' })
export class WageRecordModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '上岗记录 id' })
  placementId!: string;

  @Field(() => LocalDateScalar, { description: '发放日期' })
  paidOn!: Date;

  @Field({ description: '登记时间' })
  recordedAt!: Date;
}
