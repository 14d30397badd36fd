import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** An outbox row as the dispatcher hands it to the queue. */
export interface OutboxJobRow {
  id: string;
  jobName: string;
  payload: unknown;
}

/** An outbox row as the failed-jobs view shows it. */
export interface FailedJobRow {
  id: string;
  jobName: string;
  payload: unknown;
  dedupeKey: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export type OutboxStatus = 'pending' | 'dispatched' | 'completed' | 'failed';

interface RawFailedRow {
  id: string;
  job_name: string;
  payload: unknown;
  dedupe_key: string | null;
  attempts: number | string;
  last_error: string | null;
  created_at: Date | string;
  finished_at: Date | string | null;
  total?: string | number;
}

interface RawOutboxJobRow {
  id: string;
  job_name: string;
  payload: unknown;
}

const FAILED_COLUMNS = `id, job_name, payload, dedupe_key, attempts, last_error, created_at, finished_at`;

function toFailedRow(row: RawFailedRow): FailedJobRow {
  return {
    id: row.id,
    jobName: row.job_name,
    payload: row.payload,
    dedupeKey: row.dedupe_key,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    createdAt: new Date(row.created_at),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
  };
}

function toOutboxJob(row: RawOutboxJobRow): OutboxJobRow {
  return { id: row.id, jobName: row.job_name, payload: row.payload };
}

/** The SQL of the job outbox: enqueueing, dispatching, running and the failed-jobs view. */
@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts a job; undefined when a job with the same dedupe key exists already. */
  async insert(
    manager: EntityManager,
    name: string,
    payload: unknown,
    dedupeKey: string | null,
  ): Promise<string | undefined> {
    const inserted = (await manager.query(
      `INSERT INTO job_outbox (job_name, payload, dedupe_key) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [name, JSON.stringify(payload), dedupeKey],
    )) as { id: string }[];
    return inserted[0]?.id;
  }

  /**
   * Runs `write` (a data-modifying statement with RETURNING) and, if it returned a row, inserts the job,
   * in one statement. Undefined when `write` returned nothing or a job with the same dedupe key exists.
   */
  async insertAfterWrite(
    manager: EntityManager,
    write: { sql: string; params: unknown[] },
    name: string,
    payload: unknown,
    dedupeKey: string | null,
  ): Promise<string | undefined> {
    const n = write.params.length;
    const inserted = (await manager.query(
      `WITH written AS (${write.sql})
       INSERT INTO job_outbox (job_name, payload, dedupe_key)
       SELECT $${n + 1}, $${n + 2}::jsonb, $${n + 3} WHERE EXISTS (SELECT 1 FROM written)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [...write.params, name, JSON.stringify(payload), dedupeKey],
    )) as { id: string }[];
    return inserted[0]?.id;
  }

  async idByDedupeKey(manager: EntityManager, dedupeKey: string | undefined): Promise<string> {
    const existing = (await manager.query(`SELECT id FROM job_outbox WHERE dedupe_key = $1`, [
      dedupeKey,
    ])) as { id: string }[];
    return existing[0].id;
  }

  /** Inserts many jobs of one name in one statement. */
  async insertMany(manager: EntityManager, ids: string[], name: string, payloads: unknown[]): Promise<void> {
    await manager.query(
      `INSERT INTO job_outbox (id, job_name, payload)
       SELECT job.id, $2, job.payload FROM unnest($1::uuid[], $3::jsonb[]) AS job (id, payload)`,
      [ids, name, payloads.map((p) => JSON.stringify(p))],
    );
  }

  /** A page of failed jobs, newest first, with the total (undefined when the page is empty). */
  async listFailed(limit: number, offset: number): Promise<{ rows: FailedJobRow[]; total?: number }> {
    const rows = (await this.dataSource.query(
      `SELECT ${FAILED_COLUMNS}, count(*) OVER () AS total
         FROM job_outbox WHERE status = 'failed'
        ORDER BY finished_at DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    )) as RawFailedRow[];
    return { rows: rows.map(toFailedRow), total: rows.length > 0 ? Number(rows[0].total) : undefined };
  }

  async countFailed(): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM job_outbox WHERE status = 'failed'`,
    )) as { n: number | string }[];
    return Number(rows[0].n);
  }

