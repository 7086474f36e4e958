import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createCliAdapterFactory } from './prisma/cli-adapter';

const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/carebridge';
// schema.prisma reads env("DATABASE_URL"); when it is unset the CLI falls back to downloading a
// query engine (impossible offline), so `prisma generate` in postinstall needs a value.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
// The seed command runs TypeScript through swc-node, which takes the path aliases from tsconfig.json.
process.env.SWC_NODE_PROJECT ??= 'tsconfig.json';

// The WebAssembly schema engine ("js") needs no binary download; see prisma/cli-adapter.ts.
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: {
    path: path.join('prisma', 'migrations'),
    seed: 'node -r @swc-node/register prisma/seed.ts',
  },
  engine: 'js',
  experimental: { adapter: true },
  adapter: async () => createCliAdapterFactory(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL),
});
