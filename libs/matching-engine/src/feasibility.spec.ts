import { destinationRank, meetsDates, meetsDestination, meetsLevel, meetsWage } from './feasibility';

describe('feasibility rules', () => {
  it('major/level: level 1 is the highest, so a held level meets every minimum with a number at least as large', () => {
    expect(meetsLevel(3, 3)).toBe(true);
    expect(meetsLevel(2, 4)).toBe(true);
    expect(meetsLevel(4, 3)).toBe(false);
    expect(meetsLevel(5, 1)).toBe(false);
  });

  it('destination: a listed city (its rank), or any city when the candidate accepts anywhere', () => {
    expect(destinationRank(['310100', '110100'], '110100')).toBe(1);
    expect(destinationRank(['310100'], '440100')).toBe(-1);
    expect(meetsDestination(0, false)).toBe(true);
    expect(meetsDestination(-1, false)).toBe(false);
    expect(meetsDestination(-1, true)).toBe(true);
  });

  it('wage: the range maximum must reach the expectation less the tolerance, in exact fen', () => {
    expect(meetsWage(null, 0, 0)).toBe(true);
    expect(meetsWage(500_000, 500_000, 0)).toBe(true);
    expect(meetsWage(500_000, 499_999, 0)).toBe(false);
    expect(meetsWage(500_000, 450_000, 10)).toBe(true);
    expect(meetsWage(500_000, 449_999, 10)).toBe(false);
  });

  it('dates: available by the start date plus the allowed delay', () => {
    expect(meetsDates(100, 100, 0)).toBe(true);
    expect(meetsDates(101, 100, 0)).toBe(false);
    expect(meetsDates(114, 100, 14)).toBe(true);
    expect(meetsDates(115, 100, 14)).toBe(false);
  });
});
