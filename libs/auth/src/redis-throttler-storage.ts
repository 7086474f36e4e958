import { Inject, Injectable, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@carebridge/config';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** One hit in a fixed window: the count and the window's remaining milliseconds, atomically. */
const HIT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }`;

/**
 * Rate-limit counters in Redis, so every API process draws on the same budget per caller (the
 * throttler's default keeps them in each process's memory). Fixed windows: a caller over the
 * limit waits for the window to end. Counters are disposable: a wiped Redis only forgets recent
 * calls. If Redis does not answer, calls are let through (and logged): the lock-out of repeated
 * failed logins lives in PostgreSQL and still holds.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private readonly redis: Redis;
  private readonly keyPrefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.keyPrefix = `${config.QUEUE_PREFIX}:rate-limit:`;
    // No offline queue and one try: a call must not wait for Redis to come back.
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.redis.on('error', (error: Error) => this.logger.warn(`Rate-limit store: ${error.message}`));
  }

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    try {
      const [hits, remainingMs] = (await this.redis.eval(HIT, 1, this.keyPrefix + key, ttl)) as [number, number];
      const timeToExpire = Math.max(1, Math.ceil(remainingMs / 1000));
      const isBlocked = hits > limit;
      return { totalHits: hits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
    } catch (error) {
      this.logger.warn(`Rate limit not checked (${key}): ${(error as Error).message}`);
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

/** Gives the throttler's options factory the storage as a provider, so Nest closes its connection. */
@Module({ providers: [RedisThrottlerStorage], exports: [RedisThrottlerStorage] })
export class RateLimitStoreModule {}
