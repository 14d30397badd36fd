import { InjectDataSource } from '@nestjs/typeorm';
import { Injectable } from '@nestjs/common';
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

/**
 * The SQL of the idempotency keys. Every statement is its own transaction on the DataSource: a key
 * is claimed before the request's transaction starts and settled after it ended, so that the
 * remembered response is the committed one.
 */
@Injectable()
export class IdempotencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Claims the key for this request; false when the user used the key before. */
  async claim(
    userId: string,
    key: string,
    request: { method: string; path: string; hash: string },
  ): Promise<boolean> {
    const claimed = (await this.dataSource.query(
      `INSERT INTO idempotency_key (user_id, key, method, path, request_hash, state)
       VALUES ($1, $2, $3, $4, $5, 'pending') ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [userId, key, request.method, request.path, request.hash],
    )) as unknown[];
    return claimed.length > 0;
  }

  async find(userId: string, key: string): Promise<StoredKey | undefined> {
    const [stored] = (await this.dataSource.query(
      'SELECT request_hash, state, response_status, response_body FROM idempotency_key WHERE user_id = $1 AND key = $2',
      [userId, key],
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

  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2', [userId, key]);
  }
}
