import { Injectable } from '@nestjs/common';
import { AuthUser, hashPassword } from '@carebridge/auth';
import { AppError, Clock, Connection, decodeCursor, DEFAULT_PAGE_SIZE, escapeLike, isUniqueViolation, PiiCipher, toConnection } from '@carebridge/common';
import { Prisma, PrismaService, Role, Trainee, TraineeStatus, TraineeStatusChange } from '@carebridge/db';
import { localDateToDb, maskPhone, maskResidentId, parseResidentId, RESIDENT_ID_PROBLEM_MESSAGES, TRAINEE_STATUS_LABELS } from '@carebridge/rules';
import { RegisterTraineeInput } from './dto/register-trainee.input';
import { TraineeFilterInput, TraineesArgs } from './dto/trainees.args';
import { TraineeStatusService } from './trainee-status.service';

const NOT_FOUND = () => AppError.notFound('TRAINEE', '学员不存在');

@Injectable()
export class TraineesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    private readonly status: TraineeStatusService,
  ) {}

  /**
   * Registers a trainee. Staff (admin, school) register on someone's behalf; a caller without a
   * token registers herself and gets a trainee account, logging in with her phone and password.
   */
  async register(input: RegisterTraineeInput, caller: AuthUser | undefined): Promise<Trainee> {
    const selfRegistration = !caller;
    if (caller && caller.role !== Role.ADMIN && caller.role !== Role.SCHOOL_STAFF) throw AppError.forbidden();
    if (selfRegistration && !input.password) {
      throw AppError.badInput('PASSWORD_REQUIRED', '自助登记须设置登录密码', 'password');
    }
    if (!selfRegistration && input.password) {
      throw AppError.badInput('PASSWORD_NOT_ALLOWED', '工作人员代为登记时不设置密码，学员账号请另行开通', 'password');
    }
    const parsed = parseResidentId(input.residentId);
    if (!parsed.ok) throw AppError.badInput('INVALID_RESIDENT_ID', RESIDENT_ID_PROBLEM_MESSAGES[parsed.problem], 'residentId');
    const { normalized: residentId, birthDate, sex } = parsed.facts;
    if (birthDate > this.clock.today()) {
      throw AppError.badInput('INVALID_RESIDENT_ID', '身份证号中的出生日期晚于今天，请核对', 'residentId');
    }
    if (!input.acceptsAnyDestination && input.destinationsWanted.length === 0) {
      throw AppError.badInput('DESTINATION_REQUIRED', '意向就业城市至少填写一个，或选择接受任何就业地点', 'destinationsWanted');
    }
    const phoneHash = this.pii.hash('phone', input.phone);
    // Hashed before the transaction: argon2 takes tens of milliseconds a transaction should not hold.
    const passwordHash = input.password ? await hashPassword(input.password) : null;

    return this.prisma.$transaction(async (tx) => {
      const trainee = await tx.trainee
        .create({
          data: {
            name: input.name,
            residentIdCipher: this.pii.encrypt(residentId),
            residentIdHash: this.pii.hash('resident-id', residentId),
            phoneCipher: this.pii.encrypt(input.phone),
            phoneHash,
            birthDate: localDateToDb(birthDate),
            sex,
            countyCode: input.countyCode,
            householdCategory: input.householdCategory,
            educationLevel: input.educationLevel,
            majorsWanted: input.majorsWanted,
            destinationsWanted: input.destinationsWanted,
            acceptsAnyDestination: input.acceptsAnyDestination,
            expectedWageFen: input.expectedMonthlyWage ?? null,
          },
        })
        .catch((error: unknown) => {
          // The unique index decides, so two concurrent registrations of one ID cannot both pass.
          throw isUniqueViolation(error)
            ? AppError.conflict('RESIDENT_ID_TAKEN', '该身份证号已登记，请勿重复登记；如需开通账号请联系培训基地', 'residentId')
            : error;
        });
      let actorUserId = caller?.id ?? null;
      // Only self-registration carries a password (checked above): she gets her account and is the actor.
      if (passwordHash) {
        const account = await tx.user
          .create({ data: { role: Role.TRAINEE, displayName: trainee.name, passwordHash, phoneHash, traineeId: trainee.id } })
          .catch((error: unknown) => {
            throw isUniqueViolation(error) ? AppError.conflict('PHONE_TAKEN', '该手机号已开通学员账号，请直接用手机号登录', 'phone') : error;
          });
        actorUserId = account.id;
      }
      await tx.traineeStatusChange.create({
        data: { traineeId: trainee.id, fromStatus: null, toStatus: TraineeStatus.REGISTERED, actorUserId, reason: selfRegistration ? '自助登记' : '工作人员代为登记' },
      });
      return trainee;
    });
  }

  /** One trainee the caller may see; NOT_FOUND (never FORBIDDEN) outside her scope, so ids cannot be probed. */
  async get(id: string, caller: AuthUser): Promise<Trainee> {
    const trainee = await this.prisma.trainee.findFirst({ where: { AND: [{ id }, this.visibleTo(caller)] } });
    if (!trainee) throw NOT_FOUND();
    return trainee;
  }

  /** A page of trainees, newest first (created, then id, so equal timestamps still page stably). */
  async list({ filter, first, after }: TraineesArgs, caller: AuthUser): Promise<Connection<Trainee>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const where = this.listWhere(filter, caller);
    const cursor = after ? { id: decodeCursor(after) } : undefined;
    const [rows, totalCount] = await Promise.all([
      this.prisma.trainee.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        cursor,
        skip: cursor ? 1 : 0,
        take: pageSize + 1,
      }),
      this.prisma.trainee.count({ where }),
    ]);
    return toConnection(rows, pageSize, totalCount);
  }

  /** The trainees the list shows a caller for a filter: her scope and the filter's conditions (the xlsx export reads the same). */
  listWhere(filter: TraineeFilterInput | null | undefined, caller: AuthUser): Prisma.TraineeWhereInput {
    return { AND: [this.visibleTo(caller), ...this.filterWhere(filter)] };
  }

  /**
   * Exact lookup by the full resident ID number, through its keyed hash. School staff may find any
   * trainee this way, not only their school's: they must find a registered trainee to enrol her, and
   * only someone who already knows her complete ID number can ask (no partial or fuzzy matching).
   * What they then see of a trainee of another school is her profile with masked identifiers: her
   * enrolments and certificates show only their school's rows (none), her status history only the
   * changes their own staff made until she enrols with them, her placements not at all (the field
   * resolvers check the caller).
   */
  findByResidentId(residentId: string): Promise<Trainee | null> {
    return this.prisma.trainee.findUnique({ where: { residentIdHash: this.pii.hash('resident-id', residentId) } });
  }

  /** A certified trainee declares she is available for jobs (she herself, or an admin for her). */
  async markAvailable(traineeId: string, caller: AuthUser): Promise<Trainee> {
    if (caller.role === Role.TRAINEE && caller.traineeId !== traineeId) throw NOT_FOUND();
    return this.prisma.$transaction(async (tx) => {
      // Locked, so no concurrent move can slip between this check and the move below.
      const current = await this.status.lock(tx, traineeId);
      if (current !== TraineeStatus.CERTIFIED && current !== TraineeStatus.AVAILABLE) {
        throw AppError.conflict(
          'TRAINEE_NOT_CERTIFIED',
          `只有已取证的学员才能登记为待就业，该学员当前状态为“${TRAINEE_STATUS_LABELS[current]}”`,
          'traineeId',
        );
      }
      await this.status.move(tx, traineeId, TraineeStatus.AVAILABLE, caller.id, '学员已取证，登记为待就业');
      return tx.trainee.findUniqueOrThrow({ where: { id: traineeId } });
    });
  }

  /** Those of the trainees with an enrolment in one school's cohorts. */
  async enrolledAtSchool(traineeIds: readonly string[], schoolId: string): Promise<Set<string>> {
    const rows = await this.prisma.enrollment.findMany({
      where: { traineeId: { in: [...traineeIds] }, cohort: { schoolId } },
      select: { traineeId: true },
      distinct: ['traineeId'],
    });
    return new Set(rows.map((row) => row.traineeId));
  }

  /**
   * Status histories of many trainees, oldest change first, for the statusHistory DataLoaders: all of
   * each, or only the changes made by one school's staff.
   */
  statusHistories(traineeIds: readonly string[], actorSchoolId: string | null = null): Promise<TraineeStatusChange[]> {
    return this.prisma.traineeStatusChange.findMany({
      where: { traineeId: { in: [...traineeIds] }, ...(actorSchoolId ? { actor: { schoolId: actorSchoolId } } : {}) },
      orderBy: { changedAt: 'asc' },
    });
  }

  /** Identifiers are decrypted only to be masked here: the clear value never leaves this service. */
  maskedResidentId(trainee: Pick<Trainee, 'residentIdCipher'>): string {
    return maskResidentId(this.pii.decrypt(trainee.residentIdCipher));
  }

  maskedPhone(trainee: Pick<Trainee, 'phoneCipher'>): string {
    return maskPhone(this.pii.decrypt(trainee.phoneCipher));
  }

  /** The trainees a caller may see: all (admin), those enrolled at her school (school staff), herself (trainee). */
  private visibleTo(caller: AuthUser): Prisma.TraineeWhereInput {
    switch (caller.role) {
      case Role.ADMIN:
        return {};
      case Role.SCHOOL_STAFF:
        if (!caller.schoolId) throw AppError.forbidden();
        return { enrollments: { some: { cohort: { schoolId: caller.schoolId } } } };
      case Role.TRAINEE:
        if (!caller.traineeId) throw AppError.forbidden();
        return { id: caller.traineeId };
      default:
        throw AppError.forbidden();
    }
  }

  /** GraphQL lets a client send null for an optional filter: null and absent both mean "any". */
  private filterWhere(filter: TraineeFilterInput | null | undefined): Prisma.TraineeWhereInput[] {
    if (!filter) return [];
    const conditions: (Prisma.TraineeWhereInput | false)[] = [
      filter.countyCode != null && { countyCode: filter.countyCode },
      filter.householdCategory != null && { householdCategory: filter.householdCategory },
      filter.status != null && { status: filter.status },
      filter.major != null && { majorsWanted: { has: filter.major } },
      filter.cohortId != null && { enrollments: { some: { cohortId: filter.cohortId } } },
      filter.nameContains != null && { name: { contains: escapeLike(filter.nameContains), mode: 'insensitive' } },
    ];
    return conditions.filter((condition): condition is Prisma.TraineeWhereInput => condition !== false);
  }
}
