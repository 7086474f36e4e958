import { HouseholdCategory } from '@carebridge/db';
import { HOUSEHOLD_CATEGORIES } from './report-grouping';

/** One value per household category, in the reports' order, zero where there is no row. */
export function perCategory<T>(values: Map<string, T>, empty: () => T): (T & { householdCategory: HouseholdCategory })[] {
  return HOUSEHOLD_CATEGORIES.map((householdCategory) => ({ ...(values.get(householdCategory) ?? empty()), householdCategory }));
}

/** Groups rows by a key, keeping the first-seen order. */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);

