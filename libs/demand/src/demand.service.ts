import { Injectable } from '@nestjs/common';
import { AgenciesService, AgreementsService } from '@carebridge/agencies';
import { AuthUser } from '@carebridge/auth';
import { AppError, Clock, Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@carebridge/common';
import { Db, DemandStatus, JobDemand, Major, Prisma, PrismaService, Role } from '@carebridge/db';
import { PlacesService } from '@carebridge/places';
import {
  checkDemandForDiscrimination,
  dbToLocalDate,
  DemandRequirement,
  DemandRequirementInput,
  describeEqualEmploymentProblems,
  formatFenAsYuan,
  LocalDate,
} from '@carebridge/rules';
import { storedRequirements } from './demand-requirements';
import { DEMAND_NOT_FOUND, DEMAND_STATUS_LABELS } from './demand.errors';
import { DemandPolicyService } from './demand-policy.service';
import { PostDemandInput, UpdateDemandInput } from './dto/demand.input';
import { DemandFilterInput, DemandsArgs } from './dto/demands.args';

/** GraphQL lets clients send null for an optional field; here null and absent both mean "leave as is". */
function givenFields<T extends object>(input: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value != null)) as { [K in keyof T]?: NonNullable<T[K]> };
}

/**
 * The equal-employment check of a whole demand: the requirements to store, or BAD_USER_INPUT naming
 * each offending requirement and phrase (DISCRIMINATORY_REQUIREMENT, or INVALID_REQUIREMENT when
 * only a value is mistyped).
 */
function assertEqualEmployment(major: Major, requirements: readonly DemandRequirementInput[], duties: string): DemandRequirement[] {
  const { problems, requirements: checked } = checkDemandForDiscrimination({ major, requirements, duties });
  if (!problems.length) return checked;
  const first = problems.find((problem) => problem.discriminatory) ?? problems[0];
  throw AppError.badInput(
    first.discriminatory ? 'DISCRIMINATORY_REQUIREMENT' : 'INVALID_REQUIREMENT',
    describeEqualEmploymentProblems(problems),
    first.source === 'DUTIES' ? 'duties' : 'requirements',
  );
}

function assertWageOrder(wageMinFen: number, wageMaxFen: number): void {
  if (wageMinFen > wageMaxFen) {
    throw AppError.badInput('WAGE_RANGE_INVALID', `月薪下限（${formatFenAsYuan(wageMinFen)}元）不能高于月薪上限（${formatFenAsYuan(wageMaxFen)}元）`, 'wageMin');
  }
}

function assertStartNotPast(startDate: Date, today: LocalDate): void {
  const start = dbToLocalDate(startDate);
  if (start < today) throw AppError.badInput('START_DATE_IN_PAST', `到岗日期（${start}）不能早于今天（${today}）`, 'startDate');
}

/**
 * Job demand (用工需求): agencies post it under a valid cooperation agreement, every version passes
 * the equal-employment check, and its status moves OPEN → FILLED (DemandSlotsService) / CLOSED /
 * EXPIRED (DemandExpiryService).
 */
