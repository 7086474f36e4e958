/**
 * The feasibility rules of a (candidate, demand) pair, one predicate each. They work on plain
 * numbers so the pair generator can call them millions of times and the explanations reuse
 * exactly the same rules.
 */

/** Level 1 is the highest (一级), so a held level meets a minimum when its number is not larger. */
export function meetsLevel(heldLevel: number, minLevel: number): boolean {
  return heldLevel <= minLevel;
}

/** The range's maximum reaches the expectation less the tolerance; no expectation fits any wage. */
export function meetsWage(expectedWageFen: number | null, wageMaxFen: number, tolerancePercent: number): boolean {
  // Compared in integer fen × 100 so that no rounding decides a borderline case.
  return expectedWageFen === null || wageMaxFen * 100 >= expectedWageFen * (100 - tolerancePercent);
}

/** The candidate is available by the demand's start date plus the allowed delay (all in day numbers). */
export function meetsDates(availableDay: number, startDay: number, maxStartDelayDays: number): boolean {
  return availableDay <= startDay + maxStartDelayDays;
}

/** Preference rank of a city among the candidate's destinations: 0 = first choice, -1 = not listed. */
export function destinationRank(destinations: readonly string[], cityCode: string): number {
  return destinations.indexOf(cityCode);
}

/** The city is acceptable: listed, or the candidate accepts anywhere. */
export function meetsDestination(rank: number, acceptsAnyDestination: boolean): boolean {
  return rank >= 0 || acceptsAnyDestination;
}
