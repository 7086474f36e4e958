import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '@carebridge/common';
import { PrismaService, ProposalStatus } from '@carebridge/db';
import { JobName, QueueName } from '@carebridge/queue';
import { proposalCreatedJobId, proposalExpiryJobId } from './proposal-jobs';

/** Proposals per Redis round trip. */
const PUBLISH_BATCH_SIZE = 2_000;

/**
 * After a run commits: for each of its PENDING proposals, the announcement to both sides and the
 * expiry timer, a job delayed until the proposal's expiresAt. The delay is measured on the
 * platform clock, as expiresAt was. Job ids come from the proposal, so a repeated publish (the
 * job retried halfway) adds only what is missing.
 */
@Injectable()
export class ProposalPublisher {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue,
  ) {}

  async publish(runId: string): Promise<number> {
    let published = 0;
    let after: string | undefined;
    for (;;) {
      const proposals = await this.prisma.matchProposal.findMany({
        where: { runId, status: ProposalStatus.PENDING, ...(after ? { id: { gt: after } } : {}) },
        select: { id: true, expiresAt: true },
        orderBy: { id: 'asc' },
        take: PUBLISH_BATCH_SIZE,
      });
      if (!proposals.length) return published;
      const now = this.clock.now().getTime();
      await this.queue.addBulk(
        proposals.flatMap((proposal) => [
          {
            name: JobName.NOTIFY_PROPOSAL,
            data: { proposalId: proposal.id, event: 'CREATED' as const },
            opts: { jobId: proposalCreatedJobId(proposal.id) },
          },
          {
            name: JobName.EXPIRE_PROPOSAL,
            data: { proposalId: proposal.id },
            opts: { jobId: proposalExpiryJobId(proposal.id), delay: Math.max(0, proposal.expiresAt.getTime() - now) },
          },
        ]),
      );
      published += proposals.length;
      after = proposals[proposals.length - 1].id;
    }
  }
}
