import { makeResidentId, normalizeResidentId, parseResidentId, RESIDENT_ID_PROBLEM_MESSAGES, residentIdCheckChar } from './resident-id';

/** The sample number of GB 11643-1999 itself, whose check character is X. */
const STANDARD_SAMPLE = '11010519491231002X';

/** The first ID made from these parts whose check character passes `test`. */
function idWhoseCheck(test: (check: string) => boolean): string {
  for (let sequence = 0; sequence < 500; sequence++) {
    const id = makeResidentId('141124', '1990-03-07', sequence, 'FEMALE');
    if (test(id[17])) return id;
  }
  throw new Error('no such ID');
}

const problemOf = (raw: string) => {
  const parsed = parseResidentId(raw);
  return parsed.ok ? null : parsed.problem;
};

describe('resident ID (GB 11643-1999)', () => {
  it('computes the check character from the weighted sum of the first 17 digits', () => {
    expect(residentIdCheckChar(STANDARD_SAMPLE.slice(0, 17))).toBe('X');
    // 1×7 + 4×9 + 1×10 + 1×5 + 2×8 + 4×4 + 1×2 + 9×1 + 9×6 + 0×3 + 0×7 + 3×9 + 0×10 + 7×5 + 0×8 + 0×4 + 2×2 = 221; 221 mod 11 = 1 → '0'
    expect(residentIdCheckChar('14112419900307002')).toBe('0');
  });

  it('accepts valid IDs and derives region, birth date and sex', () => {
    expect(parseResidentId(STANDARD_SAMPLE)).toEqual({
      ok: true,
      facts: { normalized: STANDARD_SAMPLE, regionCode: '110105', birthDate: '1949-12-31', sex: 'FEMALE' },
    });
    expect(parseResidentId('141124199003070012')).toMatchObject({ ok: true, facts: { regionCode: '141124', birthDate: '1990-03-07', sex: 'MALE' } });
  });

  it('normalizes a lower-case x and surrounding spaces', () => {
    expect(normalizeResidentId(' 11010519491231002x ')).toBe(STANDARD_SAMPLE);
    expect(parseResidentId('11010519491231002x')).toMatchObject({ ok: true, facts: { normalized: STANDARD_SAMPLE } });
  });

  it('refuses a corrupted X check digit and an X where a digit belongs', () => {
    const endsInX = idWhoseCheck((check) => check === 'X');
    const endsInDigit = idWhoseCheck((check) => check !== 'X');
    for (const digit of '0123456789') expect(problemOf(endsInX.slice(0, 17) + digit)).toBe('CHECKSUM');
    expect(problemOf(endsInDigit.slice(0, 17) + 'X')).toBe('CHECKSUM');
  });

  it('refuses any single changed digit and two swapped neighbours', () => {
    const id = idWhoseCheck(() => true);
    for (let position = 0; position < 17; position++) {
      const changed = id.slice(0, position) + String((Number(id[position]) + 1) % 10) + id.slice(position + 1);
      expect(problemOf(changed)).not.toBeNull();
    }
    // 1990 → 1909 in the birth year (positions 8 and 9 carry different weights).
    expect(problemOf(id.slice(0, 8) + id[9] + id[8] + id.slice(10))).not.toBeNull();
  });

  it.each([
    ['17 characters', STANDARD_SAMPLE.slice(0, 17)],
    ['19 characters', `${STANDARD_SAMPLE}1`],
    ['a letter in the body', 'A1010519491231002X'],
    ['an old 15-digit ID', '110105491231002'],
    ['an empty string', ''],
  ])('refuses %s as FORMAT', (_why, raw) => {
    expect(problemOf(raw)).toBe('FORMAT');
  });

  it.each([
    ['30 February', '19900230'],
    ['29 February of a common year', '19910229'],
    ['month 13', '19901301'],
    ['day 00', '19900100'],
    ['a year before 1900', '18991231'],
  ])('refuses a birth date of %s even with a correct check character', (_why, yyyymmdd) => {
    const first17 = `141124${yyyymmdd}002`;
    expect(problemOf(first17 + residentIdCheckChar(first17))).toBe('BIRTH_DATE');
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseResidentId(makeResidentId('141124', '2000-02-29', 1, 'MALE'))).toMatchObject({ ok: true, facts: { birthDate: '2000-02-29' } });
  });

  it('reads the sex from the parity of the 17th digit', () => {
    for (let sequence = 0; sequence < 20; sequence++) {
      const male = makeResidentId('141102', '1985-06-15', sequence, 'MALE');
      const female = makeResidentId('141102', '1985-06-15', sequence, 'FEMALE');
      expect(Number(male[16]) % 2).toBe(1);
      expect(Number(female[16]) % 2).toBe(0);
      expect(parseResidentId(male)).toMatchObject({ ok: true, facts: { sex: 'MALE' } });
      expect(parseResidentId(female)).toMatchObject({ ok: true, facts: { sex: 'FEMALE' } });
    }
  });

  it('makes distinct valid IDs for distinct sequences', () => {
    const ids = Array.from({ length: 500 }, (_, sequence) => makeResidentId('141124', '1990-03-07', sequence, 'FEMALE'));
    expect(new Set(ids).size).toBe(500);
    expect(ids.every((id) => parseResidentId(id).ok)).toBe(true);
    expect(ids.some((id) => id.endsWith('X'))).toBe(true);
  });

  it('has a Chinese message for every problem', () => {
    expect(RESIDENT_ID_PROBLEM_MESSAGES.CHECKSUM).toContain('校验位');
    expect(RESIDENT_ID_PROBLEM_MESSAGES.BIRTH_DATE).toContain('出生日期');
    expect(RESIDENT_ID_PROBLEM_MESSAGES.FORMAT).toContain('18位');
  });
});
