import { AppError, PageInfo } from '@carebridge/common';
import { compareKeys, KeyLabel, LabelKind, ReportLabelsService } from './report-labels.service';

/**
 * Which grouped rows of a report to give: `first` rows (all when absent) after the row whose
 * cursor is `after`, in the report's order (compareKeys). The API always sets `first`, so one
 * answer stays bounded however many cohorts there are; the xlsx export takes every row.
 */
export interface RowPageArgs {
  first?: number;
  after?: string;
}

export interface RowPage {
  /** Rows in the whole report (every page). */
  totalCount: number;
  pageInfo: PageInfo;
}

/** The keys of one page, with the labels of every key listed. */
export interface KeyPage extends RowPage {
  keys: string[];
  labels: Map<string, KeyLabel>;
}

// A row key may be '' (no training, or the totals): the cursor stays non-empty and opaque.
const CURSOR_PREFIX = 'row:';

export function rowCursor(key: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${key}`, 'utf8').toString('base64url');
}

export function rowCursorKey(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) throw AppError.badInput('INVALID_CURSOR', '分页游标无效', 'after');
  return decoded.slice(CURSOR_PREFIX.length);
}

/**
 * Orders a report's row keys and cuts out one page. The cursor's key need not be among `keys`
 * any more (a refresh may have dropped its row): the page starts at the first key after it.
 */
export async function pageOfKeys(labelsService: ReportLabelsService, kind: LabelKind, keys: readonly string[], page: RowPageArgs = {}): Promise<KeyPage> {
  // No rows wanted (totals only): no labels to look up.
  if (page.first === 0) return { keys: [], labels: new Map(), totalCount: keys.length, pageInfo: { hasNextPage: keys.length > 0, endCursor: null } };
  const afterKey = page.after === undefined ? undefined : rowCursorKey(page.after);
  const labels = await labelsService.labels(kind, afterKey === undefined || keys.includes(afterKey) ? keys : [...keys, afterKey]);
  const sorted = [...keys].sort((a, b) => compareKeys(labels, a, b));
  const start = afterKey === undefined ? 0 : sorted.filter((key) => compareKeys(labels, key, afterKey) <= 0).length;
  const end = page.first === undefined ? sorted.length : Math.min(sorted.length, start + page.first);
  const pageKeys = sorted.slice(start, end);
  return {
    keys: pageKeys,
    labels,
    totalCount: sorted.length,
    pageInfo: { hasNextPage: end < sorted.length, endCursor: pageKeys.length ? rowCursor(pageKeys[pageKeys.length - 1]) : null },
  };
}
