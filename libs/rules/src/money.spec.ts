import { formatFenAsYuan, parseYuanToFen } from './money';

describe('money (yuan in the API, integer fen inside)', () => {
  it.each<[string | number, number]>([
    ['4000', 400_000],
    ['4000.5', 400_050],
    ['4000.05', 400_005],
    ['0.01', 1],
    [' 4500.00 ', 450_000],
    ['-12.30', -1_230],
    ['999999999999.99', 99_999_999_999_999],
    [4000.5, 400_050],
    [0.1, 10],
    [1, 100],
  ])('parses %p as %p fen', (yuan, fen) => {
    expect(parseYuanToFen(yuan)).toBe(fen);
  });

  it('parses minus zero as plain zero', () => {
    expect(Object.is(parseYuanToFen('-0'), 0)).toBe(true);
    expect(Object.is(parseYuanToFen('-0.00'), 0)).toBe(true);
  });

  it.each<[string, string | number]>([
    ['three decimals', '4000.123'],
    ['a thousands separator', '4,000'],
    ['a currency sign', '¥4000'],
    ['a trailing dot', '4000.'],
    ['a leading dot', '.5'],
    ['a plus sign', '+4000'],
    ['exponent notation', '4e3'],
    ['thirteen digits of yuan', '1000000000000'],
    ['an empty string', ''],
    ['a float that is not a whole number of fen', 0.1 + 0.2],
    ['infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['a number printed in exponent form', 1e21],
  ])('refuses %s', (_why, value) => {
    expect(parseYuanToFen(value)).toBeNull();
  });

  it('formats fen as yuan with two places', () => {
    expect(formatFenAsYuan(400_050)).toBe('4000.50');
    expect(formatFenAsYuan(5)).toBe('0.05');
    expect(formatFenAsYuan(0)).toBe('0.00');
    expect(formatFenAsYuan(-1_230)).toBe('-12.30');
  });

  it('round-trips every fen amount it formats', () => {
    for (const fen of [0, 1, 99, 100, 101, 123_456, -7, 5_000_000]) expect(parseYuanToFen(formatFenAsYuan(fen))).toBe(fen);
  });
});
