import { AppError } from '@carebridge/common';
import { KeyLabel, ReportLabelsService } from './report-labels.service';
import { pageOfKeys, rowCursor, rowCursorKey } from './report-page';

/** Cohorts labelled by number: c1 … c9 are 第1期 … 第9期. */
const labels = {
  labels: async (_kind: string, keys: readonly string[]) =>
    new Map<string, KeyLabel>(keys.map((key) => [key, key ? { label: `第${key.slice(1)}期`, order: Number(key.slice(1)) } : { label: '无结业记录', order: '' }])),
} as unknown as ReportLabelsService;

describe('pageOfKeys', () => {
  const keys = ['c3', '', 'c10', 'c1', 'c2'];

  it('orders the keys naturally, the row without training last, and gives every row without first', async () => {
    const page = await pageOfKeys(labels, 'COHORT', keys);
    expect(page.keys).toEqual(['c1', 'c2', 'c3', 'c10', '']);
    expect(page).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: false, endCursor: rowCursor('') } });
  });

  it('cuts pages that follow one another through endCursor', async () => {
    const first = await pageOfKeys(labels, 'COHORT', keys, { first: 2 });
    expect(first).toMatchObject({ keys: ['c1', 'c2'], totalCount: 5, pageInfo: { hasNextPage: true } });
    const second = await pageOfKeys(labels, 'COHORT', keys, { first: 2, after: first.pageInfo.endCursor ?? undefined });
    expect(second).toMatchObject({ keys: ['c3', 'c10'], pageInfo: { hasNextPage: true } });
    const third = await pageOfKeys(labels, 'COHORT', keys, { first: 2, after: second.pageInfo.endCursor ?? undefined });
    expect(third).toMatchObject({ keys: [''], pageInfo: { hasNextPage: false } });
    const past = await pageOfKeys(labels, 'COHORT', keys, { first: 2, after: third.pageInfo.endCursor ?? undefined });
    expect(past).toMatchObject({ keys: [], totalCount: 5, pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('continues after a cursor whose row has gone', async () => {
    const page = await pageOfKeys(labels, 'COHORT', ['c1', 'c5', 'c9'], { first: 5, after: rowCursor('c4') });
    expect(page.keys).toEqual(['c5', 'c9']);
  });

  it('refuses a cursor it did not make', () => {
    expect(rowCursorKey(rowCursor(''))).toBe('');
    expect(() => rowCursorKey('bm9wZQ')).toThrow(AppError);
  });
});
