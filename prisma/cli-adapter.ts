/**
 * Driver adapter for the Prisma CLI only (migrate, db push, db seed), never for the app.
 *
 * Works around two defects of @prisma/adapter-pg 6.19.3 that surface in the WebAssembly schema
 * engine (see shared STACK notes; upstream prisma/orm#27403). Remove when a fixed release ships.
 *  1. Catalog column types (`name`, `"char"`, `regclass`, …) cannot be deserialised: report them
 *     as text, and their arrays as text[].
 *  2. The shadow database connection reuses the main connection string (so migrations replay into
 *     the main database) and is dropped while its pool is still open.
 */
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const CATALOG_TEXT_OIDS = new Set([18, 19, 22, 24, 28, 30, 194, 2205, 2206]);
const CATALOG_ARRAY_OIDS = new Set([1002, 1003]);

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function reportCatalogTypesAsText(result: unknown): unknown {
  const fields = (result as QueryResultLike | undefined)?.fields;
  for (const field of fields ?? []) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    else if (CATALOG_ARRAY_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY_OID;
  }
  return result;
}

let patched = false;
function patchPgQuery(): void {
  if (patched) return;
  patched = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, res: unknown) => (last as (e: unknown, r: unknown) => void)(err, reportCatalogTypesAsText(res));
      return original.apply(this, args);
    }
    const out = original.apply(this, args);
    return out instanceof Promise ? out.then(reportCatalogTypesAsText) : out;
  };
}

function discreteConfig(connectionString: string, database?: string): pg.ClientConfig {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: database ?? url.pathname.replace(/^\//, ''),
  };
}

class CliPgAdapterFactory extends PrismaPg {
  constructor(private readonly connectionString: string) {
    super({ connectionString });
  }

  override async connectToShadowDb() {
    const shadowName = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client(discreteConfig(this.connectionString));
    await admin.connect();
    await admin.query(`CREATE DATABASE "${shadowName}"`);
    await admin.end();

    const adapter = await new PrismaPg(discreteConfig(this.connectionString, shadowName)).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const dropper = new pg.Client(discreteConfig(this.connectionString));
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  }
}

export function createCliAdapterFactory(connectionString: string) {
  patchPgQuery();
  return new CliPgAdapterFactory(connectionString);
}
