/** The stable codes clients switch on (GraphQL `extensions.code`). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';

/**
 * A refusal the API reports to its caller: a stable code, a finer machine-readable reason
 * (e.g. COHORT_FULL), a message for people in Chinese, and the input field concerned.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(reason: string, message: string, field?: string): AppError {
    return new AppError('BAD_USER_INPUT', reason, message, field);
  }

  static notFound(entity: string, message: string): AppError {
    return new AppError('NOT_FOUND', `${entity}_NOT_FOUND`, message);
  }

  static conflict(reason: string, message: string, field?: string): AppError {
    return new AppError('CONFLICT', reason, message, field);
  }

  static forbidden(message = '您没有权限执行此操作'): AppError {
    return new AppError('FORBIDDEN', 'FORBIDDEN', message);
  }

  static unauthenticated(message = '请先登录'): AppError {
    return new AppError('UNAUTHENTICATED', 'UNAUTHENTICATED', message);
  }

  static tooManyRequests(message = '操作过于频繁，请稍后再试'): AppError {
    return new AppError('TOO_MANY_REQUESTS', 'RATE_LIMITED', message);
  }
}

/** Prisma's P2002: a unique constraint refused the write. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}
