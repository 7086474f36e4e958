import { coverageConflict, coveringStationId, CoverageRow } from './coverage.rules';

const COVERAGE: CoverageRow[] = [
  { stationId: 'beijing', provinceCode: '110000', cityCode: null },
  { stationId: 'shandong', provinceCode: '370000', cityCode: null },
  { stationId: 'qingdao', provinceCode: '370000', cityCode: '370200' },
];

describe('coveringStationId', () => {
  it('prefers the station covering the city over the one covering its province', () => {
    expect(coveringStationId(COVERAGE, { countryCode: 'CN', provinceCode: '370000', cityCode: '370200' })).toBe('qingdao');
    expect(coveringStationId(COVERAGE, { countryCode: 'CN', provinceCode: '370000', cityCode: '370100' })).toBe('shandong');
    expect(coveringStationId(COVERAGE, { countryCode: 'CN', provinceCode: '110000', cityCode: '110100' })).toBe('beijing');
  });

  it('leaves uncovered places and every place abroad to the home centre', () => {
    expect(coveringStationId(COVERAGE, { countryCode: 'CN', provinceCode: '310000', cityCode: '310100' })).toBeNull();
    expect(coveringStationId(COVERAGE, { countryCode: 'JP', provinceCode: null, cityCode: null })).toBeNull();
    expect(coveringStationId([], { countryCode: 'CN', provinceCode: '110000', cityCode: '110100' })).toBeNull();
  });
});

describe('coverageConflict', () => {
  it('accepts free areas, and a city inside a province another station covers', () => {
    expect(coverageConflict([{ provinceCode: '310000', cityCode: null }, { provinceCode: '110000', cityCode: '110100' }], COVERAGE)).toBeNull();
  });

  it('refuses an area another station covers, naming it', () => {
    expect(coverageConflict([{ provinceCode: '310000', cityCode: null }, { provinceCode: '370000', cityCode: '370200' }], COVERAGE)).toEqual({
      index: 1,
      kind: 'TAKEN',
      stationId: 'qingdao',
    });
    expect(coverageConflict([{ provinceCode: '110000', cityCode: null }], COVERAGE)).toMatchObject({ index: 0, kind: 'TAKEN', stationId: 'beijing' });
  });

  it('refuses an area listed twice', () => {
    expect(coverageConflict([{ provinceCode: '310000', cityCode: null }, { provinceCode: '310000', cityCode: null }], [])).toEqual({ index: 1, kind: 'DUPLICATE' });
  });
});
