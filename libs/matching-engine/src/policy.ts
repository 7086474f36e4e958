import { HOUSEHOLD_CATEGORIES, SCORE_COMPONENTS, type MatchingPolicy } from './types';

/** A sensible starting policy; the admin edits it as data. */
export const DEFAULT_MATCHING_POLICY: MatchingPolicy = {
  wageTolerancePercent: 10,
  maxStartDelayDays: 14,
  waitingTimeCapDays: 180,
  weights: {
    majorLevelFit: 3,
    wageFit: 3,
    destinationRank: 2,
    experience: 2,
    waitingTime: 2,
    householdPriority: 2,
    agencyRecord: 1,
  },
  householdPriority: {
    REGISTERED_POOR: 100,
    LIFTED_OUT: 60,
    RURAL: 0,
    URBAN_LOW_INCOME: 0,
    UNEMPLOYED_GRADUATE: 0,
  },
};

/**
 * Scores are kept as 32-bit integers so the optimum is exact and ties are real; this bound keeps
 * every score (≤ 100 × Σ weights) and every path sum of the solver far inside that range.
 */
const MAX_WEIGHT_SUM = 1_000_000;

/** Throws a RangeError naming the first bad field: a policy is admin data and may be wrong. */
export function assertValidPolicy(policy: MatchingPolicy): void {
  const bad = (field: string, rule: string): never => {
    throw new RangeError(`MatchingPolicy.${field} ${rule}`);
  };
  if (!(policy.wageTolerancePercent >= 0 && policy.wageTolerancePercent < 100)) bad('wageTolerancePercent', 'must be in [0, 100)');
  if (!Number.isInteger(policy.maxStartDelayDays) || policy.maxStartDelayDays < 0) bad('maxStartDelayDays', 'must be an integer ≥ 0');
  if (!Number.isInteger(policy.waitingTimeCapDays) || policy.waitingTimeCapDays < 1) bad('waitingTimeCapDays', 'must be an integer ≥ 1');
  let weightSum = 0;
  for (const component of SCORE_COMPONENTS) {
    const weight = policy.weights[component];
    // Negative weights would make a feasible pair worth less than no proposal at all.
    if (!Number.isInteger(weight) || weight < 0) bad(`weights.${component}`, 'must be an integer ≥ 0');
    weightSum += weight;
  }
  if (weightSum > MAX_WEIGHT_SUM) bad('weights', `must sum to at most ${MAX_WEIGHT_SUM}`);
  for (const category of HOUSEHOLD_CATEGORIES) {
    const value = policy.householdPriority[category];
    if (!Number.isInteger(value) || value < 0 || value > 100) bad(`householdPriority.${category}`, 'must be an integer in [0, 100]');
  }
}
