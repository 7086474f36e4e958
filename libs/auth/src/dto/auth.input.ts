import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Role } from '@carebridge/db';
import { IsAcceptablePassword } from '../password-policy';

@InputType({ description: '新建工作人员或学员账号' })
export class CreateUserInput {
  @Field({ nullable: true, description: '登录名（工作人员必填，学员账号以手机号登录可不填）' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.@-]{3,64}$/, { message: '登录名应为3-64位字母、数字或 _ . @ -' })
  account?: string;

  @Field({ description: '初始密码' })
  @IsAcceptablePassword()
  password!: string;

  @Field({ description: '显示名称' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
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

  @Field({ nullable: true, description: '服务站（角色为服务站工作人员时必填）' })
  @IsOptional()
  @IsUUID('all', { message: 'stationId 格式无效' })
  stationId?: string;

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

/** A refresh token as login handed it out: 32 random bytes in base64url (43 characters). */
const REFRESH_TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

@ArgsType()
export class RefreshTokenArgs {
  @Field({ description: '登录或上次换取时得到的刷新令牌' })
  @IsString()
  @Matches(REFRESH_TOKEN_FORMAT, { message: '刷新令牌格式无效' })
  refreshToken!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field({ description: '当前密码' })
  @IsString()
  @Length(1, 72, { message: '请输入当前密码' })
  currentPassword!: string;

  @Field({ description: '新密码：8-72位，同时包含字母和数字，不能是常见密码' })
  @IsAcceptablePassword()
  newPassword!: string;
}