  /** Counts of the jobs still in flight or failed, by status. */
  async countByStatus(): Promise<{ status: 'pending' | 'dispatched' | 'failed'; n: number }[]> {
    const rows = (await this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM job_outbox
        WHERE status IN ('pending','dispatched','failed') GROUP BY status`,
    )) as { status: 'pending' | 'dispatched' | 'failed'; n: number | string }[];
    return rows.map((row) => ({ status: row.status, n: Number(row.n) }));
  }

  /** Locks a job's row (FOR UPDATE) and returns its status; undefined when there is no such job. */
  async lockStatus(manager: EntityManager, id: string): Promise<OutboxStatus | undefined> {
    const rows = (await manager.query(`SELECT status FROM job_outbox WHERE id = $1 FOR UPDATE`, [id])) as {
      status: OutboxStatus;
    }[];
    return rows[0]?.status;
  }

  /** Puts a job back to pending with fresh attempts. */
  async resetForRetry(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE job_outbox SET status = 'pending', attempts = 0, dispatched_at = NULL, finished_at = NULL
        WHERE id = $1`,
      [id],
    );
  }

  async findFailedView(manager: EntityManager, id: string): Promise<FailedJobRow> {
    const [row] = (await manager.query(`SELECT ${FAILED_COLUMNS} FROM job_outbox WHERE id = $1`, [
      id,
    ])) as RawFailedRow[];
    return toFailedRow(row);
  }

  /**
   * Locks the row and marks it completed in one statement; false when it was completed already (or
   * is missing). A CTE, so that the rows come back as rows: TypeORM answers an UPDATE with [rows, count].
   */
  async markCompleted(manager: EntityManager, id: string, attempt: number): Promise<boolean> {
    const marked = (await manager.query(
      `WITH marked AS (
         UPDATE job_outbox
            SET status = 'completed', attempts = $2, finished_at = now(), last_error = NULL,
                dispatched_at = COALESCE(dispatched_at, now())
          WHERE id = $1 AND status <> 'completed'
      RETURNING id)
       SELECT id FROM marked`,
      [id, attempt],
    )) as unknown[];
    return marked.length > 0;
  }

  async exists(manager: EntityManager, id: string): Promise<boolean> {
    const rows = (await manager.query(`SELECT status FROM job_outbox WHERE id = $1`, [id])) as unknown[];
    return rows.length > 0;
  }

  /** Records a failed attempt outside the attempt's (rolled back) transaction; `final` marks it failed. */
  async recordFailure(id: string, attempt: number, message: string, final: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_outbox
          SET attempts = GREATEST(attempts, $2), last_error = $3,
              dispatched_at = COALESCE(dispatched_at, now()),
              status = CASE WHEN $4 THEN 'failed' ELSE status END,
              finished_at = CASE WHEN $4 THEN now() ELSE finished_at END
        WHERE id = $1 AND status <> 'completed'`,
      [id, attempt, message, final],
    );
  }

  /** Every dispatched job back to pending (the in-process queue that held them is gone). */
  async requeueDispatched(): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_outbox SET status = 'pending', dispatched_at = NULL WHERE status = 'dispatched'`,
    );
  }

  /** Claims (FOR UPDATE SKIP LOCKED) the oldest pending jobs. */
  async claimPending(manager: EntityManager, limit: number): Promise<OutboxJobRow[]> {
    const rows = (await manager.query(
      `SELECT id, job_name, payload FROM job_outbox
        WHERE status = 'pending' ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    )) as RawOutboxJobRow[];
    return rows.map(toOutboxJob);
  }

  /** Claims (FOR UPDATE SKIP LOCKED) jobs dispatched more than `afterMs` ago and not finished. */
  async claimStaleDispatched(
    manager: EntityManager,
    afterMs: number,
    limit: number,
  ): Promise<OutboxJobRow[]> {
    const rows = (await manager.query(
      `SELECT id, job_name, payload FROM job_outbox
        WHERE status = 'dispatched' AND dispatched_at < now() - $1 * interval '1 millisecond'
        ORDER BY dispatched_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [afterMs, limit],
    )) as RawOutboxJobRow[];
    return rows.map(toOutboxJob);
  }

  async recordDispatchError(manager: EntityManager, id: string, error: string): Promise<void> {
    await manager.query(
      `UPDATE job_outbox SET dispatch_attempts = dispatch_attempts + 1, last_error = $2 WHERE id = $1`,
      [id, error],
    );
  }

  async markDispatched(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(
      `UPDATE job_outbox SET status = 'dispatched', dispatched_at = now(),
              dispatch_attempts = dispatch_attempts + 1
        WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
      [ids],
    );
  }

  /** The queue still holds these: look again after another interval. */
  async touchDispatched(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`UPDATE job_outbox SET dispatched_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async markRedispatched(manager: EntityManager, ids: string[], lastError: string): Promise<void> {
    await manager.query(
      `UPDATE job_outbox SET dispatched_at = now(), dispatch_attempts = dispatch_attempts + 1,
              last_error = $2
        WHERE id = ANY($1::uuid[])`,
      [ids, lastError],
    );
  }
}
