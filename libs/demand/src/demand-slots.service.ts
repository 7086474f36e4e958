import { Injectable } from '@nestjs/common';
import { AppError, Clock } from '@carebridge/common';
import { DemandStatus, Prisma } from '@carebridge/db';
import { addDays, localDateToDb } from '@carebridge/rules';
import { DemandPolicyService } from './demand-policy.service';
import { DEMAND_NOT_FOUND, DEMAND_STATUS_LABELS } from './demand.errors';

/** A demand's slots after a take or a release. */
export interface DemandSlots {
  demandId: string;
  headcount: number;
  filledCount: number;
  status: DemandStatus;
}

/**
 * The headcount of a demand, as placements use it. Each call is one conditional UPDATE inside the
 * caller's transaction: PostgreSQL re-checks the condition on the row as the previous writer left
 * it, so concurrent placements never take more slots than the headcount, and a rolled-back
 * placement gives its slot back with it.
 */
@Injectable()
export class DemandSlotsService {
  constructor(
    private readonly clock: Clock,
    private readonly policies: DemandPolicyService,
  ) {}

  /** Takes one slot of an OPEN demand; the last one fills it. CONFLICT DEMAND_FULL or DEMAND_NOT_OPEN otherwise. */
  async takeSlot(tx: Prisma.TransactionClient, demandId: string): Promise<DemandSlots> {
    const [taken] = await tx.$queryRaw<DemandSlots[]>`
      UPDATE job_demands
      SET filled_count = filled_count + 1,
          status = CASE WHEN filled_count + 1 >= headcount THEN 'FILLED'::"DemandStatus" ELSE status END,
          updated_at = now()
      WHERE id = ${demandId}::uuid AND status = 'OPEN' AND filled_count < headcount
      RETURNING id AS "demandId", headcount, filled_count AS "filledCount", status`;
    if (taken) return taken;
    const demand = await tx.jobDemand.findUnique({ where: { id: demandId }, select: { status: true, headcount: true } });
    if (!demand) throw DEMAND_NOT_FOUND();
    if (demand.status === DemandStatus.OPEN || demand.status === DemandStatus.FILLED) {
      throw AppError.conflict('DEMAND_FULL', `该用工需求的${demand.headcount}个名额已全部招满`, 'demandId');
    }
    throw AppError.conflict('DEMAND_NOT_OPEN', `该用工需求${DEMAND_STATUS_LABELS[demand.status]}，不能再安排上岗`, 'demandId');
  }

  /**
   * Gives back one slot (a placement ended or was undone). A FILLED demand opens again while it is
   * still wanted — its start date plus the grace period not yet past — and otherwise expires, as
   * the expiry job would have done; a CLOSED or EXPIRED demand stays so.
   */
  async releaseSlot(tx: Prisma.TransactionClient, demandId: string): Promise<DemandSlots> {
    const { expiryGraceDays } = await this.policies.get(tx);
    const earliestWantedStart = localDateToDb(addDays(this.clock.today(), -expiryGraceDays));
    const [released] = await tx.$queryRaw<DemandSlots[]>`
      UPDATE job_demands
      SET filled_count = filled_count - 1,
          status = CASE
            WHEN status <> 'FILLED' THEN status
            WHEN start_date >= ${earliestWantedStart}::date THEN 'OPEN'::"DemandStatus"
            ELSE 'EXPIRED'::"DemandStatus"
          END,
          updated_at = now()
      WHERE id = ${demandId}::uuid AND filled_count > 0
      RETURNING id AS "demandId", headcount, filled_count AS "filledCount", status`;
    if (released) return released;
    const demand = await tx.jobDemand.findUnique({ where: { id: demandId }, select: { id: true } });
    if (!demand) throw DEMAND_NOT_FOUND();
    throw AppError.conflict('NO_SLOT_TAKEN', '该用工需求没有已占用的名额可以释放', 'demandId');
  }
}
