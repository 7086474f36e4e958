import { addMonthsClamped } from './follow-up-plan';
import { addDays, LocalDate } from './local-date';

/**
 * Employment subsidies (就业补贴): who has earned one under a policy, and how much.
 *
 * The rule, kept simple so staff can explain it to a caregiver:
 * - The period is the first `monthsEmployed` calendar months of ONE placement: from its start
 *   date to the day before the same day `monthsEmployed` months later (clamped to the month's
 *   end, as the visit plan counts months). One placement is continuous employment; two
 *   placements are not added up.
 * - The placement covers the whole period (still active, or ended on or after its last day),
 *   and the period is over by the day the check runs.
 * - Its last day falls within the policy's valid period (validFrom … validUntil, inclusive).
 * - It is verified by follow-ups: the period is cut into windows of three months from its start
 *   (the last one may be shorter), and each window holds at least one logged (DONE) visit.
 * - The amount is the policy's, plus its extra for caregivers from registered-poor households.
 */
export const VERIFICATION_WINDOW_MONTHS = 3;

/** The terms of a subsidy policy the rule reads. */
export interface SubsidyTerms {
  monthsEmployed: number;
  amountFen: number;
  extraRegisteredPoorFen: number;
  validFrom: LocalDate;
  validUntil: LocalDate;
}

/** What the rule needs to know of one placement and its caregiver. */
export interface SubsidyEmployment {
  startDate: LocalDate;
  /** Null while the placement is active. */
  endDate: LocalDate | null;
  /** Calendar dates (China Standard Time) of the placement's logged follow-up visits. */
  loggedVisitDates: readonly LocalDate[];
  registeredPoor: boolean;
}

export interface DateRange {
  from: LocalDate;
  to: LocalDate;
}

export type SubsidyIneligibility = 'PERIOD_NOT_OVER' | 'EMPLOYMENT_TOO_SHORT' | 'OUTSIDE_VALID_PERIOD' | 'NOT_VERIFIED';

export type SubsidyAssessment = { eligible: true; period: DateRange; amountFen: number } | { eligible: false; reason: SubsidyIneligibility };

/** The first `months` months of employment that began on `startDate`, last day inclusive. */
export function subsidyPeriod(startDate: LocalDate, months: number): DateRange {
  return { from: startDate, to: addDays(addMonthsClamped(startDate, months), -1) };
}

/** The period cut into windows of three months from its start; the last window ends with the period. */
export function verificationWindows(period: DateRange): DateRange[] {
  const windows: DateRange[] = [];
  for (let months = 0; ; months += VERIFICATION_WINDOW_MONTHS) {
    const from = addMonthsClamped(period.from, months);
    if (from > period.to) return windows;
    const next = addDays(addMonthsClamped(period.from, months + VERIFICATION_WINDOW_MONTHS), -1);
    windows.push({ from, to: next < period.to ? next : period.to });
  }
}

/** Whether the placement has earned the policy's subsidy by `today`, and if so for which period and how much. */
export function assessSubsidy(terms: SubsidyTerms, employment: SubsidyEmployment, today: LocalDate): SubsidyAssessment {
  const period = subsidyPeriod(employment.startDate, terms.monthsEmployed);
  if (period.to >= today) return { eligible: false, reason: 'PERIOD_NOT_OVER' };
  if (employment.endDate !== null && employment.endDate < period.to) return { eligible: false, reason: 'EMPLOYMENT_TOO_SHORT' };
  if (period.to < terms.validFrom || period.to > terms.validUntil) return { eligible: false, reason: 'OUTSIDE_VALID_PERIOD' };
  const verified = verificationWindows(period).every((window) =>
    employment.loggedVisitDates.some((date) => date >= window.from && date <= window.to),
  );
  if (!verified) return { eligible: false, reason: 'NOT_VERIFIED' };
  return { eligible: true, period, amountFen: terms.amountFen + (employment.registeredPoor ? terms.extraRegisteredPoorFen : 0) };
}
