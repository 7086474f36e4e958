/**
 * Turns the solver's answer back into the domain: each proposal with its score explained
 * component by component, and each candidate left out with the main reason.
 */
import type { DemandIndex } from './candidate-pairs';
import { destinationRank, meetsDates, meetsLevel, meetsWage } from './feasibility';
import type { MatchingGraph } from './graph';
import { MAJOR_COUNT, MAJOR_INDEX, NO_LEVEL, type PreparedInput } from './prepare';
import { explainScore } from './score';
import type { Assignment, NoFeasibleDemandDetail, Unmatched } from './types';

export function explainAssignment(input: PreparedInput, candidateIndex: number, demandIndex: number, solvedScore: number): Assignment {
  const candidate = input.candidates.list[candidateIndex];
  const demand = input.demands.list[demandIndex];
  const major = MAJOR_INDEX.get(demand.major) as number;
  const { score, components } = explainScore(
    {
      heldLevel: input.candidates.bestLevel[candidateIndex * MAJOR_COUNT + major],
      minLevel: demand.minLevel,
      expectedWageFen: candidate.expectedWageFen,
      wageMinFen: demand.wageMinFen,
      wageMaxFen: demand.wageMaxFen,
      rank: destinationRank(candidate.destinations, demand.cityCode),
      pastPlacements: candidate.pastPlacements,
      meanFollowUpRating: candidate.meanFollowUpRating,
      daysWaiting: input.todayDay - input.candidates.certifiedDay[candidateIndex],
      householdCategory: candidate.householdCategory,
      agencyRecordPenalty: demand.agencyRecordPenalty,
    },
    input.policy,
  );
  // The generator sums the same functions per side; a difference would be a bug, not bad data.
  if (score !== solvedScore) throw new Error(`Score of ${candidate.id} × ${demand.id}: explained ${score}, solved ${solvedScore}`);
  return { candidateId: candidate.id, demandId: demand.id, score, components };
}

/**
 * The lowest score among each demand's proposals when it is full, else 0: what a pair needs to
 * beat to get a slot there. In an optimal matching an unmatched candidate never beats it (else
 * swapping her in would raise the total), so the difference is how far she fell short.
 */
export function slotThresholds(graph: MatchingGraph, rowEdge: Int32Array): Float64Array {
  const { colCount, edgeCol, edgeScore, capacity } = graph;
  const fill = new Int32Array(colCount);
  const weakest = new Float64Array(colCount).fill(Infinity);
  for (const edge of rowEdge) {
    if (edge < 0) continue;
    const col = edgeCol[edge];
    fill[col]++;
    if (edgeScore[edge] < weakest[col]) weakest[col] = edgeScore[edge];
  }
  return weakest.map((score, col) => (fill[col] >= capacity[col] ? score : 0));
}

export function explainUnmatched(input: PreparedInput, index: DemandIndex, graph: MatchingGraph, thresholds: Float64Array, candidateIndex: number): Unmatched {
  const candidateId = input.candidates.list[candidateIndex].id;
  const { rowStart, edgeCol, edgeScore } = graph;
  if (rowStart[candidateIndex + 1] === rowStart[candidateIndex]) {
    return { candidateId, reason: 'NO_FEASIBLE_DEMAND', detail: diagnoseNoFeasibleDemand(input, index, candidateIndex) };
  }
  let closest = -1;
  let shortest = Infinity;
  for (let e = rowStart[candidateIndex]; e < rowStart[candidateIndex + 1]; e++) {
    const short = thresholds[edgeCol[e]] - edgeScore[e];
    if (short < shortest || (short === shortest && edgeCol[e] < closest)) {
      shortest = short;
      closest = edgeCol[e];
    }
  }
  return {
    candidateId,
    reason: 'OUTSCORED',
    detail: {
      feasibleDemands: rowStart[candidateIndex + 1] - rowStart[candidateIndex],
      closestDemandId: input.demands.list[closest].id,
      pointsShort: Math.max(0, shortest),
    },
  };
}

/**
 * Follows the rules as a funnel over the open demands of the majors she holds: at her level, in
 * her cities, then which of wage, dates or an earlier decline removed most of the rest. Only
 * her own index buckets are visited, so this stays cheap at national scale.
 */
function diagnoseNoFeasibleDemand(input: PreparedInput, index: DemandIndex, candidateIndex: number): NoFeasibleDemandDetail {
  const { candidates, demands, policy } = input;
  const candidate = candidates.list[candidateIndex];
  const declined = input.declined.get(candidateIndex);
  const detail: NoFeasibleDemandDetail = {
    rule: 'MAJOR_LEVEL',
    demandsOfHeldMajors: 0,
    atHeldLevel: 0,
    inAcceptedCities: 0,
    removedBy: { WAGE: 0, DATES: 0, DECLINED: 0 },
  };
  for (let major = 0; major < MAJOR_COUNT; major++) {
    const heldLevel = candidates.bestLevel[candidateIndex * MAJOR_COUNT + major];
    if (heldLevel === NO_LEVEL) continue;
    const byMajor = index[major];
    detail.demandsOfHeldMajors += byMajor.all.length;
    for (let level = heldLevel; level <= 5; level++) detail.atHeldLevel += byMajor.countByMinLevel[level];
    const accepted = candidate.acceptsAnyDestination
      ? byMajor.all
      : [...new Set(candidate.destinations)].flatMap((city) => byMajor.byCity.get(city) ?? []);
    for (const d of accepted) {
      if (!meetsLevel(heldLevel, demands.minLevel[d])) continue;
      detail.inAcceptedCities++;
      if (!meetsWage(candidate.expectedWageFen, demands.wageMaxFen[d], policy.wageTolerancePercent)) detail.removedBy.WAGE++;
      else if (!meetsDates(candidates.availableDay[candidateIndex], demands.startDay[d], policy.maxStartDelayDays)) detail.removedBy.DATES++;
      else if (declined?.has(d)) detail.removedBy.DECLINED++;
    }
  }
  if (detail.atHeldLevel === 0) detail.rule = 'MAJOR_LEVEL';
  else if (detail.inAcceptedCities === 0) detail.rule = 'DESTINATION';
  else {
    const { WAGE, DATES, DECLINED } = detail.removedBy;
    detail.rule = WAGE >= DATES && WAGE >= DECLINED ? 'WAGE' : DATES >= DECLINED ? 'DATES' : 'DECLINED';
  }
  return detail;
}
