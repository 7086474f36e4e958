import { HttpException, HttpStatus } from '@nestjs/common';
import { AppError, ErrorCode } from './app-error';
import { GENERIC_MESSAGES, HTTP_STATUS_CODES } from './format-graphql-error';

/** What a REST client receives for a refusal: the same code, reason, Chinese message and field as GraphQL's extensions. */
export interface HttpErrorBody {
  code: ErrorCode;
  reason: string;
  message: string;
  field?: string;
}

const STATUS_OF_CODE: Record<ErrorCode, number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  INTERNAL_SERVER_ERROR: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** Statuses Nest raises itself (body parsing, uploads) that deserve their own words. */
const HTTP_STATUS_MESSAGES: Record<number, { reason: string; message: string }> = {
  [HttpStatus.PAYLOAD_TOO_LARGE]: { reason: 'PAYLOAD_TOO_LARGE', message: '上传的文件超过大小限制' },
};

/** The REST counterpart of formatGraphQLError, for the errors a controller or guard may throw. */
export function formatHttpError(error: AppError | HttpException): { status: number; body: HttpErrorBody } {
  if (error instanceof AppError) {
    return {
      status: STATUS_OF_CODE[error.code],
      body: { code: error.code, reason: error.reason, message: error.message, ...(error.field ? { field: error.field } : {}) },
    };
  }
  const status = error.getStatus();
  const code = HTTP_STATUS_CODES[status] ?? (status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR');
  const known = HTTP_STATUS_MESSAGES[status];
  return { status, body: { code, reason: known?.reason ?? code, message: known?.message ?? GENERIC_MESSAGES[code] } };
}
