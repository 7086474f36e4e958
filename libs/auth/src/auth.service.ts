import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { AppError, AuditKind, AuditLogService, Clock, isUniqueViolation, PiiCipher, RequestOrigin } from '@carebridge/common';
import { Prisma, PrismaService, Role, User } from '@carebridge/db';
import { isMobilePhone, normalizeMobilePhone } from '@carebridge/rules';
import { AuthUser } from './auth-user';
import { CreateUserInput } from './dto/auth.input';
import { hashPassword, verifyPassword } from './password';
import { IssuedTokens, TokensService } from './tokens.service';

const INVALID_LOGIN = '账号或密码错误';
const CST_OFFSET_MS = 8 * 3600_000;

/** An instant as people in the programme read it: Beijing time to the minute. */
function beijingMinute(instant: Date): string {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tokens: TokensService,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the password and opens a session. Failed attempts in a row lock the account for a
   * while (a correct password is refused too while it is locked); a success resets the count.
   * Every attempt is audited, without the account name (a trainee's is her phone number).
   */
  async login(account: string, password: string, origin: RequestOrigin): Promise<IssuedTokens & { user: User }> {
    const where = isMobilePhone(account)
      ? { phoneHash: this.pii.hash('phone', normalizeMobilePhone(account)) }
      : { account: account.trim() };
    const user = await this.prisma.user.findUnique({ where });
    const now = this.clock.now();
    const refuse = async (error: AppError): Promise<never> => {
      await this.audit.record({ ...origin, actorUserId: user?.id, actorRole: user?.role, action: 'login', kind: AuditKind.LOGIN_FAILED, succeeded: false, details: { reason: error.reason } });
      throw error;
    };
    // Unknown accounts skip argon2 (~50 ms), which tells them apart by timing: the per-IP throttle bounds that probing.
    if (!user || !user.active) return refuse(new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', INVALID_LOGIN));
    if (user.lockedUntil && user.lockedUntil > now) return refuse(this.lockedError(user.lockedUntil));
    if (!(await verifyPassword(user.passwordHash, password))) {
      const lockedUntil = await this.countFailure(user.id, now);
      return refuse(lockedUntil ? this.lockedError(lockedUntil) : new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', INVALID_LOGIN));
    }
    if (user.failedLogins > 0 || user.lockedUntil) {
      await this.prisma.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    }
    const tokens = await this.tokens.startSession(user);
    await this.audit.record({ ...origin, actorUserId: user.id, actorRole: user.role, action: 'login', kind: AuditKind.LOGIN, target: `User:${user.id}`, succeeded: true });
    return { ...tokens, user };
  }

  /**
   * A new password ends every session: tokens issued before now stop working (the guard compares
   * their iat with tokensValidFrom) and every refresh token is revoked. The caller gets a new session.
   */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string): Promise<IssuedTokens & { user: User }> {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: caller.id } });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw AppError.badInput('WRONG_PASSWORD', '当前密码不正确', 'currentPassword');
    }
    if (currentPassword === newPassword) throw AppError.badInput('SAME_PASSWORD', '新密码不能与当前密码相同', 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    return this.prisma.$transaction(async (tx) => {
      // Wall-clock, like the iat of access tokens it is compared with.
      const updated = await tx.user.update({ where: { id: user.id }, data: { passwordHash, tokensValidFrom: new Date(), failedLogins: 0, lockedUntil: null } });
      await this.tokens.revokeAll(tx, user.id);
      return { ...(await this.tokens.startSession(updated, tx)), user: updated };
    });
  }

  /** Counts a failed password in one statement (concurrent attempts all count); returns the lock's end when this one locks. */
  private async countFailure(userId: string, now: Date): Promise<Date | null> {
    const max = this.config.LOGIN_MAX_FAILURES;
    const until = new Date(now.getTime() + this.config.LOGIN_LOCK_MINUTES * 60_000);
    const [row] = await this.prisma.$queryRaw<{ locked_until: Date | null }[]>`
      UPDATE users
         SET failed_logins = CASE WHEN failed_logins + 1 >= ${max}::int THEN 0 ELSE failed_logins + 1 END,
             locked_until  = CASE WHEN failed_logins + 1 >= ${max}::int THEN ${until} ELSE locked_until END
       WHERE id = ${userId}::uuid
   RETURNING locked_until`;
    return row?.locked_until?.getTime() === until.getTime() ? until : null;
  }

  private lockedError(until: Date): AppError {
    return new AppError(
      'UNAUTHENTICATED',
      'ACCOUNT_LOCKED',
      `连续${this.config.LOGIN_MAX_FAILURES}次密码错误，账号已临时锁定，请于北京时间 ${beijingMinute(until)} 后再试`,
    );
  }

  findUser(id: string): Promise<User | null> {
    return this.prisma.user.findUnique({ where: { id } });
  }

  async createUser(input: CreateUserInput): Promise<User> {
    const data: Prisma.UserUncheckedCreateInput = {
      account: input.account ?? null,
      displayName: input.displayName.trim(),
      role: input.role,
      passwordHash: await hashPassword(input.password),
    };
    switch (input.role) {
      case Role.ADMIN:
        break;
      case Role.SCHOOL_STAFF: {
        if (!input.schoolId) throw AppError.badInput('SCHOOL_REQUIRED', '培训基地工作人员账号必须指定所属培训基地', 'schoolId');
        const school = await this.prisma.school.findUnique({ where: { id: input.schoolId }, select: { id: true } });
        if (!school) throw AppError.notFound('SCHOOL', '培训基地不存在');
        data.schoolId = school.id;
        break;
      }
      case Role.AGENCY_STAFF: {
        if (!input.agencyId) throw AppError.badInput('AGENCY_REQUIRED', '用工单位工作人员账号必须指定所属用工单位', 'agencyId');
        const agency = await this.prisma.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } });
        if (!agency) throw AppError.notFound('AGENCY', '用工单位不存在');
        data.agencyId = agency.id;
        break;
      }
      case Role.STATION_STAFF: {
        if (!input.stationId) throw AppError.badInput('STATION_REQUIRED', '服务站工作人员账号必须指定所属服务站', 'stationId');
        const station = await this.prisma.serviceStation.findUnique({ where: { id: input.stationId }, select: { id: true } });
        if (!station) throw AppError.notFound('STATION', '服务站不存在');
        data.stationId = station.id;
        break;
      }
      case Role.TRAINEE: {
        if (!input.traineeId) throw AppError.badInput('TRAINEE_REQUIRED', '学员账号必须指定对应学员', 'traineeId');
        const trainee = await this.prisma.trainee.findUnique({ where: { id: input.traineeId }, select: { id: true, phoneHash: true } });
        if (!trainee) throw AppError.notFound('TRAINEE', '学员不存在');
        data.traineeId = trainee.id;
        data.phoneHash = trainee.phoneHash;
        break;
      }
    }
    if (input.role !== Role.TRAINEE && !data.account) {
      throw AppError.badInput('ACCOUNT_REQUIRED', '工作人员账号必须填写登录名', 'account');
    }
    try {
      return await this.prisma.user.create({ data });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw AppError.conflict('ACCOUNT_TAKEN', '该登录名或手机号已有账号', input.role === Role.TRAINEE ? 'traineeId' : 'account');
      }
      throw error;
    }
  }
}
