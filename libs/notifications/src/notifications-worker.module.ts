import { Module } from '@nestjs/common';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationsProcessor } from './notifications.processor';
import { smsSenderProvider } from './sms/sms-sender.provider';

/** The worker's side of notifications: the `notifications` queue's processor and the SMS sender. */
@Module({ providers: [NotificationsProcessor, NotificationDelivery, smsSenderProvider], exports: [NotificationDelivery] })
export class NotificationsWorkerModule {}
