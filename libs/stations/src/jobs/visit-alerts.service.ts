import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '@carebridge/common';
import { FollowUpPolicy, FollowUpVisit, PrismaService, VisitStatus } from '@carebridge/db';
import { NotificationKind } from '@carebridge/notifications';
import { JobName, QueueName } from '@carebridge/queue';
import { daysBetween, dbToLocalDate, pendingVisitJobs, VisitAlertState, VisitJobKind, visitJobAt, visitJobPending, visitJobTimes } from '@carebridge/rules';
import { visitOverdueMessage, visitReminderMessage } from '../follow-ups/follow-up-messages';
import { StaffAlerts } from '../follow-ups/staff-alerts.service';
import { FollowUpPoliciesService } from '../policies/policies.service';
import { visitEscalationJobId, visitReminderJobId } from './job-ids';
import { EnsureOutcome, ensureTimedJobs, TimedJob } from './timed-jobs';

/** How far ahead alert jobs wait in Redis; the reconciler adds later ones as their time nears. */
export const ALERT_JOB_WINDOW_MS = 7 * 86_400_000;

/** What handling an alert job came to: done (or no longer needed), or too early (run it at `notBefore`). */
export type AlertOutcome = { acted: boolean } | { notBefore: Date };

/** A planned visit as the alerts read it: its id and the state its jobs depend on. */
export interface VisitAlertRow extends VisitAlertState {
  id: string;
}

const alertStateOf = (visit: FollowUpVisit): VisitAlertRow => ({
  id: visit.id,
  status: visit.status,
  dueDate: dbToLocalDate(visit.dueDate),
  reminded: visit.remindedAt !== null,
  escalated: visit.escalatedAt !== null,
});

/**
 * The reminder (the day before a visit is due) and the escalation (days after, if not logged) of
 * follow-up visits. Each job re-reads the visit, and records its side effect with a conditional
 * update in the same transaction as the alerts it sends: a job that runs twice acts once.
 */
@Injectable()
export class VisitAlerts {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly policies: FollowUpPoliciesService,
    private readonly alerts: StaffAlerts,
    @InjectQueue(QueueName.FOLLOW_UPS) private readonly queue: Queue,
  ) {}

  /** The alert jobs the visits still need up to `until`, under ids derived from them. */
  jobsFor(visits: readonly VisitAlertRow[], policy: FollowUpPolicy, until: Date): TimedJob[] {
    // Many visits share a due date: their job times are computed once per date.
    const timesByDate = new Map<string, Record<VisitJobKind, Date>>();
    return visits.flatMap((visit) => {
      let times = timesByDate.get(visit.dueDate);
      if (!times) timesByDate.set(visit.dueDate, (times = visitJobTimes(visit.dueDate, policy)));
      return pendingVisitJobs(visit, times, until).map(({ kind, at }): TimedJob =>
        kind === 'REMINDER'
          ? { name: JobName.VISIT_REMINDER, jobId: visitReminderJobId(visit.id), data: { visitId: visit.id }, at }
          : { name: JobName.VISIT_ESCALATION, jobId: visitEscalationJobId(visit.id), data: { visitId: visit.id }, at },
      );
    });
  }

  ensure(jobs: readonly TimedJob[]): Promise<EnsureOutcome> {
    return ensureTimedJobs(this.queue, jobs, this.clock.now());
  }

  /** Adds the alert jobs of a placement's planned visits that fall within the window. */
  async scheduleForPlacement(placementId: string): Promise<EnsureOutcome> {
    const now = this.clock.now();
    const visits = await this.prisma.followUpVisit.findMany({ where: { placementId, status: VisitStatus.PLANNED } });
    return this.ensure(this.jobsFor(visits.map(alertStateOf), await this.policies.followUp(), new Date(now.getTime() + ALERT_JOB_WINDOW_MS)));
  }

  /** Marks the visit reminded and tells its station's staff, unless it was already or no longer needs it. */
  remind(visitId: string): Promise<AlertOutcome> {
    return this.handle(visitId, 'REMINDER');
  }

  /** Marks the visit OVERDUE and tells its station's staff and the admins, unless it was logged meanwhile. */
  escalate(visitId: string): Promise<AlertOutcome> {
    return this.handle(visitId, 'ESCALATION');
  }

  private async handle(visitId: string, kind: VisitJobKind): Promise<AlertOutcome> {
    const visit = await this.prisma.followUpVisit.findUnique({ where: { id: visitId } });
    const state = visit && alertStateOf(visit);
    if (!visit || !state || !visitJobPending(kind, state)) return { acted: false };
    const policy = await this.policies.followUp();
    const at = visitJobAt(kind, state.dueDate, policy);
    const now = this.clock.now();
    if (now < at) return { notBefore: at };

    return this.prisma.$transaction(async (tx) => {
      const count =
        kind === 'REMINDER'
          ? await tx.$executeRaw`
              UPDATE follow_up_visits SET reminded_at = ${now}, updated_at = ${now}
              WHERE id = ${visitId}::uuid AND status = 'PLANNED' AND reminded_at IS NULL`
          : await tx.$executeRaw`
              UPDATE follow_up_visits SET status = 'OVERDUE', escalated_at = ${now}, updated_at = ${now}
              WHERE id = ${visitId}::uuid AND status = 'PLANNED' AND escalated_at IS NULL`;
      if (count === 0) return { acted: false };
      const placement = await tx.placement.findUniqueOrThrow({ where: { id: visit.placementId }, include: { trainee: { select: { name: true } } } });
      const subject = { caregiverName: placement.trainee.name, cityName: placement.cityName, dueDate: visit.dueDate, channel: visit.channel };
      if (kind === 'REMINDER') {
        await this.alerts.send(tx, { stationId: visit.stationId, includeAdmins: false }, NotificationKind.FOLLOW_UP_REMINDER, visitReminderJobId(visitId), visitReminderMessage(subject));
      } else {
        const daysLate = daysBetween(state.dueDate, this.clock.today());
        await this.alerts.send(tx, { stationId: visit.stationId, includeAdmins: true }, NotificationKind.FOLLOW_UP_OVERDUE, visitEscalationJobId(visitId), visitOverdueMessage(subject, daysLate));
      }
      return { acted: true };
    });
  }
}
