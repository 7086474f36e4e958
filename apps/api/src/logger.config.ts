import { Params } from 'nestjs-pino';
import { AppConfig } from '@carebridge/config';

/** Structured JSON logs; tokens and cookies never reach them. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: config.NODE_ENV !== 'test',
    },
  };
}
