export * from './queues';
export * from './outbox.service';
export * from './redis-connection';
export * from './queue.module';
export * from './job-processor';
export * from './job-workers';
export * from './outbox-relay';
export * from './queue-worker.module';
