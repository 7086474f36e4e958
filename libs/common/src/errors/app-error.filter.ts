import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/**
 * An AppError is an expected refusal, not a fault: hand it to GraphQL's error formatting as it is,
 * without Nest logging a stack trace for every bad input.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
