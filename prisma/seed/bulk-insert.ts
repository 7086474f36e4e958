import type { Prisma } from '@carebridge/db';

/** Rows per INSERT: each column is one array parameter, so this bounds memory, not parameters. */
const ROWS_PER_STATEMENT = 20_000;

interface ColumnType {
  /** Type of the array parameter that carries the column. */
  parameter: string;
  /** Cast of the unnested value into the column's type, when the parameter cannot carry it. */
  cast: string | null;
  /** A json/jsonb column: the value travels as its JSON text. */
  json: boolean;
}

/**
 * Inserts many rows with a few statements: every column travels as one array parameter and
 * `unnest` turns the arrays back into rows. Prisma's createMany does per-row work in JavaScript
 * that takes ~15 s of CPU for the demo's ~120,000 rows; this takes well under one.
 *
 * Row fields are Prisma's (camelCase); columns follow the schema's @map convention (snake_case)
 * and are checked against the table, so a renamed field fails loudly instead of being skipped.
 */
export async function bulkInsert(tx: Prisma.TransactionClient, table: string, rows: ReadonlyArray<object>): Promise<void> {
  if (rows.length === 0) return;
  const types = await columnTypes(tx, table);
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columns = fields.map((field) => {
    const column = field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    const type = types.get(column);
    if (!type) throw new Error(`Seed: table "${table}" has no column "${column}" for field "${field}"`);
    return { field, column, type };
  });
  const sql = `INSERT INTO "${table}" (${columns.map(({ column }) => `"${column}"`).join(', ')})
    SELECT ${columns.map(({ type }, i) => `c${i}${type.cast ? `::${type.cast}` : ''}`).join(', ')}
    FROM unnest(${columns.map(({ type }, i) => `$${i + 1}::${type.parameter}[]`).join(', ')}) AS t(${columns.map((_, i) => `c${i}`).join(', ')})`;

  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT) as ReadonlyArray<Record<string, unknown>>;
    await tx.$executeRawUnsafe(sql, ...columns.map(({ field, type }) => chunk.map((row) => toParameter(row[field], type))));
  }
}

async function columnTypes(tx: Prisma.TransactionClient, table: string): Promise<Map<string, ColumnType>> {
  // Catalog names are cast to text: the pg adapter cannot read the `name` type.
  const rows = await tx.$queryRaw<{ column: string; dataType: string; udt: string }[]>`
    SELECT column_name::text AS "column", data_type::text AS "dataType", udt_name::text AS udt
    FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`;
  return new Map(rows.map(({ column, dataType, udt }) => [column, columnType(dataType, udt)]));
}

function columnType(dataType: string, udt: string): ColumnType {
  // An array column travels as its text form ('{a,b}'): unnest would flatten an array of arrays.
  if (dataType === 'ARRAY') return { parameter: 'text', cast: `"${udt.slice(1)}"[]`, json: false };
  return { parameter: dataType === 'USER-DEFINED' ? `"${udt}"` : udt, cast: null, json: udt === 'json' || udt === 'jsonb' };
}

function toParameter(value: unknown, type: ColumnType): unknown {
  if (value === undefined || value === null) return null;
  if (type.json) return JSON.stringify(value);
  if (value instanceof Date) return type.parameter === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (Array.isArray(value)) return `{${value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  return value;
}
