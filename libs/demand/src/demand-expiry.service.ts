import { Injectable } from '@nestjs/common';
import { DemandStatus, PrismaService } from '@carebridge/db';
import { addDays, LocalDate, localDateToDb } from '@carebridge/rules';
import { DemandPolicyService } from './demand-policy.service';

/** Expires open demand nobody filled in time: its start date plus the policy's grace period has passed. */
@Injectable()
export class DemandExpiryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly policies: DemandPolicyService,
  ) {}

  /**
   * Sets every OPEN demand whose start date + expiryGraceDays is before `today` to EXPIRED, in one
   * statement (idempotent: a second run the same day finds nothing); returns how many expired.
   */
  async expireDue(today: LocalDate): Promise<number> {
    const { expiryGraceDays } = await this.policies.get();
    const { count } = await this.prisma.jobDemand.updateMany({
      where: { status: DemandStatus.OPEN, startDate: { lt: localDateToDb(addDays(today, -expiryGraceDays)) } },
      data: { status: DemandStatus.EXPIRED },
    });
    return count;
  }
}
