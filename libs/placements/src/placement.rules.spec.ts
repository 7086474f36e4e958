import { countryName, isCountryCode, lastDayOfMonth, monthWithinPeriod, wageMonthStart } from './placement.rules';

describe('countries', () => {
  it('knows the assigned ISO 3166-1 codes and names them in Chinese', () => {
    expect(isCountryCode('JP')).toBe(true);
    expect(isCountryCode('CN')).toBe(true);
    expect(countryName('JP')).toBe('日本');
    expect(countryName('SG')).toBe('新加坡');
  });

  it.each(['EU', 'UK', 'XK', 'ZZ', 'AA', 'jp', 'JPN', ''])('refuses %s, which is not an assigned country code', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});

describe('wage months', () => {
  it('turns YYYY-MM into the first day of the month', () => {
    expect(wageMonthStart('2026-03')).toBe('2026-03-01');
    expect(wageMonthStart('2026-12')).toBe('2026-12-01');
  });

  it.each(['2026-13', '2026-00', '2026-3', '26-03', '2026-03-01', '2026/03', ''])('refuses %s', (text) => {
    expect(wageMonthStart(text)).toBeNull();
  });

  it('finds the last day of a month, leap years included', () => {
    expect(lastDayOfMonth('2026-02-01')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12-01')).toBe('2026-12-31');
  });

  it('counts a month within a period when one of its days was worked', () => {
    expect(monthWithinPeriod('2026-03-01', '2026-03-31', '2026-06-10')).toBe(true); // started on its last day
    expect(monthWithinPeriod('2026-06-01', '2026-03-15', '2026-06-01')).toBe(true); // ended on its first day
    expect(monthWithinPeriod('2026-02-01', '2026-03-01', '2026-06-10')).toBe(false);
    expect(monthWithinPeriod('2026-07-01', '2026-03-01', '2026-06-30')).toBe(false);
  });
});
