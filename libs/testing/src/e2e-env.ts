// E2E tests run against the test database and a queue prefix of their own, never the demo's.
process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/carebridge_test';
process.env.QUEUE_PREFIX = process.env.TEST_QUEUE_PREFIX ?? 'carebridge-test';
process.env.OUTBOX_POLL_INTERVAL_MS = '50';
process.env.LOG_LEVEL = 'warn';
// Suites send hundreds of calls from one address in seconds: rate limits are tested on their own.
process.env.RATE_LIMIT_API_LIMIT = '1000000';
process.env.RATE_LIMIT_PUBLIC_LIMIT = '1000000';
