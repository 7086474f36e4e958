import { matchCandidates } from './engine';
import { destinationRank, meetsDates, meetsLevel, meetsWage } from './feasibility';
import { graphFromRows } from './graph';
import { DEFAULT_MATCHING_POLICY } from './policy';
import { explainScore } from './score';
import { munkresOptimum } from './testing/reference';
import { candidate, demand, input, TODAY } from './testing/fixtures';
import { Random } from './testing/random';
import { HOUSEHOLD_CATEGORIES, MAJORS, SCORE_COMPONENTS, type Candidate, type Demand, type MatchingInput, type MatchingResult } from './types';

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The same answer without timings, which legitimately differ between runs. */
function withoutTimings(result: MatchingResult): unknown {
  return { ...result, stats: { ...result.stats, timings: undefined, solverWork: undefined } };
}

function randomInstance(random: Random, candidates: number, demands: number): MatchingInput {
  const cities = ['110100', '120100', '310100', '370200', '140100'];
  const pickCity = (): string => cities[random.int(0, cities.length - 1)];
  const date = (offset: number): string => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  return input(
    Array.from({ length: candidates }, (_, i) =>
      candidate(`c${String(i).padStart(3, '0')}`, {
        certificates: [{ major: MAJORS[random.int(0, 3)], level: random.int(1, 5) }],
        destinations: [...new Set([pickCity(), pickCity()])],
        acceptsAnyDestination: random.chance(0.1),
        expectedWageFen: random.chance(0.2) ? null : random.int(40, 70) * 10_000,
        availableFrom: date(random.int(-10, 40)),
        householdCategory: HOUSEHOLD_CATEGORIES[random.int(0, 4)],
        certifiedOn: date(-random.int(0, 400)),
        pastPlacements: random.int(0, 3),
        meanFollowUpRating: random.chance(0.5) ? null : random.int(10, 50) / 10,
      }),
    ),
    Array.from({ length: demands }, (_, i) => {
      const wageMinFen = random.int(35, 60) * 10_000;
      return demand(`d${String(i).padStart(3, '0')}`, {
        major: MAJORS[random.int(0, 3)],
        minLevel: random.int(1, 5),
        cityCode: pickCity(),
        wageMinFen,
        wageMaxFen: wageMinFen + random.int(0, 20) * 10_000,
        startDate: date(random.int(0, 30)),
        openHeadcount: random.int(0, 3),
        agencyRecordPenalty: random.int(0, 10) / 10,
      });
    }),
    { declined: [{ candidateId: 'c001', demandId: 'd002' }] },
  );
}

/** Every pair checked directly against the rules: the full cross product the engine must never build. */
function crossProductPairs(data: MatchingInput): Map<string, number> {
  const pairs = new Map<string, number>();
  const { policy } = data;
  for (const c of data.candidates) {
    for (const d of data.demands) {
      if (d.openHeadcount === 0) continue;
      const levels = c.certificates.filter((certificate) => certificate.major === d.major).map((certificate) => certificate.level);
      if (levels.length === 0 || !meetsLevel(Math.min(...levels), d.minLevel)) continue;
      const rank = destinationRank(c.destinations, d.cityCode);
      if (rank < 0 && !c.acceptsAnyDestination) continue;
      if (!meetsWage(c.expectedWageFen, d.wageMaxFen, policy.wageTolerancePercent)) continue;
      if (!meetsDates(dayOf(c.availableFrom), dayOf(d.startDate), policy.maxStartDelayDays)) continue;
      if (data.declined?.some((pair) => pair.candidateId === c.id && pair.demandId === d.id)) continue;
      const { score } = explainScore(
        {
          heldLevel: Math.min(...levels),
          minLevel: d.minLevel,
          expectedWageFen: c.expectedWageFen,
          wageMinFen: d.wageMinFen,
          wageMaxFen: d.wageMaxFen,
          rank,
          pastPlacements: c.pastPlacements,
          meanFollowUpRating: c.meanFollowUpRating,
          daysWaiting: dayOf(data.today) - dayOf(c.certifiedOn),
          householdCategory: c.householdCategory,
          agencyRecordPenalty: d.agencyRecordPenalty,
        },
        policy,
      );
      pairs.set(`${c.id}|${d.id}`, score);
    }
  }
  return pairs;
}

function crossProductOptimum(data: MatchingInput): number {
  const pairs = crossProductPairs(data);
  const rows = data.candidates.map((c) =>
    data.demands.flatMap((d, col) => {
      const score = pairs.get(`${c.id}|${d.id}`);
      return score === undefined ? [] : [[col, score] as [number, number]];
    }),
  );
  return munkresOptimum(graphFromRows(rows, data.demands.map((d) => d.openHeadcount)));
}

