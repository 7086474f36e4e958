import { Injectable } from '@nestjs/common';
import { AuthUser } from '@carebridge/auth';
import { AppError, Clock, Connection, decodeCursor, DEFAULT_PAGE_SIZE, isUniqueViolation, toConnection } from '@carebridge/common';
import { Prisma, PrismaService, Role, SubsidyApplication, SubsidyPolicy, SubsidyStatus } from '@carebridge/db';
import { JobName, OutboxService } from '@carebridge/queue';
import { dbToLocalDate, localHourInstant, toLocalDate } from '@carebridge/rules';
import { CreateSubsidyPolicyInput, MarkSubsidyPaidArgs, ReviewSubsidyArgs, SubsidyApplicationFilterInput, SubsidyApplicationsArgs } from './dto/subsidy.input';
import { SUBSIDY_STATUS_LABELS } from './models/subsidy.model';

const APPLICATION_NOT_FOUND = () => AppError.notFound('SUBSIDY_APPLICATION', '就业补贴申请不存在');

@Injectable()
export class SubsidiesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async createPolicy(input: CreateSubsidyPolicyInput): Promise<SubsidyPolicy> {
    if (input.validUntil < input.validFrom) throw AppError.badInput('VALID_UNTIL_BEFORE_FROM', '有效期止不能早于有效期起', 'validUntil');
    return this.prisma.subsidyPolicy
      .create({
        data: {
          name: input.name,
          monthsEmployed: input.monthsEmployed,
          amountFen: input.amount,
          extraRegisteredPoorFen: input.extraRegisteredPoor,
          validFrom: input.validFrom,
          validUntil: input.validUntil,
        },
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? AppError.conflict('SUBSIDY_POLICY_NAME_TAKEN', '已有同名的就业补贴政策', 'name') : error;
      });
  }

  policies(): Promise<SubsidyPolicy[]> {
    return this.prisma.subsidyPolicy.findMany({ orderBy: [{ validFrom: 'desc' }, { name: 'asc' }] });
  }

  policiesByIds(ids: readonly string[]): Promise<SubsidyPolicy[]> {
    return this.prisma.subsidyPolicy.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Asks the worker to look for newly eligible caregivers now, rather than at the next monthly run. */
  async requestEligibilityRun(): Promise<void> {
    await this.prisma.$transaction((tx) => this.outbox.enqueue(tx, JobName.FIND_ELIGIBLE_SUBSIDIES, {}));
  }

  /** A page of applications, newest first (created, then id, so equal timestamps still page stably). */
  async list({ filter, first, after }: SubsidyApplicationsArgs, caller: AuthUser): Promise<Connection<SubsidyApplication>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const where: Prisma.SubsidyApplicationWhereInput = { AND: [this.visibleTo(caller), filterWhere(filter)] };
    const cursor = after ? { id: decodeCursor(after) } : undefined;
    const [rows, totalCount] = await Promise.all([
      this.prisma.subsidyApplication.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], cursor, skip: cursor ? 1 : 0, take: pageSize + 1 }),
      this.prisma.subsidyApplication.count({ where }),
    ]);
    return toConnection(rows, pageSize, totalCount);
  }

  /** Approves or rejects (with a reason) an application waiting for review; anything else is a conflict. */
  async review({ id, approve, reason }: ReviewSubsidyArgs, caller: AuthUser): Promise<SubsidyApplication> {
    const rejectReason = reason || null;
    if (!approve && !rejectReason) throw AppError.badInput('REJECT_REASON_REQUIRED', '不通过时须填写原因', 'reason');
    // Conditional on the status: of two reviewers at once, exactly one decides.
    const { count } = await this.prisma.subsidyApplication.updateMany({
      where: { id, status: SubsidyStatus.PENDING_REVIEW },
      data: {
        status: approve ? SubsidyStatus.APPROVED : SubsidyStatus.REJECTED,
        reviewedByUserId: caller.id,
        reviewedAt: this.clock.now(),
        rejectReason: approve ? null : rejectReason,
      },
    });
    const application = await this.get(id, caller);
    if (count === 0) {
      throw AppError.conflict('SUBSIDY_NOT_PENDING', `该申请当前状态为“${SUBSIDY_STATUS_LABELS[application.status]}”，只有待审核的申请才能审核`, 'id');
    }
    return application;
  }

  /** Records that an approved subsidy was paid on `paidOn` (kept as the start of that day in China Standard Time). */
  async markPaid({ id, paidOn }: MarkSubsidyPaidArgs, caller: AuthUser): Promise<SubsidyApplication> {
    const day = dbToLocalDate(paidOn);
    if (day > this.clock.today()) throw AppError.badInput('PAID_ON_IN_FUTURE', '发放日期不能晚于今天', 'paidOn');
    const application = await this.get(id, caller);
    if (application.status !== SubsidyStatus.APPROVED) {
      throw AppError.conflict('SUBSIDY_NOT_APPROVED', `该申请当前状态为“${SUBSIDY_STATUS_LABELS[application.status]}”，只有审核通过的申请才能登记发放`, 'id');
    }
    const approvedOn = toLocalDate(application.reviewedAt as Date);
    if (day < approvedOn) throw AppError.badInput('PAID_BEFORE_APPROVAL', `发放日期不能早于审核通过之日（${approvedOn}）`, 'paidOn');
    const { count } = await this.prisma.subsidyApplication.updateMany({
      where: { id, status: SubsidyStatus.APPROVED },
      data: { status: SubsidyStatus.PAID, paidAt: localHourInstant(day, 0) },
    });
    if (count === 0) throw AppError.conflict('SUBSIDY_NOT_APPROVED', '该申请已被他人登记发放，请刷新后查看', 'id');
    return this.get(id, caller);
  }

  async get(id: string, caller: AuthUser): Promise<SubsidyApplication> {
    const application = await this.prisma.subsidyApplication.findFirst({ where: { AND: [{ id }, this.visibleTo(caller)] } });
    if (!application) throw APPLICATION_NOT_FOUND();
    return application;
  }

  /** The applications a caller may see: all (admin), her own (trainee). */
  private visibleTo(caller: AuthUser): Prisma.SubsidyApplicationWhereInput {
    switch (caller.role) {
      case Role.ADMIN:
        return {};
      case Role.TRAINEE:
        if (!caller.traineeId) throw AppError.forbidden();
        return { traineeId: caller.traineeId };
      default:
        throw AppError.forbidden();
    }
  }
}

/** GraphQL lets a client send null for an optional filter: null and absent both mean "any". */
function filterWhere(filter: SubsidyApplicationFilterInput | null | undefined): Prisma.SubsidyApplicationWhereInput {
  return {
    ...(filter?.status != null && { status: filter.status }),
    ...(filter?.policyId != null && { policyId: filter.policyId }),
    ...(filter?.traineeId != null && { traineeId: filter.traineeId }),
  };
}
