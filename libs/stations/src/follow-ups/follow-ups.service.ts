import { Injectable } from '@nestjs/common';
import { AuthUser, assertStationScope } from '@carebridge/auth';
import { AppError, Clock } from '@carebridge/common';
import { FollowUpVisit, PrismaService, Prisma, Role, Trainee, VisitStatus } from '@carebridge/db';
import { NotificationKind } from '@carebridge/notifications';
import { addDays, daysBetween, dbToLocalDate, dueBucket, notReachedStreak, rightsCaseFromVisitReport, toLocalDate } from '@carebridge/rules';
import { FollowUpPoliciesService } from '../policies/policies.service';
import { RightsCaseWriter } from '../rights/rights-case-writer.service';
import { STATION_NOT_FOUND } from '../stations/stations.service';
import { FollowUpsDueArgs, LogFollowUpInput } from './dto/follow-up.input';
import { notReachedMessage } from './follow-up-messages';
import { StaffAlerts } from './staff-alerts.service';

const VISIT_NOT_FOUND = () => AppError.notFound('FOLLOW_UP_VISIT', '回访不存在');
/** How far ahead followUpsDue lists, and how early a visit may be logged. */
const MAX_DUE_LIST_DAYS = 90;
const MAX_EARLY_LOG_DAYS = 7;

/** The answers a visit records only when it reached her. */
const ANSWER_FIELDS = [
  'wagePaidInFull',
  'wagePaidOnTime',
  'wageAmount',
  'hoursPerWeek',
  'daysOffPerMonth',
  'livingConditions',
  'health',
  'employerHoldsIdCard',
  'employerHoldsContract',
  'agencyFees',
  'caregiverSatisfactionEmployer',
  'caregiverSatisfactionAgency',
  'employerSatisfactionCaregiver',
  'reportsAbuse',
  'reportsInjury',
] as const;

export interface FollowUpsDue {
  overdue: FollowUpVisit[];
  today: FollowUpVisit[];
  upcoming: FollowUpVisit[];
}

