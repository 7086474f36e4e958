import { Agency, CertificateLevel, HouseholdCategory, JobDemand, Major, Prisma, PrismaService, Role, Trainee, TraineeStatus } from '@carebridge/db';
import { localDateToDb, makeCreditCode } from '@carebridge/rules';
import { Factories } from '@carebridge/testing';

export const BEIJING = { provinceCode: '110000', cityCode: '110100' };
export const QINGDAO = { provinceCode: '370000', cityCode: '370200' };

let serial = 0;

export interface CandidateSpec {
  certificates?: { major: Major; level: CertificateLevel }[];
  /** City names, first choice first. */
  destinations?: string[];
  expectedWageFen?: number | null;
  householdCategory?: HouseholdCategory;
  status?: TraineeStatus;
  name?: string;
}

/**
 * The rows a matching run reads, written straight to the database: agencies with a valid
 * agreement (and a staff account), their open demand, and AVAILABLE trainees holding valid
 * certificates from passed enrolments. Defaults fit each other: an ELDERCARE level-4 trainee who
 * wants Beijing and 5,000 yuan, an ELDERCARE demand in Beijing paying 4,000-6,000 from 2026-03-10.
 */
export class MatchingWorld {
  constructor(
    private readonly prisma: PrismaService,
    private readonly factories: Factories,
  ) {}

  async agency(name = '北京康馨家政服务有限公司', place = BEIJING): Promise<Agency> {
    serial += 1;
    const agency = await this.prisma.agency.create({
      data: {
        name: `${name}${serial}`,
        creditCode: makeCreditCode(`91110105MB${String(serial).padStart(7, '0')}`),
        ...place,
        address: '朝阳区阜通东大街6号',
        contactName: '张经理',
        contactPhone: '010-62345678',
      },
    });
    await this.prisma.cooperationAgreement.create({
      data: { agencyId: agency.id, signedOn: localDateToDb('2026-01-01'), validUntil: localDateToDb('2027-12-31'), terms: '合作协议' },
    });
    return agency;
  }

  /** A staff account of the agency (notifications go to it). */
  staffUser(agencyId: string) {
    serial += 1;
    return this.prisma.user.create({ data: { account: `staff-${serial}`, passwordHash: 'x', displayName: '单位工作人员', role: Role.AGENCY_STAFF, agencyId } });
  }

  demand(agency: Agency, overrides: Partial<Prisma.JobDemandUncheckedCreateInput> = {}): Promise<JobDemand> {
    return this.prisma.jobDemand.create({
      data: {
        agencyId: agency.id,
        major: Major.ELDERCARE,
        headcount: 1,
        provinceCode: agency.provinceCode,
        cityCode: agency.cityCode,
        wageMinFen: 400_000,
        wageMaxFen: 600_000,
        startDate: localDateToDb('2026-03-10'),
        liveIn: true,
        minCertificateLevel: CertificateLevel.LEVEL_5,
        duties: '照顾80岁老人日常起居，协助康复锻炼',
        ...overrides,
      },
    });
  }

  async trainee(spec: CandidateSpec = {}): Promise<Trainee> {
    const certificates = spec.certificates ?? [{ major: Major.ELDERCARE, level: CertificateLevel.LEVEL_4 }];
    const trainee = await this.factories.trainee({
      status: spec.status ?? TraineeStatus.AVAILABLE,
      destinationsWanted: spec.destinations ?? ['北京市'],
      expectedWageFen: spec.expectedWageFen === undefined ? 500_000 : spec.expectedWageFen,
      householdCategory: spec.householdCategory ?? HouseholdCategory.REGISTERED_POOR,
      majorsWanted: [...new Set(certificates.map((certificate) => certificate.major))],
      ...(spec.name ? { name: spec.name } : {}),
    });
    for (const certificate of certificates) {
      const cohort = await this.factories.cohort({ start: '2026-01-05', end: '2026-02-03' });
      const enrollment = await this.prisma.enrollment.create({ data: { traineeId: trainee.id, cohortId: cohort.id, status: 'PASSED' } });
      serial += 1;
      await this.prisma.certificate.create({
        data: {
          number: `MATCH${String(serial).padStart(8, '0')}`,
          traineeId: trainee.id,
          enrollmentId: enrollment.id,
          major: certificate.major,
          level: certificate.level,
          issuedOn: localDateToDb('2026-02-05'),
        },
      });
    }
    return trainee;
  }
}
