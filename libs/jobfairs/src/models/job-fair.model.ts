import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@carebridge/common';
import { JobFairMode } from '@carebridge/db';

registerEnumType(JobFairMode, {
  name: 'JobFairMode',
  description: '招聘会形式',
  valuesMap: { ONLINE: { description: '线上' }, OFFLINE: { description: '线下' } },
});

/** A job fair as the API shows it. Resolvers return the database row; the city name and the counts are resolved from it. */
@ObjectType('JobFair', { description: '招聘会' })
export class JobFairModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '名称' })
  title!: string;

  @Field(() => JobFairMode, { description: '线上或线下' })
  mode!: JobFairMode;

  @Field(() => LocalDateScalar, { description: '举办日期（当天结束后不再接受报名）' })
  date!: Date;

  @Field(() => String, { nullable: true, description: '举办地点（线下招聘会）' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: '参会链接（线上招聘会）' })
  link!: string | null;

  @Field(() => String, { nullable: true, description: '举办城市代码' })
  cityCode!: string | null;

  @Field({ description: '创建时间' })
  createdAt!: Date;
}
