import { InjectDataSource } from '@nestjs/typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import type { DataSource } from 'typeorm';

/** A key as stored: the request it was claimed for and, once done, the response to replay. */
export interface StoredKey {
  requestHash: string;
  state: 'pending' | 'done';
  responseStatus: number | null;
  responseBody: unknown;
}

interface RawStoredKey {
  request_hash: string;
  state: 'pending' | 'done';
  response_status: number | null;
  response_body: unknown;
}

/** Advisory lock of the sweep (any constant unique in the app; 'idem' in ASCII). */
const IDEMPOTENCY_SWEEP_LOCK = 0x6964656d;

/**
 * The SQL of the idempotency keys. Every statement is its own transaction on the DataSource: a key
 * is claimed before the request's transaction starts and settled after it ended, so that the
 * remembered response is the committed one.
 */
@Injectable()
export class IdempotencyRepository {
  private readonly ttlSeconds: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ttlSeconds = config.idempotencyTtlSeconds;
  }

  /**
   * Claims the key for this request; false when the user used the key within IDEMPOTENCY_TTL. A key
   * older than that counts as new: its row is taken over for this request.
   */
  async claim(
    userId: string,
    key: string,
    request: { method: string; path: string; hash: string },
  ): Promise<boolean> {
    const claimed = (await this.dataSource.query(
      `INSERT INTO idempotency_key (user_id, key, method, path, request_hash, state)
       VALUES ($1, $2, $3, $4, $5, 'pending')
       ON CONFLICT (user_id, key) DO UPDATE
          SET method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash,
              state = 'pending', response_status = NULL, response_body = NULL, created_at = now(),
              completed_at = NULL
        WHERE idempotency_key.created_at < now() - make_interval(secs => $6)
       RETURNING key`,
      [userId, key, request.method, request.path, request.hash, this.ttlSeconds],
    )) as unknown[];
    return claimed.length > 0;
  }

  async find(userId: string, key: string): Promise<StoredKey | undefined> {
    const [stored] = (await this.dataSource.query(
      `SELECT request_hash, state, response_status, response_body FROM idempotency_key
        WHERE user_id = $1 AND key = $2 AND created_at >= now() - make_interval(secs => $3)`,
      [userId, key, this.ttlSeconds],
    )) as RawStoredKey[];
    return (
      stored && {
        requestHash: stored.request_hash,
        state: stored.state,
        responseStatus: stored.response_status === null ? null : Number(stored.response_status),
        responseBody: stored.response_body,
      }
    );
  }

  async complete(userId: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET state = 'done', response_status = $3, response_body = $4::jsonb, completed_at = now()
        WHERE user_id = $1 AND key = $2`,
      [userId, key, status, JSON.stringify(body ?? null)],
    );
  }

  /**
   * Deletes the keys older than IDEMPOTENCY_TTL, unless another process is sweeping (a transaction
   * advisory lock): returns the number deleted, or undefined when another process holds the sweep.
   */
  async sweepExpired(): Promise<number | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        IDEMPOTENCY_SWEEP_LOCK,
      ])) as { locked: boolean }[];
      if (!locked) return undefined;
      const deleted = (await manager.query(
        `DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => $1) RETURNING key`,
        [this.ttlSeconds],
      )) as unknown[];
      return deleted.length;
    });
  }

  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2', [userId, key]);
  }
}
