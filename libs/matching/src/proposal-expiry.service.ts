import { Injectable } from '@nestjs/common';
import { Clock } from '@carebridge/common';
import { PrismaService, ProposalStatus } from '@carebridge/db';
import { JobName, OutboxService } from '@carebridge/queue';

/** Ends proposals nobody can answer any more, freeing both sides, and tells them. */
@Injectable()
export class ProposalExpiry {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /**
   * PENDING → EXPIRED, only when still PENDING (an answer committed meanwhile wins: the update
   * waits for the answer's row lock and then finds the row changed) and, with `onlyIfDue`, only
   * once its answer period is over. Returns whether it expired it.
   */
  async expire(proposalId: string, { onlyIfDue }: { onlyIfDue: boolean }): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.matchProposal.updateMany({
        where: { id: proposalId, status: ProposalStatus.PENDING, ...(onlyIfDue ? { expiresAt: { lte: this.clock.now() } } : {}) },
        data: { status: ProposalStatus.EXPIRED },
      });
      if (count) await this.outbox.enqueue(tx, JobName.NOTIFY_PROPOSAL, { proposalId, event: 'EXPIRED' });
      return count > 0;
    });
  }
}
