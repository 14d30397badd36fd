import type { EntityManager } from 'typeorm';

/**
 * The payload type of every job, by job name. Each `*.job.ts` adds its own entry by declaration
 * merging, so that `JobsService.enqueue` type-checks the payload against the job name:
 *
 * ```ts
 * export const DECISION_LETTER_JOB = 'decision-letter';
 * declare module './job.types.js' {
 *   interface JobPayloads { [DECISION_LETTER_JOB]: DecisionLetterJobPayload }
 * }
 * ```
 * Payloads are stored as JSON: plain data only (ids, not entities).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}

export type JobName = keyof JobPayloads & string;

/** What a processor gets besides its payload. */
export interface JobContext {
  /** The outbox row id; also the queue's job id. */
  jobId: string;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
  /**
   * The transaction the job runs in. The outbox row is locked in it and marked completed in it,
   * so the database effects of a job commit exactly once even if the queue delivers it twice.
   */
  manager: EntityManager;
}

/**
 * A processor: one class per job, decorated with `@JobProcessor(NAME)`. It must be safe to run
 * twice (queues deliver at least once): check before writing, write with unique keys.
 */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], ctx: JobContext): Promise<void>;
  /** A retry policy from configuration; overrides the decorator's (e.g. `MAIL_RETRY_*`). */
  readonly retryPolicy?: Partial<JobRetryPolicy>;
}

export interface JobRetryPolicy {
  /** Attempts in total, the first included. */
  attempts: number;
  /** Delay before the second attempt; doubles for each next one (exponential backoff). */
  backoffMs: number;
}

export const DEFAULT_RETRY_POLICY: JobRetryPolicy = { attempts: 5, backoffMs: 2_000 };

/** A job as the dispatcher hands it to a queue backend. */
export interface QueuedJob {
  id: string;
  name: string;
  payload: unknown;
  retry: JobRetryPolicy;
}

/** What a backend calls for every attempt of a job; it throws when the attempt failed. */
export type RunJob = (job: {
  id: string;
  name: string;
  payload: unknown;
  attempt: number;
  maxAttempts: number;
}) => Promise<void>;
