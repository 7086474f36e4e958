import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DIVISION_CODE_RULE } from '@carebridge/places';

/** A mobile number, or a landline with its area code (0358-8221234, 010-62345678). */
const STATION_PHONE_RULE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@InputType({ description: '服务站覆盖的地区：一个省级行政区（不填城市代码：全省），或其中一个城市' })
export class CoverageAreaInput {
  @Field({ description: '省级行政区代码，如 370000' })
  @Matches(DIVISION_CODE_RULE, { message: '省份代码应为6位数字，如 370000' })
  provinceCode!: string;

  @Field(() => String, { nullable: true, description: '城市代码（须属于该省份）；不填表示覆盖全省' })
  @IsOptional()
  @Matches(DIVISION_CODE_RULE, { message: '城市代码应为6位数字，如 370200' })
  cityCode?: string | null;
}

@InputType({ description: '新建服务站' })
export class CreateServiceStationInput {
  @Field({ description: '名称，如“吕梁山护工北京服务站”' })
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: '服务站名称不能为空' })
  @MaxLength(100, { message: '服务站名称最多100个字' })
  name!: string;

  @Field({ description: '所在城市代码，如 110100' })
  @Matches(DIVISION_CODE_RULE, { message: '所在城市代码应为6位数字，如 110100' })
  cityCode!: string;

  @Field({ description: '地址' })
  @Trimmed()
  @IsString()
  @IsNotEmpty({ message: '地址不能为空' })
  @MaxLength(200, { message: '地址最多200个字' })
  address!: string;

  @Field({ description: '联系电话（手机号，或带区号的座机如 010-62345678）' })
  @Trimmed()
  @Matches(STATION_PHONE_RULE, { message: '联系电话应为11位手机号，或带区号的座机号码（如 010-62345678）' })
  phone!: string;

  @Field({ defaultValue: false, description: '是否为吕梁山护工服务中心（只能有一个；覆盖其他服务站未覆盖的全部地区，只做电话和视频回访）' })
  @IsBoolean({ message: '是否为服务中心应为 true 或 false' })
  isHomeCentre!: boolean;

  @Field(() => [CoverageAreaInput], { defaultValue: [], description: '覆盖的省份和城市（服务中心不填）' })
  @IsArray({ message: '覆盖地区应为列表' })
  @ArrayMaxSize(100, { message: '覆盖地区最多100个' })
  @ValidateNested({ each: true })
  @Type(() => CoverageAreaInput)
  coverage!: CoverageAreaInput[];
}

@InputType({ description: '修改服务站：只填要改的字段；填写覆盖地区时以新列表替换原列表' })
export class UpdateServiceStationInput extends PartialType(OmitType(CreateServiceStationInput, ['isHomeCentre', 'coverage'] as const)) {
  // Declared again: the inherited field would default to an empty list and wipe the coverage.
  @Field(() => [CoverageAreaInput], { nullable: true, description: '覆盖的省份和城市（替换原列表；服务中心不填）' })
  @IsOptional()
  @IsArray({ message: '覆盖地区应为列表' })
  @ArrayMaxSize(100, { message: '覆盖地区最多100个' })
  @ValidateNested({ each: true })
  @Type(() => CoverageAreaInput)
  coverage?: CoverageAreaInput[];
}

@ArgsType()
export class UpdateServiceStationArgs {
  @Field(() => ID, { description: '服务站 id' })
  @IsUUID('all', { message: '服务站 id 格式无效' })
  id!: string;

  @Field(() => UpdateServiceStationInput)
  @ValidateNested()
  @Type(() => UpdateServiceStationInput)
  input!: UpdateServiceStationInput;
}
