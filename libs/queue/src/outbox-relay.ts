import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { Prisma, PrismaService } from '@carebridge/db';
import { outboxJobId, QueueName } from './queues';

/** Rows per relay round: one transaction, one Redis round trip per queue. */
export const OUTBOX_BATCH_SIZE = 200;

/** An outbox row not yet handed to BullMQ. */
export interface PendingOutboxEvent {
  id: bigint;
  queue: string;
  jobName: string;
  payload: Prisma.JsonObject;
}

/**
 * Moves committed outbox rows to BullMQ, in the worker only. Each round locks a batch of
 * unrelayed rows (SKIP LOCKED: concurrent workers take different rows), adds them as jobs whose
 * id is derived from the row id, then marks them relayed in the same transaction. A crash between
 * the add and the mark leaves the rows unrelayed; the next round adds them again under the same
 * job ids, which BullMQ ignores while it holds them (finished jobs are kept a week, see
 * defaultJobOptions), so no job runs twice.
 */
@Injectable()
export class OutboxRelay implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues = new Map<string, Queue>();
  private loop?: Promise<void>;
  private stopping = false;
  private wake?: () => void;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    // Every queue, so a queue added to QueueName is relayed without touching this class.
    for (const name of Object.values(QueueName)) this.queues.set(name, this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
  }

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  /** Relays one batch; returns how many rows it handed to BullMQ. */
  relayBatch(): Promise<number> {
    return this.prisma.$transaction(
      async (tx) => {
        const pending = await tx.$queryRaw<PendingOutboxEvent[]>`
          SELECT id, queue, job_name AS "jobName", payload FROM outbox_events
          WHERE relayed_at IS NULL ORDER BY id LIMIT ${OUTBOX_BATCH_SIZE} FOR UPDATE SKIP LOCKED`;
        const relayable = pending.filter((event) => {
          // Written by a newer release with a queue this worker does not know: leave it to one that does.
          if (!this.queues.has(event.queue)) this.logger.warn(`Outbox event ${event.id} names unknown queue "${event.queue}"`);
          return this.queues.has(event.queue);
        });
        if (!relayable.length) return 0;
        await this.addJobs(relayable);
        await this.markRelayed(tx, relayable);
        return relayable.length;
      },
      { timeout: 30_000 },
    );
  }

  /** Adds the events to their queues under their outbox job ids; an id BullMQ already holds is ignored. */
  async addJobs(events: PendingOutboxEvent[]): Promise<void> {
    for (const [queueName, queue] of this.queues) {
      const jobs = events
        .filter((event) => event.queue === queueName)
        .map((event) => ({ name: event.jobName, data: event.payload, opts: { jobId: outboxJobId(event.id) } }));
      if (jobs.length) await queue.addBulk(jobs);
    }
  }

  async markRelayed(tx: Prisma.TransactionClient, events: PendingOutboxEvent[]): Promise<void> {
    const ids = events.map((event) => event.id.toString());
    await tx.$executeRaw`UPDATE outbox_events SET relayed_at = now() WHERE id = ANY(${ids}::bigint[])`;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let relayed = 0;
      try {
        relayed = await this.relayBatch();
      } catch (error) {
        this.logger.error(`Outbox relay round failed, retrying: ${error instanceof Error ? error.message : String(error)}`);
      }
      // A full batch means a backlog: go on at once; otherwise wait for new rows.
      if (relayed < OUTBOX_BATCH_SIZE) await this.pause(this.config.OUTBOX_POLL_INTERVAL_MS);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopping) return resolve();
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
