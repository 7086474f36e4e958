import { Controller, Get, Inject } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { HealthCheck, HealthCheckService, HealthIndicatorService, PrismaHealthIndicator } from '@nestjs/terminus';
import { Queue } from 'bullmq';
import { Public } from '@carebridge/auth';
import { PrismaService } from '@carebridge/db';
import { QueueName } from '@carebridge/queue';

/** Readiness: PostgreSQL answers a query and Redis answers a queue read. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly prismaIndicator: PrismaHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly prisma: PrismaService,
    @Inject(getQueueToken(QueueName.NOTIFICATIONS)) private readonly queue: Queue,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.prismaIndicator.pingCheck('postgres', this.prisma).withTimeout(2_000),
      () =>
        this.indicators
          .check('redis')
          .attempt(async () => {
            await this.queue.getJobCounts('waiting');
          })
          .withTimeout(2_000),
    ]);
  }
}
