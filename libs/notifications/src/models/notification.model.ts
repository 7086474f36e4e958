import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@carebridge/common';
import { NotificationKind } from '../notification-kind';

@ObjectType('Notification', { description: '站内通知' })
export class NotificationModel {
  @Field(() => ID, { description: '通知编号' })
  id!: string;

  @Field(() => NotificationKind, { description: '通知类别' })
  kind!: NotificationKind;

  @Field({ description: '标题' })
  title!: string;

  @Field({ description: '正文' })
  body!: string;

  @Field(() => Date, { nullable: true, description: '阅读时间；未读为空' })
  readAt!: Date | null;

  @Field({ description: '通知时间' })
  createdAt!: Date;
}

@ObjectType('NotificationConnection', { description: '站内通知（分页）' })
export class NotificationConnection extends ConnectionType(NotificationModel) {}
