/**
 * Unified Social Credit Codes (统一社会信用代码, GB 32100-2015), e.g. `91141100MA0K2QX04E`:
 *
 *   9         registration authority (登记管理部门, 9 = market regulation)
 *   1         organisation category (机构类别, 1 = company)
 *   141100    administrative division of the registering authority (GB/T 2260, always digits)
 *   MA0K2QX04 organisation code (主体标识码, GB 11714)
 *   B         check character over the 17 characters before it
 *
 * Characters come from a 31-character alphabet without I, O, S, V and Z (they read like 1, 0, 5,
 * U and 2); a character's value is its index. Weights are 3^i mod 31; check = (31 − Σ mod 31) mod 31.
 */

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CHAR = `[${CREDIT_CODE_ALPHABET}]`;
const SHAPE = new RegExp(`^${CHAR}{2}\\d{6}${CHAR}{10}$`);
const PREFIX_SHAPE = new RegExp(`^${CHAR}{2}\\d{6}${CHAR}{9}$`);

export type CreditCodeProblem = 'FORMAT' | 'CHECKSUM';

export const CREDIT_CODE_PROBLEM_MESSAGES: Record<CreditCodeProblem, string> = {
  FORMAT: '统一社会信用代码应为18位，由数字和大写字母组成（不含I、O、S、V、Z），第3-8位为行政区划代码',
  CHECKSUM: '统一社会信用代码校验位不正确，请核对营业执照后重新输入',
};

export function normalizeCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The check character (last position) for the first 17 characters, which must be from the alphabet. */
export function creditCodeCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * CREDIT_CODE_ALPHABET.indexOf(first17[i]), 0);
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Validates a code; returns the problem instead of throwing so callers can phrase it for their context. */
export function parseCreditCode(raw: string): { ok: true; normalized: string } | { ok: false; problem: CreditCodeProblem } {
  const code = normalizeCreditCode(raw);
  if (!SHAPE.test(code)) return { ok: false, problem: 'FORMAT' };
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, problem: 'CHECKSUM' };
  return { ok: true, normalized: code };
}

/** A valid code from its first 17 characters (for seeds and tests). */
export function makeCreditCode(prefix17: string): string {
  const prefix = normalizeCreditCode(prefix17);
  if (!PREFIX_SHAPE.test(prefix)) throw new RangeError(`Not the first 17 characters of a credit code: ${prefix17}`);
  return prefix + creditCodeCheckChar(prefix);
}
