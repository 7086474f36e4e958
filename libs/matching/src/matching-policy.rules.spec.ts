import { DEFAULT_MATCHING_POLICY } from '@carebridge/matching-engine';
import { storedWeights, toEnginePolicy } from './matching-policy.rules';

describe('toEnginePolicy', () => {
  it('takes the stored rules and weights, the rest from the engine defaults', () => {
    const policy = toEnginePolicy({ wageTolerancePercent: 5, maxStartDelayDays: 30, weights: { wageFit: 7, agencyRecord: 0 } });
    expect(policy).toEqual({
      ...DEFAULT_MATCHING_POLICY,
      wageTolerancePercent: 5,
      maxStartDelayDays: 30,
      weights: { ...DEFAULT_MATCHING_POLICY.weights, wageFit: 7, agencyRecord: 0 },
    });
  });

  it('fills every weight from the defaults when none is stored (a fresh row holds {})', () => {
    expect(toEnginePolicy({ wageTolerancePercent: 10, maxStartDelayDays: 14, weights: {} }).weights).toEqual(DEFAULT_MATCHING_POLICY.weights);
  });
});

describe('storedWeights', () => {
  it('ignores unknown components and values that are not whole numbers ≥ 0', () => {
    expect(storedWeights({ wageFit: -1, experience: 2.5, waitingTime: '3', unknown: 9, householdPriority: 4 })).toEqual({
      ...DEFAULT_MATCHING_POLICY.weights,
      householdPriority: 4,
    });
  });

  it('treats anything but an object as no stored weights', () => {
    expect(storedWeights(null)).toEqual(DEFAULT_MATCHING_POLICY.weights);
    expect(storedWeights([1, 2])).toEqual(DEFAULT_MATCHING_POLICY.weights);
  });
});
