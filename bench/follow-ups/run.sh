#!/usr/bin/env bash
# Runs the follow-up benchmark against a database and queue prefix of its own, created here and
# removed afterwards: bash bench/follow-ups/run.sh  (BENCH_PLACEMENTS=10000 for a quick run).
set -euo pipefail
cd "$(dirname "$0")/../.."

PG=${BENCH_PG_URL:-postgresql://postgres@127.0.0.1:5432}
DB=carebridge_bench_followups
export DATABASE_URL="$PG/$DB" QUEUE_PREFIX=carebridge-bench-followups SWC_NODE_PROJECT=tsconfig.json LOG_LEVEL=warn

cleanup() {
  psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
  redis-cli --scan --pattern "$QUEUE_PREFIX:*" | xargs -r -n 1000 redis-cli del >/dev/null
}
trap cleanup EXIT

psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
createdb -h "$(echo "$PG" | sed -E 's#.*@([^:/]+).*#\1#')" -U postgres "$DB"
npx prisma migrate deploy >/dev/null
node -r @swc-node/register bench/follow-ups/follow-ups.bench.ts
