import { InputType, Field, Int } from '@nestjs/graphql';
import { applyDecorators } from '@nestjs/common';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { VisitChannel } from '@carebridge/db';

const Between = (label: string, min: number, max: number) =>
  applyDecorators(
    IsOptional(),
    IsInt({ message: `${label}应为${min}-${max}的整数` }),
    Min(min, { message: `${label}应为${min}-${max}的整数` }),
    Max(max, { message: `${label}应为${min}-${max}的整数` }),
  );
const Channel = (label: string) => applyDecorators(IsOptional(), IsEnum(VisitChannel, { message: `${label}应为电话、视频或上门` }));

@InputType({ description: '修改回访政策：只填要改的字段' })
export class UpdateFollowUpPolicyInput {
  @Field(() => Int, { nullable: true, description: '第一次回访：上岗后第几天（1-60）' })
  @Between('第一次回访天数', 1, 60)
  firstVisitDay?: number;

  @Field(() => VisitChannel, { nullable: true, description: '第一次回访方式' })
  @Channel('第一次回访方式')
  firstVisitChannel?: VisitChannel;

  @Field(() => Int, { nullable: true, description: '第二次回访：上岗后第几天（2-90，须晚于第一次）' })
  @Between('第二次回访天数', 2, 90)
  secondVisitDay?: number;

  @Field(() => VisitChannel, { nullable: true, description: '第二次回访方式' })
  @Channel('第二次回访方式')
  secondVisitChannel?: VisitChannel;

  @Field(() => Int, { nullable: true, description: '每月回访直到第几个月（1-24）' })
  @Between('每月回访的月数', 1, 24)
  monthlyUntilMonth?: number;

  @Field(() => Int, { nullable: true, description: '此后每几个月回访一次（1-12）' })
  @Between('此后回访间隔月数', 1, 12)
  laterEveryMonths?: number;

  @Field(() => Int, { nullable: true, description: '提前安排多少个月的回访（3-60）' })
  @Between('提前安排的月数', 3, 60)
  horizonMonths?: number;

  @Field(() => Int, { nullable: true, description: '到期前几天提醒（1-7）' })
  @Between('提前提醒天数', 1, 7)
  reminderDaysBefore?: number;

  @Field(() => Int, { nullable: true, description: '到期后几天上报逾期（1-30）' })
  @Between('逾期上报天数', 1, 30)
  escalateDaysAfterDue?: number;

  @Field(() => Int, { nullable: true, description: '连续几次未联系上即上报（1-10）' })
  @Between('未联系上次数', 1, 10)
  notReachedEscalateAt?: number;
}

@InputType({ description: '修改维权案件时限：只填要改的字段' })
export class UpdateRightsCasePolicyInput {
  @Field(() => Int, { nullable: true, description: '登记后几小时内须受理（1-168）' })
  @Between('受理时限小时数', 1, 168)
  acceptWithinHours?: number;

  @Field(() => Int, { nullable: true, description: '登记后几天内须办结（1-365）' })
  @Between('办结时限天数', 1, 365)
  resolveWithinDays?: number;
}
