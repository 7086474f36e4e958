import { Injectable } from '@nestjs/common';
import { AgenciesService, HouseholdsService } from '@carebridge/agencies';
import { agencyOrTraineeRows, AuthUser, assertAgencyScope } from '@carebridge/auth';
import { AppError, Clock, Connection, decodeCursor, DEFAULT_PAGE_SIZE, isUniqueViolation, toConnection } from '@carebridge/common';
import { CertificateStatus, Db, Placement, PlacementStatus, Prisma, PrismaService, Role, TraineeStatus } from '@carebridge/db';
import { DemandSlotsService } from '@carebridge/demand';
import { JobFairsService } from '@carebridge/jobfairs';
import { PlacesService } from '@carebridge/places';
import { FollowUpPlanner } from '@carebridge/stations';
import { CertificateRequirement, certificateProblem, dbToLocalDate, TRAINEE_STATUS_LABELS } from '@carebridge/rules';
import { TraineeStatusService } from '@carebridge/trainees';
import { CreatePlacementInput, EndPlacementArgs, PlacementFilterInput, PlacementsArgs } from './dto/placement.input';
import { countryName, END_REASON_LABELS, HOME_COUNTRY } from './placement.rules';

export const PLACEMENT_NOT_FOUND = () => AppError.notFound('PLACEMENT', '上岗记录不存在');
const NOT_ACTIVE = () => AppError.conflict('PLACEMENT_NOT_ACTIVE', '该上岗记录已结束，不能重复结束');
const ALREADY_PLACED = () => AppError.conflict('TRAINEE_ALREADY_PLACED', '该学员已有在岗的上岗记录，须先结束原上岗才能再次上岗', 'traineeId');

/** Where the caregiver works: a city of China by its codes, or a city abroad by its name. */
interface WorkPlace {
  countryCode: string;
  provinceCode: string | null;
  cityCode: string | null;
  cityName: string;
}

/** Who employs her, where, and what certificate the job asks for (null: any valid certificate). */
interface Employment {
  agencyId: string | null;
  demandId: string | null;
  householdId: string | null;
  place: WorkPlace;
  requirement: CertificateRequirement | null;
}

