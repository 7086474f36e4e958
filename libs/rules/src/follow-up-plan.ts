import { addDays, LocalDate, localDateToDb, toLocalDate } from './local-date';

/**
 * The follow-up visit plan of a placement (常态化联络回访) and the timing of its reminders and
 * escalations. Dates are calendar dates in Asia/Shanghai; instants are UTC Dates.
 */
export type VisitChannelValue = 'PHONE' | 'VIDEO' | 'IN_PERSON';
export type VisitStatusValue = 'PLANNED' | 'DONE' | 'NOT_REACHED' | 'OVERDUE' | 'CANCELLED';

/** The plan's part of the policy admins edit (see FollowUpPolicy). */
export interface VisitPlanPolicy {
  firstVisitDay: number;
  firstVisitChannel: VisitChannelValue;
  secondVisitDay: number;
  secondVisitChannel: VisitChannelValue;
  monthlyUntilMonth: number;
  laterEveryMonths: number;
  horizonMonths: number;
}

/** The timing part of the policy. */
export interface VisitTimingPolicy {
  reminderDaysBefore: number;
  escalateDaysAfterDue: number;
}

export interface PlannedVisit {
  sequence: number;
  dueDate: LocalDate;
  channel: VisitChannelValue;
}

/** What the plan needs to know of a placement and of the station that covers it. */
export interface PlanSubject {
  startDate: LocalDate;
  /** Visits after the placement's end are not planned. */
  endDate: LocalDate | null;
  /** False for the home centre, which visits by phone or video only. */
  inPersonAvailable: boolean;
}

/** Monthly and quarterly contacts after the first two are phone calls. */
export const REGULAR_VISIT_CHANNEL: VisitChannelValue = 'PHONE';
/** Reminders and escalations go out at 09:00 China Standard Time, when the station's staff are at work. */
export const FOLLOW_UP_ALERT_HOUR = 9;

const CST_OFFSET_HOURS = 8;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The same day of the month `months` later, clamped to the month's last day (2026-01-31 + 1 month
 * is 2026-02-28, + 2 months 2026-03-31: always counted from the given date, so it never drifts).
 */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = targetMonth === 2 && isLeapYear(targetYear) ? 29 : DAYS_IN_MONTH[targetMonth - 1];
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The instant of `hour`:00 China Standard Time on `date`. */
export function localHourInstant(date: LocalDate, hour: number): Date {
  return new Date(localDateToDb(date).getTime() + (hour - CST_OFFSET_HOURS) * 3_600_000);
}

/** The home centre cannot visit in person: an in-person rule becomes a phone call there. */
export function channelFor(ruleChannel: VisitChannelValue, inPersonAvailable: boolean): VisitChannelValue {
  return ruleChannel === 'IN_PERSON' && !inPersonAvailable ? 'PHONE' : ruleChannel;
}

/**
 * The visits the policy asks for, from the start date up to `until` (inclusive) and the end date:
 * day N1 and day N2 after the start (default 7 by phone, 30 in person), then one a month until
 * month M (default 6), then every K months (default 3) while the placement lasts. Months are
 * calendar months counted from the start date; the first monthly visit comes in the month after
 * the day-N2 visit's.
 */
export function planVisits(policy: VisitPlanPolicy, subject: PlanSubject, until: LocalDate): PlannedVisit[] {
  const last = subject.endDate && subject.endDate < until ? subject.endDate : until;
  const rules: Array<{ dueDate: LocalDate; channel: VisitChannelValue }> = [
    { dueDate: addDays(subject.startDate, policy.firstVisitDay), channel: policy.firstVisitChannel },
    { dueDate: addDays(subject.startDate, policy.secondVisitDay), channel: policy.secondVisitChannel },
  ];
  const firstMonthly = Math.ceil(policy.secondVisitDay / 30) + 1;
  for (let month = firstMonthly; month <= policy.monthlyUntilMonth; month++) {
    rules.push({ dueDate: addMonthsClamped(subject.startDate, month), channel: REGULAR_VISIT_CHANNEL });
  }
  const quarterlyFrom = Math.max(policy.monthlyUntilMonth, firstMonthly - 1);
  for (let month = quarterlyFrom + policy.laterEveryMonths; ; month += policy.laterEveryMonths) {
    const dueDate = addMonthsClamped(subject.startDate, month);
    if (dueDate > last) break;
    rules.push({ dueDate, channel: REGULAR_VISIT_CHANNEL });
  }
  return rules
    .filter((rule) => rule.dueDate <= last)
    .map((rule, index) => ({ sequence: index + 1, dueDate: rule.dueDate, channel: channelFor(rule.channel, subject.inPersonAvailable) }));
}

/** How far ahead an open-ended placement's visits are planned on `today`. */
export function planHorizon(policy: Pick<VisitPlanPolicy, 'horizonMonths'>, today: LocalDate): LocalDate {
  return addMonthsClamped(today, policy.horizonMonths);
}

/**
 * The plan written when a placement is registered on `today`. A placement registered late would
 * start with visits already past due (and escalated at once); instead those are dropped and one
 * catch-up call is due today, unless a planned visit falls today anyway.
 */