@Injectable()
export class FollowUpsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly policies: FollowUpPoliciesService,
    private readonly alerts: StaffAlerts,
    private readonly cases: RightsCaseWriter,
  ) {}

  /** A station's visits not yet logged and due by `until`: overdue, today's and upcoming. */
  async due({ stationId, until }: FollowUpsDueArgs, caller: AuthUser): Promise<FollowUpsDue> {
    assertStationScope(caller, stationId, 'STATION', '服务站不存在');
    if (!(await this.prisma.serviceStation.findUnique({ where: { id: stationId }, select: { id: true } }))) throw STATION_NOT_FOUND();
    const today = this.clock.today();
    const last = dbToLocalDate(until);
    if (last < today) throw AppError.badInput('UNTIL_IN_PAST', `截止日期不能早于今天（${today}）`, 'until');
    if (daysBetween(today, last) > MAX_DUE_LIST_DAYS) throw AppError.badInput('UNTIL_TOO_FAR', `截止日期最多为今天起${MAX_DUE_LIST_DAYS}天内`, 'until');
    const visits = await this.prisma.followUpVisit.findMany({
      where: { stationId, status: { in: [VisitStatus.PLANNED, VisitStatus.OVERDUE] }, dueDate: { lte: until } },
      orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    });
    const lists: FollowUpsDue = { overdue: [], today: [], upcoming: [] };
    const bucketOf = { OVERDUE: lists.overdue, TODAY: lists.today, UPCOMING: lists.upcoming };
    for (const visit of visits) bucketOf[dueBucket(dbToLocalDate(visit.dueDate), today)].push(visit);
    return lists;
  }

  /** A placement's plan and logs, by sequence: station staff see the visits of their station only. */
  async visitsOfPlacement(placementId: string, caller: AuthUser): Promise<FollowUpVisit[]> {
    if (caller.role === Role.STATION_STAFF && !caller.stationId) throw AppError.forbidden('该账号未关联服务站');
    const visits = await this.prisma.followUpVisit.findMany({
      where: { placementId, ...(caller.role === Role.STATION_STAFF ? { stationId: caller.stationId as string } : {}) },
      orderBy: { sequence: 'asc' },
    });
    if (!visits.length) throw AppError.notFound('PLACEMENT', '上岗记录不存在或没有回访计划');
    return visits;
  }

  /** The caregiver a visit is to reach: for an admin, or the staff of the visit's station (NOT_FOUND for others). */
  async caregiverOf(visitId: string, caller: AuthUser): Promise<Pick<Trainee, 'id' | 'name' | 'phoneCipher'>> {
    const visit = await this.prisma.followUpVisit.findUnique({ where: { id: visitId }, select: { stationId: true, placementId: true } });
    if (!visit) throw VISIT_NOT_FOUND();
    assertStationScope(caller, visit.stationId, 'FOLLOW_UP_VISIT', '回访不存在');
    const { trainee } = await this.prisma.placement.findUniqueOrThrow({
      where: { id: visit.placementId },
      select: { trainee: { select: { id: true, name: true, phoneCipher: true } } },
    });
    return trainee;
  }

  /**
   * Logs a visit once. In the same transaction: a log reporting unpaid or late wages, abuse or
   * injury opens a rights case linked to it; a visit that did not reach her, after as many such
   * visits in a row as the policy says, alerts the station's staff and the admins.
   */
  async log(visitId: string, input: LogFollowUpInput, caller: AuthUser): Promise<FollowUpVisit> {
    assertAnswersFitContact(input);
    return this.prisma.$transaction(async (tx) => {
      // Locked: two loggings of one visit queue here and the second finds it logged.
      await tx.$queryRaw`SELECT 1 FROM follow_up_visits WHERE id = ${visitId}::uuid FOR UPDATE`;
      const visit = await tx.followUpVisit.findUnique({ where: { id: visitId } });
      if (!visit) throw VISIT_NOT_FOUND();
      assertStationScope(caller, visit.stationId, 'FOLLOW_UP_VISIT', '回访不存在');
      if (visit.loggedAt) throw AppError.conflict('VISIT_ALREADY_LOGGED', `该回访已于 ${toLocalDate(visit.loggedAt)} 登记，不能重复登记`);
      if (visit.status === VisitStatus.CANCELLED) throw AppError.conflict('VISIT_CANCELLED', '上岗已结束，该回访已取消，不能登记');
      const today = this.clock.today();
      if (dbToLocalDate(visit.dueDate) > addDays(today, MAX_EARLY_LOG_DAYS)) {
        throw AppError.conflict('VISIT_NOT_DUE_YET', `该回访应于 ${dbToLocalDate(visit.dueDate)} 进行，最早可提前${MAX_EARLY_LOG_DAYS}天登记`);
      }

      const { reached, channel, wageAmount, agencyFees, ...answers } = input;
      const logged = await tx.followUpVisit.update({
        where: { id: visitId },
        data: {
          ...answers,
          status: reached ? VisitStatus.DONE : VisitStatus.NOT_REACHED,
          loggedAt: this.clock.now(),
          loggedByUserId: caller.id,
          loggedChannel: channel,
          wageAmountFen: wageAmount,
          agencyFeesFen: agencyFees,
        },
      });
      const placement = await tx.placement.findUniqueOrThrow({ where: { id: visit.placementId }, include: { trainee: { select: { name: true } } } });
      if (reached) {
        const found = rightsCaseFromVisitReport(input);
        if (found) {
          await this.cases.open(
            tx,
            {
              traineeId: placement.traineeId,
              placementId: placement.id,
              agencyId: placement.agencyId,
              stationId: visit.stationId,
              followUpVisitId: visit.id,
              category: found.category,
              description: input.problems ? `${found.description}情况说明：${input.problems}` : found.description,
              amountClaimedFen: null,
            },
            caller.id,
          );
        }
      } else {
        await this.alertWhenUnreachable(tx, logged, { caregiverName: placement.trainee.name, cityName: placement.cityName });
      }
      return logged;
    });
  }

  private async alertWhenUnreachable(tx: Prisma.TransactionClient, visit: FollowUpVisit, subject: { caregiverName: string; cityName: string }): Promise<void> {
    const { notReachedEscalateAt } = await this.policies.followUp(tx);
    const history = await tx.followUpVisit.findMany({
      where: { placementId: visit.placementId, sequence: { lte: visit.sequence } },
      orderBy: { sequence: 'desc' },
      select: { status: true },
    });
    const streak = notReachedStreak(history.map((row) => row.status));
    if (streak < notReachedEscalateAt) return;
    await this.alerts.send(
      tx,
      { stationId: visit.stationId, includeAdmins: true },
      NotificationKind.FOLLOW_UP_NOT_REACHED,
      `visit-not-reached:${visit.id}`,
      notReachedMessage(subject, streak),
    );
  }
}

/** Reached: wages must be answered. Not reached: nothing but the channel and a note can be known. */
function assertAnswersFitContact(input: LogFollowUpInput): void {
  if (input.reached) {
    for (const field of ['wagePaidInFull', 'wagePaidOnTime'] as const) {
      if (input[field] == null) throw AppError.badInput('WAGE_ANSWER_REQUIRED', '联系上护工时须登记工资是否足额发放、是否按时发放', field);
    }
    return;
  }
  const answered = ANSWER_FIELDS.find((field) => input[field] != null);
  if (answered) throw AppError.badInput('ANSWERS_WITHOUT_CONTACT', '未联系上护工时只能登记回访方式和情况说明，不能填写回访内容', answered);
}
