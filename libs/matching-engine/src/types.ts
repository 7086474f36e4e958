/**
 * Public types of the matching engine. Plain data in, plain data out: the engine never sees the
 * database, so the worker that loads candidates and demand maps rows onto these shapes.
 */
import type { SparseSolverStats } from './sparse-solver';


export type LocalDate = string;

export const MAJORS = ['ELDERCARE', 'PATIENT_CARE', 'MATERNITY_NANNY', 'HOUSEKEEPING'] as const;
export type Major = (typeof MAJORS)[number];

export const HOUSEHOLD_CATEGORIES = ['REGISTERED_POOR', 'LIFTED_OUT', 'RURAL', 'URBAN_LOW_INCOME', 'UNEMPLOYED_GRADUATE'] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];

/** A certificate the candidate holds; level 1 (一级/高级技师) is the highest, 5 (五级/初级工) the lowest — as LEVEL_n in the database. */
export interface CandidateCertificate {
  major: Major;
  level: number;
}

/** A certified, available trainee. */
export interface Candidate {
  id: string;
  certificates: readonly CandidateCertificate[];
  /** City codes in order of preference (first = most wanted). */
  destinations: readonly string[];
  acceptsAnyDestination: boolean;
  expectedWageFen: number | null;
  availableFrom: LocalDate;
  householdCategory: HouseholdCategory;
  /** Issue date of the candidate's first valid certificate: the waiting time counts from it. */
  certifiedOn: LocalDate;
  pastPlacements: number;
  /** Mean follow-up rating (1-5) of past placements, null while there is none. */
  meanFollowUpRating: number | null;
}

/** An open job demand; each unit of openHeadcount is one slot. */
export interface Demand {
  id: string;
  major: Major;
  /** Lowest certificate level accepted (1 = 一级 … 5 = 五级): a candidate's level must be ≤ this number. */
  minLevel: number;
  cityCode: string;
  wageMinFen: number;
  wageMaxFen: number;
  startDate: LocalDate;
  openHeadcount: number;
  /** 0 = clean record, 1 = the worst rights-case history. */
  agencyRecordPenalty: number;
}

export const SCORE_COMPONENTS = [
  'majorLevelFit',
  'wageFit',
  'destinationRank',
  'experience',
  'waitingTime',
  'householdPriority',
  'agencyRecord',
] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

/** The feasibility rules, in the order a demand is filtered by them. */
export const FEASIBILITY_RULES = ['MAJOR_LEVEL', 'DESTINATION', 'WAGE', 'DATES', 'DECLINED'] as const;
export type FeasibilityRule = (typeof FEASIBILITY_RULES)[number];

/** The admin-edited policy: everything that shapes feasibility and scores is data. */
export interface MatchingPolicy {
  /** The wage range's maximum must reach expectation × (1 − tolerance / 100). */
  wageTolerancePercent: number;
  /** A candidate available this many days after the demand's start date still fits. */
  maxStartDelayDays: number;
  /** Waiting time stops adding points after this many days since certification. */
  waitingTimeCapDays: number;
  /** Integer weight of each component; a component's value (0-100) times its weight gives its points. */
  weights: Readonly<Record<ScoreComponent, number>>;
  /** Value (0-100) of the householdPriority component for each household category. */
  householdPriority: Readonly<Record<HouseholdCategory, number>>;
}

export interface DeclinedPair {
  candidateId: string;
  demandId: string;
}

/** The previous run's answer, to re-solve from after a small change (see MatchingResult.duals). */
export interface WarmStart {
  assignments: readonly DeclinedPair[];
  demandPrices: Readonly<Record<string, number>>;
}

export interface MatchingInput {
  candidates: readonly Candidate[];
  demands: readonly Demand[];
  /** Pairs declined before; they are never proposed again. */
  declined?: readonly DeclinedPair[];
  policy: MatchingPolicy;
  /** The run's calendar date (Asia/Shanghai), for waiting times. */
  today: LocalDate;
  warmStart?: WarmStart;
}

export interface ComponentExplanation {
  /** 0-100 */
  value: number;
  weight: number;
  /** value × weight; the components' points sum to the proposal's score. */
  points: number;
}

export type ScoreExplanation = Record<ScoreComponent, ComponentExplanation>;

export interface Assignment {
  candidateId: string;
  demandId: string;
  score: number;
  components: ScoreExplanation;
}

/** Why a candidate who got nothing could not be placed anywhere. */
export interface NoFeasibleDemandDetail {
  /** The filter that removed the last demands (for WAGE/DATES/DECLINED: the one that removed most). */
  rule: FeasibilityRule;
  /** Open demands of a major she holds a certificate of. */
  demandsOfHeldMajors: number;
  /** …of those, at a level she meets. */
  atHeldLevel: number;
  /** …of those, in a city she accepts. */
  inAcceptedCities: number;
  /** Of the demands in accepted cities, how many each later rule removed (first failing rule counts). */
  removedBy: Record<'WAGE' | 'DATES' | 'DECLINED', number>;
}

/** Why a candidate with feasible demands got none: their slots went to pairs scoring more. */
export interface OutscoredDetail {
  feasibleDemands: number;
  /** The demand she came closest to, and how many more points her pair would have needed (0 = lost a tie). */
  closestDemandId: string;
  pointsShort: number;
}

export type Unmatched =
  | { candidateId: string; reason: 'NO_FEASIBLE_DEMAND'; detail: NoFeasibleDemandDetail }
  | { candidateId: string; reason: 'OUTSCORED'; detail: OutscoredDetail };

export type SolverKind = 'sparse' | 'dense' | 'none';

export interface MatchingStats {
  candidates: number;
  demands: number;
  slots: number;
  pairsGenerated: number;
  solver: SolverKind;
  warmStarted: boolean;
  /** The sparse solver's work (see SparseSolverStats). */
  solverWork?: SparseSolverStats;
  /** Milliseconds per phase. */
  timings: { indexMs: number; pairsMs: number; solveMs: number; explainMs: number; totalMs: number };
}

export interface MatchingResult {
  /** In candidate id order. */
  assignments: Assignment[];
  totalScore: number;
  /** In candidate id order. */
  unmatched: Unmatched[];
  /**
   * Optimal dual prices of the demands (only the positive ones): roughly the score a pair must
   * reach to win a slot there. With the assignments they prove optimality (checkOptimality) and
   * warm-start the next run. Empty after the dense solver: a warm start then uses the assignments
   * alone, which is just as exact.
   */
  duals: { demandPrices: Record<string, number> };
  stats: MatchingStats;
}
