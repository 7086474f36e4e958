const MOBILE = /^1[3-9]\d{9}$/;

/** Strips spaces, dashes and a +86 / 0086 prefix. */
export function normalizeMobilePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
}

/** A mainland China mobile number: 11 digits, 1 then 3-9. */
export function isMobilePhone(raw: string): boolean {
  return MOBILE.test(normalizeMobilePhone(raw));
}

export const MOBILE_PHONE_MESSAGE = '手机号应为11位中国大陆手机号码（以13-19开头）';
