import { Injectable } from '@nestjs/common';
import { assertAgencyScope, AuthUser } from '@carebridge/auth';
import { AppError, Clock, Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@carebridge/common';
import { Prisma, PrismaService, RightsCase, RightsCaseStatus, Role } from '@carebridge/db';
import { isRightsCaseClosed, rightsCaseMoveProblem } from '@carebridge/rules';
import { HOME_COUNTRY } from '../stations/coverage.rules';
import { CoveringStation, StationCoverageService } from '../stations/station-coverage.service';
import { AddRightsCaseNoteArgs, AgencyRightsCasesArgs, OpenRightsCaseInput, RightsCaseFilterInput, RightsCasesArgs, TransitionRightsCaseArgs } from './dto/rights-case.input';
import { CaseLogAction, RightsCaseWriter } from './rights-case-writer.service';

export const CASE_NOT_FOUND = () => AppError.notFound('RIGHTS_CASE', '维权案件不存在');
const PLACEMENT_NOT_FOUND = () => AppError.notFound('PLACEMENT', '上岗记录不存在');
const NO_STATION = () => AppError.conflict('NO_SERVICE_STATION', '尚未设立吕梁山护工服务中心，暂不能登记维权案件');

/** Who is concerned, and which station handles it. */
interface CaseSubject {
  traineeId: string;
  placementId: string | null;
  agencyId: string | null;
  station: CoveringStation;
}

/**
 * Rights cases: opened by the caregiver herself, her station or an admin; moved along their
 * status by the station (the caregiver may only withdraw hers); every move and note appended to
 * the case log. The caregiver sees her own cases, station staff those of their station, admins all.
 */
@Injectable()
export class RightsCasesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly coverage: StationCoverageService,
    private readonly writer: RightsCaseWriter,
  ) {}

  async open(input: OpenRightsCaseInput, caller: AuthUser): Promise<RightsCase> {
    if ((input.placementId == null) === (input.agencyId == null)) {
      throw AppError.badInput('CASE_SUBJECT_REQUIRED', '请在上岗记录和用工单位中选择且只选择一项', 'placementId');
    }
    return this.prisma.$transaction(async (tx) => {
      const subject = input.placementId ? await this.placementSubject(tx, input, caller) : await this.agencySubject(tx, input, caller);
      return this.writer.open(
        tx,
        {
          traineeId: subject.traineeId,
          placementId: subject.placementId,
          agencyId: subject.agencyId,
          stationId: subject.station.id,
          category: input.category,
          description: input.description,
          amountClaimedFen: input.amountClaimed ?? null,
        },
        caller.id,
      );
    });
  }

  async transition({ id, to, note, amountRecovered }: TransitionRightsCaseArgs, caller: AuthUser): Promise<RightsCase> {
    if (caller.role === Role.TRAINEE && to !== RightsCaseStatus.WITHDRAWN) {
      throw new AppError('FORBIDDEN', 'CAREGIVER_MAY_ONLY_WITHDRAW', '护工本人只能撤回案件，其他状态由服务站办理', 'to');
    }
    if (to === RightsCaseStatus.RESOLVED && amountRecovered == null) {
      throw AppError.badInput('AMOUNT_RECOVERED_REQUIRED', '案件解决时须填写追回的金额（没有追回填0）', 'amountRecovered');
    }
    if (to !== RightsCaseStatus.RESOLVED && amountRecovered != null) {
      throw AppError.badInput('AMOUNT_ONLY_AT_RESOLUTION', '追回的金额在案件解决时填写', 'amountRecovered');
    }
    return this.prisma.$transaction(async (tx) => {
      const rightsCase = await this.lockVisible(tx, id, caller);
      const problem = rightsCaseMoveProblem(rightsCase.status, to);
      if (problem) throw AppError.conflict('RIGHTS_CASE_TRANSITION', problem, 'to');
      const now = this.clock.now();
      const updated = await tx.rightsCase.update({
        where: { id },
        data: {
          status: to,
          ...(to === RightsCaseStatus.ACCEPTED ? { acceptedAt: now } : {}),
          ...(isRightsCaseClosed(to) ? { closedAt: now } : {}),
          ...(amountRecovered != null ? { amountRecoveredFen: amountRecovered } : {}),
        },
      });
      await this.writer.appendLog(tx, id, { actorUserId: caller.id, action: CaseLogAction.TRANSITION, fromStatus: rightsCase.status, toStatus: to, note });
      return updated;
    });
  }

  async addNote({ id, note, private: isPrivate }: AddRightsCaseNoteArgs, caller: AuthUser): Promise<RightsCase> {
    return this.prisma.$transaction(async (tx) => {
      const rightsCase = await this.lockVisible(tx, id, caller);
      await this.writer.appendLog(tx, id, { actorUserId: caller.id, action: CaseLogAction.NOTE, note, isPrivate });
      return rightsCase;
    });
  }

  async get(id: string, caller: AuthUser): Promise<RightsCase> {
    const rightsCase = await this.prisma.rightsCase.findFirst({ where: { AND: [{ id }, this.visibleTo(caller)] } });
    if (!rightsCase) throw CASE_NOT_FOUND();
    return rightsCase;
  }

  /** Newest first. */
  list({ filter, first, after }: RightsCasesArgs, caller: AuthUser): Promise<Connection<RightsCase>> {
    return this.page({ AND: [this.visibleTo(caller), filterWhere(filter)] }, first, after);
  }

  /** The cases concerning an agency, for its staff (the resolver shows them without private entries). */
  forAgency({ agencyId, status, first, after }: AgencyRightsCasesArgs, caller: AuthUser): Promise<Connection<RightsCase>> {
    assertAgencyScope(caller, agencyId, 'AGENCY', '用工单位不存在');
    return this.page({ agencyId, ...(status ? { status } : {}) }, first, after);
  }

  private async page(where: Prisma.RightsCaseWhereInput, first: number | undefined, after: string | undefined): Promise<Connection<RightsCase>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const cursor = after ? { id: decodeCursor(after) } : undefined;
    const [rows, totalCount] = await Promise.all([
      this.prisma.rightsCase.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], cursor, skip: cursor ? 1 : 0, take: pageSize + 1 }),
      this.prisma.rightsCase.count({ where }),
    ]);
    return toConnection(rows, pageSize, totalCount);
  }

  /** The case, locked until the transaction ends so moves and notes of one case queue; NOT_FOUND outside the caller's scope. */
  private async lockVisible(tx: Prisma.TransactionClient, id: string, caller: AuthUser): Promise<RightsCase> {
    await tx.$queryRaw`SELECT 1 FROM rights_cases WHERE id = ${id}::uuid FOR UPDATE`;
    const rightsCase = await tx.rightsCase.findFirst({ where: { AND: [{ id }, this.visibleTo(caller)] } });
    if (!rightsCase) throw CASE_NOT_FOUND();
    return rightsCase;
  }

  /** The caregiver's own cases; her station's; all for admins. */
  private visibleTo(caller: AuthUser): Prisma.RightsCaseWhereInput {
    switch (caller.role) {
      case Role.ADMIN:
        return {};
      case Role.STATION_STAFF:
        if (!caller.stationId) throw AppError.forbidden('该账号未关联服务站');
        return { stationId: caller.stationId };
      case Role.TRAINEE:
        if (!caller.traineeId) throw AppError.forbidden();
        return { traineeId: caller.traineeId };
      default:
        throw AppError.forbidden();
    }
  }

  /** A case about a placement: hers (caregiver), covered by the caller's station (staff), or any (admin). */
  private async placementSubject(tx: Prisma.TransactionClient, input: OpenRightsCaseInput, caller: AuthUser): Promise<CaseSubject> {
    const placement = await tx.placement.findUnique({ where: { id: input.placementId as string } });
    if (!placement || (caller.role === Role.TRAINEE && placement.traineeId !== caller.traineeId)) throw PLACEMENT_NOT_FOUND();
    const station = await this.coverage.stationFor(placement, tx);
    if (!station) throw NO_STATION();
    if (caller.role === Role.STATION_STAFF && station.id !== caller.stationId) throw PLACEMENT_NOT_FOUND();
    if (input.traineeId && input.traineeId !== placement.traineeId) {
      throw AppError.badInput('TRAINEE_NOT_OF_PLACEMENT', '所填护工不是该上岗记录的护工；按上岗记录登记时不必填写护工', 'traineeId');
    }
    return { traineeId: placement.traineeId, placementId: placement.id, agencyId: placement.agencyId, station };
  }

  /** A case about an agency, handled by the station covering the agency's city. */
  private async agencySubject(tx: Prisma.TransactionClient, input: OpenRightsCaseInput, caller: AuthUser): Promise<CaseSubject> {
    const agency = await tx.agency.findUnique({ where: { id: input.agencyId as string } });
    if (!agency) throw AppError.notFound('AGENCY', '用工单位不存在');
    const traineeId = await this.complainant(tx, input, caller);
    const station = await this.coverage.stationFor({ countryCode: HOME_COUNTRY, provinceCode: agency.provinceCode, cityCode: agency.cityCode }, tx);
    if (!station) throw NO_STATION();
    if (caller.role === Role.STATION_STAFF && station.id !== caller.stationId) {
      throw new AppError('FORBIDDEN', 'OUTSIDE_STATION_AREA', '该用工单位所在地区不由本服务站负责，请由负责该地区的服务站或服务中心登记', 'agencyId');
    }
    return { traineeId, placementId: null, agencyId: agency.id, station };
  }

  /** The caregiver herself, or the one staff name. */
  private async complainant(tx: Prisma.TransactionClient, input: OpenRightsCaseInput, caller: AuthUser): Promise<string> {
    if (caller.role === Role.TRAINEE) {
      if (input.traineeId && input.traineeId !== caller.traineeId) throw AppError.badInput('TRAINEE_NOT_SELF', '护工本人只能为自己登记维权案件', 'traineeId');
      return caller.traineeId as string;
    }
    if (!input.traineeId) throw AppError.badInput('TRAINEE_REQUIRED', '按用工单位登记时须指定护工', 'traineeId');
    const trainee = await tx.trainee.findUnique({ where: { id: input.traineeId }, select: { id: true } });
    if (!trainee) throw AppError.notFound('TRAINEE', '学员不存在');
    return trainee.id;
  }
}

/** GraphQL lets a client send null for an optional filter: null and absent both mean "any". */
function filterWhere(filter: RightsCaseFilterInput | null | undefined): Prisma.RightsCaseWhereInput {
  if (!filter) return {};
  return {
    ...(filter.status != null ? { status: filter.status } : {}),
    ...(filter.category != null ? { category: filter.category } : {}),
    ...(filter.stationId != null ? { stationId: filter.stationId } : {}),
    ...(filter.agencyId != null ? { agencyId: filter.agencyId } : {}),
    ...(filter.traineeId != null ? { traineeId: filter.traineeId } : {}),
  };
}
