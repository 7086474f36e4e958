import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';
import { formatHttpError } from './format-http-error';

/**
 * An AppError is an expected refusal, not a fault: hand it to GraphQL's error formatting as it is,
 * without Nest logging a stack trace for every bad input. On a REST route (uploads, downloads) it
 * becomes a JSON answer with the matching HTTP status, as do Nest's own HTTP exceptions.
 */
@Catch(AppError, HttpException)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError | HttpException, host: ArgumentsHost): AppError | HttpException | void {
    if (host.getType() !== 'http') return error;
    const response = host.switchToHttp().getResponse<{ headersSent: boolean; status(code: number): { json(body: unknown): void }; destroy(): void }>();
    // A streamed download that fails half-way cannot turn into an error answer: cut it short instead.
    if (response.headersSent) return response.destroy();
    const { status, body } = formatHttpError(error);
    response.status(status).json(body);
  }
}
