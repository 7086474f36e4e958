import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RateLimitGuard, rateLimitOptions } from './rate-limit.guard';
import { RateLimitStoreModule, RedisThrottlerStorage } from './redis-throttler-storage';
import { TokensService } from './tokens.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
    }),
    ThrottlerModule.forRootAsync({ imports: [RateLimitStoreModule], inject: [APP_CONFIG, RedisThrottlerStorage], useFactory: rateLimitOptions }),
  ],
  providers: [
    AuthService,
    TokensService,
    AuthResolver,
    // In this order: the rate limit counts the caller the AuthGuard has identified.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AuthService, TokensService],
})
export class AuthModule {}
