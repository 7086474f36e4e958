import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@carebridge/db';
import { AuthUser } from './auth-user';

export const PUBLIC_KEY = 'carebridge:public';
export const ROLES_KEY = 'carebridge:roles';

/**
 * Open to callers without a token (a token, when sent, is still verified and used). Decides for
 * REST routes; on a GraphQL operation it marks what ACCESS_POLICY says (PUBLIC), which decides.
 */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Roles allowed to call a REST route; every other role gets FORBIDDEN. GraphQL operations: see ACCESS_POLICY. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export function requestOf(context: ExecutionContext): { headers: Record<string, string | undefined>; user?: AuthUser; ip?: string } {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
}

/** The authenticated caller (undefined only on @Public operations called without a token). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).user);
