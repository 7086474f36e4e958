import { z } from 'zod';

const DEV_PII_KEY = 'dev1:ZGV2LW9ubHktcGlpLWVuY3J5cHRpb24ta2V5LTMyYnk=';
const DEV_PII_HMAC_KEY = 'ZGV2LW9ubHktcGlpLWhtYWMta2V5LW5vdC1mb3ItcHJvZA==';

const port = z.coerce.number().int().min(1).max(65535);

/** Every setting the API and the worker read, validated once at start-up. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z
      .string()
      .url('must be a postgresql:// URL')
      .default('postgresql://postgres@127.0.0.1:5432/carebridge'),
    REDIS_URL: z.string().url('must be a redis:// URL').default('redis://127.0.0.1:6379'),
    /** Prefix of every BullMQ key, so several environments can share one Redis. */
    QUEUE_PREFIX: z.string().min(1).default('carebridge'),
    API_PORT: port.default(3000),
    WORKER_HEALTH_PORT: port.default(3001),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default('dev-only-jwt-secret-change-me-in-production'),
    /** Lifetime of an access token; short, because only refresh tokens can be revoked one by one. */
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).optional(),
    /** Older name of ACCESS_TOKEN_TTL_SECONDS, still read when the new one is unset. */
    JWT_EXPIRES_IN_SECONDS: z.coerce.number().int().min(60).max(86_400).optional(),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** Failed logins in a row that lock an account, and for how long. */
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    /** Requests per caller (user when signed in, IP otherwise) to the whole API, per window. */
    RATE_LIMIT_API_LIMIT: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_API_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    /** Calls per IP of each public entry point (login, registration, certificate check), per window. */
    RATE_LIMIT_PUBLIC_LIMIT: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_PUBLIC_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    /** GraphQL limits: nesting depth, cost (lists count by page size), aliases per operation. */
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(10_000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
    /** Largest JSON request body accepted (GraphQL operations and their variables). */
    HTTP_JSON_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    /** Comma-separated `keyId:base64key` (32-byte keys); the first encrypts, all decrypt (rotation). */
    PII_ENCRYPTION_KEYS: z.string().default(DEV_PII_KEY),
    /** Base64 key of the HMAC that indexes resident IDs and phones. */
    PII_HMAC_KEY: z.string().min(24).default(DEV_PII_HMAC_KEY),
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
    /** `log` records each SMS in the database and the log; `http` posts it to SMS_GATEWAY_URL. */
    SMS_SENDER: z.enum(['log', 'http']).default('log'),
    SMS_GATEWAY_URL: z.string().url().optional(),
    SMS_GATEWAY_TOKEN: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      if (env.PII_ENCRYPTION_KEYS === DEV_PII_KEY) {
        ctx.addIssue({ code: 'custom', path: ['PII_ENCRYPTION_KEYS'], message: 'must be set in production' });
      }
      if (env.PII_HMAC_KEY === DEV_PII_HMAC_KEY) {
        ctx.addIssue({ code: 'custom', path: ['PII_HMAC_KEY'], message: 'must be set in production' });
      }
      if (env.JWT_SECRET.startsWith('dev-only')) {
        ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set in production' });
      }
    }
    if (env.SMS_SENDER === 'http' && !env.SMS_GATEWAY_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMS_GATEWAY_URL'], message: 'is required when SMS_SENDER=http' });
    }
    for (const entry of env.PII_ENCRYPTION_KEYS.split(',')) {
      const [keyId, key] = entry.split(':');
      if (!keyId || !key || Buffer.from(key, 'base64').length !== 32) {
        ctx.addIssue({
          code: 'custom',
          path: ['PII_ENCRYPTION_KEYS'],
          message: `entry "${keyId ?? ''}" must be keyId:base64 of a 32-byte key`,
        });
      }
    }
  });

const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 900;

/** The validated settings, with the access-token lifetime resolved from its two names. */
export type AppConfig = Omit<z.infer<typeof configSchema>, 'ACCESS_TOKEN_TTL_SECONDS' | 'JWT_EXPIRES_IN_SECONDS'> & {
  ACCESS_TOKEN_TTL_SECONDS: number;
};

/** Parses the environment; throws one error listing every missing or bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const { ACCESS_TOKEN_TTL_SECONDS, JWT_EXPIRES_IN_SECONDS, ...rest } = result.data;
  return { ...rest, ACCESS_TOKEN_TTL_SECONDS: ACCESS_TOKEN_TTL_SECONDS ?? JWT_EXPIRES_IN_SECONDS ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS };
}
