import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@carebridge/config';

/** Structured JSON logs for the API and the worker alike; tokens and cookies never reach them. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: config.NODE_ENV !== 'test',
    },
  };
}
