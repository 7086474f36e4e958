import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@carebridge/common';
import { CertificateLevel, CertificateStatus, Major } from '@carebridge/db';

/** A vocational skill certificate. Resolvers return the database row; trainee, school and cohort resolve through DataLoaders. */
@ObjectType('Certificate', { description: '职业技能等级证书' })
export class CertificateModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '证书编号' })
  number!: string;

  traineeId!: string;
  enrollmentId!: string;

  @Field(() => Major, { description: '专业' })
  major!: Major;

  @Field(() => CertificateLevel, { description: '等级' })
  level!: CertificateLevel;

  @Field(() => LocalDateScalar, { description: '发证日期' })
  issuedOn!: Date;

  @Field(() => CertificateStatus, { description: '状态：有效或已撤销' })
  status!: CertificateStatus;

  @Field(() => Date, { nullable: true, description: '撤销时间' })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '撤销原因' })
  revokedReason!: string | null;

  @Field({ description: '记录创建时间' })
  createdAt!: Date;
}

@ObjectType('CertificateConnection', { description: '证书分页列表' })
export class CertificateConnection extends ConnectionType(CertificateModel) {}

/**
 * What anyone may learn about a certificate from its number: enough to tell a genuine one from a
 * forgery, and nothing that identifies the holder beyond a masked name.
 */
@ObjectType('CertificateVerification', { description: '证书查验结果（公开，无需登录）' })
export class CertificateVerificationModel {
  @Field({ description: '查验的证书编号（已去空格、转大写）' })
  number!: string;

  @Field({ description: '编号格式与校验位是否正确（为否时多为输入错误）' })
  wellFormed!: boolean;

  @Field({ description: '是否查到该证书' })
  found!: boolean;

  @Field({ description: '是否为有效证书（查到且未撤销）' })
  valid!: boolean;

  @Field(() => CertificateStatus, { nullable: true, description: '证书状态（未查到时为空）' })
  status?: CertificateStatus;

  @Field(() => String, { nullable: true, description: '持证人姓名（已脱敏）' })
  holderName?: string;

  @Field(() => Major, { nullable: true, description: '专业' })
  major?: Major;

  @Field(() => CertificateLevel, { nullable: true, description: '等级' })
  level?: CertificateLevel;

  @Field(() => LocalDateScalar, { nullable: true, description: '发证日期' })
  issuedOn?: Date;

  @Field(() => String, { nullable: true, description: '培训基地名称' })
  schoolName?: string;
}
