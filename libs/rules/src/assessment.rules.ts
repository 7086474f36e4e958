import { meetsMinAttendance, tenthsToHours } from './attendance.rules';
import { TraineeStatusValue } from './trainee-status.rules';

export interface AssessmentScores {
  theoryScore: number;
  practicalScore: number;
}

export interface PassMarks {
  theoryPassMark: number;
  practicalPassMark: number;
}

export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

/** A pass needs both parts: a strong practical cannot make up for a failed theory exam, nor the reverse. */
export function isAssessmentPassed(scores: AssessmentScores, marks: PassMarks): boolean {
  return scores.theoryScore >= marks.theoryPassMark && scores.practicalScore >= marks.practicalPassMark;
}

/** Tenths of an hour a trainee must have attended: the policy's share of the course's hours, rounded up. */
export function requiredAttendanceTenths(courseHours: number, minPercent: number): number {
  return Math.ceil((courseHours * 10 * minPercent) / 100);
}

/** Null when the trainee attended enough of the course to sit the assessment, else the message saying by how much she fell short. */
export function attendanceShortfallMessage(attendedTenths: number, courseHours: number, minPercent: number): string | null {
  if (meetsMinAttendance(attendedTenths, courseHours, minPercent)) return null;
  const required = tenthsToHours(requiredAttendanceTenths(courseHours, minPercent));
  return `出勤学时不足，不能参加考核：已出勤${tenthsToHours(attendedTenths)}学时，至少需${required}学时（课程共${courseHours}学时的${minPercent}%）`;
}

export interface TraineeStanding {
  /** She is still enrolled, and active, in another cohort. */
  inOtherActiveCohort: boolean;
  /** She holds a valid certificate from an earlier course. */
  holdsValidCertificate: boolean;
}

/**
 * Where an assessment moves the trainee, or null for nowhere. Only a trainee in training moves
 * (one certified meanwhile by another course keeps her standing). A pass certifies her. After a
 * fail she stays in training while another cohort still runs; returns to the job pool if an
 * earlier certificate still qualifies her (as after a drop-out); else goes back to REGISTERED,
 * free to enrol again.
 */
export function traineeStatusAfterAssessment(current: TraineeStatusValue, passed: boolean, standing: TraineeStanding): TraineeStatusValue | null {
  if (current !== 'IN_TRAINING') return null;
  if (passed) return 'CERTIFIED';
  if (standing.inOtherActiveCohort) return null;
  return standing.holdsValidCertificate ? 'AVAILABLE' : 'REGISTERED';
}
