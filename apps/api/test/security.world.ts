import { CertificateLevel, HouseholdCategory, Major, Role, TraineeStatus } from '@carebridge/db';
import { localDateToDb, makeCreditCode, makeResidentId } from '@carebridge/rules';
import { TestApi } from '@carebridge/testing';

/** One side's objects, by the GraphQL type name their ids belong to. */
export type SideIds = Record<string, string>;

/** One side of the world: its ids, the names only it should show, and its users' tokens. */
export interface Side {
  ids: SideIds;
  /** Values (ids, names, numbers) that must never reach the other side's callers. */
  markers: string[];
  /** Clear identifiers of its trainees, for lookups by resident ID. */
  residentId: string;
  /** The trainee whose resident ID that is (ids.Trainee), by name. */
  traineeName: string;
  tokens: Partial<Record<Role, string>>;
}

export interface World {
  a: Side;
  b: Side;
  adminToken: string;
  /** Shared reference objects everyone may see (job fair, subsidy policy, matching run). */
  shared: SideIds;
}

const PLACES = {
  a: { provinceCode: '110000', cityCode: '110100', cityName: '北京市', label: '甲', county: '141124', phone: '1391000' },
  b: { provinceCode: '370000', cityCode: '370200', cityName: '青岛市', label: '乙', county: '141123', phone: '1392000' },
} as const;

let serial = 0;

/**
 * Two of everything, A in Beijing and B in Qingdao, sharing nothing but reference data: school,
 * cohort, enrolled and certified trainee placed with the side's agency in the side's city (so the
 * side's station follows her up), a second certified trainee proposed to the side's demand, a
 * rights case, a household, a subsidy application, a notification, an import job; and on each side
 * a user of every role.
 */
