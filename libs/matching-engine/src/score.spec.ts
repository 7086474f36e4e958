import { DEFAULT_MATCHING_POLICY } from './policy';
import {
  agencyRecordValue,
  destinationRankValue,
  experienceValue,
  explainScore,
  householdPriorityValue,
  majorLevelFitValue,
  waitingTimeValue,
  wageFitValue,
  type PairFacts,
} from './score';
import { SCORE_COMPONENTS } from './types';

describe('score components', () => {
  it('majorLevelFit: 100 at exactly the required level, 20 less per level above, never below 20', () => {
    expect(majorLevelFitValue(4, 4)).toBe(100);
    expect(majorLevelFitValue(3, 4)).toBe(80);
    expect(majorLevelFitValue(1, 5)).toBe(20);
  });

  it('wageFit: 100 when the minimum meets the expectation, 50-99 when part of the range does, below 50 in the tolerance band', () => {
    expect(wageFitValue(null, 1, 2, 10)).toBe(100);
    expect(wageFitValue(500_000, 500_000, 600_000, 10)).toBe(100);
    expect(wageFitValue(500_000, 400_000, 600_000, 10)).toBe(75);
    expect(wageFitValue(500_000, 400_000, 500_000, 10)).toBe(50);
    expect(wageFitValue(500_000, 400_000, 475_000, 10)).toBe(25);
    expect(wageFitValue(500_000, 400_000, 450_000, 10)).toBe(0);
  });

  it('destinationRank: first choice 100, 20 less per rank, 0 for a city reached only through "anywhere"', () => {
    expect(destinationRankValue(0)).toBe(100);
    expect(destinationRankValue(2)).toBe(60);
    expect(destinationRankValue(7)).toBe(0);
    expect(destinationRankValue(-1)).toBe(0);
  });

  it('experience: 10 per past placement up to 5, plus the rating (neutral 25 without one)', () => {
    expect(experienceValue(0, null)).toBe(25);
    expect(experienceValue(2, 5)).toBe(70);
    expect(experienceValue(9, 1)).toBe(50);
    expect(experienceValue(1, 3)).toBe(35);
  });

  it('waitingTime: grows with the days since certification up to the cap', () => {
    expect(waitingTimeValue(0, 180)).toBe(0);
    expect(waitingTimeValue(90, 180)).toBe(50);
    expect(waitingTimeValue(400, 180)).toBe(100);
    expect(waitingTimeValue(-3, 180)).toBe(0);
  });

  it('householdPriority and agencyRecord come from the policy and the penalty', () => {
    expect(householdPriorityValue('REGISTERED_POOR', DEFAULT_MATCHING_POLICY)).toBe(100);
    expect(householdPriorityValue('LIFTED_OUT', DEFAULT_MATCHING_POLICY)).toBe(60);
    expect(householdPriorityValue('URBAN_LOW_INCOME', DEFAULT_MATCHING_POLICY)).toBe(0);
    expect(agencyRecordValue(0)).toBe(100);
    expect(agencyRecordValue(0.25)).toBe(75);
    expect(agencyRecordValue(1)).toBe(0);
  });

  it('explains a score as value × weight per component, summing to the integer score', () => {
    const facts: PairFacts = {
      heldLevel: 4,
      minLevel: 5,
      expectedWageFen: 500_000,
      wageMinFen: 400_000,
      wageMaxFen: 600_000,
      rank: 1,
      pastPlacements: 1,
      meanFollowUpRating: 4,
      daysWaiting: 45,
      householdCategory: 'REGISTERED_POOR',
      agencyRecordPenalty: 0.1,
    };
    const { score, components } = explainScore(facts, DEFAULT_MATCHING_POLICY);
    expect(components.majorLevelFit).toEqual({ value: 80, weight: 3, points: 240 });
    expect(components.destinationRank).toEqual({ value: 80, weight: 2, points: 160 });
    expect(components.agencyRecord).toEqual({ value: 90, weight: 1, points: 90 });
    expect(score).toBe(SCORE_COMPONENTS.reduce((sum, name) => sum + components[name].points, 0));
    expect(Number.isInteger(score)).toBe(true);
  });

  it('uses the weights as data: a zero weight removes a component, a doubled one doubles its points', () => {
    const facts: PairFacts = {
      heldLevel: 5,
      minLevel: 5,
      expectedWageFen: null,
      wageMinFen: 1,
      wageMaxFen: 2,
      rank: 0,
      pastPlacements: 0,
      meanFollowUpRating: null,
      daysWaiting: 0,
      householdCategory: 'RURAL',
      agencyRecordPenalty: 0,
    };
    const base = explainScore(facts, DEFAULT_MATCHING_POLICY);
    const policy = { ...DEFAULT_MATCHING_POLICY, weights: { ...DEFAULT_MATCHING_POLICY.weights, wageFit: 0, destinationRank: 4 } };
    const changed = explainScore(facts, policy);
    expect(changed.components.wageFit.points).toBe(0);
    expect(changed.components.destinationRank.points).toBe(2 * base.components.destinationRank.points);
    expect(changed.score).toBe(base.score - base.components.wageFit.points + base.components.destinationRank.points);
  });
});
