/**
 * Validates the input once and lays it out for the hot loops: both sides sorted by id (so the
 * result does not depend on the order rows came from the database), and the per-side parts of
 * the score computed once per candidate and once per demand.
 */
import { dayNumberCache } from './dates';
import { agencyRecordValue, experienceValue, householdPriorityValue, waitingTimeValue } from './score';
import { HOUSEHOLD_CATEGORIES, MAJORS, type Candidate, type DeclinedPair, type Demand, type MatchingInput, type MatchingPolicy } from './types';

export const MAJOR_COUNT = MAJORS.length;
export const MAJOR_INDEX: ReadonlyMap<string, number> = new Map(MAJORS.map((major, index) => [major, index]));
/** In PreparedCandidates.bestLevel: the candidate holds no certificate of that major. */
export const NO_LEVEL = 0;

export interface PreparedCandidates {
  list: readonly Candidate[];
  /** bestLevel[c * MAJOR_COUNT + m]: the best (lowest) level held in major m, or NO_LEVEL. */
  bestLevel: Int8Array;
  availableDay: Int32Array;
  certifiedDay: Int32Array;
  /** Points of the components that depend on the candidate only. */
  constantPoints: Int32Array;
}

export interface PreparedDemands {
  list: readonly Demand[];
  major: Int8Array;
  minLevel: Int8Array;
  wageMinFen: Float64Array;
  wageMaxFen: Float64Array;
  startDay: Int32Array;
  /** Points of the components that depend on the demand only. */
  constantPoints: Int32Array;
  capacity: Int32Array;
}

export interface PreparedInput {
  candidates: PreparedCandidates;
  demands: PreparedDemands;
  /** Declined demand indexes per candidate index. */
  declined: Map<number, Set<number>>;
  policy: MatchingPolicy;
  todayDay: number;
}

export function prepareInput(input: MatchingInput): PreparedInput {
  const dayNumber = dayNumberCache();
  const todayDay = dayNumber(input.today);
  const candidates = prepareCandidates(sortById(input.candidates, 'candidate'), input.policy, todayDay, dayNumber);
  const demands = prepareDemands(sortById(input.demands, 'demand'), input.policy, dayNumber);
  const declined = indexDeclined(input.declined ?? [], candidates.list, demands.list);
  return { candidates, demands, declined, policy: input.policy, todayDay };
}

/** Sorted by id (already sorted input — the usual case — is only checked); ids must be unique. */
function sortById<T extends { id: string }>(items: readonly T[], what: string): readonly T[] {
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = items[i - 1].id < items[i].id;
  const result = sorted ? items : [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < result.length; i++) {
    if (result[i - 1].id === result[i].id) throw new RangeError(`Duplicate ${what} id ${result[i].id}`);
  }
  return result;
}

