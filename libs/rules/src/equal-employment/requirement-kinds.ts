import { CERTIFICATE_LEVEL_LABELS, MAJOR_LABELS, MajorValue } from '../certificate-level';
import { DiscriminationCategory } from './discrimination-category';

/** A structured requirement as an employer writes it; `kind` is free text so refused kinds can be named back. */
export interface DemandRequirementInput {
  kind: string;
  value?: string | null;
  justification?: string | null;
}

/** A requirement after checking: its kind is one of the allowed kinds, text trimmed. */
export interface DemandRequirement {
  kind: AllowedRequirementKind;
  value: string | null;
  justification: string | null;
}

export const ALLOWED_REQUIREMENT_KINDS = [
  'CERTIFICATE_LEVEL',
  'MAJOR',
  'MIN_EXPERIENCE_MONTHS',
  'HEALTH_CERTIFICATE',
  'LIVE_IN',
  'SAME_SEX_AS_RECIPIENT',
] as const;
export type AllowedRequirementKind = (typeof ALLOWED_REQUIREMENT_KINDS)[number];

type ValueRule =
  | { type: 'NONE' }
  | { type: 'ONE_OF'; values: Record<string, string> }
  | { type: 'INTEGER'; min: number; max: number; unit: string };

interface AllowedKindRule {
  allowed: true;
  label: string;
  value: ValueRule;
  /** Minimum length of the written justification, when the kind needs one. */
  justificationMinLength?: number;
  /** The majors the kind may be used for (all when absent). */
  onlyForMajors?: readonly MajorValue[];
}

interface RefusedKindRule {
  allowed: false;
  label: string;
  category: DiscriminationCategory;
  reason: string;
}

/** Majors whose work includes intimate personal care (bathing, toileting, postpartum care). */
const PERSONAL_CARE_MAJORS: readonly MajorValue[] = ['ELDERCARE', 'PATIENT_CARE', 'MATERNITY_NANNY'];

const ALLOWED_KIND_RULES: Record<AllowedRequirementKind, AllowedKindRule> = {
  CERTIFICATE_LEVEL: { allowed: true, label: '职业技能等级', value: { type: 'ONE_OF', values: CERTIFICATE_LEVEL_LABELS } },
  MAJOR: { allowed: true, label: '专业', value: { type: 'ONE_OF', values: MAJOR_LABELS } },
  MIN_EXPERIENCE_MONTHS: { allowed: true, label: '最少从业经验', value: { type: 'INTEGER', min: 0, max: 240, unit: '个月' } },
  HEALTH_CERTIFICATE: { allowed: true, label: '持有健康证', value: { type: 'NONE' } },
  LIVE_IN: { allowed: true, label: '住家', value: { type: 'NONE' } },
  SAME_SEX_AS_RECIPIENT: {
    allowed: true,
    label: '与被护理人同性（贴身护理）',
    value: { type: 'NONE' },
    justificationMinLength: 10,
    onlyForMajors: PERSONAL_CARE_MAJORS,
  },
};

/**
 * Every requirement kind the platform knows: the allowed ones, and the ones it refuses with the
 * reason shown to the employer. A kind in neither list is refused as not allowed.
 */
export const REQUIREMENT_KIND_RULES: Record<string, AllowedKindRule | RefusedKindRule> = {
  ...ALLOWED_KIND_RULES,
  ETHNICITY: { allowed: false, label: '民族', category: 'ETHNICITY', reason: '不得以民族作为招聘条件' },
  HUKOU: { allowed: false, label: '户籍', category: 'ORIGIN', reason: '不得以户籍作为招聘条件' },
  ORIGIN: { allowed: false, label: '籍贯/地域', category: 'ORIGIN', reason: '不得以籍贯或地域作为招聘条件' },
  MARITAL_STATUS: { allowed: false, label: '婚姻状况', category: 'MARITAL_STATUS', reason: '不得以婚姻状况作为招聘条件' },
  PREGNANCY: { allowed: false, label: '怀孕', category: 'PREGNANCY', reason: '不得以是否怀孕作为招聘条件' },
  CHILDBEARING: { allowed: false, label: '生育', category: 'PREGNANCY', reason: '不得以生育状况或生育计划作为招聘条件' },
  APPEARANCE: { allowed: false, label: '相貌/形象', category: 'APPEARANCE', reason: '不得以相貌作为招聘条件' },
  HEIGHT: { allowed: false, label: '身高', category: 'HEIGHT_WEIGHT', reason: '不得以身高作为招聘条件' },
  WEIGHT: { allowed: false, label: '体重', category: 'HEIGHT_WEIGHT', reason: '不得以体重作为招聘条件' },
  AGE: {
    allowed: false,
    label: '年龄',
    category: 'AGE',
    reason: '不得设置年龄限制：法定劳动年龄（年满16周岁）已由平台把关，其他年龄限制超出法定劳动年龄要求',
  },
  ZODIAC: { allowed: false, label: '属相/星座', category: 'ZODIAC_BLOOD_TYPE', reason: '不得以属相或星座作为招聘条件' },
  BLOOD_TYPE: { allowed: false, label: '血型', category: 'ZODIAC_BLOOD_TYPE', reason: '不得以血型作为招聘条件' },
  RELIGION: { allowed: false, label: '宗教信仰', category: 'RELIGION', reason: '不得以宗教信仰作为招聘条件' },
  SEX: {
    allowed: false,
    label: '性别',
    category: 'SEX',
    reason: '不得以性别作为招聘条件；贴身护理确需同性护理员的，请使用“与被护理人同性”（SAME_SEX_AS_RECIPIENT）并写明理由',
  },
  HEPATITIS_B: { allowed: false, label: '乙肝等病原携带', category: 'DISEASE_CARRIER', reason: '不得以乙肝等传染病病原携带为由拒绝录用' },
};

