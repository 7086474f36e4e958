import { isMobilePhone, normalizeMobilePhone } from './phone';

describe('mobile phone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    [' 199 0000 0000 ', '19900000000'],
  ])('normalizes %p to %p and accepts it', (raw, normalized) => {
    expect(normalizeMobilePhone(raw)).toBe(normalized);
    expect(isMobilePhone(raw)).toBe(true);
  });

  it.each([
    ['ten digits', '1381234567'],
    ['twelve digits', '138123456789'],
    ['a second digit of 2', '12812345678'],
    ['a second digit of 1', '11012345678'],
    ['a landline', '0358-8221234'],
    ['letters', '1381234567a'],
    ['a +86 prefix with too few digits', '+86 138 1234 567'],
    ['another country code', '+85213812345678'],
    ['an empty string', ''],
  ])('refuses %s', (_why, raw) => {
    expect(isMobilePhone(raw)).toBe(false);
  });
});
