import { Injectable } from '@nestjs/common';
import { AuthUser, assertSchoolScope } from '@carebridge/auth';
import { AppError, isUniqueViolation } from '@carebridge/common';
import { Cohort, Prisma, PrismaService, Role } from '@carebridge/db';
import { cohortDatesProblem, dbToLocalDate } from '@carebridge/rules';
import { CohortFilter, CreateCohortInput } from './dto/cohort.input';

export const COHORT_NOT_FOUND_MESSAGE = '培训期不存在';

/** A cohort the caller may act on: it exists and, for school staff, belongs to their school. */
export function assertCohortInScope(user: AuthUser, cohort: Pick<Cohort, 'schoolId'> | null): asserts cohort {
  if (!cohort) throw AppError.notFound('COHORT', COHORT_NOT_FOUND_MESSAGE);
  assertSchoolScope(user, cohort.schoolId, 'COHORT', COHORT_NOT_FOUND_MESSAGE);
}

@Injectable()
export class CohortsService {
  constructor(private readonly prisma: PrismaService) {}

  async create(input: CreateCohortInput): Promise<Cohort> {
    const [school, course] = await Promise.all([
      this.prisma.school.findUnique({ where: { id: input.schoolId }, select: { id: true } }),
      this.prisma.course.findUnique({ where: { id: input.courseId }, select: { durationDays: true } }),
    ]);
    if (!school) throw AppError.notFound('SCHOOL', '培训基地不存在');
    if (!course) throw AppError.notFound('COURSE', '课程不存在');
    const datesProblem = cohortDatesProblem(dbToLocalDate(input.startDate), dbToLocalDate(input.endDate), course.durationDays);
    if (datesProblem) throw AppError.badInput(datesProblem.reason, datesProblem.message, 'endDate');
    try {
      return await this.prisma.cohort.create({ data: input });
    } catch (error) {
      throw isUniqueViolation(error) ? AppError.conflict('COHORT_NUMBER_TAKEN', `第${input.number}期已存在，期数不能重复`, 'number') : error;
    }
  }

  async get(user: AuthUser, id: string): Promise<Cohort> {
    const cohort = await this.prisma.cohort.findUnique({ where: { id } });
    assertCohortInScope(user, cohort);
    return cohort;
  }

  /** Cohorts in number order; school staff see only their own school's, whatever the filter says. */
  list(user: AuthUser, filter: CohortFilter = {}): Promise<Cohort[]> {
    const conditions: Prisma.CohortWhereInput[] = [];
    if (user.role === Role.SCHOOL_STAFF) {
      if (!user.schoolId) throw AppError.forbidden();
      conditions.push({ schoolId: user.schoolId });
    }
    if (filter.schoolId) conditions.push({ schoolId: filter.schoolId });
    if (filter.courseId) conditions.push({ courseId: filter.courseId });
    if (filter.activeOn) conditions.push({ startDate: { lte: filter.activeOn }, endDate: { gte: filter.activeOn } });
    return this.prisma.cohort.findMany({ where: { AND: conditions }, orderBy: { number: 'asc' } });
  }
}
