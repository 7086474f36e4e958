import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@carebridge/common';
import { FollowUpVisit, VisitChannel, VisitStatus } from '@carebridge/db';

registerEnumType(VisitChannel, {
  name: 'VisitChannel',
  description: '回访方式',
  valuesMap: { PHONE: { description: '电话' }, VIDEO: { description: '视频' }, IN_PERSON: { description: '上门' } },
});
registerEnumType(VisitStatus, {
  name: 'VisitStatus',
  description: '回访状态',
  valuesMap: {
    PLANNED: { description: '待回访' },
    DONE: { description: '已回访' },
    NOT_REACHED: { description: '未联系上' },
    OVERDUE: { description: '逾期未登记（已上报）' },
    CANCELLED: { description: '已取消（上岗已结束）' },
  },
});

/**
 * A follow-up visit as the API shows it: the plan's columns and, once logged, what the visit
 * found. Money, the caregiver, her employer and the case it opened are resolved from the row.
 */
@ObjectType('FollowUpVisit', { description: '联络回访：一次计划中的联系（电话/视频/上门）及其记录' })
export class FollowUpVisitModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '上岗记录 id' })
  placementId!: string;

  @Field(() => ID, { description: '负责的服务站 id' })
  stationId!: string;

  @Field(() => Int, { description: '该上岗的第几次回访' })
  sequence!: number;

  @Field(() => LocalDateScalar, { description: '应回访日期' })
  dueDate!: Date;

  @Field(() => VisitChannel, { description: '计划的回访方式' })
  channel!: VisitChannel;

  @Field(() => VisitStatus, { description: '状态' })
  status!: VisitStatus;

  @Field(() => Date, { nullable: true, description: '提醒服务站的时间（到期前一天）' })
  remindedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '逾期上报的时间' })
  escalatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '登记时间' })
  loggedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: '登记人账号 id' })
  loggedByUserId!: string | null;

  @Field(() => VisitChannel, { nullable: true, description: '实际回访方式' })
  loggedChannel!: VisitChannel | null;

  @Field(() => Boolean, { nullable: true, description: '工资是否足额发放' })
  wagePaidInFull!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '工资是否按时发放' })
  wagePaidOnTime!: boolean | null;

  @Field(() => Int, { nullable: true, description: '每周工作小时数' })
  hoursPerWeek!: number | null;

  @Field(() => Int, { nullable: true, description: '每月休息天数' })
  daysOffPerMonth!: number | null;

  @Field(() => String, { nullable: true, description: '食宿条件' })
  livingConditions!: string | null;

  @Field(() => String, { nullable: true, description: '身体状况' })
  health!: string | null;

  @Field(() => Boolean, { nullable: true, description: '雇主或公司是否扣押其身份证' })
  employerHoldsIdCard!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '雇主或公司是否扣留其劳动合同' })
  employerHoldsContract!: boolean | null;

  @Field(() => Int, { nullable: true, description: '护工对雇主的满意度（1-5）' })
  caregiverSatisfactionEmployer!: number | null;

  @Field(() => Int, { nullable: true, description: '护工对家政公司的满意度（1-5）' })
  caregiverSatisfactionAgency!: number | null;

  @Field(() => Int, { nullable: true, description: '雇主对护工的满意度（1-5）' })
  employerSatisfactionCaregiver!: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否反映遭受虐待或骚扰' })
  reportsAbuse!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '是否反映受伤' })
  reportsInjury!: boolean | null;

  @Field(() => String, { nullable: true, description: '反映的问题' })
  problems!: string | null;
}

@ObjectType('CaregiverPhone', { description: '回访对象（护工）的完整手机号：每次查看都记入审计日志' })
export class CaregiverPhoneModel {
  @Field(() => ID, { description: '回访 id' })
  visitId!: string;

  @Field(() => ID, { description: '护工（学员）id' })
  traineeId!: string;

  @Field({ description: '姓名' })
  name!: string;

  @Field({ description: '完整手机号' })
  phone!: string;
}

@ObjectType('FollowUpsDue', { description: '服务站的待办回访' })
export class FollowUpsDueModel {
  @Field(() => [FollowUpVisitModel], { description: '已过应回访日期仍未登记的（含已上报逾期的），最早的在前' })
  overdue!: FollowUpVisit[];

  @Field(() => [FollowUpVisitModel], { description: '今天到期的' })
  today!: FollowUpVisit[];

  @Field(() => [FollowUpVisitModel], { description: '明天起至截止日期到期的，按日期排序' })
  upcoming!: FollowUpVisit[];
}