export async function buildWorld(api: TestApi): Promise<World> {
  const adminToken = await api.admin();
  const admin = await api.prisma.user.findFirstOrThrow({ where: { role: Role.ADMIN } });
  const prisma = api.prisma;
  await prisma.serviceStation.create({ data: { name: '吕梁山护工服务中心', cityCode: '141100', address: '离石区', phone: '0358-8888888', isHomeCentre: true } });
  const course = await api.factories.course({ major: Major.ELDERCARE });
  const jobFair = await prisma.jobFair.create({ data: { title: '春季护工招聘会', mode: 'ONLINE', date: localDateToDb('2026-04-01'), link: 'https://example.cn/fair' } });
  const policy = await prisma.subsidyPolicy.create({
    data: { name: '稳岗补贴', monthsEmployed: 6, amountFen: 100_000, validFrom: localDateToDb('2026-01-01'), validUntil: localDateToDb('2026-12-31') },
  });
  const run = await prisma.matchingRun.create({ data: { status: 'DONE', requestedByUserId: admin.id } });

  async function side(key: 'a' | 'b'): Promise<Side> {
    const place = PLACES[key];
    const { label } = place;
    const station = await prisma.serviceStation.create({
      data: { name: `${label}地服务站`, cityCode: place.cityCode, address: '站址', phone: '010-64781234', coverage: { create: [{ provinceCode: place.provinceCode, cityCode: null }] } },
    });
    const school = await api.factories.school({ name: `${label}培训学校` });
    const cohort = await api.factories.cohort({ schoolId: school.id, courseId: course.id, start: '2025-12-01', end: '2025-12-30' });
    serial += 1;
    const agency = await prisma.agency.create({
      data: {
        name: `${label}方家政服务有限公司`,
        creditCode: makeCreditCode(`91110105MC${String(serial).padStart(7, '0')}`),
        provinceCode: place.provinceCode,
        cityCode: place.cityCode,
        address: '阜通东大街6号',
        contactName: `${label}经理`,
        contactPhone: '010-62345678',
      },
    });
    await prisma.cooperationAgreement.create({ data: { agencyId: agency.id, signedOn: localDateToDb('2026-01-01'), validUntil: localDateToDb('2027-12-31'), terms: '合作协议' } });

    /** A certified, available trainee enrolled at this side's school. */
    async function certifiedTrainee(name: string, sequence: number) {
      const residentId = makeResidentId(place.county, '1988-04-0' + (key === 'a' ? '1' : '2'), sequence, 'FEMALE');
      const trainee = await api.factories.trainee({
        name,
        residentId,
        phone: `${place.phone}${String(sequence).padStart(4, '0')}`,
        countyCode: place.county,
        householdCategory: HouseholdCategory.REGISTERED_POOR,
        status: TraineeStatus.AVAILABLE,
        destinationsWanted: [place.cityName],
      });
      const enrollment = await prisma.enrollment.create({ data: { traineeId: trainee.id, cohortId: cohort.id, status: 'PASSED' } });
      serial += 1;
      const certificate = await prisma.certificate.create({
        data: { number: `SEC${key.toUpperCase()}${String(serial).padStart(8, '0')}`, traineeId: trainee.id, enrollmentId: enrollment.id, major: Major.ELDERCARE, level: CertificateLevel.LEVEL_4, issuedOn: localDateToDb('2026-01-05') },
      });
      return { trainee, enrollment, certificate, residentId };
    }
    const placed = await certifiedTrainee(`${label}护工王秀英`, 11);
    const candidate = await certifiedTrainee(`${label}学员李桂兰`, 12);

    const { postDemand } = await api.ok(
      `mutation($input: PostDemandInput!) { postDemand(input: $input) { id } }`,
      {
        input: {
          agencyId: agency.id,
          major: 'ELDERCARE',
          headcount: 3,
          provinceCode: place.provinceCode,
          cityCode: place.cityCode,
          wageMin: '4000',
          wageMax: '6000',
          startDate: '2026-03-20',
          liveIn: true,
          minCertificateLevel: 'LEVEL_5',
          duties: '照护失能老人',
        },
      },
      adminToken,
    );
    const { createPlacement } = await api.ok(
      `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`,
      { input: { traineeId: placed.trainee.id, agencyId: agency.id, provinceCode: place.provinceCode, cityCode: place.cityCode, monthlyWage: '4500', startDate: '2026-03-02' } },
      adminToken,
    );
    const visit = await prisma.followUpVisit.findFirstOrThrow({ where: { placementId: createPlacement.id }, orderBy: { sequence: 'asc' } });
    const { openRightsCase } = await api.ok(
      `mutation($input: OpenRightsCaseInput!) { openRightsCase(input: $input) { id } }`,
      { input: { placementId: createPlacement.id, category: 'WAGE_ARREARS', description: `${label}方护工反映工资拖欠两个月`, amountClaimed: '9000' } },
      adminToken,
    );
    const { registerHousehold } = await api.ok(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`,
      { input: { contactName: `${label}家赵先生`, contactPhone: `${place.phone}9999`, provinceCode: place.provinceCode, cityCode: place.cityCode, careRecipientNeeds: '照顾卧床老人' } },
      adminToken,
    );
    const proposal = await prisma.matchProposal.create({
      data: { runId: run.id, traineeId: candidate.trainee.id, demandId: postDemand.id, agencyId: agency.id, score: 870, components: [], expiresAt: new Date('2026-03-09T01:00:00Z') },
    });
    const application = await prisma.subsidyApplication.create({
      data: { policyId: policy.id, traineeId: placed.trainee.id, placementId: createPlacement.id, periodStart: localDateToDb('2026-03-02'), periodEnd: localDateToDb('2026-09-01'), amountFen: 100_000 },
    });
    const importJob = await prisma.importJob.create({ data: { kind: 'TRAINEES', fileName: `${label}名单.csv`, fileSha256: 'x', content: new Uint8Array(), schoolId: school.id } });

    const tokens: Side['tokens'] = {
      [Role.SCHOOL_STAFF]: await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id }),
      [Role.AGENCY_STAFF]: await api.tokenFor(Role.AGENCY_STAFF, { agencyId: agency.id }),
      [Role.STATION_STAFF]: await api.tokenFor(Role.STATION_STAFF, { stationId: station.id }),
      [Role.TRAINEE]: await api.tokenFor(Role.TRAINEE, { traineeId: placed.trainee.id }),
    };
    const traineeUser = await prisma.user.findUniqueOrThrow({ where: { traineeId: placed.trainee.id } });
    const notification = await prisma.notification.create({
      data: { sourceKey: `security-${key}`, userId: traineeUser.id, traineeId: placed.trainee.id, kind: 'CERTIFICATE_ISSUED', title: '证书已发放', body: `${label}方护工上岗提醒` },
    });

    const ids: SideIds = {
      School: school.id,
      Cohort: cohort.id,
      Trainee: placed.trainee.id,
      Candidate: candidate.trainee.id,
      Enrollment: placed.enrollment.id,
      Certificate: placed.certificate.id,
      Agency: agency.id,
      JobDemand: postDemand.id,
      Placement: createPlacement.id,
      FollowUpVisit: visit.id,
      RightsCase: openRightsCase.id,
      ServiceStation: station.id,
      Household: registerHousehold.id,
      MatchProposal: proposal.id,
      SubsidyApplication: application.id,
      ImportJob: importJob.id,
      Notification: notification.id,
      User: traineeUser.id,
    };
    // Schools and stations are reference data every signed-in user may list: not markers.
    const privateIds = Object.entries(ids).filter(([type]) => type !== 'School' && type !== 'ServiceStation').map(([, id]) => id);
    const markers = [
      ...privateIds,
      placed.trainee.name,
      candidate.trainee.name,
      agency.name,
      `${label}家赵先生`,
      placed.certificate.number,
      candidate.certificate.number,
      `${label}方护工反映工资拖欠两个月`,
      placed.residentId,
      candidate.residentId,
    ];
    return { ids, markers, residentId: placed.residentId, traineeName: placed.trainee.name, tokens };
  }

  const a = await side('a');
  const b = await side('b');
  return { a, b, adminToken, shared: { JobFair: jobFair.id, MatchingRun: run.id, SubsidyPolicy: policy.id } };
}
