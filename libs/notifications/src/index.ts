export * from './notification-kind';
export * from './notifications.module';
export * from './notifications-worker.module';
export * from './notification-delivery.service';
export * from './notifications.processor';
export * from './sms/sms-sender';
export * from './models/notification.model';
