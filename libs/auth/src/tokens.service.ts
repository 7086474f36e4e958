import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { AppError, Clock } from '@carebridge/common';
import { Prisma, PrismaService, User } from '@carebridge/db';
import { JwtClaims } from './auth-user';

/** What login, a refresh and a password change hand back. */
export interface IssuedTokens {
  accessToken: string;
  /** When the access token expires. */
  expiresAt: Date;
  refreshToken: string;
}

type Db = Prisma.TransactionClient | PrismaService;

const REFRESH_TOKEN_BYTES = 32;

const invalidRefreshToken = () => new AppError('UNAUTHENTICATED', 'INVALID_REFRESH_TOKEN', '登录已失效，请重新登录');

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Access tokens: short-lived signed JWTs, checked without a database write. Refresh tokens: random,
 * stored only as SHA-256, rotated on every use; the tokens rotated from one login form a family,
 * and presenting an already rotated token (a stolen copy, or the thief's) revokes the whole family.
 *
 * Access-token times are wall-clock (the JWT library checks expiry against it); refresh-token
 * expiry uses the injected Clock like every other stored instant.
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new login session: an access token and the first refresh token of a new family. */
  async startSession(user: Pick<User, 'id' | 'role'>, db: Db = this.prisma): Promise<IssuedTokens> {
    const refreshToken = await this.storeRefreshToken(db, user.id, randomUUID());
    return { ...this.accessToken(user), refreshToken };
  }

  /**
   * Trades a refresh token for a new pair. The old token is marked rotated, not deleted, so its
   * reuse is recognised: that revokes the family (committed before the refusal is reported).
   */
  async rotate(refreshToken: string): Promise<IssuedTokens> {
    const now = this.clock.now();
    const stored = await this.prisma.refreshToken.findUnique({
      where: { tokenSha256: sha256(refreshToken) },
      include: { user: { select: { id: true, role: true, active: true } } },
    });
    if (!stored || stored.revokedAt || stored.expiresAt <= now || !stored.user.active) throw invalidRefreshToken();
    if (stored.rotatedAt) await this.refuseReuse(stored.familyId, now);

    const issued = await this.prisma.$transaction(async (tx) => {
      // Conditional, so of two concurrent uses of one token only one rotates it.
      const { count } = await tx.refreshToken.updateMany({ where: { id: stored.id, rotatedAt: null, revokedAt: null }, data: { rotatedAt: now } });
      return count === 1 ? this.storeRefreshToken(tx, stored.userId, stored.familyId) : null;
    });
    if (!issued) return this.refuseReuse(stored.familyId, now);
    return { ...this.accessToken(stored.user), refreshToken: issued };
  }

  /** Logout: ends the session (the token's family) when the token is the caller's; true when one was ended. */
  async revokeSession(refreshToken: string, userId: string): Promise<boolean> {
    const stored = await this.prisma.refreshToken.findUnique({ where: { tokenSha256: sha256(refreshToken) } });
    if (!stored || stored.userId !== userId) return false;
    const { count } = await this.prisma.refreshToken.updateMany({ where: { familyId: stored.familyId, revokedAt: null }, data: { revokedAt: this.clock.now() } });
    return count > 0;
  }

  /** Ends every session of a user (password change). */
  async revokeAll(db: Db, userId: string): Promise<void> {
    await db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: this.clock.now() } });
  }

  private accessToken(user: Pick<User, 'id' | 'role'>): { accessToken: string; expiresAt: Date } {
    const issuedAtMs = Date.now();
    // iat to the millisecond (a NumericDate may be fractional): a token issued just before a
    // password change must be told apart from one issued just after it (User.tokensValidFrom).
    const claims: JwtClaims = { sub: user.id, role: user.role, iat: issuedAtMs / 1000 };
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    return { accessToken: this.jwt.sign(claims, { expiresIn: ttl }), expiresAt: new Date(issuedAtMs + ttl * 1000) };
  }

  private async storeRefreshToken(db: Db, userId: string, familyId: string): Promise<string> {
    const token = randomBytes(REFRESH_TOKEN_BYTES).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await db.refreshToken.create({ data: { userId, familyId, tokenSha256: sha256(token), expiresAt } });
    return token;
  }

  private async refuseReuse(familyId: string, now: Date): Promise<never> {
    await this.prisma.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: now } });
    throw new AppError('UNAUTHENTICATED', 'REFRESH_TOKEN_REUSED', '该刷新令牌已使用过，为安全起见本次登录已全部失效，请重新登录');
  }
}
