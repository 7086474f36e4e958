import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '@carebridge/common';

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field({ nullable: true, description: '只看未读的通知' })
  @IsOptional()
  @IsBoolean({ message: 'unreadOnly 应为是或否' })
  unreadOnly?: boolean;
}
