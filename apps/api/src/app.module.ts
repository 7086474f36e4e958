import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@carebridge/auth';
import { ClockModule, createValidationPipe, PiiModule } from '@carebridge/common';
import { APP_CONFIG, ConfigModule } from '@carebridge/config';
import { DbModule } from '@carebridge/db';
import { HealthModule } from '@carebridge/health';
import { QueueModule } from '@carebridge/queue';
import { SchoolsModule } from '@carebridge/schools';
import { graphqlOptions } from './graphql.config';
import { loggerOptions } from './logger.config';

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
  ],
  providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
})
export class AppModule {}
