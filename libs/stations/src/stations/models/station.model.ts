import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('StationCoverage', { description: '服务站覆盖的一个地区' })
export class StationCoverageModel {
  @Field({ description: '省级行政区代码' })
  provinceCode!: string;

  @Field(() => String, { nullable: true, description: '城市代码（为空表示覆盖全省）' })
  cityCode!: string | null;
}

/** A station as the API shows it; place names and coverage are resolved from the row. */
@ObjectType('ServiceStation', { description: '服务站/服务部；服务中心覆盖其他服务站未覆盖的全部地区' })
export class ServiceStationModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field({ description: '所在城市代码' })
  cityCode!: string;

  @Field({ description: '地址' })
  address!: string;

  @Field({ description: '联系电话' })
  phone!: string;

  @Field({ description: '是否为吕梁山护工服务中心（只做电话和视频回访）' })
  isHomeCentre!: boolean;

  @Field({ description: '登记时间' })
  createdAt!: Date;

  @Field({ description: '最后修改时间' })
  updatedAt!: Date;
}
