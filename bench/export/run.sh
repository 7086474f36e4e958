#!/usr/bin/env bash
# Runs the xlsx-export benchmark against a database of its own, created here and removed
# afterwards: bash bench/export/run.sh  (BENCH_TRAINEES=100000 for a quick run).
set -euo pipefail
cd "$(dirname "$0")/../.."

PG=${BENCH_PG_URL:-postgresql://postgres@127.0.0.1:5432}
DB=carebridge_bench_export
OUT=$(mktemp --suffix=.xlsx)
export DATABASE_URL="$PG/$DB" QUEUE_PREFIX=carebridge-bench-export SWC_NODE_PROJECT=tsconfig.json LOG_LEVEL=warn BENCH_OUT="$OUT"

cleanup() {
  psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
  redis-cli --scan --pattern "$QUEUE_PREFIX:*" | xargs -r -n 1000 redis-cli del >/dev/null
  rm -f "$OUT"
}
trap cleanup EXIT

psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
psql "$PG/postgres" -qc "CREATE DATABASE $DB" >/dev/null
npx prisma migrate deploy >/dev/null 2>&1
node -r @swc-node/register bench/export/export.bench.ts
