import { basisPoints, linearProjection, mergeHistograms, percentileFromHistogram, roundHalfEven, WAGE_BUCKETS, wageBucketIndex } from './report-math';

/** percentile_cont over a plain list, as PostgreSQL defines it. */
function percentileCont(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  return sorted[lower] + (position - lower) * (sorted[Math.ceil(position)] - sorted[lower]);
}

describe('basisPoints', () => {
  it('divides into basis points, rounded, and refuses to divide by zero', () => {
    expect(basisPoints(36_000, 60_000)).toBe(6000);
    expect(basisPoints(1, 3)).toBe(3333);
    expect(basisPoints(2, 3)).toBe(6667);
    expect(basisPoints(5, 0)).toBeNull();
  });
});

describe('percentileFromHistogram', () => {
  it('is the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(percentileFromHistogram([{ value: 300_000, count: 1 }, { value: 200_000, count: 1 }, { value: 400_000, count: 1 }])).toBe(300_000);
    // 350000.5 and 350001.5: PostgreSQL's round(percentile_cont(…)) goes to the even neighbour.
    expect(percentileFromHistogram([{ value: 300_000, count: 1 }, { value: 400_001, count: 1 }])).toBe(350_000);
    expect(percentileFromHistogram([{ value: 300_000, count: 1 }, { value: 400_003, count: 1 }])).toBe(350_002);
    expect(percentileFromHistogram([{ value: 200_000, count: 3 }, { value: 500_000, count: 1 }])).toBe(200_000);
    expect(percentileFromHistogram([])).toBeNull();
    expect(percentileFromHistogram([{ value: 1, count: 0 }])).toBeNull();
  });

  it('matches percentile_cont over the values the histogram stands for', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    for (let trial = 0; trial < 200; trial++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 40) }, () => 150_000 + Math.floor(random() * 20) * 25_000);
      const histogram = mergeHistograms(values.map((value) => ({ value, count: 1 })));
      for (const p of [0.25, 0.5, 0.9]) expect(percentileFromHistogram(histogram, p)).toBe(Math.round(percentileCont(values, p)));
    }
  });
});

describe('roundHalfEven', () => {
  it('rounds as PostgreSQL rounds a double precision: ties to the even integer', () => {
    expect([0.5, 1.5, 2.5, 2.4, 2.6, 350_000.5, 350_001.5, 7].map(roundHalfEven)).toEqual([0, 2, 2, 2, 3, 350_000, 350_002, 7]);
  });
});

describe('wage buckets', () => {
  it('puts each wage in exactly one bucket, lower bounds inclusive', () => {
    expect(wageBucketIndex(199_999)).toBe(0);
    expect(wageBucketIndex(200_000)).toBe(1);
    expect(wageBucketIndex(400_000)).toBe(3);
    expect(wageBucketIndex(999_999)).toBe(6);
    expect(wageBucketIndex(1_000_000)).toBe(WAGE_BUCKETS.length - 1);
  });
});

describe('linearProjection', () => {
  it('carries the figure per elapsed day over the whole plan', () => {
    expect(linearProjection(12_000, 365, 1826)).toBe(60_033);
    expect(linearProjection(100, 1826, 1826)).toBe(100);
    expect(linearProjection(100, 2000, 1826)).toBe(100);
    expect(linearProjection(0, 0, 1826)).toBeNull();
  });
});