@Injectable()
export class PlacementsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly places: PlacesService,
    private readonly agencies: AgenciesService,
    private readonly households: HouseholdsService,
    private readonly demandSlots: DemandSlotsService,
    private readonly jobFairs: JobFairsService,
    private readonly traineeStatus: TraineeStatusService,
    private readonly followUps: FollowUpPlanner,
  ) {}

  /**
   * Places an available, suitably certified trainee with an employer, in one transaction: the
   * placement, the demand's slot and her move to PLACED happen together or not at all.
   */
  async create(input: CreatePlacementInput, caller: AuthUser): Promise<Placement> {
    return this.prisma.$transaction((tx) => this.createInTransaction(tx, input, caller));
  }

  /**
   * `create` inside the caller's transaction, with all its rules, for a change that places her as
   * part of a larger one (a match proposal both sides accepted): a refusal rolls that back too.
   */
  async createInTransaction(tx: Prisma.TransactionClient, input: CreatePlacementInput, caller: AuthUser): Promise<Placement> {
    const employment = await this.employment(tx, input, caller);
    if (input.jobFairId) await this.jobFairs.assertHireAtFair(tx, input.jobFairId, input.traineeId, employment.agencyId);

    // Her row is locked before any other row this writes (the demand's), as endPlacement does:
    // concurrent placements of one trainee queue here, and the two never deadlock.
    const status = await this.traineeStatus.lock(tx, input.traineeId);
    const certificates = await tx.certificate.findMany({
      where: { traineeId: input.traineeId, status: CertificateStatus.VALID },
      select: { major: true, level: true },
    });
    const problem = certificateProblem(certificates, employment.requirement);
    if (problem) throw AppError.conflict(problem.reason, problem.message, 'traineeId');
    if (status === TraineeStatus.PLACED) throw ALREADY_PLACED();
    if (status !== TraineeStatus.AVAILABLE) {
      const hint = status === TraineeStatus.CERTIFIED ? '，请先将其登记为待就业' : '';
      throw AppError.conflict('TRAINEE_NOT_AVAILABLE', `只有待就业的学员才能安排上岗，该学员当前状态为“${TRAINEE_STATUS_LABELS[status]}”${hint}`, 'traineeId');
    }

    if (employment.demandId) await this.demandSlots.takeSlot(tx, employment.demandId);
    const placement = await tx.placement
      .create({
        data: {
          traineeId: input.traineeId,
          agencyId: employment.agencyId,
          demandId: employment.demandId,
          householdId: employment.householdId,
          jobFairId: input.jobFairId ?? null,
          ...employment.place,
          monthlyWageFen: input.monthlyWage,
          contractNumber: input.contractNumber ?? null,
          startDate: input.startDate,
          createdByUserId: caller.id,
        },
      })
      .catch((error: unknown) => {
        // placements_one_active_per_trainee: the database's last word on "one active placement".
        throw isUniqueViolation(error) ? ALREADY_PLACED() : error;
      });
    await this.traineeStatus.move(tx, input.traineeId, TraineeStatus.PLACED, caller.id, '登记上岗');
    await this.followUps.planForPlacement(tx, placement.id);
    return placement;
  }

  /**
   * Ends an active placement: records when, why and by whom, gives the demand its slot back and
   * returns the caregiver to the pool of available trainees.
   */
  async end({ id, endDate, reason, note }: EndPlacementArgs, caller: AuthUser): Promise<Placement> {
    const endNote = note || null;
    if (reason === 'OTHER' && !endNote) throw AppError.badInput('END_NOTE_REQUIRED', '结束原因为“其他”时须填写情况说明', 'note');
    return this.prisma.$transaction(async (tx) => {
      const placement = await this.get(id, caller, tx);
      if (placement.status !== PlacementStatus.ACTIVE) throw NOT_ACTIVE();
      const startedOn = dbToLocalDate(placement.startDate);
      const endedOn = dbToLocalDate(endDate);
      if (endedOn < startedOn) throw AppError.badInput('END_BEFORE_START', `结束日期不能早于上岗日期（${startedOn}）`, 'endDate');
      if (endedOn > this.clock.today()) throw AppError.badInput('END_DATE_IN_FUTURE', '结束日期不能晚于今天', 'endDate');

      await this.traineeStatus.lock(tx, placement.traineeId);
      // Conditional on ACTIVE, so of two concurrent ends exactly one releases the slot and moves her.
      const { count } = await tx.placement.updateMany({
        where: { id, status: PlacementStatus.ACTIVE },
        data: { status: PlacementStatus.ENDED, endDate, endReason: reason, endNote, endedByUserId: caller.id },
      });
      if (count === 0) throw NOT_ACTIVE();
      // Checked with the placement row locked (by the update), so a wage recorded meanwhile is seen here.
      const laterWage = await tx.wageRecord.findFirst({ where: { placementId: id, month: { gt: endDate } }, orderBy: { month: 'asc' } });
      if (laterWage) {
        const month = dbToLocalDate(laterWage.month).slice(0, 7);
        throw AppError.badInput('WAGE_AFTER_END_DATE', `已登记${month}的工资，结束日期不能早于该月`, 'endDate');
      }
      if (placement.demandId) await this.demandSlots.releaseSlot(tx, placement.demandId);
      await this.traineeStatus.move(tx, placement.traineeId, TraineeStatus.AVAILABLE, caller.id, `上岗结束：${END_REASON_LABELS[reason]}`);
      await this.followUps.cancelFuture(tx, id, endDate);
      return tx.placement.findUniqueOrThrow({ where: { id } });
    });
  }

  /** One placement the caller may see; NOT_FOUND (never FORBIDDEN) outside her scope, so ids cannot be probed. */
  async get(id: string, caller: AuthUser, db: Db = this.prisma): Promise<Placement> {
    const placement = await db.placement.findFirst({ where: { AND: [{ id }, agencyOrTraineeRows(caller)] } });
    if (!placement) throw PLACEMENT_NOT_FOUND();
    return placement;
  }

  /** A page of placements, newest first (created, then id, so equal timestamps still page stably). */
  async list({ filter, first, after }: PlacementsArgs, caller: AuthUser): Promise<Connection<Placement>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const where: Prisma.PlacementWhereInput = { AND: [agencyOrTraineeRows(caller), ...this.filterWhere(filter)] };
    const cursor = after ? { id: decodeCursor(after) } : undefined;
    const [rows, totalCount] = await Promise.all([
      this.prisma.placement.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], cursor, skip: cursor ? 1 : 0, take: pageSize + 1 }),
      this.prisma.placement.count({ where }),
    ]);
    return toConnection(rows, pageSize, totalCount);
  }

  /** Placements of many trainees, earliest start first, for the Trainee.placements DataLoader. */
  placementsOfTrainees(traineeIds: readonly string[]): Promise<Placement[]> {
    return this.prisma.placement.findMany({ where: { traineeId: { in: [...traineeIds] } }, orderBy: [{ startDate: 'asc' }, { id: 'asc' }] });
  }

  /** Whether the caller may see this placement: the condition `agencyOrTraineeRows` applies to queries, for rows already loaded. */
  canSee(caller: AuthUser, placement: Pick<Placement, 'agencyId' | 'traineeId'>): boolean {
    switch (caller.role) {
      case Role.ADMIN:
        return true;
      case Role.AGENCY_STAFF:
        return caller.agencyId !== null && placement.agencyId === caller.agencyId;
      case Role.TRAINEE:
        return caller.traineeId !== null && placement.traineeId === caller.traineeId;
      default:
        return false;
    }
  }

  /**
   * The employer, place and certificate requirement of a new placement, from exactly one of: a
   * demand (everything comes from it), a household, or an agency hiring without a demand.
   */
  private async employment(tx: Prisma.TransactionClient, input: CreatePlacementInput, caller: AuthUser): Promise<Employment> {
    const employers = [input.demandId, input.householdId, input.agencyId].filter((id) => id != null);
    if (employers.length !== 1) {
      throw AppError.badInput('EMPLOYER_REQUIRED', '雇主须在用工需求、家庭、用工单位三者中选择且只选择一项', 'demandId');
    }
    if (input.demandId) {
      const placeGiven = input.countryCode !== HOME_COUNTRY || input.provinceCode != null || input.cityCode != null || input.cityName != null;
      if (placeGiven) throw AppError.badInput('PLACE_FROM_DEMAND', '按用工需求录用时，工作地点取自该需求，请不要另行填写地点', 'cityCode');
      const demand = await tx.jobDemand.findUnique({ where: { id: input.demandId } });
      if (!demand) throw AppError.notFound('DEMAND', '用工需求不存在');
      assertAgencyScope(caller, demand.agencyId, 'DEMAND', '用工需求不存在');
      await this.agencies.assertActive(demand.agencyId, tx);
      const city = await this.places.resolveCity(demand.cityCode, tx);
      return {
        agencyId: demand.agencyId,
        demandId: demand.id,
        householdId: null,
        place: { countryCode: HOME_COUNTRY, provinceCode: city.provinceCode, cityCode: city.code, cityName: city.name },
        requirement: { major: demand.major, minLevel: demand.minCertificateLevel },
      };
    }
    if (input.householdId) {
      if (caller.role !== Role.ADMIN) throw AppError.forbidden('家庭用工的上岗只能由服务中心管理员登记');
      const household = await this.households.get(input.householdId);
      return { agencyId: null, demandId: null, householdId: household.id, place: await this.workPlace(tx, input), requirement: null };
    }
    const agencyId = input.agencyId as string;
    assertAgencyScope(caller, agencyId, 'AGENCY', '用工单位不存在');
    await this.agencies.assertActive(agencyId, tx);
    return { agencyId, demandId: null, householdId: null, place: await this.workPlace(tx, input), requirement: null };
  }

  /** A place in China is given by its (checked) codes and named from them; a place abroad only by its name. */
  private async workPlace(db: Db, input: CreatePlacementInput): Promise<WorkPlace> {
    if (input.countryCode === HOME_COUNTRY) {
      if (!input.provinceCode || !input.cityCode) {
        throw AppError.badInput('PLACE_REQUIRED', '境内上岗须填写省份代码和城市代码', input.provinceCode ? 'cityCode' : 'provinceCode');
      }
      if (input.cityName) throw AppError.badInput('CITY_NAME_NOT_ALLOWED', '境内上岗的城市名称由城市代码得出，请不要填写城市名称', 'cityName');
      const city = await this.places.assertCityInProvince(input.provinceCode, input.cityCode, db);
      return { countryCode: HOME_COUNTRY, provinceCode: city.provinceCode, cityCode: city.code, cityName: city.name };
    }
    const country = countryName(input.countryCode);
    if (input.provinceCode || input.cityCode) {
      throw AppError.badInput('DIVISION_CODE_ABROAD', `境外（${country}）上岗不填写省份和城市代码，请填写城市名称`, input.provinceCode ? 'provinceCode' : 'cityCode');
    }
    if (!input.cityName) throw AppError.badInput('CITY_NAME_REQUIRED', `境外（${country}）上岗须填写城市名称，如“东京”`, 'cityName');
    return { countryCode: input.countryCode, provinceCode: null, cityCode: null, cityName: input.cityName };
  }


  /** GraphQL lets a client send null for an optional filter: null and absent both mean "any". */
  private filterWhere(filter: PlacementFilterInput | null | undefined): Prisma.PlacementWhereInput[] {
    if (!filter) return [];
    const conditions: (Prisma.PlacementWhereInput | false)[] = [
      filter.traineeId != null && { traineeId: filter.traineeId },
      filter.agencyId != null && { agencyId: filter.agencyId },
      filter.status != null && { status: filter.status },
      filter.countryCode != null && { countryCode: filter.countryCode },
      filter.cityCode != null && { cityCode: filter.cityCode },
    ];
    return conditions.filter((condition): condition is Prisma.PlacementWhereInput => condition !== false);
  }
}
