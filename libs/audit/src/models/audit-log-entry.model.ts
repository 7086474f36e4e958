import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@carebridge/common';
import { Role } from '@carebridge/db';

@ObjectType('AuditLogEntry', { description: '一条审计日志：谁、何时、做了什么、从哪里（只增不改）' })
export class AuditLogEntryModel {
  @Field(() => ID, { description: '日志序号' })
  id!: string;

  @Field({ description: '时间' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: '操作人账号 id（未登录时为空）' })
  actorUserId!: string | null;

  @Field(() => Role, { nullable: true, description: '操作人角色' })
  actorRole!: Role | null;

  @Field({ description: '操作：GraphQL 操作名或 REST 路由' })
  action!: string;

  @Field({ description: '类别：MUTATION、UNMASKED_READ、LOGIN、LOGIN_FAILED、HTTP' })
  kind!: string;

  @Field(() => String, { nullable: true, description: '操作对象，如 Trainee:<id>' })
  target!: string | null;

  @Field({ description: '是否成功' })
  succeeded!: boolean;

  @Field(() => String, { nullable: true, description: '来源 IP' })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: '客户端（User-Agent）' })
  userAgent!: string | null;

  @Field(() => String, { nullable: true, description: '细节（JSON）：参数名、涉及的 id、错误代码或查看理由，不含个人信息' })
  details!: string | null;
}

@ObjectType('AuditLogConnection', { description: '审计日志的一页（新的在前）' })
export class AuditLogConnection {
  @Field(() => [AuditLogEntryModel], { description: '本页数据' })
  nodes!: AuditLogEntryModel[];

  @Field(() => PageInfo, { description: '分页信息' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: '符合条件的总数' })
  totalCount!: number;
}
