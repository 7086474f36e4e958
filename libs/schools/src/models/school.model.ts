import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProcurementMethod, SchoolOwnership } from '@carebridge/db';

@ObjectType('School', { description: '培训基地' })
export class SchoolModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field(() => SchoolOwnership, { description: '公办或民办' })
  ownership!: SchoolOwnership;

  @Field(() => ProcurementMethod, { description: '遴选方式' })
  procurementMethod!: ProcurementMethod;

  @Field({ description: '所在县(市、区)代码' })
  countyCode!: string;

  @Field({ description: '地址' })
  address!: string;

  @Field({ description: '联系人' })
  contactName!: string;

  @Field({ description: '联系电话' })
  contactPhone!: string;

  @Field({ description: '创建时间' })
  createdAt!: Date;
}
