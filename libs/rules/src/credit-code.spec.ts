import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, makeCreditCode, normalizeCreditCode, parseCreditCode } from './credit-code';

/** Codes printed on real business licences, and ones made for the programme's seed data. */
const VALID = ['91350100M000100Y43', '91110108551385082Q', '91110000710931141J', '914403001922038216', '91141100MA0K2QX04E', '52141102MJY123456X'];

describe('unified social credit codes (GB 32100-2015)', () => {
  it('accepts valid codes, including the standard example and check values 0 and letters', () => {
    for (const code of VALID) expect(parseCreditCode(code)).toEqual({ ok: true, normalized: code });
  });

  it('normalises case and surrounding spaces', () => {
    expect(parseCreditCode('  91110108551385082q ')).toEqual({ ok: true, normalized: '91110108551385082Q' });
    expect(parseCreditCode('91141100ma0k2qx04e')).toEqual({ ok: true, normalized: '91141100MA0K2QX04E' });
    expect(normalizeCreditCode(' ab ')).toBe('AB');
  });

  it('computes the check character as (31 − Σ mod 31) mod 31 over the weights 3^i mod 31', () => {
    // Σ over the all-zero prefix is 0, so the check value is 31 mod 31 = 0, never 31.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    // Only the first character counts (value 1, weight 1): Σ = 1, check = 30 = 'Y'.
    expect(creditCodeCheckChar('10000000000000000')).toBe('Y');
    // The last weight is 28: value 1 there gives check 3.
    expect(creditCodeCheckChar('00000000000000001')).toBe('3');
  });

  it('refuses codes of the wrong length or with characters outside the alphabet', () => {
    for (const text of ['', '9135010', '91350100M000100Y4', '91350100M000100Y433', '91350100M000100Y4-', '91350100 M000100Y4']) {
      expect(parseCreditCode(text)).toEqual({ ok: false, problem: 'FORMAT' });
    }
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('refuses the forbidden letter %s even where the checksum would fit', (letter) => {
    const code = `91350100M${letter}00100Y4`;
    expect(parseCreditCode(`${code}0`)).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseCreditCode(`${code.toLowerCase()}0`)).toEqual({ ok: false, problem: 'FORMAT' });
  });

  it('requires digits for the administrative division (characters 3-8)', () => {
    expect(parseCreditCode('91A50100M000100Y43')).toEqual({ ok: false, problem: 'FORMAT' });
  });

  it('catches every single mistyped character and every swap of neighbouring characters', () => {
    const code = '91141100MA0K2QX04E';
    for (let i = 0; i < 18; i++) {
      for (const char of CREDIT_CODE_ALPHABET) {
        if (char === code[i]) continue;
        const typo = code.slice(0, i) + char + code.slice(i + 1);
        expect(parseCreditCode(typo).ok).toBe(false);
      }
    }
    for (let i = 0; i < 17; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(parseCreditCode(swapped).ok).toBe(false);
    }
  });

  it('reports a corrupted check character as CHECKSUM', () => {
    expect(parseCreditCode('91350100M000100Y44')).toEqual({ ok: false, problem: 'CHECKSUM' });
    expect(parseCreditCode('91110108551385082R')).toEqual({ ok: false, problem: 'CHECKSUM' });
    expect(parseCreditCode('91110108551385083Q')).toEqual({ ok: false, problem: 'CHECKSUM' });
  });

  it('makes valid codes from 17-character prefixes, and refuses prefixes of the wrong shape', () => {
    expect(makeCreditCode('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(makeCreditCode('91141100ma0k2qx04')).toBe('91141100MA0K2QX04E');
    for (let n = 0; n < 200; n++) {
      const code = makeCreditCode(`9114110${n % 10}MA${String(n).padStart(7, '0')}`);
      expect(parseCreditCode(code)).toEqual({ ok: true, normalized: code });
    }
    expect(() => makeCreditCode('91350100M000100Y')).toThrow(RangeError);
    expect(() => makeCreditCode('91350100M000100YI')).toThrow(RangeError);
  });
});
