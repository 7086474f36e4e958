import { certificateCheckChar, makeCertificateNumber, MAX_CERTIFICATE_SEQUENCE, parseCertificateNumber } from './certificate-number';

const parts = { issueYear: 2026, major: 'ELDERCARE', level: 'LEVEL_5', sequence: 12 } as const;
const number = makeCertificateNumber(parts);

describe('certificate numbers', () => {
  it('lays out programme, year, major code, level, 8-digit serial and check character', () => {
    expect(number).toBe('LL2026YL500000012C');
    expect(makeCertificateNumber({ issueYear: 2025, major: 'MATERNITY_NANNY', level: 'LEVEL_4', sequence: 1 })).toMatch(/^LL2025YS400000001.$/);
    expect(makeCertificateNumber({ issueYear: 2025, major: 'PATIENT_CARE', level: 'LEVEL_3', sequence: 7 })).toMatch(/^LL2025BH300000007.$/);
    expect(makeCertificateNumber({ issueYear: 2025, major: 'HOUSEKEEPING', level: 'LEVEL_1', sequence: MAX_CERTIFICATE_SEQUENCE })).toMatch(/^LL2025JJ199999999.$/);
  });

  it('parses a number back into its parts, whatever the case and spacing', () => {
    expect(parseCertificateNumber(number)).toEqual({ ok: true, normalized: number, parts });
    expect(parseCertificateNumber(`  ${number.toLowerCase().slice(0, 9)} ${number.toLowerCase().slice(9)} `)).toEqual({ ok: true, normalized: number, parts });
  });

  it('refuses text that does not have the shape of a number', () => {
    for (const text of ['', 'LL2026YL50000001', `${number}0`, number.replace('LL', 'XX'), number.replace('YL', 'QQ'), number.replace('YL5', 'YL6'), number.replace('YL5', 'YL0')]) {
      expect(parseCertificateNumber(text)).toEqual({ ok: false, problem: 'FORMAT' });
    }
  });

  it('catches every single mistyped digit', () => {
    const digitPositions = [...number.slice(0, -1)].flatMap((char, i) => (/\d/.test(char) ? [i] : []));
    for (const i of digitPositions) {
      for (const digit of '0123456789') {
        if (digit === number[i] || (i === 8 && !'12345'.includes(digit))) continue;
        const typo = number.slice(0, i) + digit + number.slice(i + 1);
        expect(parseCertificateNumber(typo)).toEqual({ ok: false, problem: 'CHECK_CHARACTER' });
      }
    }
  });

  it('catches a wrong major code and a wrong check character', () => {
    for (const code of ['BH', 'YS', 'JJ']) expect(parseCertificateNumber(number.replace('YL', code)).ok).toBe(false);
    for (const check of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
      if (check !== number.slice(-1)) expect(parseCertificateNumber(number.slice(0, -1) + check)).toEqual({ ok: false, problem: 'CHECK_CHARACTER' });
    }
  });

  it('catches every swap of two different neighbouring digits', () => {
    const body = makeCertificateNumber({ issueYear: 2031, major: 'PATIENT_CARE', level: 'LEVEL_4', sequence: 98_765_432 });
    for (let i = 2; i < body.length - 2; i++) {
      const [a, b] = [body[i], body[i + 1]];
      if (a === b || !/\d/.test(a) || !/\d/.test(b)) continue;
      const swapped = body.slice(0, i) + b + a + body.slice(i + 2);
      expect(parseCertificateNumber(swapped).ok).toBe(false);
    }
  });

  it('computes the check character from the body only', () => {
    expect(certificateCheckChar(number.slice(0, -1))).toBe(number.slice(-1));
  });

  it('refuses parts it cannot encode', () => {
    expect(() => makeCertificateNumber({ ...parts, sequence: 0 })).toThrow(RangeError);
    expect(() => makeCertificateNumber({ ...parts, sequence: MAX_CERTIFICATE_SEQUENCE + 1 })).toThrow(RangeError);
    expect(() => makeCertificateNumber({ ...parts, issueYear: 20260 })).toThrow(RangeError);
  });
});
