import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { dbToLocalDate, formatFenAsYuan, isLocalDate, localDateToDb, parseYuanToFen } from '@carebridge/rules';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_SCALAR' } });
}

/**
 * A calendar date in China Standard Time, 'YYYY-MM-DD'. Resolvers receive and return the
 * UTC-midnight Date that PostgreSQL `date` columns use.
 */
export const LocalDateScalar = new GraphQLScalarType<Date, string>({
  name: 'LocalDate',
  description: '日历日期（北京时间），格式 YYYY-MM-DD',
  serialize(value) {
    if (value instanceof Date) return dbToLocalDate(value);
    if (typeof value === 'string' && isLocalDate(value)) return value;
    throw new GraphQLError('LocalDate cannot represent this value');
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isLocalDate(value)) throw badInput(`日期格式应为 YYYY-MM-DD 且为有效日期：${String(value)}`);
    return localDateToDb(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isLocalDate(ast.value)) throw badInput('日期格式应为 YYYY-MM-DD 且为有效日期');
    return localDateToDb(ast.value);
  },
});

/**
 * An amount of Chinese yuan (元) with at most two decimals, as text ('4000.00') on output and
 * text or number on input. Resolvers receive and return integer fen (分).
 */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: '人民币金额（元），最多两位小数，输出为字符串如 "4000.00"',
  serialize(value) {
    if (typeof value === 'number' && Number.isInteger(value)) return formatFenAsYuan(value);
    throw new GraphQLError('Money cannot represent this value');
  },
  parseValue(value) {
    const fen = typeof value === 'string' || typeof value === 'number' ? parseYuanToFen(value) : null;
    if (fen === null) throw badInput(`金额格式不正确（应为元，最多两位小数）：${String(value)}`);
    return fen;
  },
  parseLiteral(ast) {
    const fen = ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? parseYuanToFen(ast.value) : null;
    if (fen === null) throw badInput('金额格式不正确（应为元，最多两位小数）');
    return fen;
  },
});
