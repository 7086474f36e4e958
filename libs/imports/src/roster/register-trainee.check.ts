import { length } from 'class-validator';
import { EducationLevel, HouseholdCategory, Major } from '@carebridge/db';
import {
  isLvliangCounty,
  isMobilePhone,
  MOBILE_PHONE_MESSAGE,
  normalizeMobilePhone,
  normalizeResidentId,
  parseResidentId,
  RESIDENT_ID_PROBLEM_MESSAGES,
} from '@carebridge/rules';
import { MAX_EXPECTED_WAGE_FEN, MIN_EXPECTED_WAGE_FEN, normalizePersonName, PERSON_NAME_MESSAGE, PERSON_NAME_RULE, RegisterTraineeInput } from '@carebridge/trainees';

/** A registration as a roster row gives it: the staff's side, so never a password. */
export type RosterTraineeInput = Omit<RegisterTraineeInput, 'password'>;

/** The fields RegisterTraineeInput checks, in its declaration order (the order validateSync reports them). */
export type CheckedField = keyof RosterTraineeInput;

const HOUSEHOLD_CATEGORIES = new Set<string>(Object.values(HouseholdCategory));
const EDUCATION_LEVELS = new Set<string>(Object.values(EducationLevel));
const MAJORS = new Set<string>(Object.values(Major));
const WAGE_MESSAGE = '期望月薪应在1000-50000元之间';
const COUNTY_MESSAGE = '县(市、区)代码应为吕梁市13个县(市、区)之一，如 141102（离石区）';

/**
 * RegisterTraineeInput's normalisation and checks as plain functions, for the bulk path: the
 * roster import checks 100,000 rows, and class-transformer with class-validator cost more per row
 * than reading the xlsx. The same normalisers, patterns, limits and Chinese messages as the
 * class's decorators; for each field, the message validateSync would report first.
 * register-trainee.check.spec.ts holds the two to the same answers.
 */
export function normalizeRegistration(input: RosterTraineeInput): RosterTraineeInput {
  return {
    ...input,
    name: normalizePersonName(input.name),
    residentId: normalizeResidentId(input.residentId),
    phone: normalizeMobilePhone(input.phone),
    destinationsWanted: input.destinationsWanted.map((city) => city.trim()),
  };
}

/** The problems of a normalised registration, one per field, in declaration order. */
export function registrationProblems(input: RosterTraineeInput): [CheckedField, string][] {
  const problems: [CheckedField, string][] = [];
  if (!PERSON_NAME_RULE.test(input.name)) problems.push(['name', PERSON_NAME_MESSAGE]);
  const residentId = parseResidentId(input.residentId);
  if (!residentId.ok) problems.push(['residentId', RESIDENT_ID_PROBLEM_MESSAGES[residentId.problem]]);
  if (!isMobilePhone(input.phone)) problems.push(['phone', MOBILE_PHONE_MESSAGE]);
  if (typeof input.countyCode !== 'string' || !isLvliangCounty(input.countyCode)) problems.push(['countyCode', COUNTY_MESSAGE]);
  if (!HOUSEHOLD_CATEGORIES.has(input.householdCategory)) problems.push(['householdCategory', '人群类别无效']);
  if (!EDUCATION_LEVELS.has(input.educationLevel)) problems.push(['educationLevel', '文化程度无效']);
  const majorProblem = firstOf([
    [!input.majorsWanted.every((major) => MAJORS.has(major)), '意向专业无效'],
    [hasRepeats(input.majorsWanted), '意向专业不能重复'],
    [input.majorsWanted.length === 0, '意向专业至少选择一个'],
  ]);
  if (majorProblem) problems.push(['majorsWanted', majorProblem]);
  const cityProblem = firstOf([
    [!input.destinationsWanted.every((city) => length(city, 2, 20)), '意向就业城市名称应为2-20个字'],
    [hasRepeats(input.destinationsWanted), '意向就业城市不能重复'],
    [input.destinationsWanted.length > 10, '意向就业城市最多填写10个'],
  ]);
  if (cityProblem) problems.push(['destinationsWanted', cityProblem]);
  const wage = input.expectedMonthlyWage;
  if (wage !== undefined && wage !== null && !(Number.isInteger(wage) && wage >= MIN_EXPECTED_WAGE_FEN && wage <= MAX_EXPECTED_WAGE_FEN)) {
    problems.push(['expectedMonthlyWage', WAGE_MESSAGE]);
  }
  return problems;
}

/** The first message whose check failed: class-validator reports a field's constraints bottom decorator first. */
function firstOf(checks: [failed: boolean, message: string][]): string | undefined {
  return checks.find(([failed]) => failed)?.[1];
}

function hasRepeats(items: readonly string[]): boolean {
  return new Set(items).size !== items.length;
}
