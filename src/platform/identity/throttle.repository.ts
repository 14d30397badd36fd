import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Counters of attempts per key (`login:account:<email>`, `login:address:<ip>`, …) in a fixed window,
 * in PostgreSQL: every API process sees the same counts.
 */
@Injectable()
export class ThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The keys whose window is still open, with their counts and when the window ends. */
  async current(keys: string[], now: Date): Promise<{ key: string; failures: number; windowEndsAt: Date }[]> {
    const rows = (await this.dataSource.query(
      `SELECT key, failures, window_ends_at FROM auth_throttle WHERE key = ANY($1) AND window_ends_at > $2`,
      [keys, now],
    )) as { key: string; failures: number; window_ends_at: Date | string }[];
    return rows.map((r) => ({
      key: r.key,
      failures: Number(r.failures),
      windowEndsAt: new Date(r.window_ends_at),
    }));
  }

  /** Counts one attempt for each key: in the open window, or in a new one that ends at `windowEndsAt`. */
  async count(keys: string[], now: Date, windowEndsAt: Date): Promise<void> {
    for (const key of keys) {
      await this.dataSource.query(
        `INSERT INTO auth_throttle (key, failures, window_ends_at) VALUES ($1, 1, $3)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN auth_throttle.window_ends_at <= $2 THEN 1 ELSE auth_throttle.failures + 1 END,
           window_ends_at = CASE WHEN auth_throttle.window_ends_at <= $2 THEN $3 ELSE auth_throttle.window_ends_at END`,
        [key, now, windowEndsAt],
      );
    }
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM auth_throttle WHERE key = $1`, [key]);
  }

  /** Drops windows that ended (called now and then; the table stays small). */
  async sweep(now: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM auth_throttle WHERE window_ends_at <= $1`, [now]);
  }
}
