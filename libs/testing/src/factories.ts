import { PiiCipher } from '@carebridge/common';
import { Cohort, Course, HouseholdCategory, Major, Prisma, PrismaService, School, Trainee } from '@carebridge/db';
import { localDateToDb, makeResidentId, parseResidentId } from '@carebridge/rules';

let counter = 0;
const next = () => ++counter;

/** Valid rows written straight to the database, for arranging tests quickly. */
export class Factories {
  constructor(
    private readonly prisma: PrismaService,
    private readonly pii: PiiCipher,
  ) {}

  school(overrides: Partial<Prisma.SchoolUncheckedCreateInput> = {}): Promise<School> {
    const n = next();
    return this.prisma.school.create({
      data: {
        name: `测试培训学校${n}`,
        ownership: 'PUBLIC',
        procurementMethod: 'PUBLIC_TENDER',
        countyCode: '141102',
        address: `离石区滨河路${n}号`,
        contactName: '王老师',
        contactPhone: '0358-8221234',
        ...overrides,
      },
    });
  }

  course(overrides: Partial<Prisma.CourseUncheckedCreateInput> = {}): Promise<Course> {
    return this.prisma.course.create({
      data: { name: `养老陪护课程${next()}`, major: Major.ELDERCARE, theoryHours: 48, practiceHours: 112, durationDays: 30, ...overrides },
    });
  }

  /** A trainee with a valid resident ID (born 1985 unless `birthDate` is given) and phone. */
  trainee(overrides: Partial<Prisma.TraineeUncheckedCreateInput> & { birthDate?: string; residentId?: string; phone?: string } = {}): Promise<Trainee> {
    const n = next();
    const { birthDate = '1985-06-15', residentId, phone, ...rest } = overrides;
    const id = residentId ?? makeResidentId('141124', birthDate, n, 'FEMALE');
    const facts = parseResidentId(id);
    if (!facts.ok) throw new Error(`factory made an invalid resident ID ${id}`);
    const mobile = phone ?? `139${String(10_000_000 + n).slice(-8)}`;
    return this.prisma.trainee.create({
      data: {
        name: `测试学员${n}`,
        residentIdCipher: this.pii.encrypt(facts.facts.normalized),
        residentIdHash: this.pii.hash('resident-id', facts.facts.normalized),
        phoneCipher: this.pii.encrypt(mobile),
        phoneHash: this.pii.hash('phone', mobile),
        birthDate: localDateToDb(facts.facts.birthDate),
        sex: facts.facts.sex,
        countyCode: '141124',
        householdCategory: HouseholdCategory.REGISTERED_POOR,
        educationLevel: 'JUNIOR_HIGH',
        majorsWanted: [Major.ELDERCARE],
        destinationsWanted: ['北京市'],
        ...rest,
      },
    });
  }

  async cohort(overrides: Partial<Prisma.CohortUncheckedCreateInput> & { start?: string; end?: string } = {}): Promise<Cohort> {
    const { start = '2026-03-02', end = '2026-03-31', ...rest } = overrides;
    const schoolId = rest.schoolId ?? (await this.school()).id;
    const courseId = rest.courseId ?? (await this.course()).id;
    return this.prisma.cohort.create({
      data: { number: 1000 + next(), capacity: 50, startDate: localDateToDb(start), endDate: localDateToDb(end), ...rest, schoolId, courseId },
    });
  }
}