export function initialPlan(policy: VisitPlanPolicy, subject: PlanSubject, today: LocalDate): PlannedVisit[] {
  const from = subject.startDate > today ? subject.startDate : today;
  const all = planVisits(policy, subject, planHorizon(policy, from));
  const upcoming = all.filter((visit) => visit.dueDate >= today);
  const missedSome = upcoming.length < all.length;
  const ended = subject.endDate !== null && subject.endDate < today;
  const catchUp = missedSome && !ended && upcoming[0]?.dueDate !== today ? [{ dueDate: today, channel: REGULAR_VISIT_CHANNEL }] : [];
  return [...catchUp, ...upcoming].map((visit, index) => ({ sequence: index + 1, dueDate: visit.dueDate, channel: visit.channel }));
}

/**
 * The visits to append to a plan whose last visit is `last`, so that it reaches `until`: those the
 * policy asks for after the last one, numbered on from its sequence.
 */
export function planExtension(policy: VisitPlanPolicy, subject: PlanSubject, last: { sequence: number; dueDate: LocalDate }, until: LocalDate): PlannedVisit[] {
  return planVisits(policy, subject, until)
    .filter((visit) => visit.dueDate > last.dueDate)
    .map((visit, index) => ({ ...visit, sequence: last.sequence + index + 1 }));
}

/**
 * The channel the rules give a visit due on `dueDate` at a (new) station: the day-N1 and day-N2
 * visits keep their rules' channels, every other visit (regular or catch-up) is a phone call.
 */
export function ruleChannelOn(policy: VisitPlanPolicy, startDate: LocalDate, dueDate: LocalDate, inPersonAvailable: boolean): VisitChannelValue {
  const rule =
    dueDate === addDays(startDate, policy.firstVisitDay)
      ? policy.firstVisitChannel
      : dueDate === addDays(startDate, policy.secondVisitDay)
        ? policy.secondVisitChannel
        : REGULAR_VISIT_CHANNEL;
  return channelFor(rule, inPersonAvailable);
}

// ───────────── reminders and escalations ─────────────

export type VisitJobKind = 'REMINDER' | 'ESCALATION';

/** What the alerts need to know of a visit. */
export interface VisitAlertState {
  status: VisitStatusValue;
  dueDate: LocalDate;
  /** Whether the reminder (escalation) was already sent: recorded on the visit by its job. */
  reminded: boolean;
  escalated: boolean;
}

/** When the job of this kind falls due: the reminder the day before (09:00), the escalation N days after (09:00). */
export function visitJobAt(kind: VisitJobKind, dueDate: LocalDate, policy: VisitTimingPolicy): Date {
  const day = kind === 'REMINDER' ? addDays(dueDate, -policy.reminderDaysBefore) : addDays(dueDate, policy.escalateDaysAfterDue);
  return localHourInstant(day, FOLLOW_UP_ALERT_HOUR);
}

/** Both job times of a visit due on `dueDate` (visits due the same day share them: compute once). */
export function visitJobTimes(dueDate: LocalDate, policy: VisitTimingPolicy): Record<VisitJobKind, Date> {
  return { REMINDER: visitJobAt('REMINDER', dueDate, policy), ESCALATION: visitJobAt('ESCALATION', dueDate, policy) };
}

/** Whether the visit still needs this job at all: a planned visit not yet reminded (escalated). */
export function visitJobPending(kind: VisitJobKind, visit: Pick<VisitAlertState, 'status' | 'reminded' | 'escalated'>): boolean {
  if (visit.status !== 'PLANNED') return false;
  return kind === 'REMINDER' ? !visit.reminded : !visit.escalated;
}

/** The jobs the visit still needs whose time (from visitJobTimes) is at or before `until`. */
export function pendingVisitJobs(
  visit: Pick<VisitAlertState, 'status' | 'reminded' | 'escalated'>,
  times: Record<VisitJobKind, Date>,
  until: Date,
): Array<{ kind: VisitJobKind; at: Date }> {
  return (['REMINDER', 'ESCALATION'] as const)
    .filter((kind) => visitJobPending(kind, visit) && times[kind].getTime() <= until.getTime())
    .map((kind) => ({ kind, at: times[kind] }));
}

/**
 * The latest due date of a visit one of whose jobs may fall due by `until` (the reminder comes
 * first): the reconciler reads planned visits up to it.
 */
export function lastDueDateWithJobsBy(until: Date, policy: VisitTimingPolicy): LocalDate {
  return addDays(toLocalDate(until), policy.reminderDaysBefore);
}

/**
 * How many of the latest logged visits (newest first) in a row did not reach the caregiver;
 * visits not logged (planned, overdue, cancelled) do not break the run.
 */
export function notReachedStreak(loggedNewestFirst: VisitStatusValue[]): number {
  let streak = 0;
  for (const status of loggedNewestFirst) {
    if (status === 'NOT_REACHED') streak++;
    else if (status === 'DONE') break;
  }
  return streak;
}

/** Which list of followUpsDue a not-yet-logged visit belongs to on `today`. */
export function dueBucket(dueDate: LocalDate, today: LocalDate): 'OVERDUE' | 'TODAY' | 'UPCOMING' {
  if (dueDate < today) return 'OVERDUE';
  return dueDate === today ? 'TODAY' : 'UPCOMING';
}
