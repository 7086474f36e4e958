/**
 * Candidate-pair generation through indexes: a candidate only ever looks at the demands of a
 * major she holds, in the cities she accepts (major → city → demands, plus the whole major for
 * "anywhere"). Work is proportional to the pairs that share major and city, never to
 * candidates × demands.
 */
import { destinationRank, meetsDates, meetsLevel, meetsWage } from './feasibility';
import { GraphBuilder, type MatchingGraph } from './graph';
import { MAJOR_COUNT, NO_LEVEL, type PreparedInput } from './prepare';
import { destinationRankValue, majorLevelFitValue, wageFitValue } from './score';

const EXPECTED_PAIRS_PER_CANDIDATE = 64;

export interface MajorDemandIndex {
  /** Demand indexes of this major with open slots, ascending. */
  all: number[];
  byCity: Map<string, number[]>;
  /** countByMinLevel[level]: how many of them accept certificates down to that level. */
  countByMinLevel: number[];
}

/** Per major (by MAJOR_INDEX): its open demands, all and by city. Demands without slots are left out. */
export type DemandIndex = MajorDemandIndex[];

export function buildDemandIndex(input: PreparedInput): DemandIndex {
  const index: DemandIndex = Array.from({ length: MAJOR_COUNT }, () => ({ all: [], byCity: new Map(), countByMinLevel: [0, 0, 0, 0, 0, 0] }));
  const { demands } = input;
  for (let d = 0; d < demands.list.length; d++) {
    if (demands.capacity[d] === 0) continue;
    const byMajor = index[demands.major[d]];
    byMajor.all.push(d);
    byMajor.countByMinLevel[demands.minLevel[d]]++;
    const city = demands.list[d].cityCode;
    const inCity = byMajor.byCity.get(city);
    if (inCity) inCity.push(d);
    else byMajor.byCity.set(city, [d]);
  }
  return index;
}

/**
 * The feasible pairs and their scores as a CSR graph (rows = candidates, columns = demands, in
 * the prepared order). Within a row, edges come by destination preference then demand order.
 */
export function generatePairs(input: PreparedInput, index: DemandIndex): MatchingGraph {
  const { candidates, demands } = input;
  // Programme data run to ~50 feasible pairs per candidate; room for 64 avoids most regrowth.
  const builder = new GraphBuilder(candidates.list.length, demands.capacity, candidates.list.length * EXPECTED_PAIRS_PER_CANDIDATE);
  const pairs = new PairScorer(input, builder);
  for (let c = 0; c < candidates.list.length; c++) {
    const candidate = candidates.list[c];
    const { destinations } = candidate;
    pairs.startCandidate(c);
    for (let major = 0; major < MAJOR_COUNT; major++) {
      const heldLevel = candidates.bestLevel[c * MAJOR_COUNT + major];
      if (heldLevel === NO_LEVEL) continue;
      pairs.heldLevel = heldLevel;
      const byMajor = index[major];
      if (candidate.acceptsAnyDestination) {
        for (const d of byMajor.all) pairs.consider(d, destinationRank(destinations, demands.list[d].cityCode));
        continue;
      }
      for (let rank = 0; rank < destinations.length; rank++) {
        // A city listed twice is one destination, at its best rank.
        if (destinations.indexOf(destinations[rank]) !== rank) continue;
        const inCity = byMajor.byCity.get(destinations[rank]);
        if (inCity) for (const d of inCity) pairs.consider(d, rank);
      }
    }
    builder.endRow();
  }
  return builder.build();
}

/** Checks and scores the pairs of one candidate at a time; fields, not closures, keep it fast. */
class PairScorer {
  heldLevel = NO_LEVEL;
  private declined: Set<number> | undefined;
  private expectedWageFen: number | null = null;
  private availableDay = 0;
  private basePoints = 0;
  private readonly tolerance: number;
  private readonly maxStartDelayDays: number;
  private readonly levelWeight: number;
  private readonly wageWeight: number;
  private readonly rankWeight: number;

  constructor(
    private readonly input: PreparedInput,
    private readonly builder: GraphBuilder,
  ) {
    const { policy } = input;
    this.tolerance = policy.wageTolerancePercent;
    this.maxStartDelayDays = policy.maxStartDelayDays;
    this.levelWeight = policy.weights.majorLevelFit;
    this.wageWeight = policy.weights.wageFit;
    this.rankWeight = policy.weights.destinationRank;
  }

  startCandidate(c: number): void {
    const { candidates } = this.input;
    this.declined = this.input.declined.get(c);
    this.expectedWageFen = candidates.list[c].expectedWageFen;
    this.availableDay = candidates.availableDay[c];
    this.basePoints = candidates.constantPoints[c];
  }

  consider(d: number, rank: number): void {
    const demands = this.input.demands;
    const minLevel = demands.minLevel[d];
    if (!meetsLevel(this.heldLevel, minLevel)) return;
    if (!meetsWage(this.expectedWageFen, demands.wageMaxFen[d], this.tolerance)) return;
    if (!meetsDates(this.availableDay, demands.startDay[d], this.maxStartDelayDays)) return;
    if (this.declined !== undefined && this.declined.has(d)) return;
    const score =
      this.basePoints +
      demands.constantPoints[d] +
      majorLevelFitValue(this.heldLevel, minLevel) * this.levelWeight +
      wageFitValue(this.expectedWageFen, demands.wageMinFen[d], demands.wageMaxFen[d], this.tolerance) * this.wageWeight +
      destinationRankValue(rank) * this.rankWeight;
    this.builder.addEdge(d, score);
  }
}
