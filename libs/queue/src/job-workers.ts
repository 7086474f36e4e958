import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JobDispatcher, jobHandlerProblems } from './job-processor';

/**
 * Starts the BullMQ workers of every @JobProcessor in the application, after checking that each
 * job name has a handler (start-up fails otherwise, before any job is taken), and stops them on
 * shutdown while the database is still connected, letting running jobs finish.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobWorkers.name);
  private dispatchers: JobDispatcher[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    this.dispatchers = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is JobDispatcher => instance instanceof JobDispatcher);
    const problems = jobHandlerProblems(this.dispatchers);
    if (problems.length) throw new Error(`Job handlers are incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

    for (const dispatcher of this.dispatchers) {
      // Without a listener an 'error' event (e.g. Redis lost a job's key) would crash the process.
      dispatcher.worker.on('error', (error) => this.logger.error(`Worker of queue "${dispatcher.queueName}": ${error.message}`));
      dispatcher.worker.run().catch((error: unknown) => this.logger.error(`Worker of queue "${dispatcher.queueName}" stopped: ${String(error)}`));
      this.logger.log(`Processing queue "${dispatcher.queueName}": ${dispatcher.jobNames.join(', ')}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.dispatchers.map((dispatcher) => dispatcher.worker.close()));
  }
}
