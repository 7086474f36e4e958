import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@carebridge/common';

@ObjectType('ReportsFreshness', {
  description: '统计汇总数据的新旧：工作进程每10分钟重建一次（管理员可用 refreshReports 立即重建），报表数字最多滞后一个周期加一次重建的时间',
})
export class ReportFreshnessModel {
  @Field(() => LocalDateScalar, { description: '统计日期：与“今天”有关的数字（回访覆盖、稳岗、在岗工资估算）按此日期计算' })
  asOf!: string;

  @Field({ description: '重建完成时间' })
  refreshedAt!: Date;

  @Field(() => Int, { description: '重建耗时（毫秒）' })
  durationMs!: number;
}
