import { AuthUser } from '@carebridge/auth';
import { Role } from '@carebridge/db';
import { CellValue } from './xlsx-stream';

/** Rows read per round trip by keyset (newestFirst): small pages keep the heap small. */
export const EXPORT_BATCH_SIZE = 1_000;
/** Rows per page read through a list's own service (pages): each such page also runs the list's count, so fewer, larger pages. */
export const LIST_PAGE_SIZE = 5_000;

/** What one download writes: its title (sheet and file name), the Chinese headers, the rows in batches. */
export interface ExportSource {
  title: string;
  headers: string[];
  rows: AsyncIterable<Iterable<CellValue[]>>;
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
      // Each row becomes cells only as it is written, so the cells of a batch never live all at once.
      const cells = function* (batch: T[]): Iterable<CellValue[]> {
        for (const row of batch) yield kind.columns.map((column) => column.value(row));
      };
      let head: IteratorResult<T[]> | undefined = first;
      async function* rows(): AsyncIterable<Iterable<CellValue[]>> {
        for (;;) {
          const batch = head ?? (await batches.next());
          head = undefined;
          if (batch.done) return;
          yield cells(batch.value);
        }
      }
      return { title: kind.title, headers: kind.columns.map((column) => column.header), rows: rows() };
    },
  };
}

/** A list read page after page through its service's cursor (LIST_PAGE_SIZE rows at a time). */
export async function* pages<T>(page: (after: string | undefined) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>): AsyncIterable<T[]> {
  let after: string | undefined;
  for (;;) {
    const { nodes, pageInfo } = await page(after);
    if (nodes.length) yield nodes;
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return;
    after = pageInfo.endCursor;
  }
}

/** Where a row stands in the order every list has, newest first: creation time, then id, both descending. */
export interface NewestFirstKey {
  createdAt: Date;
  id: string;
}

/** The rows after `last` in that order, as a Prisma condition. */
export interface OlderThan {
  createdAt: { lte: Date };
  OR: [{ createdAt: { lt: Date } }, { id: { lt: string } }];
}

/**
 * The condition for the rows after `last`: `createdAt <= t` bounds the scan of the (created_at, id)
 * index, and the OR leaves out the rows at the same instant up to `last`'s id.
 */
export function olderThan(last: NewestFirstKey): OlderThan {
  return { createdAt: { lte: last.createdAt }, OR: [{ createdAt: { lt: last.createdAt } }, { id: { lt: last.id } }] };
}

/**
 * A list read straight from its table by keyset, EXPORT_BATCH_SIZE rows at a time: each page starts
 * after the last row of the one before (no OFFSET, no count), so the millionth row costs what the
 * first does. `page` reads the rows after a position (none: from the start), newest first. The next
 * page is read while the caller writes this one.
 */
export async function* newestFirst<T extends NewestFirstKey>(page: (after: OlderThan | undefined, take: number) => Promise<T[]>): AsyncIterable<T[]> {
  let next = page(undefined, EXPORT_BATCH_SIZE);
  for (;;) {
    const rows = await next;
    const full = rows.length === EXPORT_BATCH_SIZE;
    if (full) {
      next = page(olderThan(rows[rows.length - 1]), EXPORT_BATCH_SIZE);
      // Awaited on the next round; observed now so that a download abandoned meanwhile leaves no unhandled rejection.
      next.catch(() => undefined);
    }
    if (rows.length) yield rows;
    if (!full) return;
  }
}
