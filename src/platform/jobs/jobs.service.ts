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
import { type FailedJobRow, JobsRepository } from './jobs.repository.js';
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
    private readonly repository: JobsRepository,
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
    const id = await this.repository.insert(manager, name, payload, options.dedupeKey ?? null);
    if (id !== undefined) {
      this.dispatcher.afterCommit(manager);
      return { id, created: true };
    }
    return { id: await this.repository.idByDedupeKey(manager, options.dedupeKey), created: false };
  }

  /**
   * `enqueue` in the statement that writes the row the job is for, one round trip instead of two (a
   * mail and its sending, say): `write` is a data-modifying statement with RETURNING, and the job is
   * written only when it returned a row. Undefined when it returned none (e.g. `ON CONFLICT DO NOTHING`
   * met a duplicate) or when a job with the same dedupe key exists already.
   */
  async enqueueWithWrite<N extends JobName>(
    manager: EntityManager,
    write: { sql: string; params: unknown[] },
    name: N,
    payload: JobPayloads[N],
    options: EnqueueOptions = {},
  ): Promise<EnqueuedJob | undefined> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('JobsService.enqueueWithWrite must run inside a transaction');
    }
    const id = await this.repository.insertAfterWrite(
      manager,
      write,
      name,
      payload,
      options.dedupeKey ?? null,
    );
    if (id === undefined) return undefined;
    this.dispatcher.afterCommit(manager);
    return { id, created: true };
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
    await this.repository.insertMany(manager, ids, name, payloads);
    this.dispatcher.afterCommit(manager);
    return ids.map((id) => ({ id, created: true }));
  }

  /** Jobs that failed for good (every attempt), newest first. */
  async listFailed(page: { limit: number; offset: number }): Promise<Page<FailedJobView>> {
    const { rows, total: pageTotal } = await this.repository.listFailed(page.limit, page.offset);
    const total = pageTotal ?? (await this.repository.countFailed());
    return { items: rows.map(toFailedView), total };
  }

  /** Puts a job that failed for good back in the queue, with fresh attempts. */
  async retry(actor: AuditActor, id: string): Promise<FailedJobView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const status = await this.repository.lockStatus(manager, id);
      if (status === undefined) throw DomainError.notFound('Job', id);
      if (status !== 'failed') {
        throw new DomainError('INVALID_TRANSITION', `Job ${id} is ${status}, not failed`);
      }
      await this.repository.resetForRetry(manager, id);
      const row = await this.repository.findFailedView(manager, id);
      await this.audit.record(manager, actor, {
        action: 'job.retried',
        entity: 'job',
        entityId: id,
        data: { jobName: row.jobName, lastError: row.lastError },
      });
      this.dispatcher.afterCommit(manager);
      return toFailedView(row);
    });
    return view;
  }

  async stats(): Promise<JobStats> {
    const stats: JobStats = { pending: 0, dispatched: 0, failed: 0 };
    for (const row of await this.repository.countByStatus()) stats[row.status] = row.n;
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
}

function toFailedView(row: FailedJobRow): FailedJobView {
  return {
    id: row.id,
    jobName: row.jobName,
    payload: row.payload as Record<string, unknown>,
    dedupeKey: row.dedupeKey,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    failedAt: row.finishedAt === null ? null : row.finishedAt.toISOString(),
  };
}
