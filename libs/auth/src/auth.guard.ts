import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AppError } from '@carebridge/common';
import { PrismaService, Role } from '@carebridge/db';
import { JwtClaims } from './auth-user';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators';

/**
 * Global guard: verifies the bearer token, loads the (still active) user, and checks the
 * operation's @Roles. Operations marked @Public pass without a token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly prisma: PrismaService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const request = requestOf(context);
    const token = /^Bearer (.+)$/i.exec(request.headers?.authorization ?? '')?.[1];

    if (token) {
      const claims = await this.jwt.verifyAsync<JwtClaims>(token).catch(() => null);
      if (!claims) throw AppError.unauthenticated('登录已过期或令牌无效，请重新登录');
      const user = await this.prisma.user.findUnique({
        where: { id: claims.sub },
        select: { id: true, role: true, schoolId: true, traineeId: true, agencyId: true, active: true },
      });
      if (!user?.active) throw AppError.unauthenticated('账号不存在或已停用');
      request.user = { id: user.id, role: user.role, schoolId: user.schoolId, traineeId: user.traineeId, agencyId: user.agencyId };
    }
    if (isPublic) return true;
    if (!request.user) throw AppError.unauthenticated();

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.user.role)) throw AppError.forbidden();
    return true;
  }
}
