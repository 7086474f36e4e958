import { registerDecorator, ValidationOptions } from 'class-validator';
import {
  CREDIT_CODE_PROBLEM_MESSAGES,
  isLvliangCounty,
  isMobilePhone,
  parseCreditCode,
  parseResidentId,
  RESIDENT_ID_PROBLEM_MESSAGES,
  MOBILE_PHONE_MESSAGE,
} from '@carebridge/rules';

function define(name: string, check: (value: unknown) => string | null, options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    let lastProblem = '';
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown) {
          const problem = check(value);
          lastProblem = problem ?? '';
          return problem === null;
        },
        defaultMessage: () => lastProblem,
      },
    });
  };
}

/** An 18-character resident ID number with a valid GB 11643 check character and birth date. */
export function IsResidentId(options?: ValidationOptions) {
  return define(
    'isResidentId',
    (value) => {
      if (typeof value !== 'string') return RESIDENT_ID_PROBLEM_MESSAGES.FORMAT;
      const parsed = parseResidentId(value);
      return parsed.ok ? null : RESIDENT_ID_PROBLEM_MESSAGES[parsed.problem];
    },
    options,
  );
}

export function IsMobilePhone(options?: ValidationOptions) {
  return define('isMobilePhone', (value) => (typeof value === 'string' && isMobilePhone(value) ? null : MOBILE_PHONE_MESSAGE), options);
}

export function IsLvliangCounty(options?: ValidationOptions) {
  return define(
    'isLvliangCounty',
    (value) => (typeof value === 'string' && isLvliangCounty(value) ? null : '县(市、区)代码应为吕梁市13个县(市、区)之一，如 141102（离石区）'),
    options,
  );
}

/** An 18-character Unified Social Credit Code with a valid GB 32100 check character (normalise case first). */
export function IsCreditCode(options?: ValidationOptions) {
  return define(
    'isCreditCode',
    (value) => {
      if (typeof value !== 'string') return CREDIT_CODE_PROBLEM_MESSAGES.FORMAT;
      const parsed = parseCreditCode(value);
      return parsed.ok ? null : CREDIT_CODE_PROBLEM_MESSAGES[parsed.problem];
    },
    options,
  );
}
