import { AppError } from '@carebridge/common';
import { dbToLocalDate, LocalDate } from '@carebridge/rules';

/** The inclusive calendar dates of a report's arguments; refused when `from` comes after `to`. */
export function reportRange(from: Date, to: Date): { from: LocalDate; to: LocalDate } {
  if (from > to) throw AppError.badInput('INVALID_DATE_RANGE', `起始日期（${dbToLocalDate(from)}）不能晚于截止日期（${dbToLocalDate(to)}）`, 'from');
  return { from: dbToLocalDate(from), to: dbToLocalDate(to) };
}
