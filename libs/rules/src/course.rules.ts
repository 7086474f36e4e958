import { daysBetween, LocalDate } from './local-date';

/** The programme's curriculum split: theory is 25-35 % of a course's hours (about 30 %). */
export const THEORY_SHARE_MIN_PERCENT = 25;
export const THEORY_SHARE_MAX_PERCENT = 35;

/** A cohort may run this many days longer than its course (holidays, exam scheduling). */
export const COHORT_EXTRA_DAYS_ALLOWED = 15;

/** Theory hours as a percent of all hours, e.g. 30 for 48 theory + 112 practice. */
export function theorySharePercent(theoryHours: number, practiceHours: number): number {
  return (theoryHours * 100) / (theoryHours + practiceHours);
}

/**
 * Null when the theory share is within 25-35 % (bounds included), else the message that states
 * the computed share. Compared in integers, so the bounds never depend on floating-point rounding.
 */
export function theoryShareProblem(theoryHours: number, practiceHours: number): string | null {
  const total = theoryHours + practiceHours;
  const scaled = theoryHours * 100;
  if (scaled >= THEORY_SHARE_MIN_PERCENT * total && scaled <= THEORY_SHARE_MAX_PERCENT * total) return null;
  const share = theorySharePercent(theoryHours, practiceHours).toFixed(1);
  return `理论课时占比为${share}%，应在${THEORY_SHARE_MIN_PERCENT}%-${THEORY_SHARE_MAX_PERCENT}%之间`;
}

export type CohortDatesProblem = { reason: 'END_BEFORE_START' | 'COHORT_TOO_LONG'; message: string };

/** Days a cohort runs, counting both its first and its last day. */
export function cohortDays(startDate: LocalDate, endDate: LocalDate): number {
  return daysBetween(startDate, endDate) + 1;
}

/** Null when the cohort's dates fit its course: end not before start, at most durationDays + 15 days. */
export function cohortDatesProblem(startDate: LocalDate, endDate: LocalDate, courseDurationDays: number): CohortDatesProblem | null {
  if (endDate < startDate) {
    return { reason: 'END_BEFORE_START', message: `结束日期（${endDate}）不能早于开班日期（${startDate}）` };
  }
  const days = cohortDays(startDate, endDate);
  const longest = courseDurationDays + COHORT_EXTRA_DAYS_ALLOWED;
  if (days > longest) {
    return {
      reason: 'COHORT_TOO_LONG',
      message: `培训期共${days}天，课程学制${courseDurationDays}天，最多可排${longest}天`,
    };
  }
  return null;
}
