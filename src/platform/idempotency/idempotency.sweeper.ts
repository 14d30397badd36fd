import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { IdempotencyRepository } from './idempotency.repository.js';

/** At most this long between two sweeps (a shorter TTL sweeps at a quarter of it). */
const SWEEP_EVERY_MAX_MS = 60 * 60 * 1000;

/**
 * Deletes idempotency keys older than IDEMPOTENCY_TTL, in every process on a timer; an advisory lock
 * (in the repository) makes one process sweep at a time, and a missed sweep is harmless: an expired
 * key already counts as new when a request uses it.
 */
@Injectable()
export class IdempotencySweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IdempotencySweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly repository: IdempotencyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = Math.min(SWEEP_EVERY_MAX_MS, (this.config.idempotencyTtlSeconds * 1000) / 4);
    this.timer = setInterval(() => void this.sweep(), Math.max(every, 1000));
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One sweep; the number of keys deleted (undefined when another process was sweeping). */
  async sweep(): Promise<number | undefined> {
    try {
      const deleted = await this.repository.sweepExpired();
      if (deleted) this.logger.log(`Swept ${deleted} expired idempotency keys`);
      return deleted;
    } catch (err) {
      this.logger.warn(`Idempotency sweep failed: ${(err as Error).message}`);
      return undefined;
    }
  }
}
