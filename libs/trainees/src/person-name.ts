/**
 * Chinese personal names (姓名) are one field: 2 or more Han characters, and minority names
 * transliterated into Chinese join their parts with a middle dot (阿依古丽·买买提).
 */
export const PERSON_NAME_RULE = /^(?=.{2,30}$)\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
export const PERSON_NAME_MESSAGE = '姓名应为2-30个汉字，少数民族姓名各部分之间用“·”分隔';

/** The dots people type for the middle dot: bullet, katakana and full-width forms, a full stop. */
const MIDDLE_DOT_LOOKALIKES = /[.•‧∙⋅・･．]/g;

/** Removes whitespace and turns every middle-dot look-alike into "·", so one person has one spelling. */
export function normalizePersonName(raw: string): string {
  return raw.replace(/\s+/g, '').replace(MIDDLE_DOT_LOOKALIKES, '·');
}
