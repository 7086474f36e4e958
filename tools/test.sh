#!/usr/bin/env bash
# The one test command (npm test): type-check, lint, unit tests, then API/worker tests against a
# throw-away database of their own (never the demo one) and a queue prefix of their own.
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST_URL=${TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432}
TEST_DB=${TEST_DB_NAME:-carebridge_test_$$}
export TEST_DATABASE_URL="$PGHOST_URL/$TEST_DB"
export TEST_QUEUE_PREFIX="carebridge-test-$$"
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false

cleanup() {
  psql "$PGHOST_URL/postgres" -qc "DROP DATABASE IF EXISTS \"$TEST_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  # The queues' keys under the run's own prefix (suites add their own suffixes to it).
  if command -v redis-cli >/dev/null; then
    redis-cli -u "${REDIS_URL:-redis://127.0.0.1:6379}" --scan --pattern "$TEST_QUEUE_PREFIX*" 2>/dev/null | xargs -r -n 500 redis-cli -u "${REDIS_URL:-redis://127.0.0.1:6379}" del >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

echo "== type-check"
npx tsc -p tsconfig.json --noEmit
echo "== lint"
npx eslint . --max-warnings=0
echo "== test database $TEST_DB"
psql "$PGHOST_URL/postgres" -qc "CREATE DATABASE \"$TEST_DB\"" >/dev/null
DATABASE_URL="$TEST_DATABASE_URL" npx prisma migrate deploy >/dev/null
echo "== tests"
npx jest --runInBand --ci "$@"
