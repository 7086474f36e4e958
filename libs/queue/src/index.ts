export * from './queues';
export * from './outbox.service';
export * from './redis-connection';
export * from './queue.module';
