import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@carebridge/config';

/** Argument names whose values are personal data or secrets, wherever they appear. */
const SENSITIVE_NAMES = ['password', 'currentPassword', 'newPassword', 'refreshToken', 'accessToken', 'residentId', 'phone', 'contactPhone', 'caregiverPhone'];

/**
 * What pino replaces with [Redacted]: credentials in headers; GraphQL variables, whole, wherever a
 * request is logged (GET carries them in the query string); and any field named like personal
 * data or a secret, up to three levels deep into a logged object (pino paths match one level per *).
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.query.variables',
  'req.body.variables',
  'variables',
  '*.variables',
  ...SENSITIVE_NAMES.flatMap((name) => [name, `*.${name}`, `*.*.${name}`, `*.*.*.${name}`]),
];

/** Structured JSON logs for the API and the worker alike; tokens, cookies and personal data never reach them. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: REDACT_PATHS,
      autoLogging: config.NODE_ENV !== 'test',
    },
  };
}
