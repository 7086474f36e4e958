import { Injectable } from '@nestjs/common';
import { Prisma } from '@carebridge/db';
import { JOB_QUEUE, JobName, JobPayloads } from './queues';

/**
 * Enqueues a job as part of a database transaction: the row commits or rolls back with the
 * business change, and the worker's relay hands it to BullMQ with the row id as job id.
 */
@Injectable()
export class OutboxService {
  async enqueue<N extends JobName>(tx: Prisma.TransactionClient, jobName: N, payload: JobPayloads[N]): Promise<void> {
    await tx.outboxEvent.create({ data: { queue: JOB_QUEUE[jobName], jobName, payload: payload as Prisma.InputJsonObject } });
  }
}
