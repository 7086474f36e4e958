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

  @Field(() => String, { nullable: true, description: '对应学员（学员账号）' })
  traineeId!: string | null;

  @Field({ description: '是否启用' })
  active!: boolean;

  @Field({ description: '创建时间' })
  createdAt!: Date;
}

@ObjectType({ description: '登录结果' })
export class AuthPayload {
  @Field({ description: '访问令牌（Bearer）' })
  accessToken!: string;

  @Field({ description: '令牌过期时间' })
  expiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
