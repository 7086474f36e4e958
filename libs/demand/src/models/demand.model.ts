import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@carebridge/common';
import { CertificateLevel, DemandStatus, Major } from '@carebridge/db';
import { ALLOWED_REQUIREMENT_KINDS, AllowedRequirementKind } from '@carebridge/rules';

registerEnumType(DemandStatus, {
  name: 'DemandStatus',
  description: '用工需求状态',
  valuesMap: {
    OPEN: { description: '招聘中' },
    FILLED: { description: '已招满' },
    CLOSED: { description: '已关闭' },
    EXPIRED: { description: '已过期：到岗日期加宽限期后仍未招满' },
  },
});

/** The allowed requirement kinds as a GraphQL enum: stored requirements are always of these kinds. */
export const DemandRequirementKind = Object.fromEntries(ALLOWED_REQUIREMENT_KINDS.map((kind) => [kind, kind])) as {
  [K in AllowedRequirementKind]: K;
};
registerEnumType(DemandRequirementKind, {
  name: 'DemandRequirementKind',
  description: '允许的结构化用工要求类型',
  valuesMap: {
    CERTIFICATE_LEVEL: { description: '职业技能等级' },
    MAJOR: { description: '专业' },
    MIN_EXPERIENCE_MONTHS: { description: '最少从业月数' },
    HEALTH_CERTIFICATE: { description: '持有健康证' },
    LIVE_IN: { description: '住家' },
    SAME_SEX_AS_RECIPIENT: { description: '与被护理人同性（贴身护理，附理由）' },
  },
});

@ObjectType('DemandRequirement', { description: '一项结构化用工要求' })
export class DemandRequirementModel {
  @Field(() => DemandRequirementKind, { description: '要求类型' })
  kind!: AllowedRequirementKind;

  @Field({ description: '要求类型名称' })
  label!: string;

  @Field(() => String, { nullable: true, description: '取值' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: '取值说明，如“四级/中级工”“24个月”' })
  valueLabel!: string | null;

  @Field(() => String, { nullable: true, description: '理由' })
  justification!: string | null;
}

/**
 * A job demand as the API shows it. Resolvers return the database row; the agency, place names,
 * wages in yuan, open slots and typed requirements are resolved from it.
 */
@ObjectType('JobDemand', { description: '用工需求' })
export class DemandModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '用工单位 id' })
  agencyId!: string;

  @Field(() => Major, { description: '专业' })
  major!: Major;

  @Field(() => Int, { description: '招聘人数' })
  headcount!: number;

  @Field(() => Int, { description: '已上岗人数（在岗的就业记录数）' })
  filledCount!: number;

  @Field({ description: '工作地省级行政区代码' })
  provinceCode!: string;

  @Field({ description: '工作地城市代码' })
  cityCode!: string;

  @Field(() => LocalDateScalar, { description: '到岗日期' })
  startDate!: Date;

  @Field({ description: '是否住家' })
  liveIn!: boolean;

  @Field(() => CertificateLevel, { description: '最低职业技能等级' })
  minCertificateLevel!: CertificateLevel;

  @Field({ description: '工作内容' })
  duties!: string;

  @Field(() => DemandStatus, { description: '状态' })
  status!: DemandStatus;

  @Field(() => Date, { nullable: true, description: '关闭时间' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '关闭原因' })
  closeReason!: string | null;

  @Field({ description: '发布时间' })
  createdAt!: Date;

  @Field({ description: '最近修改时间' })
  updatedAt!: Date;
}

@ObjectType()
export class DemandConnection extends ConnectionType(DemandModel) {}