export function requirementKindLabel(kind: AllowedRequirementKind): string {
  return ALLOWED_KIND_RULES[kind].label;
}

/** The value's label for display (e.g. LEVEL_4 → 四级/中级工, 24 → 24个月); null for kinds without a value. */
export function requirementValueLabel(kind: AllowedRequirementKind, value: string | null): string | null {
  const rule = ALLOWED_KIND_RULES[kind].value;
  if (value === null || rule.type === 'NONE') return null;
  return rule.type === 'ONE_OF' ? (rule.values[value] ?? value) : `${value}${rule.unit}`;
}

/** Why a structured requirement is refused; `discriminatory` tells a restriction from a mistyped value. */
export interface RequirementProblem {
  /** Position in the list, from 0. */
  index: number;
  kind: string;
  category: DiscriminationCategory | 'NOT_ALLOWED' | 'JUSTIFICATION_REQUIRED' | 'NOT_FOR_MAJOR' | 'INVALID_VALUE' | 'DUPLICATE';
  discriminatory: boolean;
  reason: string;
}

const ALLOWED_KINDS_TEXT = ALLOWED_REQUIREMENT_KINDS.map((kind) => `${kind}（${ALLOWED_KIND_RULES[kind].label}）`).join('、');

function valueProblem(rule: ValueRule, label: string, value: string | null): string | null {
  switch (rule.type) {
    case 'NONE':
      return value === null ? null : `“${label}”不需要填写取值`;
    case 'ONE_OF':
      return value !== null && Object.hasOwn(rule.values, value) ? null : `“${label}”的取值应为 ${Object.keys(rule.values).join('、')} 之一`;
    case 'INTEGER': {
      const number = value !== null && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
      return number >= rule.min && number <= rule.max ? null : `“${label}”应为${rule.min}-${rule.max}之间的整数（${rule.unit}）`;
    }
  }
}

const blankToNull = (text: string | null | undefined): string | null => (text?.trim() ? text.trim() : null);

/** Kind upper-cased and text trimmed, as stored; the kind is not yet checked. */
export function normalizeRequirement(input: DemandRequirementInput): { kind: string; value: string | null; justification: string | null } {
  return { kind: input.kind.trim().toUpperCase(), value: blankToNull(input.value), justification: blankToNull(input.justification) };
}

/**
 * Checks structured requirements against the table above for a demand of `major`; returns every
 * problem (empty when all are allowed) and the requirements as they are to be stored.
 */
export function checkRequirements(
  major: MajorValue,
  inputs: readonly DemandRequirementInput[],
): { problems: RequirementProblem[]; requirements: DemandRequirement[] } {
  const problems: RequirementProblem[] = [];
  const requirements: DemandRequirement[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const { kind, value, justification } = normalizeRequirement(input);
    const refuse = (category: RequirementProblem['category'], discriminatory: boolean, reason: string) =>
      problems.push({ index, kind, category, discriminatory, reason });
    const rule = Object.hasOwn(REQUIREMENT_KIND_RULES, kind) ? REQUIREMENT_KIND_RULES[kind] : undefined;
    if (!rule) return refuse('NOT_ALLOWED', true, `不在允许的要求类型中（允许：${ALLOWED_KINDS_TEXT}）`);
    if (!rule.allowed) return refuse(rule.category, true, rule.reason);
    if (seen.has(kind)) return refuse('DUPLICATE', false, `“${rule.label}”重复填写`);
    seen.add(kind);
    if (rule.onlyForMajors && !rule.onlyForMajors.includes(major)) {
      const majors = rule.onlyForMajors.map((m) => MAJOR_LABELS[m]).join('、');
      return refuse('NOT_FOR_MAJOR', true, `“${rule.label}”仅适用于需要贴身护理的专业（${majors}），${MAJOR_LABELS[major]}岗位不得限定性别`);
    }
    if (rule.justificationMinLength && [...(justification ?? '')].length < rule.justificationMinLength) {
      return refuse('JUSTIFICATION_REQUIRED', true, `“${rule.label}”须写明理由（至少${rule.justificationMinLength}个字），说明为何贴身护理需要同性护理员`);
    }
    const problem = valueProblem(rule.value, rule.label, value);
    if (problem) return refuse('INVALID_VALUE', false, problem);
    requirements.push({ kind: kind as AllowedRequirementKind, value, justification });
  });
  return { problems, requirements };
}