@Injectable()
export class DemandService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly places: PlacesService,
    private readonly agencies: AgenciesService,
    private readonly agreements: AgreementsService,
    private readonly policies: DemandPolicyService,
  ) {}

  async post(input: PostDemandInput, caller: AuthUser): Promise<JobDemand> {
    const agencyId = this.postingAgencyId(input.agencyId, caller);
    const today = this.clock.today();
    assertStartNotPast(input.startDate, today);
    assertWageOrder(input.wageMin, input.wageMax);
    const requirements = assertEqualEmployment(input.major, input.requirements ?? [], input.duties);
    return this.prisma.$transaction(async (tx) => {
      await this.agencies.assertActive(agencyId, tx);
      await this.agreements.assertValidAgreementOn(tx, agencyId, today);
      await this.places.assertCityInProvince(input.provinceCode, input.cityCode, tx);
      await this.assertWageWithinPolicy(tx, input.wageMin, input.wageMax);
      return tx.jobDemand.create({
        data: {
          agencyId,
          major: input.major,
          headcount: input.headcount,
          provinceCode: input.provinceCode,
          cityCode: input.cityCode,
          wageMinFen: input.wageMin,
          wageMaxFen: input.wageMax,
          startDate: input.startDate,
          liveIn: input.liveIn,
          minCertificateLevel: input.minCertificateLevel,
          duties: input.duties.trim(),
          requirements: requirements as unknown as Prisma.InputJsonArray,
          createdByUserId: caller.id,
        },
      });
    });
  }

  /**
   * Changes an open demand. The merged result is checked as a whole (equal employment, wages, place);
   * a start date is checked only when it changes, so an open demand past its start stays editable.
   * Locked first, so a placement taking a slot cannot slip under a lowered headcount.
   */
  async update(id: string, input: UpdateDemandInput, caller: AuthUser): Promise<JobDemand> {
    const changes = givenFields(input);
    return this.prisma.$transaction(async (tx) => {
      const demand = await this.lockVisible(tx, id, caller);
      if (demand.status !== DemandStatus.OPEN) {
        throw AppError.conflict('DEMAND_NOT_OPEN', `只有招聘中的用工需求可以修改，该需求${DEMAND_STATUS_LABELS[demand.status]}`);
      }
      const merged = {
        major: changes.major ?? demand.major,
        headcount: changes.headcount ?? demand.headcount,
        provinceCode: changes.provinceCode ?? demand.provinceCode,
        cityCode: changes.cityCode ?? demand.cityCode,
        wageMinFen: changes.wageMin ?? demand.wageMinFen,
        wageMaxFen: changes.wageMax ?? demand.wageMaxFen,
        startDate: changes.startDate ?? demand.startDate,
        liveIn: changes.liveIn ?? demand.liveIn,
        minCertificateLevel: changes.minCertificateLevel ?? demand.minCertificateLevel,
        duties: changes.duties?.trim() ?? demand.duties,
      };
      if (merged.headcount < demand.filledCount) {
        throw AppError.conflict(
          'HEADCOUNT_BELOW_FILLED',
          `招聘人数（${merged.headcount}）不能少于已上岗人数（${demand.filledCount}）；如需减少，请先结束相应的就业记录`,
          'headcount',
        );
      }
      if (changes.startDate && changes.startDate.getTime() !== demand.startDate.getTime()) assertStartNotPast(merged.startDate, this.clock.today());
      assertWageOrder(merged.wageMinFen, merged.wageMaxFen);
      const requirements = assertEqualEmployment(merged.major, changes.requirements ?? storedRequirements(demand), merged.duties);
      await this.agencies.assertActive(demand.agencyId, tx);
      if (changes.provinceCode !== undefined || changes.cityCode !== undefined) await this.places.assertCityInProvince(merged.provinceCode, merged.cityCode, tx);
      if (changes.wageMin !== undefined || changes.wageMax !== undefined) await this.assertWageWithinPolicy(tx, merged.wageMinFen, merged.wageMaxFen);
      return tx.jobDemand.update({
        where: { id },
        data: {
          ...merged,
          requirements: requirements as unknown as Prisma.InputJsonArray,
          // Lowered to the number already placed: nothing is left to fill.
          status: merged.headcount === demand.filledCount ? DemandStatus.FILLED : DemandStatus.OPEN,
        },
      });
    });
  }

  /** Closes an open or filled demand for good; placements made under it stay as they are. */
  async close(id: string, reason: string, caller: AuthUser): Promise<JobDemand> {
    return this.prisma.$transaction(async (tx) => {
      const demand = await this.lockVisible(tx, id, caller);
      if (demand.status !== DemandStatus.OPEN && demand.status !== DemandStatus.FILLED) {
        throw AppError.conflict('DEMAND_NOT_CLOSABLE', `该用工需求${DEMAND_STATUS_LABELS[demand.status]}，不能再关闭`);
      }
      return tx.jobDemand.update({
        where: { id },
        data: { status: DemandStatus.CLOSED, closedAt: this.clock.now(), closeReason: reason.trim() },
      });
    });
  }

  /** One demand the caller may see; NOT_FOUND (never FORBIDDEN) outside her scope, so ids cannot be probed. */
  async get(id: string, caller: AuthUser): Promise<JobDemand> {
    const demand = await this.prisma.jobDemand.findFirst({ where: { AND: [{ id }, this.visibleTo(caller)] } });
    if (!demand) throw DEMAND_NOT_FOUND();
    return demand;
  }

  /** A page of demands, newest first (posted, then id, so equal timestamps still page stably). */
  async list({ filter, first, after }: DemandsArgs, caller: AuthUser): Promise<Connection<JobDemand>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const where: Prisma.JobDemandWhereInput = { AND: [this.visibleTo(caller), ...this.filterWhere(filter)] };
    const cursor = after ? { id: decodeCursor(after) } : undefined;
    const [rows, totalCount] = await Promise.all([
      this.prisma.jobDemand.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], cursor, skip: cursor ? 1 : 0, take: pageSize + 1 }),
      this.prisma.jobDemand.count({ where }),
    ]);
    return toConnection(rows, pageSize, totalCount);
  }

  /** Agency staff post for their own agency (an other agency's id is NOT_FOUND); admins name the agency. */
  private postingAgencyId(agencyId: string | null | undefined, caller: AuthUser): string {
    if (caller.role === Role.AGENCY_STAFF) {
      if (!caller.agencyId) throw AppError.forbidden('该账号未关联用工单位');
      if (agencyId && agencyId !== caller.agencyId) throw AppError.notFound('AGENCY', '用工单位不存在');
      return caller.agencyId;
    }
    if (!agencyId) throw AppError.badInput('AGENCY_REQUIRED', '请选择发布需求的用工单位', 'agencyId');
    return agencyId;
  }

  private async lockVisible(tx: Prisma.TransactionClient, id: string, caller: AuthUser): Promise<JobDemand> {
    await tx.$queryRaw`SELECT id FROM job_demands WHERE id = ${id}::uuid FOR UPDATE`;
    const demand = await tx.jobDemand.findFirst({ where: { AND: [{ id }, this.visibleTo(caller)] } });
    if (!demand) throw DEMAND_NOT_FOUND();
    return demand;
  }

  private async assertWageWithinPolicy(db: Db, wageMinFen: number, wageMaxFen: number): Promise<void> {
    const { minMonthlyWageFen, maxMonthlyWageFen } = await this.policies.get(db);
    const range = `${formatFenAsYuan(minMonthlyWageFen)}-${formatFenAsYuan(maxMonthlyWageFen)}元`;
    if (wageMinFen < minMonthlyWageFen) {
      throw AppError.badInput('WAGE_OUT_OF_RANGE', `月薪下限（${formatFenAsYuan(wageMinFen)}元）低于政策允许的最低月薪，月薪应在${range}之间`, 'wageMin');
    }
    if (wageMaxFen > maxMonthlyWageFen) {
      throw AppError.badInput('WAGE_OUT_OF_RANGE', `月薪上限（${formatFenAsYuan(wageMaxFen)}元）高于政策允许的最高月薪，月薪应在${range}之间`, 'wageMax');
    }
  }

  /** The demands a caller may see: all (admin), her agency's (agency staff). */
  private visibleTo(caller: AuthUser): Prisma.JobDemandWhereInput {
    switch (caller.role) {
      case Role.ADMIN:
        return {};
      case Role.AGENCY_STAFF:
        if (!caller.agencyId) throw AppError.forbidden('该账号未关联用工单位');
        return { agencyId: caller.agencyId };
      default:
        throw AppError.forbidden();
    }
  }

  private filterWhere(filter: DemandFilterInput | null | undefined): Prisma.JobDemandWhereInput[] {
    if (!filter) return [];
    const conditions: (Prisma.JobDemandWhereInput | false)[] = [
      filter.agencyId != null && { agencyId: filter.agencyId },
      filter.status != null && { status: filter.status },
      filter.major != null && { major: filter.major },
      filter.provinceCode != null && { provinceCode: filter.provinceCode },
      filter.cityCode != null && { cityCode: filter.cityCode },
      filter.startFrom != null && { startDate: { gte: filter.startFrom } },
      filter.startTo != null && { startDate: { lte: filter.startTo } },
    ];
    return conditions.filter((condition): condition is Prisma.JobDemandWhereInput => condition !== false);
  }
}
