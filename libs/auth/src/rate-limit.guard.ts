import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerModuleOptions, ThrottlerRequest, ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '@carebridge/config';
import { AppError } from '@carebridge/common';
import { AuthUser } from './auth-user';

/** Every caller's budget for the whole API: per user when signed in, per IP otherwise. */
export const API_THROTTLER = 'api';
/** A tighter budget per IP for each public entry point called without a token. */
export const PUBLIC_THROTTLER = 'public';

/** Public operations worth guessing at or flooding: passwords, registrations, certificate numbers, refresh tokens. */
const THROTTLED_PUBLIC_OPERATIONS = new Set(['login', 'refreshToken', 'registerTrainee', 'verifyCertificate']);

export function rateLimitOptions(config: AppConfig, storage: ThrottlerStorage): ThrottlerModuleOptions {
  return {
    storage,
    throttlers: [
      { name: API_THROTTLER, limit: config.RATE_LIMIT_API_LIMIT, ttl: config.RATE_LIMIT_API_WINDOW_SECONDS * 1000 },
      { name: PUBLIC_THROTTLER, limit: config.RATE_LIMIT_PUBLIC_LIMIT, ttl: config.RATE_LIMIT_PUBLIC_WINDOW_SECONDS * 1000 },
    ],
  };
}

interface TrackedRequest {
  ip?: string;
  user?: AuthUser;
  res?: Record<string, unknown>;
}

/**
 * @nestjs/throttler for GraphQL and REST alike. Runs after the AuthGuard (registered after it),
 * so a signed-in caller is counted by user id, whatever address she calls from.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name === PUBLIC_THROTTLER) {
      const { req } = this.getRequestResponse(request.context);
      if (req.user || !THROTTLED_PUBLIC_OPERATIONS.has(operationOf(request.context))) return true;
    }
    return super.handleRequest(request);
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, any>; res: Record<string, any> } {
    if (context.getType<string>() !== 'graphql') return super.getRequestResponse(context);
    const req = GqlExecutionContext.create(context).getContext<{ req: TrackedRequest }>().req;
    return { req, res: req.res ?? {} };
  }

  protected override async getTracker(req: TrackedRequest): Promise<string> {
    return req.user ? `user:${req.user.id}` : `ip:${await super.getTracker(req)}`;
  }

  /** The API budget is one counter per caller across all operations; the public one, per operation. */
  protected override generateKey(context: ExecutionContext, tracker: string, throttlerName: string): string {
    return throttlerName === PUBLIC_THROTTLER ? `${throttlerName}:${operationOf(context)}:${tracker}` : `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw AppError.tooManyRequests();
  }
}

/** The GraphQL operation (root field) or the REST handler being called. */
function operationOf(context: ExecutionContext): string {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getInfo().fieldName : `${context.getClass().name}.${context.getHandler().name}`;
}
