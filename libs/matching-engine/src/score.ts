/**
 * Score components of a feasible pair. Each value is an integer 0-100 and is multiplied by the
 * policy's integer weight, so scores are integers: the solver's optimum is exact and ties are real.
 * The pair generator adds the same functions' results (candidate-only and demand-only parts once
 * per side), and explanations recompute them for the chosen pairs: one definition of the score.
 */
import type { HouseholdCategory, MatchingPolicy, ScoreComponent, ScoreExplanation } from './types';
import { SCORE_COMPONENTS } from './types';

/**
 * Exactly the required level scores 100; each level above it 20 less (down to 20), so that
 * higher-level caregivers stay available for the demands that need them.
 */
export function majorLevelFitValue(heldLevel: number, minLevel: number): number {
  return Math.max(20, 100 - 20 * (minLevel - heldLevel));
}

/**
 * 100 when even the range's minimum meets the expectation; 50-99 when only part of the range
 * does (more of the range above it scores more); 0-49 inside the tolerance band below it.
 */
export function wageFitValue(expectedWageFen: number | null, wageMinFen: number, wageMaxFen: number, tolerancePercent: number): number {
  if (expectedWageFen === null || wageMinFen >= expectedWageFen) return 100;
  if (wageMaxFen >= expectedWageFen) return 50 + Math.floor((50 * (wageMaxFen - expectedWageFen)) / (wageMaxFen - wageMinFen));
  const bandFloor = (expectedWageFen * (100 - tolerancePercent)) / 100;
  return Math.max(0, Math.floor((50 * (wageMaxFen - bandFloor)) / (expectedWageFen - bandFloor)));
}

/** First choice 100, each later choice 20 less; a city reached only through "anywhere" scores 0. */
export function destinationRankValue(rank: number): number {
  return rank < 0 ? 0 : Math.max(0, 100 - 20 * rank);
}

/**
 * Up to 50 for past placements (10 each) and up to 50 for their mean follow-up rating; without
 * ratings the neutral middle (25), so newcomers are not punished for having no history.
 */
export function experienceValue(pastPlacements: number, meanFollowUpRating: number | null): number {
  const placements = Math.min(pastPlacements, 5) * 10;
  const rating = meanFollowUpRating === null ? 25 : Math.round((Math.min(Math.max(meanFollowUpRating, 1), 5) - 1) * 12.5);
  return placements + rating;
}

/** Grows linearly with the days since certification, up to the policy's cap. */
export function waitingTimeValue(daysWaiting: number, capDays: number): number {
  return Math.floor((100 * Math.min(Math.max(daysWaiting, 0), capDays)) / capDays);
}

export function householdPriorityValue(category: HouseholdCategory, policy: MatchingPolicy): number {
  return policy.householdPriority[category];
}

/** A clean record scores 100; the penalty (0-1) lowers it proportionally. */
export function agencyRecordValue(agencyRecordPenalty: number): number {
  return Math.round(100 * (1 - Math.min(Math.max(agencyRecordPenalty, 0), 1)));
}

/** Everything a pair's score depends on. */
export interface PairFacts {
  heldLevel: number;
  minLevel: number;
  expectedWageFen: number | null;
  wageMinFen: number;
  wageMaxFen: number;
  /** Rank of the demand's city among the candidate's destinations, -1 when not listed. */
  rank: number;
  pastPlacements: number;
  meanFollowUpRating: number | null;
  daysWaiting: number;
  householdCategory: HouseholdCategory;
  agencyRecordPenalty: number;
}

export function componentValues(facts: PairFacts, policy: MatchingPolicy): Record<ScoreComponent, number> {
  return {
    majorLevelFit: majorLevelFitValue(facts.heldLevel, facts.minLevel),
    wageFit: wageFitValue(facts.expectedWageFen, facts.wageMinFen, facts.wageMaxFen, policy.wageTolerancePercent),
    destinationRank: destinationRankValue(facts.rank),
    experience: experienceValue(facts.pastPlacements, facts.meanFollowUpRating),
    waitingTime: waitingTimeValue(facts.daysWaiting, policy.waitingTimeCapDays),
    householdPriority: householdPriorityValue(facts.householdCategory, policy),
    agencyRecord: agencyRecordValue(facts.agencyRecordPenalty),
  };
}

/** Each component's value, weight and points; the points sum to the pair's score. */
export function explainScore(facts: PairFacts, policy: MatchingPolicy): { score: number; components: ScoreExplanation } {
  const values = componentValues(facts, policy);
  let score = 0;
  const components = {} as ScoreExplanation;
  for (const component of SCORE_COMPONENTS) {
    const weight = policy.weights[component];
    const points = values[component] * weight;
    components[component] = { value: values[component], weight, points };
    score += points;
  }
  return { score, components };
}
