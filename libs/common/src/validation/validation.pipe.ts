import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';

function firstProblem(errors: ValidationError[], parentPath = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/** Validates every GraphQL input and args class; the first problem becomes a BAD_USER_INPUT error naming its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: '', message: '输入有误' };
      return AppError.badInput('VALIDATION_FAILED', problem.message, problem.field);
    },
  });
}
