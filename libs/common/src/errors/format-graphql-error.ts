import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from './app-error';

export const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

export const GENERIC_MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: '输入有误',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限执行此操作',
  NOT_FOUND: '未找到请求的数据',
  CONFLICT: '数据冲突',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试',
  INTERNAL_SERVER_ERROR: '服务器内部错误，请稍后再试',
};

/** Prisma's known request errors (unique violation, missing row) by their code, without importing the client. */
function prismaErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^P\d{4}$/.test(code) ? code : undefined;
}

/**
 * The one place that turns any thrown error into what a client sees: a stable `extensions.code`,
 * a Chinese message, and never a stack trace or SQL.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, reason: original.reason, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
    return { ...base, message: GENERIC_MESSAGES[code], extensions: { code, reason: code } };
  }
  const prismaCode = prismaErrorCode(original);
  if (prismaCode === 'P2002') {
    return { ...base, message: '数据已存在，不能重复创建', extensions: { code: 'CONFLICT', reason: 'UNIQUE_VIOLATION' } };
  }
  if (prismaCode === 'P2025') {
    return { ...base, message: GENERIC_MESSAGES.NOT_FOUND, extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND' } };
  }
  // GraphQL's own validation and parsing errors carry no original error and are safe to show.
  const ownCode = formatted.extensions?.code;
  if ((!original || original instanceof GraphQLError) && typeof ownCode === 'string' && ownCode !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, extensions: { code: ownCode === 'GRAPHQL_VALIDATION_FAILED' || ownCode === 'GRAPHQL_PARSE_FAILED' ? 'BAD_USER_INPUT' : ownCode, reason: ownCode } };
  }
  return {
    ...base,
    message: GENERIC_MESSAGES.INTERNAL_SERVER_ERROR,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_SERVER_ERROR' },
  };
}
