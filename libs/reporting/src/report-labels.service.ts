import { Injectable } from '@nestjs/common';
import { PrismaService } from '@carebridge/db';
import { countyName, HOUSEHOLD_CATEGORY_LABELS, HouseholdCategoryValue, MAJOR_LABELS, MajorValue } from '@carebridge/rules';

/** What a report row's key stands for: a county, a school, a cohort, a city… */
export type LabelKind = 'TOTAL' | 'YEAR' | 'COUNTY' | 'HOUSEHOLD_CATEGORY' | 'MAJOR' | 'SCHOOL' | 'COHORT' | 'COUNTRY' | 'PROVINCE' | 'CITY';

export interface KeyLabel {
  label: string;
  /** Where the row goes in a report sorted the natural way (cohort number, county code, year); see compareKeys. */
  order: string | number;
}

/** Employed people who never completed a training have no cohort, school or major. */
export const NO_TRAINING_LABEL = '无结业记录';

const REGION_NAMES = new Intl.DisplayNames(['zh-CN'], { type: 'region', fallback: 'code' });
const countryName = (code: string) => REGION_NAMES.of(code) ?? code;
const CATEGORY_ORDER = Object.keys(HOUSEHOLD_CATEGORY_LABELS);
const MAJOR_ORDER = Object.keys(MAJOR_LABELS);

/** Names for the keys of report rows: one query per report for the kinds kept in tables. */
@Injectable()
export class ReportLabelsService {
  constructor(private readonly prisma: PrismaService) {}

  async labels(kind: LabelKind, keys: readonly string[]): Promise<Map<string, KeyLabel>> {
    const named = await this.lookUp(kind, keys.filter(Boolean));
    return new Map(keys.map((key) => [key, key ? (named.get(key) ?? { label: key, order: key }) : this.blank(kind)]));
  }

  private blank(kind: LabelKind): KeyLabel {
    return { label: kind === 'TOTAL' ? '合计' : NO_TRAINING_LABEL, order: '' };
  }

  private async lookUp(kind: LabelKind, keys: string[]): Promise<Map<string, KeyLabel>> {
    switch (kind) {
      case 'TOTAL':
        return new Map();
      case 'YEAR':
        return new Map(keys.map((key) => [key, { label: `${key}年`, order: Number(key) }]));
      case 'COUNTY':
        return new Map(keys.map((key) => [key, { label: countyName(key) ?? key, order: key }]));
      case 'HOUSEHOLD_CATEGORY':
        return new Map(keys.map((key) => [key, { label: HOUSEHOLD_CATEGORY_LABELS[key as HouseholdCategoryValue] ?? key, order: CATEGORY_ORDER.indexOf(key) }]));
      case 'MAJOR':
        return new Map(keys.map((key) => [key, { label: MAJOR_LABELS[key as MajorValue] ?? key, order: MAJOR_ORDER.indexOf(key) }]));
      case 'SCHOOL': {
        const schools = await this.prisma.$queryRaw<{ id: string; name: string }[]>`SELECT id::text, name FROM schools WHERE id = ANY(${keys}::uuid[])`;
        return new Map(schools.map((school) => [school.id, { label: school.name, order: school.name }]));
      }
      case 'COHORT': {
        // Thousands of cohorts at national scale: one plain query, not the ORM's IN list and relation load.
        const cohorts = await this.prisma.$queryRaw<{ id: string; number: number; school: string }[]>`
          SELECT c.id::text, c.number, s.name AS school FROM cohorts c JOIN schools s ON s.id = c.school_id WHERE c.id = ANY(${keys}::uuid[])`;
        return new Map(cohorts.map((cohort) => [cohort.id, { label: `第${cohort.number}期（${cohort.school}）`, order: cohort.number }]));
      }
      case 'COUNTRY':
        return new Map(keys.map((key) => [key, { label: countryName(key), order: key }]));
      case 'PROVINCE': {
        // Abroad, the province key is the country code.
        const provinces = await this.prisma.province.findMany({ where: { code: { in: keys } } });
        const names = new Map(provinces.map((province) => [province.code, province.name]));
        return new Map(keys.map((key) => [key, { label: names.get(key) ?? countryName(key), order: key }]));
      }
      case 'CITY': {
        // A city without a code (abroad) is keyed '<country>:<city name>'.
        const cities = await this.prisma.city.findMany({ where: { code: { in: keys } }, select: { code: true, name: true } });
        const names = new Map(cities.map((city) => [city.code, city.name]));
        return new Map(
          keys.map((key) => {
            const [country, cityName] = key.split(':');
            return [key, { label: names.get(key) ?? (cityName ? `${cityName}（${countryName(country)}）` : key), order: key }];
          }),
        );
      }
    }
  }
}

/**
 * Orders row keys by their labels' natural order, rows without a key (no training) last; keys of
 * equal order (two schools of one name) by the key itself, so that pages of rows never overlap.
 */
export function compareKeys(labels: Map<string, KeyLabel>, a: string, b: string): number {
  if (!a || !b) return a === b ? 0 : a ? -1 : 1;
  const orderA = labels.get(a)?.order ?? a;
  const orderB = labels.get(b)?.order ?? b;
  const byOrder = typeof orderA === 'number' && typeof orderB === 'number' ? orderA - orderB : String(orderA).localeCompare(String(orderB), 'zh-CN');
  return byOrder || (a < b ? -1 : a > b ? 1 : 0);
}
