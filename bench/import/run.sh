#!/usr/bin/env bash
# Runs the roster-import benchmark against a database of its own, created here and removed
# afterwards: bash bench/import/run.sh  (BENCH_ROWS=10000 for a quick run).
set -euo pipefail
cd "$(dirname "$0")/../.."

PG=${BENCH_PG_URL:-postgresql://postgres@127.0.0.1:5432}
DB=carebridge_bench_import
ROSTER=$(mktemp --suffix=.xlsx)
export DATABASE_URL="$PG/$DB" SWC_NODE_PROJECT=tsconfig.json LOG_LEVEL=warn

cleanup() {
  psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
  rm -f "$ROSTER"
}
trap cleanup EXIT

psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
psql "$PG/postgres" -qc "CREATE DATABASE $DB" >/dev/null
npx prisma migrate deploy >/dev/null 2>&1
node -r @swc-node/register bench/import/generate-roster.ts "$ROSTER"
node -r @swc-node/register bench/import/import.bench.ts "$ROSTER"
