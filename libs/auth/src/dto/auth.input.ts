import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Role } from '@carebridge/db';

export const PASSWORD_RULE = /^(?=.*[A-Za-z])(?=.*\d).{8,72}$/;
export const PASSWORD_MESSAGE = '密码长度应为8-72位，且同时包含字母和数字';

@InputType({ description: '新建工作人员或学员账号' })
export class CreateUserInput {
  @Field({ nullable: true, description: '登录名（工作人员必填，学员账号以手机号登录可不填）' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.@-]{3,64}$/, { message: '登录名应为3-64位字母、数字或 _ . @ -' })
  account?: string;

  @Field({ description: '初始密码' })
  @Matches(PASSWORD_RULE, { message: PASSWORD_MESSAGE })
  password!: string;

  @Field({ description: '显示名称' })
  @IsString()
  @IsNotEmpty({ message: '显示名称不能为空' })
  @MaxLength(50, { message: '显示名称最多50个字' })
  displayName!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: '角色无效' })
  role!: Role;

  @Field({ nullable: true, description: '培训基地（角色为培训基地工作人员时必填）' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId 格式无效' })
  schoolId?: string;

  @Field({ nullable: true, description: '用工单位（角色为用工单位工作人员时必填）' })
  @IsOptional()
  @IsUUID('all', { message: 'agencyId 格式无效' })
  agencyId?: string;

  @Field({ nullable: true, description: '学员（角色为学员时必填）' })
  @IsOptional()
  @IsUUID('all', { message: 'traineeId 格式无效' })
  traineeId?: string;
}

@ArgsType()
export class LoginArgs {
  @Field({ description: '登录名或学员手机号' })
  @IsString()
  @Length(1, 64, { message: '请输入登录名或手机号' })
  account!: string;

  @Field()
  @IsString()
  @Length(1, 72, { message: '请输入密码' })
  password!: string;
}
