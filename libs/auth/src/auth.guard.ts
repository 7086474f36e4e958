import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import { AppError } from '@carebridge/common';
import { PrismaService, Role } from '@carebridge/db';
import { isAllowed, policyFor, PUBLIC } from './access-policy';
import { AuthUser, JwtClaims } from './auth-user';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

const invalidToken = () => AppError.unauthenticated('登录已过期或令牌无效，请重新登录');

/**
 * Global guard: verifies the bearer token, loads the (still active) user, then lets the call through
 * when its policy allows the caller. GraphQL operations take their policy from ACCESS_POLICY (an
 * operation without an entry is refused); REST routes from their @Public / @Roles decorators.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly prisma: PrismaService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    const token = /^Bearer (.+)$/i.exec(request.headers?.authorization ?? '')?.[1];
    if (token) request.user = await this.authenticate(token);

    if (context.getType<string>() === 'graphql') return this.checkOperation(context, request.user);
    return this.checkRoute(context, request.user);
  }

  private checkOperation(context: ExecutionContext, user: AuthUser | undefined): boolean {
    const info = GqlExecutionContext.create(context).getInfo();
    // Field resolvers inherit the decision made for their root operation.
    if (!ROOT_TYPES.has(info.parentType.name)) return true;
    const policy = policyFor(info.fieldName);
    if (policy === undefined) this.logger.error(`GraphQL operation "${info.fieldName}" has no entry in ACCESS_POLICY: refused`);
    if (policy !== PUBLIC && !user) throw AppError.unauthenticated();
    if (!isAllowed(policy, user?.role)) throw AppError.forbidden();
    return true;
  }

  private checkRoute(context: ExecutionContext, user: AuthUser | undefined): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (!user) throw AppError.unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw AppError.forbidden();
    return true;
  }

  /** The caller behind a token; refuses forged, expired and revoked tokens (issued before the user's tokensValidFrom). */
  private async authenticate(token: string): Promise<AuthUser> {
    const claims = await this.jwt.verifyAsync<JwtClaims>(token).catch(() => null);
    if (!claims || typeof claims.sub !== 'string' || typeof claims.iat !== 'number') throw invalidToken();
    const user = await this.prisma.user.findUnique({
      where: { id: claims.sub },
      select: { id: true, role: true, schoolId: true, traineeId: true, agencyId: true, stationId: true, active: true, tokensValidFrom: true },
    });
    if (!user?.active) throw AppError.unauthenticated('账号不存在或已停用');
    if (claims.iat * 1000 < user.tokensValidFrom.getTime()) throw invalidToken();
    return { id: user.id, role: user.role, schoolId: user.schoolId, traineeId: user.traineeId, agencyId: user.agencyId, stationId: user.stationId };
  }
}
