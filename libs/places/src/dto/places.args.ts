import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';

export const DIVISION_CODE_RULE = /^\d{6}$/;

@ArgsType()
export class CitiesArgs {
  @Field({ description: '省级行政区划代码，如 140000（山西省）' })
  @Matches(DIVISION_CODE_RULE, { message: '省份代码应为6位数字，如 140000' })
  provinceCode!: string;
}
