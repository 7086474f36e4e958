import { Global, Injectable, Module } from '@nestjs/common';
import { toLocalDate } from '@carebridge/rules';

/**
 * The source of "now". Injected everywhere time matters so tests can move through months of a
 * schedule without waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's calendar date in China Standard Time, as YYYY-MM-DD. */
  today(): string {
    return toLocalDate(this.now());
  }
}

/** A clock tests set and advance by hand. */
export class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.current);
  }

  set(to: Date): void {
    this.current = new Date(to);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
