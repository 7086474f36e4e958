import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@carebridge/common';
import { CertificateLevel, Major, ProposalResponse, ProposalStatus, Sex } from '@carebridge/db';
import type { ScoreComponent } from '@carebridge/matching-engine';
import { ScoreComponentName } from './matching-policy.model';
import './matching.enums';

@ObjectType('ScoreComponentExplanation', { description: '推荐得分的一项：取值×权重=得分，各项得分之和即总分' })
export class ScoreComponentExplanationModel {
  @Field(() => ScoreComponentName, { description: '组成项' })
  component!: ScoreComponent;

  @Field({ description: '组成项名称' })
  label!: string;

  @Field(() => Int, { description: '取值（0-100）' })
  value!: number;

  @Field(() => Int, { description: '权重' })
  weight!: number;

  @Field(() => Int, { description: '得分（取值×权重）' })
  points!: number;
}

@ObjectType('ProposedCertificate', { description: '候选人持有的一张有效证书' })
export class ProposedCertificateModel {
  @Field(() => Major, { description: '专业' })
  major!: Major;

  @Field(() => CertificateLevel, { description: '等级' })
  level!: CertificateLevel;
}

@ObjectType('ProposedCandidate', { description: '被推荐的学员：用工单位在双方接受前只能看到脱敏资料，任何时候都看不到身份证号和手机号' })
export class ProposedCandidateModel {
  @Field(() => ID, { nullable: true, description: '学员 id（用工单位在双方接受前看不到）' })
  traineeId!: string | null;

  @Field({ description: '姓名（用工单位在双方接受前看到脱敏姓名，如 王*明）' })
  name!: string;

  @Field({ description: '姓名是否已脱敏' })
  nameMasked!: boolean;

  @Field(() => Sex, { description: '性别' })
  sex!: Sex;

  @Field(() => Int, { description: '年龄（周岁）' })
  age!: number;

  @Field({ description: '户籍县(市、区)代码' })
  countyCode!: string;

  @Field({ description: '户籍县(市、区)名称' })
  countyName!: string;

  @Field(() => [ProposedCertificateModel], { description: '有效的职业技能等级证书' })
  certificates!: ProposedCertificateModel[];

  @Field(() => Int, { description: '以往上岗次数' })
  pastPlacements!: number;
}

/** The demand of a proposal as both sides may see it; resolvers return the demand row. */
@ObjectType('ProposedDemand', { description: '推荐的用工需求（公开信息）' })
export class ProposedDemandModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Major, { description: '专业' })
  major!: Major;

  @Field(() => CertificateLevel, { description: '最低职业技能等级' })
  minCertificateLevel!: CertificateLevel;

  @Field(() => Int, { description: '招聘人数' })
  headcount!: number;

  @Field({ description: '工作地省级行政区代码' })
  provinceCode!: string;

  @Field({ description: '工作地城市代码' })
  cityCode!: string;

  @Field(() => LocalDateScalar, { description: '到岗日期' })
  startDate!: Date;

  @Field({ description: '是否住家' })
  liveIn!: boolean;

  @Field({ description: '工作内容' })
  duties!: string;
}

/** A proposal as the API shows it; resolvers return the database row and the rest is resolved from it. */
@ObjectType('MatchProposal', { description: '匹配推荐：平台向一条用工需求推荐一名持证学员，附得分说明；双方均接受后登记上岗' })
export class MatchProposalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '所属匹配运行 id' })
  runId!: string;

  @Field(() => Int, { description: '总分（各组成项得分之和）' })
  score!: number;

  @Field(() => ProposalStatus, { description: '状态' })
  status!: ProposalStatus;

  @Field(() => ProposalResponse, { description: '学员的答复' })
  traineeResponse!: ProposalResponse;

  @Field(() => Date, { nullable: true, description: '学员答复时间' })
  traineeRespondedAt!: Date | null;

  @Field(() => ProposalResponse, { description: '用工单位的答复' })
  agencyResponse!: ProposalResponse;

  @Field(() => Date, { nullable: true, description: '用工单位答复时间' })
  agencyRespondedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '拒绝理由' })
  declineReason!: string | null;

  @Field({ description: '答复期限：过期未获双方接受即失效' })
  expiresAt!: Date;

  @Field({ description: '推荐时间' })
  createdAt!: Date;
}

@ObjectType()
export class MatchProposalConnection extends ConnectionType(MatchProposalModel) {}