describe('matchCandidates: feasibility, one rule at a time', () => {
  const base = candidate('c1');
  const job = demand('d1');
  const reasonFor = (c: Candidate, d: Demand, overrides: Partial<MatchingInput> = {}): MatchingResult => matchCandidates(input([c], [d], overrides));

  it('proposes the pair when every rule holds', () => {
    const result = reasonFor(base, job);
    expect(result.assignments.map((a) => [a.candidateId, a.demandId])).toEqual([['c1', 'd1']]);
    expect(result.unmatched).toEqual([]);
  });

  it.each<[string, Candidate, Demand, Partial<MatchingInput>, string]>([
    ['no certificate of the major', candidate('c1', { certificates: [{ major: 'HOUSEKEEPING', level: 1 }] }), job, {}, 'MAJOR_LEVEL'],
    ['a certificate below the minimum level', candidate('c1', { certificates: [{ major: 'ELDERCARE', level: 4 }] }), demand('d1', { minLevel: 3 }), {}, 'MAJOR_LEVEL'],
    ['a city she did not list', base, demand('d1', { cityCode: '310100' }), {}, 'DESTINATION'],
    ['a wage below her expectation less the tolerance', candidate('c1', { expectedWageFen: 700_000 }), demand('d1', { wageMaxFen: 629_999 }), {}, 'WAGE'],
    ['a start date too early for her', candidate('c1', { availableFrom: '2025-06-25' }), demand('d1', { startDate: '2025-06-10' }), {}, 'DATES'],
    ['a pair declined before', base, job, { declined: [{ candidateId: 'c1', demandId: 'd1' }] }, 'DECLINED'],
  ])('refuses %s and names that rule', (_, c, d, overrides, rule) => {
    const result = reasonFor(c, d, overrides);
    expect(result.assignments).toEqual([]);
    expect(result.unmatched).toEqual([expect.objectContaining({ candidateId: 'c1', reason: 'NO_FEASIBLE_DEMAND', detail: expect.objectContaining({ rule }) })]);
  });

  it('accepts any city for a candidate who accepts anywhere, scoring the destination 0', () => {
    const result = reasonFor(candidate('c1', { acceptsAnyDestination: true }), demand('d1', { cityCode: '310100' }));
    expect(result.assignments).toHaveLength(1);
    expect(result.assignments[0].components.destinationRank.value).toBe(0);
  });

  it('accepts a wage just inside the tolerance and a start within the allowed delay', () => {
    const result = reasonFor(candidate('c1', { expectedWageFen: 700_000, availableFrom: '2025-06-24' }), demand('d1', { wageMaxFen: 630_000, startDate: '2025-06-10' }));
    expect(result.assignments).toHaveLength(1);
  });

  it('counts the funnel for the diagnosis: demands of her majors, at her level, in her cities, and what removed the rest', () => {
    const result = matchCandidates(
      input(
        [candidate('c1', { expectedWageFen: 700_000 })],
        [
          demand('d1', { wageMaxFen: 500_000 }),
          demand('d2', { wageMaxFen: 500_000 }),
          demand('d3', { startDate: '2025-05-01' }),
          demand('d4', { cityCode: '310100' }),
          demand('d5', { minLevel: 2 }),
          demand('d6', { major: 'HOUSEKEEPING' }),
        ],
      ),
    );
    expect(result.unmatched[0]).toEqual({
      candidateId: 'c1',
      reason: 'NO_FEASIBLE_DEMAND',
      detail: { rule: 'WAGE', demandsOfHeldMajors: 5, atHeldLevel: 4, inAcceptedCities: 3, removedBy: { WAGE: 3, DATES: 0, DECLINED: 0 } },
    });
  });
});

describe('matchCandidates: candidate pairs and scores', () => {
  it('generates through its indexes exactly the pairs of the full cross product, with the same scores', () => {
    const random = new Random(31);
    for (let t = 0; t < 20; t++) {
      const data = randomInstance(random, 40, 30);
      const expected = crossProductPairs(data);
      const result = matchCandidates(data);
      expect(result.stats.pairsGenerated).toBe(expected.size);
      for (const assignment of result.assignments) {
        expect(assignment.score).toBe(expected.get(`${assignment.candidateId}|${assignment.demandId}`));
        expect(SCORE_COMPONENTS.reduce((sum, name) => sum + assignment.components[name].points, 0)).toBe(assignment.score);
      }
    }
  });

  it('finds the optimum of the cross product (b-matching with headcounts)', () => {
    const random = new Random(32);
    for (let t = 0; t < 30; t++) {
      const data = randomInstance(random, 12, 8);
      const result = matchCandidates(data);
      expect(result.totalScore).toBe(crossProductOptimum(data));
      const perDemand = new Map<string, number>();
      for (const assignment of result.assignments) perDemand.set(assignment.demandId, (perDemand.get(assignment.demandId) ?? 0) + 1);
      for (const d of data.demands) expect(perDemand.get(d.id) ?? 0).toBeLessThanOrEqual(d.openHeadcount);
    }
  });

  it('fills a demand with headcount 2 with the two best candidates and explains the third as outscored', () => {
    const result = matchCandidates(
      input(
        [
          candidate('c1', { householdCategory: 'REGISTERED_POOR' }),
          candidate('c2', { householdCategory: 'LIFTED_OUT' }),
          candidate('c3', { householdCategory: 'RURAL' }),
        ],
        [demand('d1', { openHeadcount: 2 })],
      ),
    );
    expect(result.assignments.map((a) => a.candidateId)).toEqual(['c1', 'c2']);
    const lifted = result.assignments[1].score;
    const rural = lifted - 60 * DEFAULT_MATCHING_POLICY.weights.householdPriority;
    expect(result.unmatched).toEqual([{ candidateId: 'c3', reason: 'OUTSCORED', detail: { feasibleDemands: 1, closestDemandId: 'd1', pointsShort: lifted - rural } }]);
  });
});

