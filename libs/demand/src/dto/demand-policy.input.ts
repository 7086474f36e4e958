import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MoneyScalar } from '@carebridge/common';

@InputType({ description: '修改用工需求政策：只需填写要改的项' })
export class UpdateDemandPolicyInput {
  @Field(() => Int, { nullable: true, description: '过期宽限天数（0-365）' })
  @IsOptional()
  @IsInt({ message: '过期宽限天数应为整数' })
  @Min(0, { message: '过期宽限天数应在0-365之间' })
  @Max(365, { message: '过期宽限天数应在0-365之间' })
  expiryGraceDays?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '允许发布的最低月薪（元，大于0）' })
  @IsOptional()
  @IsInt({ message: '最低月薪格式无效' })
  @Min(1, { message: '最低月薪应大于0' })
  minMonthlyWage?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '允许发布的最高月薪（元，不低于最低月薪）' })
  @IsOptional()
  @IsInt({ message: '最高月薪格式无效' })
  @Min(1, { message: '最高月薪应大于0' })
  maxMonthlyWage?: number | null;
}
