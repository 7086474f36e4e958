import { isLocalDate, LocalDate } from './local-date';

/** GB 11643-1999 weights of the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

export type ResidentIdProblem = 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE';

export interface ResidentIdFacts {
  /** Upper-cased, trimmed, 18 characters. */
  normalized: string;
  /** Administrative division code of the place of registration (first 6 digits). */
  regionCode: string;
  birthDate: LocalDate;
  sex: 'MALE' | 'FEMALE';
}

export function normalizeResidentId(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The check character (last position) for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11];
}

/**
 * Validates an 18-character resident ID number (居民身份证号) and derives the birth date and sex.
 * Returns the problem instead of throwing so callers can phrase the message for their context.
 */
export function parseResidentId(raw: string): { ok: true; facts: ResidentIdFacts } | { ok: false; problem: ResidentIdProblem } {
  const id = normalizeResidentId(raw);
  if (!SHAPE.test(id)) return { ok: false, problem: 'FORMAT' };
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'CHECKSUM' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isLocalDate(birthDate) || Number(id.slice(6, 10)) < 1900) return { ok: false, problem: 'BIRTH_DATE' };
  return {
    ok: true,
    facts: {
      normalized: id,
      regionCode: id.slice(0, 6),
      birthDate,
      // The 17th digit (sequence code) is odd for men, even for women.
      sex: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    },
  };
}

export const RESIDENT_ID_PROBLEM_MESSAGES: Record<ResidentIdProblem, string> = {
  FORMAT: '身份证号应为18位，前17位为数字，最后一位为数字或X',
  CHECKSUM: '身份证号校验位不正确，请核对后重新输入',
  BIRTH_DATE: '身份证号中的出生日期无效',
};

/**
 * Builds a valid resident ID number (for seeds and tests): region code, birth date, a three-digit
 * sequence whose parity gives the sex, and the computed check character.
 */
export function makeResidentId(regionCode: string, birthDate: LocalDate, sequence: number, sex: 'MALE' | 'FEMALE'): string {
  const base = Math.floor(sequence % 500) * 2 + (sex === 'MALE' ? 1 : 0);
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(base).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}
