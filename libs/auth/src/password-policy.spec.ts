import { COMMON_PASSWORD_MESSAGE, PASSWORD_MESSAGE, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts 8+ characters with letters and digits', () => {
    expect(passwordProblem('Lvliang2026')).toBeNull();
    expect(passwordProblem('护工abc12345')).toBeNull();
  });

  it.each(['short1a', '12345678', 'abcdefgh', '', 'x1'.repeat(37)])('refuses %p as too weak or too long', (password) => {
    expect(passwordProblem(password)).toBe(PASSWORD_MESSAGE);
  });

  it.each(['Password123', 'PASSW0RD', 'woaini1314', 'Qwer1234'])('refuses the common password %p whatever its case', (password) => {
    expect(passwordProblem(password)).toBe(COMMON_PASSWORD_MESSAGE);
  });

  it('refuses what is not a string', () => {
    expect(passwordProblem(12345678)).toBe(PASSWORD_MESSAGE);
  });
});
