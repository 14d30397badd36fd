import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { JobRunner } from './job-runner.js';
import { JobsRepository } from './jobs.repository.js';
import { JOB_QUEUE, type JobQueue, withTimeout } from './queue-backend.js';

export const DISPATCH_INTERVAL_MS = 1_000;
const BATCH_SIZE = 50;
const QUEUE_TIMEOUT_MS = 3_000;

/**
 * Moves pending outbox rows to the queue: every second, and right after a transaction that
 * enqueued a job commits. Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several processes can
 * dispatch side by side; the queue's job id is the outbox id, so a row dispatched twice (a crash
 * between adding and marking it) is still one job. When the queue is down the rows stay pending
 * and the next round tries again.
 *
 * A queue can also lose jobs it was given (a Redis restarted without persistence, a job BullMQ gave up
 * on after its worker died twice): rows that have been `dispatched` for JOB_REDISPATCH_AFTER_MS without
 * finishing are looked up in the queue and handed over again when the queue no longer has them. The
 * row lock (`SKIP LOCKED`) passes over a job that is running right now, and the runner skips a job
 * whose row says it completed, so handing a job over again never runs its effects twice.
 *
 * Also owns the lifecycle of the queue: starts the worker (RUN_WORKERS) and closes it on shutdown.
 */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly enqueuedIn = new WeakSet<QueryRunner>();
  private timer?: NodeJS.Timeout;
  private round?: Promise<void>;
  private again = false;
  private started = false;
  private lastWarning = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: JobRunner,
    private readonly repository: JobsRepository,
  ) {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: (event) => {
        if (this.enqueuedIn.delete(event.queryRunner)) this.poke();
      },
      afterTransactionRollback: (event) => {
        this.enqueuedIn.delete(event.queryRunner);
      },
    };
    dataSource.subscribers.push(subscriber);
  }

  /** In-process jobs need a worker in this process; other backends are fed by every process. */
  get enabled(): boolean {
    return this.queue.backend !== 'inline' || this.config.runWorkers;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.queue.backend === 'inline' && this.config.runWorkers) {
      // The in-process queue died with the previous process: put its unfinished jobs back.
      await this.repository.requeueDispatched();
    }
    if (this.config.runWorkers) this.queue.startWorker(this.runner.run);
    if (!this.enabled) return;
    this.started = true;
    this.timer = setInterval(() => this.poke(), DISPATCH_INTERVAL_MS);
    this.timer.unref();
    this.poke();
  }

  async onModuleDestroy(): Promise<void> {
    this.started = false;
    clearInterval(this.timer);
    await this.round;
    await this.queue.close();
  }

  /** Called by `JobsService.enqueue`: dispatch as soon as this transaction commits. */
  afterCommit(manager: EntityManager): void {
    if (manager.queryRunner) this.enqueuedIn.add(manager.queryRunner);
  }

  /** Starts a dispatch round now (or right after the running one). */
  poke(): void {
    if (!this.started) return;
    if (this.round) {
      this.again = true;
      return;
    }
    this.round = this.dispatchAll()
      .then(() => undefined)
      .catch((err: unknown) =>
        this.warn(`Dispatch failed: ${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => {
        this.round = undefined;
        if (this.again && this.started) {
          this.again = false;
          this.poke();
        }
      });
  }

  /** Dispatches every pending row; resolves with how many were handed to the queue. */
  async dispatchAll(): Promise<number> {
    // Do not hold row locks while waiting for a queue that is down.
    await withTimeout(this.queue.counts(), QUEUE_TIMEOUT_MS, `${this.queue.backend} queue`);
    let total = 0;
    for (;;) {
      const { dispatched, more } = await this.dispatchBatch();
      total += dispatched;
      if (!more || !this.started) break;
    }
    if (this.started) total += await this.redispatchLost();
    return total;
  }

  /** Hands over again the jobs dispatched long ago that the queue no longer holds; returns how many. */
  async redispatchLost(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.claimStaleDispatched(
        manager,
        this.config.jobRedispatchAfterMs,
        BATCH_SIZE,
      );
      const lost: string[] = [];
      const held: string[] = [];
      for (const row of rows) {
        if (await withTimeout(this.queue.has(row.id), QUEUE_TIMEOUT_MS, 'looking up a job')) {
          held.push(row.id);
          continue;
        }
        await withTimeout(
          this.queue.add({
            id: row.id,
            name: row.jobName,
            payload: row.payload,
            retry: this.runner.retryPolicy(row.jobName),
          }),
          QUEUE_TIMEOUT_MS,
          'adding a job',
        );
        lost.push(row.id);
      }
      // Still queued (a backlog, a long job): look again after another interval.
      if (held.length > 0) {
        await this.repository.touchDispatched(manager, held);
      }
      if (lost.length > 0) {
        await this.repository.markRedispatched(
          manager,
          lost,
          `lost by the ${this.queue.backend} queue; dispatched again`,
        );
        this.logger.warn(
          `The ${this.queue.backend} queue had lost ${lost.length} unfinished job(s); dispatched again: ${lost.join(', ')}`,
        );
      }
      return lost.length;
    });
  }

  private dispatchBatch(): Promise<{ dispatched: number; more: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.claimPending(manager, BATCH_SIZE);
      const done: string[] = [];
      let failed = false;
      for (const row of rows) {
        try {
          await withTimeout(
            this.queue.add({
              id: row.id,
              name: row.jobName,
              payload: row.payload,
              retry: this.runner.retryPolicy(row.jobName),
            }),
            QUEUE_TIMEOUT_MS,
            'adding a job',
          );
          done.push(row.id);
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          await this.repository.recordDispatchError(manager, row.id, `dispatch: ${message}`.slice(0, 2_000));
          this.warn(`Could not hand job ${row.id} to the ${this.queue.backend} queue: ${message}`);
          failed = true;
          break;
        }
      }
      if (done.length > 0) {
        await this.repository.markDispatched(manager, done);
      }
      return { dispatched: done.length, more: !failed && rows.length === BATCH_SIZE };
    });
  }

  /** While the queue is down every round fails: say so at most every 10 s. */
  private warn(message: string): void {
    const now = Date.now();
    if (now - this.lastWarning < 10_000) return;
    this.lastWarning = now;
    this.logger.warn(message);
  }
}
