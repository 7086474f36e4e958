import { cohortDatesProblem, cohortDays, theoryShareProblem, theorySharePercent } from './course.rules';

describe('theoryShareProblem', () => {
  it('accepts the programme split of 30 % theory', () => {
    expect(theorySharePercent(48, 112)).toBe(30);
    expect(theoryShareProblem(48, 112)).toBeNull();
  });

  it('accepts exactly 25 % and exactly 35 %', () => {
    expect(theoryShareProblem(25, 75)).toBeNull();
    expect(theoryShareProblem(35, 65)).toBeNull();
    expect(theoryShareProblem(7, 13)).toBeNull();
  });

  it('refuses a share above 35 % and states it with one decimal', () => {
    expect(theoryShareProblem(40, 60)).toBe('理论课时占比为40.0%，应在25%-35%之间');
    expect(theoryShareProblem(36, 64)).toContain('36.0%');
  });

  it('refuses a share below 25 % and states it', () => {
    expect(theoryShareProblem(249, 751)).toContain('24.9%');
    expect(theoryShareProblem(20, 80)).toBe('理论课时占比为20.0%，应在25%-35%之间');
  });
});

describe('cohortDatesProblem', () => {
  it('counts both the first and the last day', () => {
    expect(cohortDays('2026-03-02', '2026-03-31')).toBe(30);
    expect(cohortDays('2026-03-02', '2026-03-02')).toBe(1);
  });

  it('accepts a one-day cohort and a cohort as long as the course plus 15 days', () => {
    expect(cohortDatesProblem('2026-03-02', '2026-03-02', 30)).toBeNull();
    expect(cohortDatesProblem('2026-03-01', '2026-04-14', 30)).toBeNull(); // 45 days
  });

  it('refuses an end before the start', () => {
    expect(cohortDatesProblem('2026-03-02', '2026-03-01', 30)).toMatchObject({ reason: 'END_BEFORE_START' });
  });

  it('refuses a cohort longer than the course plus 15 days, stating the lengths', () => {
    const problem = cohortDatesProblem('2026-03-01', '2026-04-15', 30); // 46 days
    expect(problem).toEqual({ reason: 'COHORT_TOO_LONG', message: '培训期共46天，课程学制30天，最多可排45天' });
  });
});
