import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { LoggerModule } from 'nestjs-pino';
import { AgenciesModule } from '@carebridge/agencies';
import { AuthModule } from '@carebridge/auth';
import { CertificationModule } from '@carebridge/certification';
import { AppErrorFilter, ClockModule, createValidationPipe, loggerOptions, PiiModule } from '@carebridge/common';
import { APP_CONFIG, ConfigModule } from '@carebridge/config';
import { DbModule } from '@carebridge/db';
import { DemandModule } from '@carebridge/demand';
import { HealthModule } from '@carebridge/health';
import { JobFairsModule } from '@carebridge/jobfairs';
import { NotificationsModule } from '@carebridge/notifications';
import { PlacementsModule } from '@carebridge/placements';
import { PlacesModule } from '@carebridge/places';
import { QueueModule } from '@carebridge/queue';
import { SchoolsModule } from '@carebridge/schools';
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
    QueueModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: graphqlOptions,
    }),
    HealthModule,
    AuthModule,
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
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AppErrorFilter },
  ],
})
export class AppModule {}
