import { Injectable } from '@nestjs/common';
import { Db, PrismaService, ServiceStation } from '@carebridge/db';
import { CoverageRow, coveringStationId, HOME_COUNTRY, WorkPlace } from './coverage.rules';

/** A station as planning needs it: who visits, and whether in person. */
export type CoveringStation = Pick<ServiceStation, 'id' | 'isHomeCentre'>;

/**
 * Finds the station that follows up a place: the station covering its city, else its province,
 * else the home centre. Null only while no home centre exists (a fresh database before its seed).
 */
@Injectable()
export class StationCoverageService {
  constructor(private readonly prisma: PrismaService) {}

  async stationFor(place: WorkPlace, db: Db = this.prisma): Promise<CoveringStation | null> {
    const coverage = place.countryCode === HOME_COUNTRY && place.provinceCode ? await this.coverageOfProvinces([place.provinceCode], db) : [];
    const stationId = coveringStationId(coverage, place);
    if (stationId) return { id: stationId, isHomeCentre: false };
    return this.homeCentre(db);
  }

  /** The covering station of many places at once: one query for the coverage, one for the home centre. */
  async stationsFor<P extends WorkPlace>(places: readonly P[], db: Db = this.prisma): Promise<Map<P, CoveringStation | null>> {
    const provinces = [...new Set(places.flatMap((place) => (place.countryCode === HOME_COUNTRY && place.provinceCode ? [place.provinceCode] : [])))];
    const [coverage, home] = await Promise.all([this.coverageOfProvinces(provinces, db), this.homeCentre(db)]);
    return new Map(
      places.map((place) => {
        const stationId = coveringStationId(coverage, place);
        return [place, stationId ? { id: stationId, isHomeCentre: false } : home];
      }),
    );
  }

  homeCentre(db: Db = this.prisma): Promise<CoveringStation | null> {
    return db.serviceStation.findFirst({ where: { isHomeCentre: true }, select: { id: true, isHomeCentre: true } });
  }

  coverageOfProvinces(provinceCodes: readonly string[], db: Db = this.prisma): Promise<CoverageRow[]> {
    if (!provinceCodes.length) return Promise.resolve([]);
    return db.stationCoverage.findMany({
      where: { provinceCode: { in: [...provinceCodes] } },
      select: { stationId: true, provinceCode: true, cityCode: true },
    });
  }
}
