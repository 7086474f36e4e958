import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@carebridge/common';
import { Major, MatchingRunStatus } from '@carebridge/db';
import './matching.enums';

@ObjectType('MatchingScope', { description: '匹配范围：不填的条件不限' })
export class MatchingScopeModel {
  @Field(() => String, { nullable: true, description: '工作地省级行政区代码：只匹配该省的用工需求' })
  provinceCode!: string | null;

  @Field(() => Major, { nullable: true, description: '专业：只匹配该专业的用工需求与持该专业证书的学员' })
  major!: Major | null;
}

/** A run as the API shows it; resolvers return the database row and the scope and total are resolved from it. */
@ObjectType('MatchingRun', { description: '一次匹配运行：在范围内的待就业学员与招聘中的用工需求之间求总分最高的推荐' })
export class MatchingRunModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MatchingRunStatus, { description: '状态' })
  status!: MatchingRunStatus;

  @Field(() => Int, { description: '进度（0-100）' })
  progress!: number;

  @Field(() => Int, { nullable: true, description: '参与匹配的学员数' })
  candidateCount!: number | null;

  @Field(() => Int, { nullable: true, description: '可推荐的名额数（各需求尚未占用、也未被待答复推荐占用的名额之和）' })
  slotCount!: number | null;

  @Field(() => Int, { nullable: true, description: '可行的（学员，需求）配对数' })
  pairCount!: number | null;

  @Field(() => Int, { nullable: true, description: '写入的推荐数' })
  proposalCount!: number | null;

  @Field(() => Int, { nullable: true, description: '未获推荐的学员数' })
  unmatchedCount!: number | null;

  @Field(() => Int, { nullable: true, description: '运行耗时（毫秒）' })
  durationMs!: number | null;

  @Field(() => String, { nullable: true, description: '失败原因' })
  error!: string | null;

  @Field({ description: '提交时间' })
  queuedAt!: Date;

  @Field(() => Date, { nullable: true, description: '开始运行时间' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '结束时间' })
  finishedAt!: Date | null;
}

@ObjectType()
export class MatchingRunConnection extends ConnectionType(MatchingRunModel) {}

/** A trainee of a run who got no proposal, and why. */
@ObjectType('MatchingUnmatched', { description: '一次匹配中未获推荐的学员及主要原因' })
export class MatchingUnmatchedModel {
  /** The trainee id: unique within a run, so it doubles as the page cursor's key. */
  @Field(() => ID, { description: '学员 id' })
  id!: string;

  @Field({ description: '主要原因：NO_FEASIBLE_DEMAND（没有可行的需求）或 OUTSCORED（可行名额被得分更高的配对占用）' })
  reason!: string;

  @Field(() => String, { nullable: true, description: '原因详情（JSON）：逐条可行条件筛掉的需求数，或最接近的需求及差的分数' })
  detail!: string | null;
}

@ObjectType()
export class MatchingUnmatchedConnection extends ConnectionType(MatchingUnmatchedModel) {}
