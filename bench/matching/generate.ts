/**
 * Realistic, reproducible matching instances: cities with Zipf-like popularity (demand and
 * candidates' wishes both concentrate on a few big cities), the four majors, certificate levels,
 * wages in fen, dates, household categories, declined pairs — the shapes of the programme's data
 * (seed/lvliang-caregivers-article.zh.txt, DOMAIN.md), scaled up.
 */
import type { Candidate, Demand, DeclinedPair, HouseholdCategory, MatchingInput, Major } from '../../libs/matching-engine/src';
import { DEFAULT_MATCHING_POLICY } from '../../libs/matching-engine/src';
import { Random } from '../../libs/matching-engine/src/testing/random';

export interface InstanceShape {
  candidates: number;
  demands: number;
  /** Total open headcount, spread over the demands (each at least 1). */
  slots: number;
  cities: number;
  /** Most destinations a candidate lists (she lists 1..this many). */
  maxDestinations: number;
  /** City popularity falls as 1 / rank^this (0 = all cities alike). */
  cityConcentration: number;
  seed: number;
}

const TODAY = '2025-06-01';
const MAJOR_SHARES: [Major, number][] = [
  ['ELDERCARE', 0.35],
  ['PATIENT_CARE', 0.2],
  ['MATERNITY_NANNY', 0.25],
  ['HOUSEKEEPING', 0.2],
];
const HOUSEHOLD_SHARES: [HouseholdCategory, number][] = [
  ['REGISTERED_POOR', 0.3],
  ['LIFTED_OUT', 0.2],
  ['RURAL', 0.35],
  ['URBAN_LOW_INCOME', 0.1],
  ['UNEMPLOYED_GRADUATE', 0.05],
];
/** Certificate levels held (1 = 一级 … 5 = 五级) and demanded as a minimum. */
const HELD_LEVEL_SHARES: [number, number][] = [
  [5, 0.5],
  [4, 0.3],
  [3, 0.15],
  [2, 0.04],
  [1, 0.01],
];
const MIN_LEVEL_SHARES: [number, number][] = [
  [5, 0.6],
  [4, 0.25],
  [3, 0.12],
  [2, 0.03],
];

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  weights.reduce((sum, weight, i) => (out[i] = sum + weight), 0);
  return out;
}

function pick<T>(random: Random, shares: readonly [T, number][], table = cumulative(shares.map(([, share]) => share))): T {
  return shares[random.weighted(table)][0];
}

function dateAfter(days: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function generateInstance(shape: InstanceShape): MatchingInput {
  const random = new Random(shape.seed);
  const cityCodes = Array.from({ length: shape.cities }, (_, i) => String(110100 + i * 100));
  const cityWeights = cumulative(cityCodes.map((_, rank) => 1 / (rank + 1) ** shape.cityConcentration));

  const headcounts = new Array<number>(shape.demands).fill(1);
  for (let extra = shape.slots - shape.demands; extra > 0; extra--) headcounts[random.int(0, shape.demands - 1)]++;
  const pad = String(shape.demands).length;
  const demands: Demand[] = headcounts.map((openHeadcount, i) => {
    const wageMinFen = random.int(35, 80) * 10_000;
    return {
      id: `D${String(i).padStart(pad, '0')}`,
      major: pick(random, MAJOR_SHARES),
      minLevel: pick(random, MIN_LEVEL_SHARES),
      cityCode: cityCodes[random.weighted(cityWeights)],
      wageMinFen,
      wageMaxFen: wageMinFen + random.int(0, 30) * 10_000,
      startDate: dateAfter(random.int(0, 60)),
      openHeadcount,
      agencyRecordPenalty: random.chance(0.85) ? 0 : random.int(1, 6) / 10,
    };
  });

  const candidatePad = String(shape.candidates).length;
  const candidates: Candidate[] = Array.from({ length: shape.candidates }, (_, i) => {
    const majors = new Set<Major>([pick(random, MAJOR_SHARES)]);
    if (random.chance(0.3)) majors.add(pick(random, MAJOR_SHARES));
    const destinations = new Set<string>();
    const wanted = random.int(1, shape.maxDestinations);
    while (destinations.size < wanted) destinations.add(cityCodes[random.weighted(cityWeights)]);
    const pastPlacements = random.chance(0.6) ? 0 : random.int(1, 4);
    return {
      id: `C${String(i).padStart(candidatePad, '0')}`,
      certificates: [...majors].map((major) => ({ major, level: pick(random, HELD_LEVEL_SHARES) })),
      destinations: [...destinations],
      acceptsAnyDestination: random.chance(0.002),
      expectedWageFen: random.chance(0.2) ? null : random.int(40, 90) * 10_000,
      availableFrom: dateAfter(random.int(-30, 60)),
      householdCategory: pick(random, HOUSEHOLD_SHARES),
      certifiedOn: dateAfter(-random.int(0, 730)),
      pastPlacements,
      meanFollowUpRating: pastPlacements === 0 ? null : random.int(25, 50) / 10,
    };
  });

  // About one candidate in a hundred declined a proposal of her major before.
  const declined: DeclinedPair[] = [];
  for (const candidate of candidates) {
    if (!random.chance(0.01)) continue;
    declined.push({ candidateId: candidate.id, demandId: demands[random.int(0, demands.length - 1)].id });
  }
  return { candidates, demands, declined, policy: DEFAULT_MATCHING_POLICY, today: TODAY };
}
