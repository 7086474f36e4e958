import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '@carebridge/common';
import { PrismaService, RightsCase } from '@carebridge/db';
import { NotificationKind } from '@carebridge/notifications';
import { JobName, QueueName } from '@carebridge/queue';
import { deadlineAt, deadlinePending, pendingDeadlines, RightsCaseDeadline } from '@carebridge/rules';
import { caseEscalatedMessage } from '../follow-ups/follow-up-messages';
import { StaffAlerts } from '../follow-ups/staff-alerts.service';
import { CaseLogAction, RightsCaseWriter } from '../rights/rights-case-writer.service';
import { caseDeadlineJobId } from './job-ids';
import { ALERT_JOB_WINDOW_MS, AlertOutcome } from './visit-alerts.service';
import { EnsureOutcome, ensureTimedJobs, TimedJob } from './timed-jobs';

type CaseForDeadlines = Pick<RightsCase, 'id' | 'status' | 'acceptDueAt' | 'resolveDueAt' | 'acceptEscalatedAt' | 'resolveEscalatedAt'>;

/** The deadline in words, as the case was given it when opened (the policy may have changed since). */
const DEADLINE_TEXT: Record<RightsCaseDeadline, (rightsCase: RightsCase) => string> = {
  ACCEPT: (rightsCase) => `受理时限（${Math.round((rightsCase.acceptDueAt.getTime() - rightsCase.createdAt.getTime()) / 3_600_000)}小时）`,
  RESOLVE: (rightsCase) => `办结时限（${Math.round((rightsCase.resolveDueAt.getTime() - rightsCase.createdAt.getTime()) / 86_400_000)}天）`,
};

/**
 * Escalates rights cases that miss a deadline (not accepted in time, not closed in time): the
 * escalation is recorded on the case with a conditional update, logged and announced to the
 * station's staff and the admins in one transaction, so a job that runs twice acts once.
 */
@Injectable()
export class CaseDeadlines {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly alerts: StaffAlerts,
    private readonly writer: RightsCaseWriter,
    @InjectQueue(QueueName.RIGHTS_CASES) private readonly queue: Queue,
  ) {}

  jobsFor(cases: readonly CaseForDeadlines[], until: Date): TimedJob[] {
    return cases.flatMap((rightsCase) =>
      pendingDeadlines(rightsCase, until).map(({ deadline, at }): TimedJob => ({
        name: JobName.RIGHTS_CASE_DEADLINE,
        jobId: caseDeadlineJobId(rightsCase.id, deadline),
        data: { caseId: rightsCase.id, deadline },
        at,
      })),
    );
  }

  ensure(jobs: readonly TimedJob[]): Promise<EnsureOutcome> {
    return ensureTimedJobs(this.queue, jobs, this.clock.now());
  }

  /** Adds the deadline jobs of a new case that fall within the window. */
  async scheduleForCase(caseId: string): Promise<EnsureOutcome> {
    const rightsCase = await this.prisma.rightsCase.findUnique({ where: { id: caseId } });
    if (!rightsCase) return { added: 0, promoted: 0, retried: 0 };
    return this.ensure(this.jobsFor([rightsCase], new Date(this.clock.now().getTime() + ALERT_JOB_WINDOW_MS)));
  }

  async escalate(caseId: string, deadline: RightsCaseDeadline): Promise<AlertOutcome> {
    const rightsCase = await this.prisma.rightsCase.findUnique({ where: { id: caseId } });
    if (!rightsCase || !deadlinePending(deadline, rightsCase)) return { acted: false };
    const now = this.clock.now();
    const at = deadlineAt(deadline, rightsCase);
    if (now < at) return { notBefore: at };

    return this.prisma.$transaction(async (tx) => {
      // The row lock also orders this log entry after any move being written concurrently.
      await tx.$queryRaw`SELECT 1 FROM rights_cases WHERE id = ${caseId}::uuid FOR UPDATE`;
      const count =
        deadline === 'ACCEPT'
          ? await tx.$executeRaw`
              UPDATE rights_cases SET accept_escalated_at = ${now}, updated_at = ${now}
              WHERE id = ${caseId}::uuid AND status = 'OPEN' AND accept_escalated_at IS NULL`
          : await tx.$executeRaw`
              UPDATE rights_cases SET resolve_escalated_at = ${now}, updated_at = ${now}
              WHERE id = ${caseId}::uuid AND status NOT IN ('RESOLVED', 'REFERRED', 'WITHDRAWN') AND resolve_escalated_at IS NULL`;
      if (count === 0) return { acted: false };
      const limit = DEADLINE_TEXT[deadline](rightsCase);
      await this.writer.appendLog(tx, caseId, { actorUserId: null, action: CaseLogAction.ESCALATED, note: `超过${limit}，已上报服务站和管理员` });
      await this.alerts.send(
        tx,
        { stationId: rightsCase.stationId, includeAdmins: true },
        NotificationKind.RIGHTS_CASE_ESCALATED,
        caseDeadlineJobId(caseId, deadline),
        caseEscalatedMessage(rightsCase, deadline, limit),
      );
      return { acted: true };
    });
  }
}
