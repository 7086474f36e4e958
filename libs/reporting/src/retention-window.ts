import { AppError } from '@carebridge/common';
import { LocalDate } from '@carebridge/rules';

/**
 * The caregivers a retention report covers, by the calendar year of their first placement's
 * start; null ends are open. Only whole years: retention is stored per year (and over all years),
 * so every window is a lookup or a sum of years, and its medians are exact.
 */
export interface FirstPlacementYears {
  fromYear: number | null;
  toYear: number | null;
}

/** A window as callers give it: years, or (older clients, the xlsx export) dates on whole years. */
export interface FirstPlacementWindow {
  fromYear?: number;
  toYear?: number;
  from?: LocalDate;
  to?: LocalDate;
}

/** The years of a window; refused (BAD_USER_INPUT, in Chinese) unless it is made of whole calendar years. */
export function firstPlacementYears(window: FirstPlacementWindow): FirstPlacementYears {
  const byDate = window.from !== undefined || window.to !== undefined;
  if (byDate && (window.fromYear !== undefined || window.toYear !== undefined)) {
    throw AppError.badInput('RETENTION_WINDOW_CONFLICT', '首次上岗年份（fromYear、toYear）与日期（from、to）只能任选一种', 'fromYear');
  }
  const fromYear = window.from === undefined ? (window.fromYear ?? null) : wholeYear(window.from, '01-01', 'from');
  const toYear = window.to === undefined ? (window.toYear ?? null) : wholeYear(window.to, '12-31', 'to');
  if (fromYear !== null && toYear !== null && fromYear > toYear) {
    throw AppError.badInput('INVALID_YEAR_RANGE', `起始年份（${fromYear}）不能晚于截止年份（${toYear}）`, byDate ? 'from' : 'fromYear');
  }
  return { fromYear, toYear };
}

function wholeYear(date: LocalDate, monthDay: '01-01' | '12-31', field: 'from' | 'to'): number {
  if (date.slice(5) !== monthDay) {
    const which = field === 'from' ? '起始日期须为某年1月1日' : '截止日期须为某年12月31日';
    throw AppError.badInput(
      'RETENTION_WINDOW_NOT_WHOLE_YEARS',
      `稳岗情况只能按首次上岗的整年统计：${which}（收到 ${date}），请改用 fromYear、toYear 指定年份`,
      field,
    );
  }
  return Number(date.slice(0, 4));
}

/** Which stored rows answer a window: every year's (first_placement_year null), one year's, or several years' added up. */
export type YearSelection = { kind: 'ALL' } | { kind: 'YEAR'; year: number } | { kind: 'YEARS'; from: number; to: number } | { kind: 'NONE' };

/**
 * The stored rows for a window, given the first and last years that have caregivers (null when
 * none): a window is clipped to them, so "2016 onwards" is the all-years row and "2024-2030" is 2024-2026.
 */
export function yearSelection(window: FirstPlacementYears, stored: { first: number; last: number } | null): YearSelection {
  if (!stored) return { kind: 'ALL' };
  const from = Math.max(window.fromYear ?? stored.first, stored.first);
  const to = Math.min(window.toYear ?? stored.last, stored.last);
  if (from > to) return { kind: 'NONE' };
  if (from === stored.first && to === stored.last) return { kind: 'ALL' };
  return from === to ? { kind: 'YEAR', year: from } : { kind: 'YEARS', from, to };
}
