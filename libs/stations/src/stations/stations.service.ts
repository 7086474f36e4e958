import { Injectable } from '@nestjs/common';
import { AppError } from '@carebridge/common';
import { PlacementStatus, Prisma, PrismaService, ServiceStation, StationCoverage } from '@carebridge/db';
import { PlacesService } from '@carebridge/places';
import { FollowUpPlanner } from '../follow-ups/follow-up-planner.service';
import { CoverageArea, coverageConflict, HOME_COUNTRY } from './coverage.rules';
import { CoverageAreaInput, CreateServiceStationInput, UpdateServiceStationInput } from './dto/station.input';

export const STATION_NOT_FOUND = () => AppError.notFound('STATION', '服务站不存在');
/** Serialises station writes, so two stations can never be given one area (or one name) at the same time. */
const COVERAGE_LOCK_KEY = 2_026_112_805;

@Injectable()
export class StationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly places: PlacesService,
    private readonly planner: FollowUpPlanner,
  ) {}

  /** Creates a station; placements in its area move to it (their unlogged visits and open cases). */
  async create(input: CreateServiceStationInput): Promise<ServiceStation> {
    const coverage = normalized(input.coverage);
    this.assertCoverageShape(input.isHomeCentre, coverage);
    await this.places.resolveCity(input.cityCode);
    await this.assertAreasExist(coverage);
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${COVERAGE_LOCK_KEY})`;
      await this.assertNameFree(tx, null, input.name);
      if (input.isHomeCentre && (await tx.serviceStation.findFirst({ where: { isHomeCentre: true }, select: { id: true } }))) {
        throw AppError.conflict('HOME_CENTRE_EXISTS', '服务中心已存在，只能有一个服务中心', 'isHomeCentre');
      }
      await this.assertCoverageFree(tx, null, coverage);
      const { name, cityCode, address, phone, isHomeCentre } = input;
      const station = await tx.serviceStation.create({ data: { name, cityCode, address, phone, isHomeCentre, coverage: { create: coverage } } });
      await this.reassignPlacementsIn(tx, coverage);
      return station;
    });
  }

  /** Changes a station; a new coverage list replaces the old one and placements follow the change. */
  async update(id: string, input: UpdateServiceStationInput): Promise<ServiceStation> {
    const station = await this.get(id);
    const coverage = input.coverage ? normalized(input.coverage) : null;
    if (coverage) this.assertCoverageShape(station.isHomeCentre, coverage);
    if (input.cityCode) await this.places.resolveCity(input.cityCode);
    if (coverage) await this.assertAreasExist(coverage);
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${COVERAGE_LOCK_KEY})`;
      if (input.name) await this.assertNameFree(tx, id, input.name);
      // GraphQL lets clients send null for an optional field: null and absent both mean "leave as is".
      const { name, cityCode, address, phone } = input;
      const updated = await tx.serviceStation.update({
        where: { id },
        data: { name: name ?? undefined, cityCode: cityCode ?? undefined, address: address ?? undefined, phone: phone ?? undefined },
      });
      if (coverage) {
        await this.assertCoverageFree(tx, id, coverage);
        const previous = await tx.stationCoverage.findMany({ where: { stationId: id } });
        await tx.stationCoverage.deleteMany({ where: { stationId: id } });
        await tx.stationCoverage.createMany({ data: coverage.map((area) => ({ ...area, stationId: id })) });
        await this.reassignPlacementsIn(tx, [...previous, ...coverage]);
      }
      return updated;
    });
  }

  async get(id: string): Promise<ServiceStation> {
    const station = await this.prisma.serviceStation.findUnique({ where: { id } });
    if (!station) throw STATION_NOT_FOUND();
    return station;
  }

  /** The home centre first, then by name. */
  list(): Promise<ServiceStation[]> {
    return this.prisma.serviceStation.findMany({ orderBy: [{ isHomeCentre: 'desc' }, { name: 'asc' }] });
  }

  findMany(ids: readonly string[]): Promise<ServiceStation[]> {
    return this.prisma.serviceStation.findMany({ where: { id: { in: [...ids] } } });
  }

  coverageOf(stationIds: readonly string[]): Promise<StationCoverage[]> {
    return this.prisma.stationCoverage.findMany({ where: { stationId: { in: [...stationIds] } }, orderBy: [{ provinceCode: 'asc' }, { cityCode: 'asc' }] });
  }

  private assertCoverageShape(isHomeCentre: boolean, coverage: CoverageArea[]): void {
    if (isHomeCentre && coverage.length) {
      throw AppError.badInput('HOME_CENTRE_COVERAGE', '服务中心覆盖其他服务站未覆盖的全部地区，不能指定覆盖地区', 'coverage');
    }
    if (!isHomeCentre && !coverage.length) throw AppError.badInput('COVERAGE_REQUIRED', '服务站须至少覆盖一个省份或城市', 'coverage');
  }

  private async assertAreasExist(coverage: CoverageArea[]): Promise<void> {
    for (const [index, area] of coverage.entries()) {
      const fields = { province: `coverage.${index}.provinceCode`, city: `coverage.${index}.cityCode` };
      if (area.cityCode) await this.places.assertCityInProvince(area.provinceCode, area.cityCode, this.prisma, fields);
      else if (!(await this.prisma.province.findUnique({ where: { code: area.provinceCode } }))) {
        throw AppError.badInput('UNKNOWN_PROVINCE', `省份代码 ${area.provinceCode} 不存在，请从省份列表中选择`, fields.province);
      }
    }
  }

  private async assertCoverageFree(tx: Prisma.TransactionClient, stationId: string | null, coverage: CoverageArea[]): Promise<void> {
    const others = await tx.stationCoverage.findMany({
      where: { provinceCode: { in: coverage.map((area) => area.provinceCode) }, ...(stationId ? { stationId: { not: stationId } } : {}) },
      include: { station: { select: { name: true } } },
    });
    const conflict = coverageConflict(coverage, others);
    if (!conflict) return;
    const area = coverage[conflict.index];
    const field = `coverage.${conflict.index}`;
    const where = area.cityCode ? `城市 ${area.cityCode}` : `省份 ${area.provinceCode}（全省）`;
    if (conflict.kind === 'DUPLICATE') throw AppError.badInput('COVERAGE_DUPLICATE', `覆盖地区中${where}重复填写`, field);
    const owner = others.find((row) => row.stationId === conflict.stationId)?.station.name;
    throw AppError.conflict('COVERAGE_TAKEN', `${where}已由“${owner}”覆盖，一个地区只能由一个服务站负责`, field);
  }

  /** Checked under the coverage lock, which every station write takes, so no concurrent write slips past it. */
  private async assertNameFree(tx: Prisma.TransactionClient, stationId: string | null, name: string): Promise<void> {
    const holder = await tx.serviceStation.findUnique({ where: { name }, select: { id: true } });
    if (holder && holder.id !== stationId) throw AppError.conflict('STATION_NAME_TAKEN', `已有名为“${name}”的服务站`, 'name');
  }

  /** Active placements in the provinces of these areas are handed to whichever station now covers them. */
  private async reassignPlacementsIn(tx: Prisma.TransactionClient, areas: CoverageArea[]): Promise<void> {
    const provinceCodes = [...new Set(areas.map((area) => area.provinceCode))];
    if (!provinceCodes.length) return;
    const placements = await tx.placement.findMany({
      where: { status: PlacementStatus.ACTIVE, countryCode: HOME_COUNTRY, provinceCode: { in: provinceCodes } },
      select: { id: true },
    });
    await this.planner.reassignPlacements(
      tx,
      placements.map((placement) => placement.id),
    );
  }
}

function normalized(areas: CoverageAreaInput[]): CoverageArea[] {
  return areas.map((area) => ({ provinceCode: area.provinceCode, cityCode: area.cityCode ?? null }));
}