function assertIntegerIn(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${what} must be an integer in [${min}, ${max}], got ${value}`);
}

function prepareCandidates(list: readonly Candidate[], policy: MatchingPolicy, todayDay: number, dayNumber: (date: string) => number): PreparedCandidates {
  const n = list.length;
  const bestLevel = new Int8Array(n * MAJOR_COUNT);
  const availableDay = new Int32Array(n);
  const certifiedDay = new Int32Array(n);
  const constantPoints = new Int32Array(n);
  const { weights } = policy;
  for (let c = 0; c < n; c++) {
    const candidate = list[c];
    for (const certificate of candidate.certificates) {
      const major = MAJOR_INDEX.get(certificate.major);
      if (major === undefined) throw new RangeError(`Candidate ${candidate.id}: unknown major ${certificate.major}`);
      assertIntegerIn(certificate.level, 1, 5, `Candidate ${candidate.id}: certificate level`);
      const slot = c * MAJOR_COUNT + major;
      if (bestLevel[slot] === NO_LEVEL || certificate.level < bestLevel[slot]) bestLevel[slot] = certificate.level;
    }
    if (candidate.expectedWageFen !== null) assertIntegerIn(candidate.expectedWageFen, 0, Number.MAX_SAFE_INTEGER, `Candidate ${candidate.id}: expectedWageFen`);
    assertIntegerIn(candidate.pastPlacements, 0, Number.MAX_SAFE_INTEGER, `Candidate ${candidate.id}: pastPlacements`);
    if (!HOUSEHOLD_CATEGORIES.includes(candidate.householdCategory)) {
      throw new RangeError(`Candidate ${candidate.id}: unknown household category ${candidate.householdCategory}`);
    }
    const rating = candidate.meanFollowUpRating;
    if (rating !== null && !(rating >= 1 && rating <= 5)) throw new RangeError(`Candidate ${candidate.id}: meanFollowUpRating must be in [1, 5]`);
    availableDay[c] = dayNumber(candidate.availableFrom);
    certifiedDay[c] = dayNumber(candidate.certifiedOn);
    const daysWaiting = todayDay - certifiedDay[c];
    constantPoints[c] =
      experienceValue(candidate.pastPlacements, candidate.meanFollowUpRating) * weights.experience +
      waitingTimeValue(daysWaiting, policy.waitingTimeCapDays) * weights.waitingTime +
      householdPriorityValue(candidate.householdCategory, policy) * weights.householdPriority;
  }
  return { list, bestLevel, availableDay, certifiedDay, constantPoints };
}

function prepareDemands(list: readonly Demand[], policy: MatchingPolicy, dayNumber: (date: string) => number): PreparedDemands {
  const m = list.length;
  const prepared: PreparedDemands = {
    list,
    major: new Int8Array(m),
    minLevel: new Int8Array(m),
    wageMinFen: new Float64Array(m),
    wageMaxFen: new Float64Array(m),
    startDay: new Int32Array(m),
    constantPoints: new Int32Array(m),
    capacity: new Int32Array(m),
  };
  for (let d = 0; d < m; d++) {
    const demand = list[d];
    const major = MAJOR_INDEX.get(demand.major);
    if (major === undefined) throw new RangeError(`Demand ${demand.id}: unknown major ${demand.major}`);
    assertIntegerIn(demand.minLevel, 1, 5, `Demand ${demand.id}: minLevel`);
    assertIntegerIn(demand.openHeadcount, 0, 2 ** 31 - 1, `Demand ${demand.id}: openHeadcount`);
    assertIntegerIn(demand.wageMinFen, 0, Number.MAX_SAFE_INTEGER, `Demand ${demand.id}: wageMinFen`);
    assertIntegerIn(demand.wageMaxFen, demand.wageMinFen, Number.MAX_SAFE_INTEGER, `Demand ${demand.id}: wageMaxFen (≥ wageMinFen)`);
    if (!(demand.agencyRecordPenalty >= 0 && demand.agencyRecordPenalty <= 1)) throw new RangeError(`Demand ${demand.id}: agencyRecordPenalty must be in [0, 1]`);
    prepared.major[d] = major;
    prepared.minLevel[d] = demand.minLevel;
    prepared.wageMinFen[d] = demand.wageMinFen;
    prepared.wageMaxFen[d] = demand.wageMaxFen;
    prepared.startDay[d] = dayNumber(demand.startDate);
    prepared.constantPoints[d] = agencyRecordValue(demand.agencyRecordPenalty) * policy.weights.agencyRecord;
    prepared.capacity[d] = demand.openHeadcount;
  }
  return prepared;
}

/** Declined pairs naming a candidate or demand outside this run are irrelevant and ignored. */
function indexDeclined(pairs: readonly DeclinedPair[], candidates: readonly Candidate[], demands: readonly Demand[]): Map<number, Set<number>> {
  const byCandidate = new Map<number, Set<number>>();
  if (pairs.length === 0) return byCandidate;
  const demandIdsByCandidateId = new Map<string, string[]>();
  for (const pair of pairs) {
    const ids = demandIdsByCandidateId.get(pair.candidateId);
    if (ids) ids.push(pair.demandId);
    else demandIdsByCandidateId.set(pair.candidateId, [pair.demandId]);
  }
  const demandIndex = new Map(demands.map((demand, index) => [demand.id, index]));
  candidates.forEach((candidate, c) => {
    for (const demandId of demandIdsByCandidateId.get(candidate.id) ?? []) {
      const d = demandIndex.get(demandId);
      if (d === undefined) continue;
      let set = byCandidate.get(c);
      if (!set) byCandidate.set(c, (set = new Set()));
      set.add(d);
    }
  });
  return byCandidate;
}
