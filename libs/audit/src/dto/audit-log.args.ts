import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { AuditKind } from '@carebridge/common';

export const AUDIT_PAGE_MAX = 200;

@InputType({ description: '审计日志筛选条件（各条件同时满足）' })
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true, description: '操作人账号 id' })
  @IsOptional()
  @IsUUID('all', { message: '操作人 id 格式无效' })
  actorUserId?: string;

  @Field({ nullable: true, description: `类别：${Object.values(AuditKind).join('、')}` })
  @IsOptional()
  @IsIn(Object.values(AuditKind), { message: '审计类别无效' })
  kind?: string;

  @Field({ nullable: true, description: '操作名称，如 registerTrainee、login、POST /imports/trainees' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9 /_.-]{1,100}$/, { message: '操作名称格式无效' })
  action?: string;

  @Field({ nullable: true, description: '起始时间（含）' })
  @IsOptional()
  @IsDate({ message: '起始时间无效' })
  from?: Date;

  @Field({ nullable: true, description: '截止时间（不含）' })
  @IsOptional()
  @IsDate({ message: '截止时间无效' })
  to?: Date;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditLogFilterInput, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilterInput)
  filter?: AuditLogFilterInput;

  @Field(() => Int, { nullable: true, description: `本页条数（1-${AUDIT_PAGE_MAX}，默认50）` })
  @IsOptional()
  @Min(1, { message: 'first 至少为1' })
  @Max(AUDIT_PAGE_MAX, { message: `first 最多为${AUDIT_PAGE_MAX}` })
  first?: number;

  @Field({ nullable: true, description: '上一页最后一条的游标' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: '分页游标无效' })
  after?: string;
}
