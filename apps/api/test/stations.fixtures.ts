import { CertificateLevel, Major, PrismaService, Trainee, TraineeStatus } from '@carebridge/db';
import { addDays, localDateToDb, makeCreditCode } from '@carebridge/rules';
import { Factories } from '@carebridge/testing';

/** Places of the service-station tests: Beijing and Qingdao have stations; Shanghai is the home centre's. */
export const BEIJING = { provinceCode: '110000', cityCode: '110100' };
export const QINGDAO = { provinceCode: '370000', cityCode: '370200' };
export const SHANGHAI = { provinceCode: '310000', cityCode: '310100' };

let serial = 0;

/** Rows the follow-up and rights-case tests arrange straight in the database. */
export class StationsFixtures {
  constructor(
    private readonly prisma: PrismaService,
    private readonly factories: Factories,
  ) {}

  /** The home centre, a Beijing station covering the province and a Qingdao one covering the city. */
  async stations(): Promise<{ home: string; beijing: string; qingdao: string }> {
    const station = (name: string, cityCode: string, isHomeCentre: boolean, coverage: Array<{ provinceCode: string; cityCode: string | null }>) =>
      this.prisma.serviceStation.create({ data: { name, cityCode, address: '地址', phone: '010-64781234', isHomeCentre, coverage: { create: coverage } } });
    return {
      home: (await station('吕梁山护工服务中心', '141100', true, [])).id,
      beijing: (await station('北京服务站', BEIJING.cityCode, false, [{ provinceCode: BEIJING.provinceCode, cityCode: null }])).id,
      qingdao: (await station('青岛服务部', QINGDAO.cityCode, false, [{ ...QINGDAO }])).id,
    };
  }

  agency(place: { provinceCode: string; cityCode: string } = BEIJING) {
    serial += 1;
    return this.prisma.agency.create({
      data: {
        name: `康馨家政服务有限公司${serial}`,
        creditCode: makeCreditCode(`91110105MB${String(serial).padStart(7, '0')}`),
        ...place,
        address: '阜通东大街6号',
        contactName: '张经理',
        contactPhone: '010-62345678',
      },
    });
  }

  /** An AVAILABLE trainee holding a valid eldercare certificate, ready to be placed. */
  async caregiver(overrides: { phone?: string; status?: TraineeStatus } = {}): Promise<Trainee> {
    serial += 1;
    // Resident IDs repeat after a few hundred trainees of one birth date: spread them over the years.
    const birthDate = addDays('1980-01-01', serial % 5000);
    const trainee = await this.factories.trainee({ status: overrides.status ?? TraineeStatus.AVAILABLE, phone: overrides.phone, birthDate });
    const cohort = await this.factories.cohort({ start: '2025-12-01', end: '2025-12-30' });
    const enrollment = await this.prisma.enrollment.create({ data: { traineeId: trainee.id, cohortId: cohort.id, status: 'PASSED' } });
    serial += 1;
    await this.prisma.certificate.create({
      data: {
        number: `STN${String(serial).padStart(9, '0')}`,
        traineeId: trainee.id,
        enrollmentId: enrollment.id,
        major: Major.ELDERCARE,
        level: CertificateLevel.LEVEL_4,
        issuedOn: localDateToDb('2026-01-05'),
      },
    });
    return trainee;
  }

  /** A placement written directly (no plan): for tests of the worker, which has no API. */
  async placement(options: { agencyId?: string; place?: { provinceCode: string; cityCode: string } | 'JP'; startDate: string; traineeId?: string }) {
    const traineeId = options.traineeId ?? (await this.caregiver({ status: TraineeStatus.PLACED })).id;
    const place =
      options.place === 'JP'
        ? { countryCode: 'JP', provinceCode: null, cityCode: null, cityName: '东京' }
        : { countryCode: 'CN', ...(options.place ?? BEIJING), cityName: '北京市' };
    return this.prisma.placement.create({
      data: { traineeId, agencyId: options.agencyId ?? null, ...place, monthlyWageFen: 450_000, startDate: localDateToDb(options.startDate) },
    });
  }
}
