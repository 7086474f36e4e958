import { DEFAULT_MATCHING_POLICY, SCORE_COMPONENTS, type MatchingPolicy, type ScoreComponent } from '@carebridge/matching-engine';

/** What each score component means, for admins editing weights and for people reading a proposal. */
export const SCORE_COMPONENT_LABELS: Record<ScoreComponent, string> = {
  majorLevelFit: '专业与等级匹配',
  wageFit: '薪资匹配',
  destinationRank: '意向城市顺位',
  experience: '从业经历与回访评价',
  waitingTime: '取证后等待时间',
  householdPriority: '困难家庭优先',
  agencyRecord: '用工单位维权记录',
};

/** The stored policy row, as far as the engine needs it. */
export interface StoredMatchingPolicy {
  wageTolerancePercent: number;
  maxStartDelayDays: number;
  /** `{ component: weight }`; a component missing (or not a whole number) takes the default weight. */
  weights: unknown;
}

/** The weight of every component: the stored one where there is a usable one, the default otherwise. */
export function storedWeights(weights: unknown): Record<ScoreComponent, number> {
  const stored = weights !== null && typeof weights === 'object' && !Array.isArray(weights) ? (weights as Record<string, unknown>) : {};
  const result = { ...DEFAULT_MATCHING_POLICY.weights };
  for (const component of SCORE_COMPONENTS) {
    const weight = stored[component];
    if (typeof weight === 'number' && Number.isInteger(weight) && weight >= 0) result[component] = weight;
  }
  return result;
}

/**
 * The engine's policy from the stored row. The waiting-time cap and the household priorities are
 * not stored yet: they are the engine's defaults.
 */
export function toEnginePolicy(row: StoredMatchingPolicy): MatchingPolicy {
  return {
    ...DEFAULT_MATCHING_POLICY,
    wageTolerancePercent: row.wageTolerancePercent,
    maxStartDelayDays: row.maxStartDelayDays,
    weights: storedWeights(row.weights),
  };
}
