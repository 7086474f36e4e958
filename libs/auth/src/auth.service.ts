import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { AppError, isUniqueViolation, PiiCipher } from '@carebridge/common';
import { Prisma, PrismaService, Role, User } from '@carebridge/db';
import { isMobilePhone, normalizeMobilePhone } from '@carebridge/rules';
import { JwtClaims } from './auth-user';
import { CreateUserInput } from './dto/auth.input';
import { hashPassword, verifyPassword } from './password';

const INVALID_LOGIN = '账号或密码错误';

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    private readonly pii: PiiCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(account: string, password: string): Promise<{ accessToken: string; expiresAt: Date; user: User }> {
    const where = isMobilePhone(account)
      ? { phoneHash: this.pii.hash('phone', normalizeMobilePhone(account)) }
      : { account: account.trim() };
    const user = await this.prisma.user.findUnique({ where });
    // Verify even when the account is unknown would leak timing less, but argon2 costs ~50 ms:
    // the throttler (issue on hardening) bounds guessing instead.
    if (!user || !user.active || !(await verifyPassword(user.passwordHash, password))) {
      throw new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', INVALID_LOGIN);
    }
    return { ...this.issueToken(user), user };
  }

  issueToken(user: Pick<User, 'id' | 'role'>): { accessToken: string; expiresAt: Date } {
    const claims: JwtClaims = { sub: user.id, role: user.role };
    const accessToken = this.jwt.sign(claims, { expiresIn: this.config.JWT_EXPIRES_IN_SECONDS });
    return { accessToken, expiresAt: new Date(Date.now() + this.config.JWT_EXPIRES_IN_SECONDS * 1000) };
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
      case Role.TRAINEE: {
        if (!input.traineeId) throw AppError.badInput('TRAINEE_REQUIRED', '学员账号必须指定对应学员', 'traineeId');
        const trainee = await this.prisma.trainee.findUnique({ where: { id: input.traineeId }, select: { id: true, phoneHash: true } });
        if (!trainee) throw AppError.notFound('TRAINEE', '学员不存在');
        data.traineeId = trainee.id;
        data.phoneHash = trainee.phoneHash;
        break;
      }
      default:
        throw AppError.badInput('ROLE_NOT_AVAILABLE', '该角色的账号暂不能创建（需先建立服务站）', 'role');
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