describe('matchCandidates: determinism, ties and degenerate input', () => {
  it('gives the same proposals for the same input, and for the input in another order', () => {
    const random = new Random(33);
    const data = randomInstance(random, 60, 25);
    const first = matchCandidates(data);
    expect(withoutTimings(matchCandidates(data))).toEqual(withoutTimings(first));
    const shuffled = { ...data, candidates: [...data.candidates].reverse(), demands: [...data.demands].reverse() };
    expect(withoutTimings(matchCandidates(shuffled))).toEqual(withoutTimings(first));
  });

  it('breaks exact ties the same way every time', () => {
    const twins = [candidate('c2'), candidate('c1'), candidate('c3')];
    const results = [0, 1, 2].map(() => matchCandidates(input(twins, [demand('d1')])));
    expect(results[0].assignments).toHaveLength(1);
    expect(results[1].assignments).toEqual(results[0].assignments);
    expect(results[2].assignments).toEqual(results[0].assignments);
    expect(results[0].unmatched.map((u) => u.reason)).toEqual(['OUTSCORED', 'OUTSCORED']);
    expect(results[0].unmatched.every((u) => u.reason === 'OUTSCORED' && u.detail.pointsShort === 0)).toBe(true);
  });

  it('handles no candidates, no demands, no feasible pair and headcount 0', () => {
    expect(matchCandidates(input([], [demand('d1')]))).toMatchObject({ assignments: [], unmatched: [], totalScore: 0 });
    const noDemands = matchCandidates(input([candidate('c1')], []));
    expect(noDemands.unmatched).toEqual([expect.objectContaining({ reason: 'NO_FEASIBLE_DEMAND', detail: expect.objectContaining({ rule: 'MAJOR_LEVEL', demandsOfHeldMajors: 0 }) })]);
    const noPair = matchCandidates(input([candidate('c1', { destinations: ['999999'] })], [demand('d1')]));
    expect(noPair.stats).toMatchObject({ pairsGenerated: 0, solver: 'none' });
    const closed = matchCandidates(input([candidate('c1')], [demand('d1', { openHeadcount: 0 })]));
    expect(closed.assignments).toEqual([]);
    expect(closed.stats.slots).toBe(0);
  });

  it('refuses invalid input with a RangeError naming the field', () => {
    expect(() => matchCandidates(input([candidate('c1'), candidate('c1')], []))).toThrow(/Duplicate candidate id c1/);
    expect(() => matchCandidates(input([candidate('c1', { availableFrom: '2025-02-30' })], []))).toThrow(RangeError);
    expect(() => matchCandidates(input([], [demand('d1', { wageMaxFen: 1 })]))).toThrow(/wageMaxFen/);
    expect(() => matchCandidates(input([], [], { policy: { ...DEFAULT_MATCHING_POLICY, weights: { ...DEFAULT_MATCHING_POLICY.weights, wageFit: 1.5 } } }))).toThrow(/weights.wageFit/);
  });
});

describe('matchCandidates: solvers', () => {
  it('picks the dense solver for a small, nearly complete instance, with the same optimum as the sparse one', () => {
    const candidates = Array.from({ length: 12 }, (_, i) => candidate(`c${i}`, { pastPlacements: i % 4, meanFollowUpRating: (i % 5) + 1 }));
    const demands = Array.from({ length: 6 }, (_, i) => demand(`d${i}`, { openHeadcount: 1 + (i % 2), agencyRecordPenalty: i / 10 }));
    const auto = matchCandidates(input(candidates, demands));
    const sparse = matchCandidates(input(candidates, demands), { solver: 'sparse' });
    expect(auto.stats.solver).toBe('dense');
    expect(sparse.stats.solver).toBe('sparse');
    expect(auto.totalScore).toBe(sparse.totalScore);
  });

  it('re-solves from the previous answer to the same optimum after a change', () => {
    const random = new Random(34);
    const data = randomInstance(random, 80, 30);
    const previous = matchCandidates(data, { solver: 'sparse' });
    const changed: MatchingInput = {
      ...data,
      candidates: data.candidates.map((c, i) => (i % 10 === 0 ? { ...c, pastPlacements: c.pastPlacements + 2, meanFollowUpRating: 5 } : c)),
      demands: data.demands.map((d, i) => (i % 7 === 0 ? { ...d, openHeadcount: d.openHeadcount + 1 } : d)),
    };
    const cold = matchCandidates(changed, { solver: 'sparse' });
    const warm = matchCandidates({ ...changed, warmStart: { assignments: previous.assignments, demandPrices: previous.duals.demandPrices } }, { solver: 'sparse' });
    expect(warm.stats.warmStarted).toBe(true);
    expect(warm.totalScore).toBe(cold.totalScore);
  });
});
