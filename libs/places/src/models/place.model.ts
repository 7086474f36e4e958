import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Province', { description: '省级行政区（GB/T 2260）' })
export class ProvinceModel {
  @Field({ description: '省级行政区划代码，如 140000' })
  code!: string;

  @Field({ description: '名称，如“山西省”' })
  name!: string;
}

@ObjectType('City', { description: '地级行政区（含省直辖的县级市）' })
export class CityModel {
  @Field({ description: '行政区划代码，如 141100' })
  code!: string;

  @Field({ description: '名称，如“吕梁市”' })
  name!: string;

  @Field({ description: '所属省级行政区代码' })
  provinceCode!: string;
}
