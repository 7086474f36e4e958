import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { Clock, FixedClock, PiiCipher } from '@carebridge/common';
import { APP_CONFIG, AppConfig, loadConfig } from '@carebridge/config';
import { PrismaService } from '@carebridge/db';
import { OutboxRelay, QueueName } from '@carebridge/queue';
import { resetDatabase } from './database';
import { Factories } from './factories';

/**
 * The real worker (WorkerModule) in-process, against the test database and Redis (the relay
 * polls as often as e2e-env says), with its queues under a prefix of its own so test files never
 * see each other's jobs, and a clock the test controls.
 */
export class TestWorker {
  readonly clock = new FixedClock(new Date('2026-03-02T01:00:00Z'));
  app!: INestApplication;
  prisma!: PrismaService;
  factories!: Factories;
  relay!: OutboxRelay;
  config!: AppConfig;

  /** @param label names this test file's queue prefix */
  constructor(
    private readonly workerModule: Type<unknown>,
    private readonly label: string,
  ) {}

  async start(overrides: Partial<AppConfig> = {}): Promise<this> {
    const base = loadConfig();
    this.config = { ...base, QUEUE_PREFIX: `${base.QUEUE_PREFIX}-${this.label}`, ...overrides };
    const moduleRef = await Test.createTestingModule({ imports: [this.workerModule] })
      .overrideProvider(APP_CONFIG)
      .useValue(this.config)
      .overrideProvider(Clock)
      .useValue(this.clock)
      .compile();
    this.app = moduleRef.createNestApplication({ logger: ['error'] });
    await this.app.init();
    this.prisma = this.app.get(PrismaService);
    this.factories = new Factories(this.prisma, this.app.get(PiiCipher));
    this.relay = this.app.get(OutboxRelay);
    return this;
  }

  queue(name: QueueName): Queue {
    return this.app.get<Queue>(getQueueToken(name));
  }

  /** Empties the queues and the database. */
  async reset(): Promise<void> {
    await this.resetQueues();
    await resetDatabase(this.prisma);
  }

  /**
   * Empties the queues. Outbox ids restart with the database, so whenever it is reset the jobs of
   * the previous test must go too, or their ids would hide the new test's jobs.
   */
  async resetQueues(): Promise<void> {
    for (const name of Object.values(QueueName)) {
      await this.queue(name).obliterate({ force: true });
      await this.queue(name).resume();
    }
  }

  /** Stops the worker and removes its queues from Redis. */
  async close(): Promise<void> {
    if (!this.app) return;
    await this.resetQueues();
    await this.app.close();
  }
}

/** Polls `probe` until it returns something truthy (then returns it), failing after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 4_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
