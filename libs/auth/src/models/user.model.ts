import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@carebridge/db';

@ObjectType('User', { description: '平台账号' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: '登录名（工作人员账号）；学员账号用手机号登录' })
  account!: string | null;

  @Field({ description: '显示名称' })
  displayName!: string;

  @Field(() => Role, { description: '角色' })
  role!: Role;

  @Field(() => String, { nullable: true, description: '所属培训基地（培训基地工作人员）' })
  schoolId!: string | null;

  @Field(() => String, { nullable: true, description: '所属用工单位（用工单位工作人员）' })
  agencyId!: string | null;

  @Field(() => String, { nullable: true, description: '所属服务站（服务站工作人员）' })
  stationId!: string | null;

  @Field(() => String, { nullable: true, description: '对应学员（学员账号）' })
  traineeId!: string | null;

  @Field({ description: '是否启用' })
  active!: boolean;

  @Field({ description: '创建时间' })
  createdAt!: Date;
}

@ObjectType({ description: '一对令牌：访问令牌（短期）和刷新令牌（长期，每次使用后更换）' })
export class TokenPair {
  @Field({ description: '访问令牌（Bearer），有效期短（默认15分钟）' })
  accessToken!: string;

  @Field({ description: '访问令牌的过期时间' })
  expiresAt!: Date;

  @Field({ description: '刷新令牌：访问令牌过期后用 refreshToken 换取新令牌（默认30天内有效，只能用一次）' })
  refreshToken!: string;
}

@ObjectType({ description: '登录结果' })
export class AuthPayload extends TokenPair {
  @Field(() => UserModel, { description: '登录的账号' })
  user!: UserModel;
}
