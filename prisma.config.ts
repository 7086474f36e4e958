import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createCliAdapterFactory } from './prisma/cli-adapter';

// The WebAssembly schema engine ("js") needs no binary download; see prisma/cli-adapter.ts.
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: {
    path: path.join('prisma', 'migrations'),
    seed: 'node -r @swc-node/register prisma/seed.ts',
  },
  engine: 'js',
  experimental: { adapter: true },
  adapter: async () => createCliAdapterFactory(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/carebridge'),
});
