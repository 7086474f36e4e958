/**
 * Which station follows up a placement: the station covering its city, else the one covering its
 * province, else the home centre (also for every placement abroad). Pure: the callers load rows.
 */
export interface CoverageArea {
  provinceCode: string;
  /** Null: the whole province. */
  cityCode: string | null;
}

export interface CoverageRow extends CoverageArea {
  stationId: string;
}

export interface WorkPlace {
  countryCode: string;
  provinceCode: string | null;
  cityCode: string | null;
}

export const HOME_COUNTRY = 'CN';

/** The covering station's id, or null when the home centre covers the place. */
export function coveringStationId(coverage: readonly CoverageRow[], place: WorkPlace): string | null {
  if (place.countryCode !== HOME_COUNTRY || !place.provinceCode) return null;
  const byCity = place.cityCode ? coverage.find((row) => row.cityCode === place.cityCode) : undefined;
  const byProvince = coverage.find((row) => row.cityCode === null && row.provinceCode === place.provinceCode);
  return (byCity ?? byProvince)?.stationId ?? null;
}

const areaKey = (area: CoverageArea) => `${area.provinceCode}/${area.cityCode ?? '*'}`;

/**
 * The first area of `proposed` that is listed twice or that another station already covers, with
 * its index; null when the coverage is free. A city inside a province another station covers is
 * allowed: the city's own station takes precedence there.
 */
export function coverageConflict(
  proposed: readonly CoverageArea[],
  othersCoverage: readonly CoverageRow[],
): { index: number; kind: 'DUPLICATE' | 'TAKEN'; stationId?: string } | null {
  const taken = new Map(othersCoverage.map((row) => [areaKey(row), row.stationId]));
  const seen = new Set<string>();
  for (const [index, area] of proposed.entries()) {
    const key = areaKey(area);
    if (seen.has(key)) return { index, kind: 'DUPLICATE' };
    seen.add(key);
    const stationId = taken.get(key);
    if (stationId) return { index, kind: 'TAKEN', stationId };
  }
  return null;
}
