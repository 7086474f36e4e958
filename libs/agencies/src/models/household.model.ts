import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@carebridge/common';

/** A household as the API shows it: the contact's phone is resolved masked, never in clear. */
@ObjectType('Household', { description: '家庭用工（家庭直接雇用护工）' })
export class HouseholdModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '联系人姓名' })
  contactName!: string;

  @Field({ description: '所在省级行政区代码' })
  provinceCode!: string;

  @Field({ description: '所在城市代码' })
  cityCode!: string;

  @Field(() => String, { nullable: true, description: '地址' })
  address!: string | null;

  @Field({ description: '被照护人的照护需求' })
  careRecipientNeeds!: string;

  @Field({ description: '登记时间' })
  createdAt!: Date;
}

@ObjectType('HouseholdConnection', { description: '家庭用工分页列表' })
export class HouseholdConnection extends ConnectionType(HouseholdModel) {}
