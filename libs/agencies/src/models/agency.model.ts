import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@carebridge/common';
import { AgencyStatus } from '@carebridge/db';

registerEnumType(AgencyStatus, {
  name: 'AgencyStatus',
  description: '用工单位合作状态',
  valuesMap: { ACTIVE: { description: '合作中' }, SUSPENDED: { description: '暂停合作：不能发布用工需求，也不能安排上岗' } },
});

/**
 * An agency as the API shows it. Resolvers return the database row; the contact phone (sealed at
 * rest, masked for most callers), place names and agreements are resolved from it. Other domain
 * libraries add fields with `@Resolver(() => AgencyModel)`.
 */
@ObjectType('Agency', { description: '用工单位（家政公司）' })
export class AgencyModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '单位名称' })
  name!: string;

  @Field({ description: '统一社会信用代码' })
  creditCode!: string;

  @Field({ description: '所在省级行政区代码' })
  provinceCode!: string;

  @Field({ description: '所在城市代码' })
  cityCode!: string;

  @Field({ description: '地址' })
  address!: string;

  @Field({ description: '联系人' })
  contactName!: string;

  @Field(() => AgencyStatus, { description: '合作状态' })
  status!: AgencyStatus;

  @Field({ description: '登记时间' })
  createdAt!: Date;

  @Field({ description: '最后修改时间' })
  updatedAt!: Date;
}

@ObjectType('AgencyConnection', { description: '用工单位分页列表' })
export class AgencyConnection extends ConnectionType(AgencyModel) {}
