import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';

/** GET /health, for the API and the worker alike. */
@Module({ imports: [TerminusModule], controllers: [HealthController] })
export class HealthModule {}
