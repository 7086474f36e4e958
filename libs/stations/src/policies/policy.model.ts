import { Field, Int, ObjectType } from '@nestjs/graphql';
import { VisitChannel } from '@carebridge/db';

@ObjectType('FollowUpPolicy', { description: '回访政策（修改只影响此后新制定或延长的回访计划）' })
export class FollowUpPolicyModel {
  @Field(() => Int, { description: '第一次回访：上岗后第几天' })
  firstVisitDay!: number;

  @Field(() => VisitChannel, { description: '第一次回访方式' })
  firstVisitChannel!: VisitChannel;

  @Field(() => Int, { description: '第二次回访：上岗后第几天' })
  secondVisitDay!: number;

  @Field(() => VisitChannel, { description: '第二次回访方式（服务中心负责的地区改为电话）' })
  secondVisitChannel!: VisitChannel;

  @Field(() => Int, { description: '每月回访一次，直到上岗后第几个月' })
  monthlyUntilMonth!: number;

  @Field(() => Int, { description: '此后每几个月回访一次' })
  laterEveryMonths!: number;

  @Field(() => Int, { description: '在岗期间提前安排多少个月的回访（随时间自动延长）' })
  horizonMonths!: number;

  @Field(() => Int, { description: '到期前几天提醒服务站（上午9点）' })
  reminderDaysBefore!: number;

  @Field(() => Int, { description: '到期后几天仍未登记即上报逾期（上午9点）' })
  escalateDaysAfterDue!: number;

  @Field(() => Int, { description: '连续几次未联系上即通知服务站和管理员' })
  notReachedEscalateAt!: number;

  @Field({ description: '最后修改时间' })
  updatedAt!: Date;
}

@ObjectType('RightsCasePolicy', { description: '维权案件时限政策（修改只影响此后登记的案件）' })
export class RightsCasePolicyModel {
  @Field(() => Int, { description: '登记后几小时内须受理' })
  acceptWithinHours!: number;

  @Field(() => Int, { description: '登记后几天内须办结' })
  resolveWithinDays!: number;

  @Field({ description: '最后修改时间' })
  updatedAt!: Date;
}
