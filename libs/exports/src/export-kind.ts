import { AuthUser } from '@carebridge/auth';
import { Role } from '@carebridge/db';
import { CellValue } from './xlsx-stream';

/** Rows read from the database per round trip while exporting. */
export const EXPORT_BATCH_SIZE = 5_000;

/** What one download writes: its title (sheet and file name), the Chinese headers, the rows in batches. */
export interface ExportSource {
  title: string;
  headers: string[];
  rows: AsyncIterable<CellValue[][]>;
}

/**
 * Something that can be exported to xlsx: who may, which filter it takes (validated by its class
 * from the query string), and how to open it for a caller. Opening reads the first batch, so a
 * refusal (scope, a bad filter value) comes before any byte of the file.
 */
export interface ExportKind<F extends object = object> {
  roles: Role[];
  filter?: new () => F;
  open: (caller: AuthUser, filter: F | undefined) => Promise<ExportSource>;
}

/** One column of a list export: its Chinese header and how a row fills it. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => CellValue;
}

/** A list export: fixed columns over rows read in batches with the list's own scope rules. */
export function listExport<T, F extends object>(kind: {
  title: string;
  roles: Role[];
  filter: new () => F;
  columns: ExportColumn<T>[];
  batches: (caller: AuthUser, filter: F | undefined) => AsyncIterable<T[]>;
}): ExportKind {
  return {
    roles: kind.roles,
    filter: kind.filter,
    open: async (caller, filter) => {
      const batches = kind.batches(caller, filter as F | undefined)[Symbol.asyncIterator]();
      const first = await batches.next();
      async function* rows(): AsyncIterable<CellValue[][]> {
        for (let batch = first; !batch.done; batch = await batches.next()) yield batch.value.map((row) => kind.columns.map((column) => column.value(row)));
      }
      return { title: kind.title, headers: kind.columns.map((column) => column.header), rows: rows() };
    },
  };
}

/** A list read page after page through its cursor, EXPORT_BATCH_SIZE rows at a time. */
export async function* pages<T>(page: (after: string | undefined) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>): AsyncIterable<T[]> {
  let after: string | undefined;
  for (;;) {
    const { nodes, pageInfo } = await page(after);
    if (nodes.length) yield nodes;
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return;
    after = pageInfo.endCursor;
  }
}
