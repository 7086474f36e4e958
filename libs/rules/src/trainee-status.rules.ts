/** Trainee statuses, in the order of the programme's pipeline (later issues add more). */
export type TraineeStatusValue = 'REGISTERED' | 'IN_TRAINING' | 'CERTIFIED' | 'AVAILABLE' | 'PLACED';

/**
 * The moves a trainee's status may make, and why each exists:
 * enrolment starts training; a pass certifies; a certified trainee declares herself available for
 * jobs; a placement places her and its end returns her to the pool; a drop-out or a failed
 * assessment returns her to REGISTERED so she can enrol again; a certified trainee who re-trains
 * (a second major, a higher level) and drops out still holds her certificate, so she returns to
 * AVAILABLE instead.
 */
const ALLOWED: Record<TraineeStatusValue, readonly TraineeStatusValue[]> = {
  REGISTERED: ['IN_TRAINING'],
  IN_TRAINING: ['CERTIFIED', 'REGISTERED', 'AVAILABLE'],
  CERTIFIED: ['AVAILABLE', 'IN_TRAINING'],
  AVAILABLE: ['PLACED', 'IN_TRAINING'],
  PLACED: ['AVAILABLE'],
};

export function canMoveTraineeStatus(from: TraineeStatusValue, to: TraineeStatusValue): boolean {
  return ALLOWED[from].includes(to);
}

export const TRAINEE_STATUS_LABELS: Record<TraineeStatusValue, string> = {
  REGISTERED: '已登记',
  IN_TRAINING: '培训中',
  CERTIFIED: '已取证',
  AVAILABLE: '待就业',
  PLACED: '已上岗',
};
