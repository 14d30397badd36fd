import { Logger } from '@nestjs/common';
import { createPostgresBackend, type Job, Queue, withBackend, Worker } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import type { AppConfig } from '../../kernel/config/config.js';
import type { JobQueue, QueueCounts } from './queue-backend.js';
import type { QueuedJob, RunJob } from './job.types.js';

/** One BullMQ queue carries every job; the job's name selects its processor. */
export const BULLMQ_QUEUE_NAME = 'jobs';

interface JobData {
  payload: unknown;
}

/** The part of BullMQ's Queue and Worker used here, the same for the Redis and PostgreSQL backends. */
interface QueueLike {
  add(name: string, data: JobData, opts: object): Promise<unknown>;
  getJob(id: string): Promise<unknown>;
  getJobCounts(...types: ('waiting' | 'active' | 'delayed')[]): Promise<Record<string, number>>;
  close(): Promise<void>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}
interface WorkerLike {
  close(): Promise<void>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}
type Processor = (job: Job<JobData>) => Promise<void>;

/**
 * BullMQ on Redis (`QUEUE_BACKEND=redis`) or on its PostgreSQL backend (`QUEUE_BACKEND=postgres`,
 * tables in schema `bullmq` of DATABASE_URL). Used directly rather than through @nestjs/bullmq:
 * that module builds every queue and worker with the process-wide default backend and registers
 * workers at start-up unconditionally, while this app picks the backend per app instance (tests run
 * Redis and PostgreSQL apps side by side) and runs workers only where RUN_WORKERS allows.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly logger = new Logger(BullMqJobQueue.name);
  private readonly queue: QueueLike;
  private worker?: WorkerLike;
  private lastErrorLog = 0;

  constructor(private readonly config: AppConfig) {
    this.queue =
      this.backend === 'postgres'
        ? (new (withBackend(createPostgresBackend).Queue)(
            BULLMQ_QUEUE_NAME,
            this.options(true),
          ) as unknown as QueueLike)
        : (new Queue(BULLMQ_QUEUE_NAME, this.options(true)) as unknown as QueueLike);
    this.queue.on('error', (err) => this.logError('queue', err));
  }

  get backend(): 'redis' | 'postgres' {
    return this.config.queueBackend === 'postgres' ? 'postgres' : 'redis';
  }

  async add(job: QueuedJob): Promise<void> {
    await this.queue.add(
      job.name,
      { payload: job.payload },
      {
        jobId: job.id,
        attempts: job.retry.attempts,
        backoff: { type: 'exponential', delay: job.retry.backoffMs },
        // The outbox row keeps the outcome (and the error of a job that failed for good).
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  async has(id: string): Promise<boolean> {
    return (await this.queue.getJob(id)) !== undefined;
  }

  startWorker(run: RunJob): void {
    if (this.worker) return;
    const processor: Processor = (job) =>
      run({
        id: job.id ?? '',
        name: job.name,
        payload: job.data.payload,
        attempt: job.attemptsMade + 1,
        maxAttempts: job.opts.attempts ?? 1,
      });
    this.worker =
      this.backend === 'postgres'
        ? (new (withBackend(createPostgresBackend).Worker)(
            BULLMQ_QUEUE_NAME,
            processor,
            this.options(false),
          ) as unknown as WorkerLike)
        : new Worker(BULLMQ_QUEUE_NAME, processor, this.options(false));
    this.worker.on('error', (err) => this.logError('worker', err));
  }

  async counts(): Promise<QueueCounts> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed');
    return { waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0 };
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }

  private options(forQueue: boolean): {
    connection: never;
    prefix?: string;
    concurrency?: number;
    lockDuration?: number;
    stalledInterval?: number;
  } {
    const connection =
      this.backend === 'postgres'
        ? { connectionString: this.config.databaseUrl, migrate: true }
        : { ...redisOptions(this.config.redisUrl ?? ''), ...(forQueue ? { enableOfflineQueue: false } : {}) };
    return {
      connection: connection as never,
      ...(this.backend === 'redis' ? { prefix: this.config.queuePrefix } : {}),
      // A worker that dies mid-job (SIGKILL, OOM, lost machine) stops renewing its lock; after
      // lockDuration another worker's stalled-job check (every stalledInterval) runs the job again.
      ...(forQueue
        ? {}
        : {
            concurrency: this.config.jobConcurrency,
            lockDuration: this.config.jobLockDurationMs,
            stalledInterval: this.config.jobStalledIntervalMs,
          }),
    };
  }

  /** Connection errors repeat while the queue is down: log them at most every 10 s. */
  private logError(source: string, err: Error): void {
    const now = Date.now();
    if (now - this.lastErrorLog < 10_000) return;
    this.lastErrorLog = now;
    this.logger.warn(`${this.backend} ${source}: ${err.message}`);
  }
}

/** ioredis options from a redis:// or rediss:// URL, retrying the connection every ≤ 2 s while it is down. */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(250 * times, 2_000),
  };
}
