import type { QueueBackend } from '../../kernel/config/config.js';
import type { QueuedJob, RunJob } from './job.types.js';

/** Jobs the backend holds, by state (what `/health` reports). */
export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
}

/**
 * Where dispatched jobs wait and who runs them: BullMQ on Redis, BullMQ on PostgreSQL, or in-process.
 * Every backend calls the same `RunJob` (the processors) and applies the same retry policy.
 */
export interface JobQueue {
  readonly backend: QueueBackend;
  /** Adds a job; the job id is the outbox id, so adding the same job twice is a no-op. */
  add(job: QueuedJob): Promise<void>;
  /** Whether the queue still holds this job (waiting, delayed or running). */
  has(id: string): Promise<boolean>;
  /** Starts running jobs in this process. */
  startWorker(run: RunJob): void;
  /** Throws (or never settles) when the queue cannot be reached. */
  counts(): Promise<QueueCounts>;
  /** Stops taking jobs, waits for running ones, closes connections. */
  close(): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');

/** Exponential backoff: `base`, `2 × base`, `4 × base` … after the 1st, 2nd, 3rd failed attempt. */
export function backoffDelayMs(baseMs: number, failedAttempts: number): number {
  return baseMs * 2 ** Math.max(0, failedAttempts - 1);
}

/** Rejects when `promise` does not settle within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
