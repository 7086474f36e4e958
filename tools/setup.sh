#!/usr/bin/env bash
# `npm run setup` (and the first half of `npm start`): install from the lock file when
# node_modules does not match it, regenerate the Prisma client when the schema changed, create
# the database if it is missing, apply migrations, seed the demo data (skipped once seeded).
# Safe to run every time: each step does nothing when there is nothing to do.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund # its postinstall generates the Prisma client
elif [ ! -f libs/db/src/generated/prisma/client.ts ] || [ prisma/schema.prisma -nt libs/db/src/generated/prisma/client.ts ]; then
  echo "== prisma generate"
  npx prisma generate
fi

echo "== database"
npm run --silent db:create
npx prisma migrate deploy
npx prisma db seed
