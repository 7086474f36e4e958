import { Field, InputType, PartialType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsLvliangCounty } from '@carebridge/common';
import { ProcurementMethod, SchoolOwnership } from '@carebridge/db';

@InputType({ description: '培训基地信息' })
export class CreateSchoolInput {
  @Field({ description: '名称' })
  @IsString()
  @IsNotEmpty({ message: '培训基地名称不能为空' })
  @MaxLength(100, { message: '培训基地名称最多100个字' })
  name!: string;

  @Field(() => SchoolOwnership)
  @IsEnum(SchoolOwnership, { message: '培训基地性质应为公办或民办' })
  ownership!: SchoolOwnership;

  @Field(() => ProcurementMethod)
  @IsEnum(ProcurementMethod, { message: '遴选方式应为公开招标或竞争性磋商' })
  procurementMethod!: ProcurementMethod;

  @Field({ description: '所在县(市、区)代码，如 141102' })
  @IsLvliangCounty()
  countyCode!: string;

  @Field({ description: '地址' })
  @IsString()
  @IsNotEmpty({ message: '地址不能为空' })
  @MaxLength(200, { message: '地址最多200个字' })
  address!: string;

  @Field({ description: '联系人' })
  @IsString()
  @IsNotEmpty({ message: '联系人不能为空' })
  @MaxLength(50, { message: '联系人最多50个字' })
  contactName!: string;

  @Field({ description: '联系电话（手机或带区号的座机）' })
  @Matches(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: '联系电话应为手机号或带区号的座机号码' })
  contactPhone!: string;
}

@InputType({ description: '修改培训基地：只需填写要改的字段' })
export class UpdateSchoolInput extends PartialType(CreateSchoolInput) {}
