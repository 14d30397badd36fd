import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../../kernel/errors.js';
import type { Page } from '../../kernel/pagination.js';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { HealthService } from '../health/health.service.js';
import type { FailedJobView } from './dto/jobs.dto.js';
import { JobDispatcher } from './job-dispatcher.js';
import type { JobName, JobPayloads } from './job.types.js';
import { JOB_QUEUE, type JobQueue, withTimeout } from './queue-backend.js';
import type { AuditActor } from '../../kernel/actor.js';

export interface EnqueueOptions {
  /**
   * At most one job per key, ever: a second enqueue with the same key returns the first job
   * (e.g. `decision-letter:<decisionId>`).
   */
  dedupeKey?: string;
}

export interface EnqueuedJob {
  id: string;
  /** false when a job with the same dedupe key existed already. */
  created: boolean;
}

export interface JobStats {
  pending: number;
  dispatched: number;
  failed: number;
}

const HEALTH_TIMEOUT_MS = 2_000;

/** Requests background jobs from inside business transactions, and shows the ones that failed. */
@Injectable()
export class JobsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatcher: JobDispatcher,
    private readonly audit: AuditService,
    private readonly health: HealthService,
  ) {}

  onModuleInit(): void {
    this.health.register('queue', () => this.check());
  }

  /**
   * Writes the job into the outbox with the caller's transaction: it exists if and only if the
   * transaction commits, and it runs after the commit (right away, or once the queue is reachable).
   */
  async enqueue<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayloads[N],
    options: EnqueueOptions = {},
  ): Promise<EnqueuedJob> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('JobsService.enqueue must run inside a transaction');
    }
    const inserted = (await manager.query(
      `INSERT INTO job_outbox (job_name, payload, dedupe_key) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [name, JSON.stringify(payload), options.dedupeKey ?? null],
    )) as { id: string }[];
    if (inserted.length > 0) {
      this.dispatcher.afterCommit(manager);
      return { id: inserted[0].id, created: true };
    }
    const existing = (await manager.query(`SELECT id FROM job_outbox WHERE dedupe_key = $1`, [
      options.dedupeKey,
    ])) as { id: string }[];
    return { id: existing[0].id, created: false };
  }

  /**
   * `enqueue` for many jobs of one name at once (no dedupe keys), in one statement: e.g. the letters
   * of a whole call. Returns the jobs in the order of `payloads`.
   */
  async enqueueMany<N extends JobName>(
    manager: EntityManager,
    name: N,
    payloads: JobPayloads[N][],
  ): Promise<EnqueuedJob[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('JobsService.enqueueMany must run inside a transaction');
    }
    if (payloads.length === 0) return [];
    const ids = payloads.map(() => randomUUID());
    await manager.query(
      `INSERT INTO job_outbox (id, job_name, payload)
       SELECT job.id, $2, job.payload FROM unnest($1::uuid[], $3::jsonb[]) AS job (id, payload)`,
      [ids, name, payloads.map((p) => JSON.stringify(p))],
    );
    this.dispatcher.afterCommit(manager);
    return ids.map((id) => ({ id, created: true }));
  }

  /** Jobs that failed for good (every attempt), newest first. */
  async listFailed(page: { limit: number; offset: number }): Promise<Page<FailedJobView>> {
    const rows = (await this.dataSource.query(
      `SELECT id, job_name, payload, dedupe_key, attempts, last_error, created_at, finished_at,
              count(*) OVER () AS total
         FROM job_outbox WHERE status = 'failed'
        ORDER BY finished_at DESC, id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    )) as RawFailedRow[];
    const total = rows.length > 0 ? Number(rows[0].total) : await this.countFailed();
    return { items: rows.map(toFailedView), total };
  }

  /** Puts a job that failed for good back in the queue, with fresh attempts. */
  async retry(actor: AuditActor, id: string): Promise<FailedJobView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(`SELECT status FROM job_outbox WHERE id = $1 FOR UPDATE`, [id])) as {
        status: string;
      }[];
      if (rows.length === 0) throw DomainError.notFound('Job', id);
      if (rows[0].status !== 'failed') {
        throw new DomainError('INVALID_TRANSITION', `Job ${id} is ${rows[0].status}, not failed`);
      }
      await manager.query(
        `UPDATE job_outbox SET status = 'pending', attempts = 0, dispatched_at = NULL, finished_at = NULL
          WHERE id = $1`,
        [id],
      );
      const [row] = (await manager.query(
        `SELECT id, job_name, payload, dedupe_key, attempts, last_error, created_at, finished_at
           FROM job_outbox WHERE id = $1`,
        [id],
      )) as RawFailedRow[];
      await this.audit.record(manager, actor, {
        action: 'job.retried',
        entity: 'job',
        entityId: id,
        data: { jobName: row.job_name, lastError: row.last_error },
      });
      this.dispatcher.afterCommit(manager);
      return toFailedView(row);
    });
    return view;
  }

  async stats(): Promise<JobStats> {
    const rows = (await this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM job_outbox
        WHERE status IN ('pending','dispatched','failed') GROUP BY status`,
    )) as { status: keyof JobStats; n: number }[];
    const stats: JobStats = { pending: 0, dispatched: 0, failed: 0 };
    for (const row of rows) stats[row.status] = Number(row.n);
    return stats;
  }

  /** `/health`: is the queue reachable, what waits in it, what failed for good. */
  private async check(): Promise<
    | { status: 'up'; details: Record<string, unknown> }
    | { status: 'down'; error: string; details: Record<string, unknown> }
  > {
    const stats = await this.stats();
    const details: Record<string, unknown> = {
      backend: this.queue.backend,
      workers: this.config.runWorkers,
      outboxPending: stats.pending,
      failed: stats.failed,
    };
    try {
      const counts = await withTimeout(this.queue.counts(), HEALTH_TIMEOUT_MS, `${this.queue.backend} queue`);
      return { status: 'up', details: { ...details, ...counts } };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { status: 'down', error: `queue unreachable: ${message}`, details };
    }
  }

  private async countFailed(): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM job_outbox WHERE status = 'failed'`,
    )) as { n: number }[];
    return Number(rows[0].n);
  }
}

interface RawFailedRow {
  id: string;
  job_name: string;
  payload: unknown;
  dedupe_key: string | null;
  attempts: number;
  last_error: string | null;
  created_at: Date | string;
  finished_at: Date | string | null;
  total?: string | number;
}

function toFailedView(row: RawFailedRow): FailedJobView {
  return {
    id: row.id,
    jobName: row.job_name,
    payload: row.payload as Record<string, unknown>,
    dedupeKey: row.dedupe_key,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    createdAt: new Date(row.created_at).toISOString(),
    failedAt: row.finished_at === null ? null : new Date(row.finished_at).toISOString(),
  };
}
