import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { configureHttp } from '@carebridge/common';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const config = app.get<AppConfig>(APP_CONFIG);
  configureHttp(app, config);
  await app.listen(config.API_PORT, '0.0.0.0');
  app.get(Logger).log(`CareBridge API on http://127.0.0.1:${config.API_PORT}/graphql`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
