import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM stops the relay and lets running jobs finish before the process exits.
  app.enableShutdownHooks();
  const config = app.get<AppConfig>(APP_CONFIG);
  // The only HTTP the worker serves is its health check.
  await app.listen(config.WORKER_HEALTH_PORT, '0.0.0.0');
  app.get(Logger).log(`CareBridge worker running; health on http://127.0.0.1:${config.WORKER_HEALTH_PORT}/health`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
