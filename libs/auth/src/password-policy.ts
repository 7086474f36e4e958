import { registerDecorator, ValidationArguments } from 'class-validator';

/** At least 8 characters (72 at most: argon2 inputs beyond are pointless), with letters and digits. */
export const PASSWORD_RULE = /^(?=.*[A-Za-z])(?=.*\d).{8,72}$/;
export const PASSWORD_MESSAGE = '密码长度应为8-72位，且同时包含字母和数字';
export const COMMON_PASSWORD_MESSAGE = '该密码过于常见，容易被猜中，请换一个';

/**
 * Passwords that satisfy the rule yet head every leaked-password list (compared without case):
 * the first guesses of anyone trying accounts one by one.
 */
const COMMON_PASSWORDS = new Set([
  'password1', 'password12', 'password123', 'passw0rd', 'passw0rd!', 'p@ssw0rd', 'p@ssword1', 'password1!',
  'abc12345', 'abcd1234', 'abc123456', 'abc123abc', 'a1234567', 'a12345678', 'a123456789', 'aa123456', 'aa12345678',
  'qwerty12', 'qwerty123', 'qwer1234', '1234qwer', 'qwe12345', 'qweasd123', '1qaz2wsx', '1q2w3e4r', 'q1w2e3r4', 'zaq12wsx',
  'asd12345', 'asdf1234', 'zxc12345', 'zxcv1234', 'qq123456', 'qq12345678', '123456abc', '123456aa', '12345678a', '123456789a',
  'admin123', 'admin1234', 'admin12345', 'root1234', 'test1234', 'test12345', 'user1234', 'letmein1', 'welcome1', 'welcome123',
  'iloveyou1', 'woaini520', 'woaini1314', 'woaini123', '5201314a', 'a5201314', 'changeme1', 'abcdefg1', 'abcdefgh1',
]);

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string' || !PASSWORD_RULE.test(password)) return PASSWORD_MESSAGE;
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return COMMON_PASSWORD_MESSAGE;
  return null;
}

/** Validates a new password against the policy: the rule above, and not a common password. */
export function IsAcceptablePassword() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => passwordProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => passwordProblem(args?.value) ?? PASSWORD_MESSAGE,
      },
    });
}
