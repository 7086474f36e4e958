/** Arithmetic of the reports, kept pure so the rules are unit-tested and the same everywhere. */

/** numerator ÷ denominator in basis points (6000 = 60.00 %), rounded; null when nothing to divide by. */
export function basisPoints(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator * 10_000) / denominator) : null;
}

export interface HistogramEntry {
  value: number;
  count: number;
}

/**
 * PostgreSQL's percentile_cont(p) over the values a histogram stands for (each value repeated
 * `count` times): the value at position p·(n−1) of the sorted values, interpolated linearly
 * between its neighbours; rounded to a whole unit (fen). Null for an empty histogram. The summary
 * tables keep wages as histograms because exact medians cannot be added up, histograms can.
 */
export function percentileFromHistogram(entries: readonly HistogramEntry[], p = 0.5): number | null {
  const sorted = entries.filter((entry) => entry.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, entry) => sum + entry.count, 0);
  if (n === 0) return null;
  const position = p * (n - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  // The value at 0-based index i of the sorted values: the first entry whose running count passes i.
  const valueAt = (index: number): number => {
    let seen = 0;
    for (const entry of sorted) {
      seen += entry.count;
      if (seen > index) return entry.value;
    }
    return sorted[sorted.length - 1].value;
  };
  const low = valueAt(lower);
  return roundHalfEven(low + (position - lower) * (valueAt(upper) - low));
}

/**
 * How PostgreSQL rounds a double precision (round(percentile_cont(…)) in plain SQL): to the
 * nearest integer, ties to the even one (rint); Math.round would take 350000.5 up.
 */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction !== 0.5) return Math.round(value);
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Merges histograms: counts of equal values are added. */
export function mergeHistograms(entries: readonly HistogramEntry[]): HistogramEntry[] {
  const counts = new Map<number, number>();
  for (const { value, count } of entries) counts.set(value, (counts.get(value) ?? 0) + count);
  return [...counts].map(([value, count]) => ({ value, count }));
}

/** A monthly-wage bucket: [minFen, maxFen), open-ended where null. */
export interface WageBucket {
  label: string;
  minFen: number | null;
  maxFen: number | null;
}

const YUAN = 100;

/** The programme's story runs from about 2,000 CNY a month (2016) to 4,000 (now) and gold-medal nurses above 10,000. */
export const WAGE_BUCKETS: readonly WageBucket[] = [
  { label: '2000元以下', minFen: null, maxFen: 2_000 * YUAN },
  { label: '2000-3000元', minFen: 2_000 * YUAN, maxFen: 3_000 * YUAN },
  { label: '3000-4000元', minFen: 3_000 * YUAN, maxFen: 4_000 * YUAN },
  { label: '4000-5000元', minFen: 4_000 * YUAN, maxFen: 5_000 * YUAN },
  { label: '5000-6000元', minFen: 5_000 * YUAN, maxFen: 6_000 * YUAN },
  { label: '6000-8000元', minFen: 6_000 * YUAN, maxFen: 8_000 * YUAN },
  { label: '8000-10000元', minFen: 8_000 * YUAN, maxFen: 10_000 * YUAN },
  { label: '10000元及以上', minFen: 10_000 * YUAN, maxFen: null },
];

/** The index in WAGE_BUCKETS of a monthly wage (lower bounds inclusive). */
export function wageBucketIndex(monthlyWageFen: number): number {
  return WAGE_BUCKETS.findIndex((bucket) => (bucket.minFen === null || monthlyWageFen >= bucket.minFen) && (bucket.maxFen === null || monthlyWageFen < bucket.maxFen));
}

/**
 * A cumulative figure carried linearly to the plan's end: what was reached per elapsed day, over
 * all the plan's days. Null before the plan has begun (nothing to extrapolate from).
 */
export function linearProjection(actual: number, elapsedDays: number, totalDays: number): number | null {
  if (elapsedDays <= 0) return null;
  return Math.round((actual * totalDays) / Math.min(elapsedDays, totalDays));
}
