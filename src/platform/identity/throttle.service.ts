import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { DomainError } from '../../kernel/errors.js';
import { ThrottleRepository } from './throttle.repository.js';

/** One limit: a key and how many counted attempts it may have in a window. */
export interface Limit {
  key: string;
  max: number;
}

/**
 * Throttling of logins, registrations and reset requests, shared by every API process (the counts are
 * in PostgreSQL). Logins count failed attempts only, per account and per client address, so an office
 * behind one address can log in all day while guessing one account's password from many addresses is
 * stopped. A refused attempt is answered 429 TOO_MANY_REQUESTS with the seconds to wait
 * (`retryAfterSeconds`, sent as `Retry-After`).
 */
@Injectable()
export class ThrottleService {
  private lastSweep = 0;

  constructor(
    private readonly repository: ThrottleRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  loginLimits(email: string, address: string): Limit[] {
    return [
      { key: `login:account:${email.trim().toLowerCase()}`, max: this.config.loginRateLimit },
      { key: `login:address:${address}`, max: this.config.loginAddressRateLimit },
    ];
  }

  addressLimit(bucket: 'register' | 'reset', address: string): Limit[] {
    return [{ key: `${bucket}:address:${address}`, max: this.config.registerRateLimit }];
  }

  /** Throws 429 when any of the limits is used up in its current window. */
  async assertAllowed(limits: Limit[]): Promise<void> {
    // Real time, not the Clock: a window of attempts is not a business rule, and the seed moves the Clock.
    const now = new Date();
    const rows = await this.repository.current(
      limits.map((l) => l.key),
      now,
    );
    let retryAfter = 0;
    for (const row of rows) {
      const limit = limits.find((l) => l.key === row.key)!;
      if (row.failures >= limit.max) {
        retryAfter = Math.max(retryAfter, Math.ceil((row.windowEndsAt.getTime() - now.getTime()) / 1000));
      }
    }
    if (retryAfter > 0) {
      throw new DomainError('TOO_MANY_REQUESTS', `Too many attempts; try again in ${retryAfter} s`, {
        retryAfterSeconds: retryAfter,
      });
    }
  }

  /** Counts an attempt against every limit. */
  async count(limits: Limit[]): Promise<void> {
    const now = new Date();
    await this.repository.count(
      limits.map((l) => l.key),
      now,
      new Date(now.getTime() + this.config.rateLimitWindowMs),
    );
    if (now.getTime() - this.lastSweep > this.config.rateLimitWindowMs) {
      this.lastSweep = now.getTime();
      await this.repository.sweep(now);
    }
  }

  /** A successful login forgets the account's failures (never the address's). */
  clearAccount(email: string): Promise<void> {
    return this.repository.clear(`login:account:${email.trim().toLowerCase()}`);
  }
}
