import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { LoggerModule } from 'nestjs-pino';
import { AgenciesModule } from '@carebridge/agencies';
import { AuditModule } from '@carebridge/audit';
import { AuthModule } from '@carebridge/auth';
import { CertificationModule } from '@carebridge/certification';
import { AppErrorFilter, AuditLogModule, ClockModule, createValidationPipe, loggerOptions, PiiModule } from '@carebridge/common';
import { APP_CONFIG, ConfigModule } from '@carebridge/config';
import { DbModule } from '@carebridge/db';
import { DemandModule } from '@carebridge/demand';
import { ExportsModule } from '@carebridge/exports';
import { HealthModule } from '@carebridge/health';
import { ImportsModule } from '@carebridge/imports';
import { JobFairsModule } from '@carebridge/jobfairs';
import { MatchingModule } from '@carebridge/matching';
import { NotificationsModule } from '@carebridge/notifications';
import { PlacementsModule } from '@carebridge/placements';
import { PlacesModule } from '@carebridge/places';
import { QueueModule } from '@carebridge/queue';
import { ReportingModule } from '@carebridge/reporting';
import { SchoolsModule } from '@carebridge/schools';
import { StationsModule } from '@carebridge/stations';
import { SubsidiesModule } from '@carebridge/subsidies';
import { TraineesModule } from '@carebridge/trainees';
import { TrainingModule } from '@carebridge/training';
import { graphqlOptions } from './graphql.config';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: loggerOptions }),
    DbModule,
    PiiModule,
    ClockModule,
    AuditLogModule,
    QueueModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: graphqlOptions,
    }),
    HealthModule,
    AuthModule,
    AuditModule,
    SchoolsModule,
    NotificationsModule,
    TraineesModule,
    TrainingModule,
    CertificationModule,
    PlacesModule,
    AgenciesModule,
    DemandModule,
    JobFairsModule,
    PlacementsModule,
    StationsModule,
    SubsidiesModule,
    ImportsModule,
    ExportsModule,
    ReportingModule,
    MatchingModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AppErrorFilter },
  ],
})
export class AppModule {}
