import { Logger } from '@nestjs/common';
import { backoffDelayMs, type JobQueue, type QueueCounts } from './queue-backend.js';
import type { QueuedJob, RunJob } from './job.types.js';

interface Entry {
  job: QueuedJob;
  attempt: number;
}

/**
 * The embedded default (`QUEUE_BACKEND=inline`): jobs run in this process, one at a time, with the
 * same retry policy as BullMQ (attempts, exponential backoff). Nothing survives a restart here; the
 * outbox does: at start-up the jobs module puts back every job that was dispatched but not finished.
 */
export class InlineJobQueue implements JobQueue {
  readonly backend = 'inline' as const;
  private readonly logger = new Logger(InlineJobQueue.name);
  private readonly waiting: Entry[] = [];
  private readonly ids = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private run?: RunJob;
  private running?: Promise<void>;
  private active = 0;
  private closed = false;

  add(job: QueuedJob): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The in-process queue is closed'));
    if (this.ids.has(job.id)) return Promise.resolve();
    this.ids.add(job.id);
    this.waiting.push({ job, attempt: 1 });
    this.kick();
    return Promise.resolve();
  }

  has(id: string): Promise<boolean> {
    return Promise.resolve(this.ids.has(id));
  }

  startWorker(run: RunJob): void {
    this.run = run;
    this.kick();
  }

  counts(): Promise<QueueCounts> {
    return Promise.resolve({ waiting: this.waiting.length, active: this.active, delayed: this.timers.size });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.waiting.length = 0;
    await this.running;
  }

  private kick(): void {
    if (this.running || !this.run || this.closed) return;
    // Never run inside the caller's stack (the dispatcher's transaction): start on the next turn.
    this.running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.drain())
      .finally(() => {
        this.running = undefined;
        if (this.waiting.length > 0) this.kick();
      });
  }

  private async drain(): Promise<void> {
    for (let entry = this.waiting.shift(); entry && !this.closed; entry = this.waiting.shift()) {
      const { job, attempt } = entry;
      this.active = 1;
      try {
        await this.run!({
          id: job.id,
          name: job.name,
          payload: job.payload,
          attempt,
          maxAttempts: job.retry.attempts,
        });
        this.ids.delete(job.id);
      } catch (err) {
        if (attempt >= job.retry.attempts) {
          this.ids.delete(job.id);
          continue;
        }
        const delay = backoffDelayMs(job.retry.backoffMs, attempt);
        this.logger.debug(`Job ${job.id} attempt ${attempt} failed; retrying in ${delay} ms: ${String(err)}`);
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.waiting.push({ job, attempt: attempt + 1 });
          this.kick();
        }, delay);
        this.timers.add(timer);
      } finally {
        this.active = 0;
      }
    }
  }
}
