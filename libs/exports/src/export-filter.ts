import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';
import { AppError } from '@carebridge/common';
import { isLocalDate, localDateToDb } from '@carebridge/rules';

/**
 * A list's filter from the query string (?status=OPEN&startFrom=2026-03-01), validated by the
 * list's own filter input class with its Chinese messages. Dates arrive as YYYY-MM-DD and become
 * the UTC-midnight Dates the GraphQL LocalDate scalar gives; a parameter the filter does not have
 * is refused rather than silently ignored.
 */
export function parseExportFilter<F extends object>(type: (new () => F) | undefined, query: Record<string, unknown>): F | undefined {
  const entries = Object.entries(query);
  if (!type && !entries.length) return undefined;
  if (!type) throw AppError.badInput('UNKNOWN_FILTER', `此导出不支持筛选条件：${entries.map(([key]) => key).join('、')}`, entries[0][0]);
  const dateFields = dateFieldsOf(type);
  const plain: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (typeof value !== 'string') throw AppError.badInput('INVALID_FILTER', `筛选条件 ${key} 只能出现一次`, key);
    plain[key] = dateFields.has(key) && isLocalDate(value) ? localDateToDb(value) : value;
  }
  const filter = plainToInstance(type, plain);
  const [problem] = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  if (problem) throw AppError.badInput('INVALID_FILTER', messageOf(problem), problem.property);
  return filter;
}

/** The fields the filter validates with @IsDate: the LocalDate fields of the GraphQL input. */
function dateFieldsOf(type: new () => object): Set<string> {
  const validations = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  return new Set(validations.filter((validation) => validation.name === 'isDate').map((validation) => validation.propertyName));
}

function messageOf(error: ValidationError): string {
  if (error.constraints?.whitelistValidation) return `不支持的筛选条件：${error.property}`;
  return Object.values(error.constraints ?? {})[0] ?? `筛选条件 ${error.property} 无效`;
}
