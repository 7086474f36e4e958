import { LocalDate } from './local-date';

/** A refused attendance record: a stable reason, a message for people, and the input field at fault. */
export interface AttendanceProblem {
  reason: 'HOURS_INVALID' | 'HOURS_NONE' | 'HOURS_OVER_DAILY_MAX' | 'DATE_OUTSIDE_COHORT' | 'DATE_IN_FUTURE';
  message: string;
  field: 'theoryHours' | 'practiceHours' | 'date';
}

const HOURS_FIELD_LABELS = { theoryHours: '理论课时', practiceHours: '实操课时' } as const;

/** Hours are recorded in half hours; stored in tenths so sums stay exact. */
export function hoursToTenths(hours: number): number {
  return Math.round(hours * 10);
}

export function tenthsToHours(tenths: number): number {
  return tenths / 10;
}

function isHalfHourStep(hours: number): boolean {
  return Number.isFinite(hours) && hours >= 0 && Number.isInteger(hours * 2);
}

/** Null when a day's hours are valid: each ≥ 0 in half-hour steps, together more than 0 and at most the daily maximum. */
export function attendanceHoursProblem(theoryHours: number, practiceHours: number, maxDailyHours: number): AttendanceProblem | null {
  for (const field of ['theoryHours', 'practiceHours'] as const) {
    const hours = field === 'theoryHours' ? theoryHours : practiceHours;
    if (!isHalfHourStep(hours)) {
      return { reason: 'HOURS_INVALID', field, message: `${HOURS_FIELD_LABELS[field]}应为不小于0、以0.5小时为单位的数（收到 ${hours}）` };
    }
  }
  const total = theoryHours + practiceHours;
  if (total <= 0) return { reason: 'HOURS_NONE', field: 'theoryHours', message: '理论课时与实操课时合计应大于0' };
  if (total > maxDailyHours) {
    return {
      reason: 'HOURS_OVER_DAILY_MAX',
      field: 'practiceHours',
      message: `当天课时合计${total}小时，超过每日上限${maxDailyHours}小时`,
    };
  }
  return null;
}

/** Null when the day lies within the cohort's dates and is not after today. */
export function attendanceDateProblem(date: LocalDate, cohortStart: LocalDate, cohortEnd: LocalDate, today: LocalDate): AttendanceProblem | null {
  if (date < cohortStart || date > cohortEnd) {
    return { reason: 'DATE_OUTSIDE_COHORT', field: 'date', message: `考勤日期（${date}）应在本期培训日期 ${cohortStart} 至 ${cohortEnd} 之内` };
  }
  if (date > today) return { reason: 'DATE_IN_FUTURE', field: 'date', message: `考勤日期（${date}）不能晚于今天（${today}）` };
  return null;
}

/** Attended hours as a percent of the course's hours, to one decimal (e.g. 82.5). */
export function attendancePercent(attendedTenths: number, courseHours: number): number {
  if (courseHours <= 0) return 0;
  return Math.round((attendedTenths * 100) / courseHours) / 10;
}

/** Whether attendance reaches the required percent, compared exactly in integers. */
export function meetsMinAttendance(attendedTenths: number, courseHours: number, minPercent: number): boolean {
  return attendedTenths * 100 >= minPercent * courseHours * 10;
}
