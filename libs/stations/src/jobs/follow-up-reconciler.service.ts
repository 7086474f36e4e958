import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@carebridge/common';
import { PrismaService, RightsCaseStatus } from '@carebridge/db';
import { lastDueDateWithJobsBy, LocalDate } from '@carebridge/rules';
import { FollowUpPlanner } from '../follow-ups/follow-up-planner.service';
import { FollowUpPoliciesService } from '../policies/policies.service';
import { CaseDeadlines } from './case-deadlines.service';
import { dateRanges } from './date-ranges';
import { addOutcome, EnsureOutcome } from './timed-jobs';
import { ALERT_JOB_WINDOW_MS, VisitAlertRow, VisitAlerts } from './visit-alerts.service';

export interface ReconcileOptions {
  /** How far ahead jobs are made sure of (default: the alert window). */
  windowMs: number;
  /** Rows read per round trip to PostgreSQL and Redis. */
  batchSize: number;
}

export interface ReconcileOutcome {
  visitsPlanned: number;
  visitsRead: number;
  visitJobs: EnsureOutcome;
  casesRead: number;
  caseJobs: EnsureOutcome;
  durationMs: number;
}

const OPEN_CASE_STATUSES = [RightsCaseStatus.OPEN, RightsCaseStatus.ACCEPTED, RightsCaseStatus.INVESTIGATING, RightsCaseStatus.MEDIATING];

/**
 * Rebuilds Redis from PostgreSQL, which holds the truth: extends open-ended plans, then makes
 * sure every reminder, escalation and case deadline due within the window has its job (adding
 * the missing ones, due ones without delay, promoting delayed ones whose time came, retrying
 * failed ones). It reads only what falls due within the window (by index), so its cost grows with
 * the visits due soon, not with all visits planned. Idempotent: concurrent or repeated passes add nothing twice.
 */
@Injectable()
export class FollowUpReconciler {
  private readonly logger = new Logger(FollowUpReconciler.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly planner: FollowUpPlanner,
    private readonly policies: FollowUpPoliciesService,
    private readonly visitAlerts: VisitAlerts,
    private readonly caseDeadlines: CaseDeadlines,
  ) {}

  async reconcile(options: Partial<ReconcileOptions> = {}): Promise<ReconcileOutcome> {
    const { windowMs, batchSize } = { windowMs: ALERT_JOB_WINDOW_MS, batchSize: 10_000, ...options };
    const started = Date.now();
    const visitsPlanned = await this.planner.extendOpenPlans();
    const until = new Date(this.clock.now().getTime() + windowMs);
    const visits = await this.reconcileVisits(until, batchSize);
    const cases = await this.reconcileCases(until, batchSize);
    const outcome = { visitsPlanned, visitsRead: visits.read, visitJobs: visits.jobs, casesRead: cases.read, caseJobs: cases.jobs, durationMs: Date.now() - started };
    this.logger.log(`Reconciled follow-ups: ${JSON.stringify(outcome)}`);
    return outcome;
  }

  /**
   * Planned visits whose reminder or escalation falls by `until`. They are read a range of due
   * dates at a time, which the (status, due date) index serves without sorting, so a pass over a
   * million rows reads each once; the next range is read while Redis checks the current one.
   */
  private async reconcileVisits(until: Date, batchSize: number): Promise<{ read: number; jobs: EnsureOutcome }> {
    const policy = await this.policies.followUp();
    const lastDue = lastDueDateWithJobsBy(until, policy);
    const dates = await this.prisma.$queryRaw<Array<{ dueDate: LocalDate; visits: number }>>`
      SELECT due_date::text AS "dueDate", count(*)::int AS visits FROM follow_up_visits
      WHERE status = 'PLANNED' AND due_date <= ${lastDue}::date GROUP BY due_date ORDER BY due_date`;
    // Text and booleans, not dates and instants: parsing would be most of the cost.
    const read = ([from, to]: [LocalDate, LocalDate]) => this.prisma.$queryRaw<VisitAlertRow[]>`
      SELECT id::text AS id, due_date::text AS "dueDate", 'PLANNED' AS status,
             reminded_at IS NOT NULL AS reminded, escalated_at IS NOT NULL AS escalated
      FROM follow_up_visits WHERE status = 'PLANNED' AND due_date BETWEEN ${from}::date AND ${to}::date`;
    const ranges = dateRanges(dates, batchSize);
    const total: EnsureOutcome = { added: 0, promoted: 0, retried: 0 };
    let visitsRead = 0;
    let next = ranges.length ? read(ranges[0]) : null;
    for (let index = 0; next; index++) {
      const visits = await next;
      next = index + 1 < ranges.length ? read(ranges[index + 1]) : null;
      // Its error surfaces where it is awaited; if Redis fails first, it must not go unhandled.
      next?.catch(() => undefined);
      visitsRead += visits.length;
      addOutcome(total, await this.visitAlerts.ensure(this.visitAlerts.jobsFor(visits, policy, until)));
    }
    return { read: visitsRead, jobs: total };
  }

  /** Open cases with a deadline pending by `until`, in id order. */
  private async reconcileCases(until: Date, batchSize: number): Promise<{ read: number; jobs: EnsureOutcome }> {
    const total: EnsureOutcome = { added: 0, promoted: 0, retried: 0 };
    let read = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const cases = await this.prisma.rightsCase.findMany({
        where: {
          id: { gt: after },
          status: { in: OPEN_CASE_STATUSES },
          OR: [
            { status: RightsCaseStatus.OPEN, acceptEscalatedAt: null, acceptDueAt: { lte: until } },
            { resolveEscalatedAt: null, resolveDueAt: { lte: until } },
          ],
        },
        select: { id: true, status: true, acceptDueAt: true, resolveDueAt: true, acceptEscalatedAt: true, resolveEscalatedAt: true },
        orderBy: { id: 'asc' },
        take: batchSize,
      });
      if (!cases.length) return { read, jobs: total };
      read += cases.length;
      addOutcome(total, await this.caseDeadlines.ensure(this.caseDeadlines.jobsFor(cases, until)));
      after = cases[cases.length - 1].id;
    }
  }
}
