import { canMoveTraineeStatus, TRAINEE_STATUS_LABELS, TraineeStatusValue } from './trainee-status.rules';

const STATUSES = Object.keys(TRAINEE_STATUS_LABELS) as TraineeStatusValue[];

/** The pipeline's moves: forward through training to a job, and back where the programme allows. */
const ALLOWED_MOVES: Array<[TraineeStatusValue, TraineeStatusValue]> = [
  ['REGISTERED', 'IN_TRAINING'],
  ['IN_TRAINING', 'CERTIFIED'],
  ['IN_TRAINING', 'REGISTERED'],
  ['IN_TRAINING', 'AVAILABLE'],
  ['CERTIFIED', 'AVAILABLE'],
  ['CERTIFIED', 'IN_TRAINING'],
  ['AVAILABLE', 'PLACED'],
  ['AVAILABLE', 'IN_TRAINING'],
  ['PLACED', 'AVAILABLE'],
];

describe('trainee status rules', () => {
  it.each(ALLOWED_MOVES)('allows %s → %s', (from, to) => {
    expect(canMoveTraineeStatus(from, to)).toBe(true);
  });

  const refused = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [TraineeStatusValue, TraineeStatusValue])).filter(
    ([from, to]) => !ALLOWED_MOVES.some(([f, t]) => f === from && t === to),
  );
  it.each(refused)('refuses %s → %s', (from, to) => {
    expect(canMoveTraineeStatus(from, to)).toBe(false);
  });

  it('refuses skipping training or certification', () => {
    expect(canMoveTraineeStatus('REGISTERED', 'CERTIFIED')).toBe(false);
    expect(canMoveTraineeStatus('REGISTERED', 'AVAILABLE')).toBe(false);
    expect(canMoveTraineeStatus('CERTIFIED', 'PLACED')).toBe(false);
  });

  it('labels every status in Chinese', () => {
    expect(STATUSES).toEqual(['REGISTERED', 'IN_TRAINING', 'CERTIFIED', 'AVAILABLE', 'PLACED']);
    for (const status of STATUSES) expect(TRAINEE_STATUS_LABELS[status]).toMatch(/^\p{Script=Han}+$/u);
  });
});
