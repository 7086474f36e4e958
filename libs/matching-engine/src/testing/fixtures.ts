/** Compact builders for specs: a valid candidate, demand and input, overridden per test. Test-only. */
import { DEFAULT_MATCHING_POLICY } from '../policy';
import type { Candidate, Demand, MatchingInput } from '../types';

export const TODAY = '2025-06-01';

export function candidate(id: string, overrides: Partial<Candidate> = {}): Candidate {
  return {
    id,
    certificates: [{ major: 'ELDERCARE', level: 4 }],
    destinations: ['110100'],
    acceptsAnyDestination: false,
    expectedWageFen: 500_000,
    availableFrom: '2025-06-01',
    householdCategory: 'RURAL',
    certifiedOn: '2025-03-03',
    pastPlacements: 0,
    meanFollowUpRating: null,
    ...overrides,
  };
}

export function demand(id: string, overrides: Partial<Demand> = {}): Demand {
  return {
    id,
    major: 'ELDERCARE',
    minLevel: 5,
    cityCode: '110100',
    wageMinFen: 450_000,
    wageMaxFen: 600_000,
    startDate: '2025-06-10',
    openHeadcount: 1,
    agencyRecordPenalty: 0,
    ...overrides,
  };
}

export function input(candidates: Candidate[], demands: Demand[], overrides: Partial<MatchingInput> = {}): MatchingInput {
  return { candidates, demands, declined: [], policy: DEFAULT_MATCHING_POLICY, today: TODAY, ...overrides };
}
