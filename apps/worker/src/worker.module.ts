import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ClockModule, loggerOptions, PiiModule } from '@carebridge/common';
import { APP_CONFIG, ConfigModule } from '@carebridge/config';
import { DbModule } from '@carebridge/db';
import { DemandWorkerModule } from '@carebridge/demand';
import { HealthModule } from '@carebridge/health';
import { ImportsWorkerModule } from '@carebridge/imports';
import { MatchingWorkerModule } from '@carebridge/matching';
import { NotificationsWorkerModule } from '@carebridge/notifications';
import { QueueModule, QueueWorkerModule } from '@carebridge/queue';
import { ReportingWorkerModule } from '@carebridge/reporting';
import { FollowUpsWorkerModule } from '@carebridge/stations';
import { SubsidiesWorkerModule } from '@carebridge/subsidies';

/** The worker: the outbox relay and every queue's processor, with a health check of its own. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: loggerOptions }),
    DbModule,
    PiiModule,
    ClockModule,
    QueueModule,
    QueueWorkerModule,
    HealthModule,
    NotificationsWorkerModule,
    DemandWorkerModule,
    FollowUpsWorkerModule,
    SubsidiesWorkerModule,
    ImportsWorkerModule,
    ReportingWorkerModule,
    MatchingWorkerModule,
  ],
})
export class WorkerModule {}
