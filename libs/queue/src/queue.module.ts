import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { OutboxService } from './outbox.service';
import { QueueName } from './queues';
import { defaultJobOptions } from './queues';
import { redisConnection } from './redis-connection';

const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));

/** BullMQ on the configured Redis, every queue registered, and the outbox writer. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisConnection(config.REDIS_URL),
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: defaultJobOptions(),
      }),
    }),
    ...queues,
  ],
  providers: [OutboxService],
  exports: [OutboxService, ...queues],
})
export class QueueModule {}
