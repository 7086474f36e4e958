import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** The API's side of notifications: reading and marking one's own. */
@Module({ providers: [NotificationsService, NotificationsResolver] })
export class NotificationsModule {}
