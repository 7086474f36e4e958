/**
 * Creates the database named in DATABASE_URL when its server does not have it yet, because
 * `prisma migrate deploy` refuses to. Part of `npm run setup`.
 */
import pg from 'pg';
import { loadConfig } from '@carebridge/config';

const INVALID_CATALOG_NAME = '3D000';

async function connect(url: URL): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

async function main(): Promise<void> {
  const target = new URL(loadConfig().DATABASE_URL);
  const name = decodeURIComponent(target.pathname.slice(1));
  try {
    await (await connect(target)).end();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== INVALID_CATALOG_NAME) {
      throw new Error(`Cannot reach PostgreSQL at ${target.host} (${(error as Error).message}). Start it, or point DATABASE_URL at a running server.`, {
        cause: error,
      });
    }
  }
  // The server's maintenance database: where CREATE DATABASE can be run from.
  const maintenance = new URL(target);
  maintenance.pathname = '/postgres';
  const admin = await connect(maintenance);
  try {
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    console.log(`Created database "${name}" on ${target.host}`);
  } finally {
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
