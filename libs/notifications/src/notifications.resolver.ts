import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { MyNotificationsArgs } from './dto/my-notifications.args';
import { NotificationConnection, NotificationModel } from './models/notification.model';
import { NotificationsService } from './notifications.service';

/** Every signed-in user reads and marks her own notifications. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notificationsService: NotificationsService) {}

  @Query(() => NotificationConnection, { description: '我的通知，最新的在前' })
  myNotifications(@CurrentUser() user: AuthUser, @Args() args: MyNotificationsArgs) {
    return this.notificationsService.list(user, args);
  }

  @Query(() => Int, { description: '我的未读通知数' })
  myUnreadNotificationCount(@CurrentUser() user: AuthUser) {
    return this.notificationsService.unreadCount(user);
  }

  @Mutation(() => NotificationModel, { description: '把我的一条通知标为已读' })
  markNotificationRead(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.notificationsService.markRead(user, id);
  }
}
