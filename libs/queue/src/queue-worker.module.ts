import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobWorkers } from './job-workers';
import { OutboxRelay } from './outbox-relay';

/**
 * What only the worker application runs: the outbox relay and the start-up of the job
 * processors. Not global, so its shutdown hooks run before the database disconnects.
 */
@Module({ imports: [DiscoveryModule], providers: [OutboxRelay, JobWorkers], exports: [OutboxRelay] })
export class QueueWorkerModule {}
