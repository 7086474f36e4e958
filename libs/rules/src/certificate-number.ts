/**
 * Certificate numbers (证书编号), 18 characters, e.g. `LL2026YL500000012C`:
 *
 *   LL      the programme (吕梁, Lüliang)
 *   2026    year of issue
 *   YL      major: YL 养老陪护 (ELDERCARE), BH 病患陪护 (PATIENT_CARE),
 *           YS 月嫂育儿嫂 (MATERNITY_NANNY), JJ 家居保洁 (HOUSEKEEPING)
 *   5       level digit: 5 = 五级/初级 … 1 = 一级/高级技师
 *   00000012 8-digit serial from the database sequence `certificate_number_seq` (programme-wide,
 *           never reused; 8 digits because the platform is sized for 100× the programme's 83,079
 *           certificates, more than 6 digits hold)
 *   C       check character over the 17 characters before it
 *
 * The check character uses the weighting of the Unified Social Credit Code (GB 32100): character
 * values 0-9 and A-Z = 10-35, weights 3^i mod 31, check = (31 − Σ mod 31) mod 31 written in the
 * 31-character alphabet below (no I, O, S, V, Z, which read like 1, 0, 5, U, 2). Because 31 is
 * prime and the weights are distinct, every single mistyped character and every swap of two
 * neighbouring characters that still fits the format is caught on verification.
 */

export type CertificateMajor = 'ELDERCARE' | 'PATIENT_CARE' | 'MATERNITY_NANNY' | 'HOUSEKEEPING';
export type CertificateLevelValue = 'LEVEL_5' | 'LEVEL_4' | 'LEVEL_3' | 'LEVEL_2' | 'LEVEL_1';

export interface CertificateNumberParts {
  issueYear: number;
  major: CertificateMajor;
  level: CertificateLevelValue;
  sequence: number;
}

export type CertificateNumberProblem = 'FORMAT' | 'CHECK_CHARACTER';

export const CERTIFICATE_MAJOR_CODES: Record<CertificateMajor, string> = {
  ELDERCARE: 'YL',
  PATIENT_CARE: 'BH',
  MATERNITY_NANNY: 'YS',
  HOUSEKEEPING: 'JJ',
};

const PROGRAMME_PREFIX = 'LL';
const SEQUENCE_DIGITS = 8;
export const MAX_CERTIFICATE_SEQUENCE = 10 ** SEQUENCE_DIGITS - 1;

const VALUE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CHECK_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const MODULUS = 31;
const WEIGHT_BASE = 3;

const MAJOR_BY_CODE = new Map(Object.entries(CERTIFICATE_MAJOR_CODES).map(([major, code]) => [code, major as CertificateMajor]));
const SHAPE = new RegExp(
  `^${PROGRAMME_PREFIX}(\\d{4})(${Object.values(CERTIFICATE_MAJOR_CODES).join('|')})([1-5])(\\d{${SEQUENCE_DIGITS}})([${CHECK_ALPHABET}])$`,
);

/** The check character for the characters before it. */
export function certificateCheckChar(body: string): string {
  let sum = 0;
  let weight = 1;
  for (const char of body) {
    sum = (sum + VALUE_ALPHABET.indexOf(char) * weight) % MODULUS;
    weight = (weight * WEIGHT_BASE) % MODULUS;
  }
  return CHECK_ALPHABET[(MODULUS - sum) % MODULUS];
}

export function makeCertificateNumber(parts: CertificateNumberParts): string {
  const { issueYear, major, level, sequence } = parts;
  if (!Number.isInteger(issueYear) || issueYear < 1000 || issueYear > 9999) throw new RangeError(`Issue year out of range: ${issueYear}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_CERTIFICATE_SEQUENCE) {
    throw new RangeError(`Certificate sequence out of range: ${sequence}`);
  }
  const body = `${PROGRAMME_PREFIX}${issueYear}${CERTIFICATE_MAJOR_CODES[major]}${level.slice(-1)}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
  return body + certificateCheckChar(body);
}

/** What people type or paste: surrounding and inner spaces dropped, letters upper-cased. */
export function normalizeCertificateNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** Reads a certificate number back into its parts, or says why it cannot be one. */
export function parseCertificateNumber(
  raw: string,
): { ok: true; normalized: string; parts: CertificateNumberParts } | { ok: false; problem: CertificateNumberProblem } {
  const normalized = normalizeCertificateNumber(raw);
  const match = SHAPE.exec(normalized);
  if (!match) return { ok: false, problem: 'FORMAT' };
  const [, year, majorCode, levelDigit, sequence, check] = match;
  if (certificateCheckChar(normalized.slice(0, -1)) !== check) return { ok: false, problem: 'CHECK_CHARACTER' };
  return {
    ok: true,
    normalized,
    parts: {
      issueYear: Number(year),
      major: MAJOR_BY_CODE.get(majorCode) as CertificateMajor,
      level: `LEVEL_${levelDigit}` as CertificateLevelValue,
      sequence: Number(sequence),
    },
  };
}
