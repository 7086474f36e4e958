import { Injectable } from '@nestjs/common';
import { AgenciesService } from '@carebridge/agencies';
import { AuthUser, assertAgencyScope } from '@carebridge/auth';
import { AppError, Clock, isUniqueViolation } from '@carebridge/common';
import { Db, JobFair, JobFairMode, PrismaService, Role } from '@carebridge/db';
import { dbToLocalDate } from '@carebridge/rules';
import { PlacesService } from '@carebridge/places';
import { CreateJobFairInput, JobFairsArgs } from './dto/job-fair.input';

const JOB_FAIR_NOT_FOUND = () => AppError.notFound('JOB_FAIR', '招聘会不存在');
const TRAINEE_NOT_FOUND = () => AppError.notFound('TRAINEE', '学员不存在');

/** How many took part in a fair, and how many were hired there. */
export interface JobFairCounts {
  registeredAgencies: number;
  registeredTrainees: number;
  hires: number;
}

@Injectable()
export class JobFairsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly places: PlacesService,
    private readonly agencies: AgenciesService,
  ) {}

  async create(input: CreateJobFairInput): Promise<JobFair> {
    const place = input.place?.trim() || null;
    if (input.mode === JobFairMode.OFFLINE && !place) {
      throw AppError.badInput('JOB_FAIR_PLACE_REQUIRED', '线下招聘会必须填写举办地点', 'place');
    }
    if (input.mode === JobFairMode.ONLINE && !input.link) {
      throw AppError.badInput('JOB_FAIR_LINK_REQUIRED', '线上招聘会必须填写参会链接（https 网址）', 'link');
    }
    if (input.cityCode) await this.places.resolveCity(input.cityCode);
    return this.prisma.jobFair.create({
      data: { title: input.title.trim(), mode: input.mode, date: input.date, place, link: input.link ?? null, cityCode: input.cityCode ?? null },
    });
  }

  async get(id: string, db: Db = this.prisma): Promise<JobFair> {
    const fair = await db.jobFair.findUnique({ where: { id } });
    if (!fair) throw JOB_FAIR_NOT_FOUND();
    return fair;
  }

  /** Fairs by date (then title), optionally between two dates inclusive. */
  list({ from, to }: JobFairsArgs): Promise<JobFair[]> {
    if (from && to && from > to) throw AppError.badInput('INVALID_DATE_RANGE', '起始日期不能晚于截止日期', 'from');
    return this.prisma.jobFair.findMany({
      where: { date: { gte: from ?? undefined, lte: to ?? undefined } },
      orderBy: [{ date: 'asc' }, { title: 'asc' }, { id: 'asc' }],
    });
  }

  /** An active agency signs up for a fair: admins for any agency, agency staff for their own. */
  async registerAgency(jobFairId: string, agencyId: string, caller: AuthUser): Promise<JobFair> {
    assertAgencyScope(caller, agencyId, 'AGENCY', '用工单位不存在');
    const fair = await this.openForRegistration(jobFairId);
    await this.agencies.assertActive(agencyId);
    await this.prisma.jobFairAgency.create({ data: { jobFairId, agencyId } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? AppError.conflict('AGENCY_ALREADY_REGISTERED', '该用工单位已报名此招聘会，请勿重复报名', 'agencyId') : error;
    });
    return fair;
  }

  /** A trainee signs up for a fair: herself, or an admin for her. */
  async registerTrainee(jobFairId: string, traineeId: string, caller: AuthUser): Promise<JobFair> {
    if (caller.role === Role.TRAINEE && caller.traineeId !== traineeId) throw TRAINEE_NOT_FOUND();
    const fair = await this.openForRegistration(jobFairId);
    const trainee = await this.prisma.trainee.findUnique({ where: { id: traineeId }, select: { id: true } });
    if (!trainee) throw TRAINEE_NOT_FOUND();
    await this.prisma.jobFairTrainee.create({ data: { jobFairId, traineeId } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? AppError.conflict('TRAINEE_ALREADY_REGISTERED', '该学员已报名此招聘会，请勿重复报名', 'traineeId') : error;
    });
    return fair;
  }

  /**
   * A placement made at a fair: the fair has taken place (today or earlier) and both the agency and
   * the trainee registered for it. Household hires are not made at fairs, which only agencies attend.
   */
  async assertHireAtFair(db: Db, jobFairId: string, traineeId: string, agencyId: string | null): Promise<void> {
    const fair = await this.get(jobFairId, db);
    if (!agencyId) {
      throw AppError.badInput('JOB_FAIR_HIRE_NEEDS_AGENCY', '招聘会上的录用须由参会的用工单位录用，家庭用工不能关联招聘会', 'jobFairId');
    }
    if (dbToLocalDate(fair.date) > this.clock.today()) {
      throw AppError.conflict('JOB_FAIR_NOT_HELD_YET', `招聘会“${fair.title}”尚未举办（${dbToLocalDate(fair.date)}），不能登记在该招聘会上的录用`, 'jobFairId');
    }
    const [agencyEntry, traineeEntry] = await Promise.all([
      db.jobFairAgency.findUnique({ where: { jobFairId_agencyId: { jobFairId, agencyId } } }),
      db.jobFairTrainee.findUnique({ where: { jobFairId_traineeId: { jobFairId, traineeId } } }),
    ]);
    if (!agencyEntry) throw AppError.conflict('AGENCY_NOT_REGISTERED_FOR_JOB_FAIR', `该用工单位没有报名招聘会“${fair.title}”`, 'jobFairId');
    if (!traineeEntry) throw AppError.conflict('TRAINEE_NOT_REGISTERED_FOR_JOB_FAIR', `该学员没有报名招聘会“${fair.title}”`, 'jobFairId');
  }

  /** Fairs by id for DataLoaders, in no particular order. */
  findMany(ids: readonly string[]): Promise<JobFair[]> {
    return this.prisma.jobFair.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Registration, hire and placement counts of many fairs at once, for the DataLoader. */
  async counts(jobFairIds: readonly string[]): Promise<JobFairCounts[]> {
    const ids = [...jobFairIds];
    const [agencies, trainees, hires] = await Promise.all([
      this.prisma.jobFairAgency.groupBy({ by: ['jobFairId'], where: { jobFairId: { in: ids } }, _count: { _all: true } }),
      this.prisma.jobFairTrainee.groupBy({ by: ['jobFairId'], where: { jobFairId: { in: ids } }, _count: { _all: true } }),
      this.prisma.placement.groupBy({ by: ['jobFairId'], where: { jobFairId: { in: ids } }, _count: { _all: true } }),
    ]);
    const byFair = (rows: { jobFairId: string | null; _count: { _all: number } }[]) => new Map(rows.map((row) => [row.jobFairId, row._count._all]));
    const [agencyCounts, traineeCounts, hireCounts] = [byFair(agencies), byFair(trainees), byFair(hires)];
    return ids.map((id) => ({
      registeredAgencies: agencyCounts.get(id) ?? 0,
      registeredTrainees: traineeCounts.get(id) ?? 0,
      hires: hireCounts.get(id) ?? 0,
    }));
  }

  /** The fair, while it still takes registrations: up to and including its day. */
  private async openForRegistration(jobFairId: string): Promise<JobFair> {
    const fair = await this.get(jobFairId);
    const date = dbToLocalDate(fair.date);
    if (date < this.clock.today()) {
      throw AppError.conflict('JOB_FAIR_REGISTRATION_CLOSED', `招聘会“${fair.title}”已于${date}举办，报名已截止`, 'jobFairId');
    }
    return fair;
  }
}
