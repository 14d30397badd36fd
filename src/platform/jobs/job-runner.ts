import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobsRepository } from './jobs.repository.js';
import { JOB_PROCESSOR_KEY, type JobProcessorMetadata } from './job-processor.decorator.js';
import {
  DEFAULT_RETRY_POLICY,
  type JobHandler,
  type JobName,
  type JobRetryPolicy,
  type RunJob,
} from './job.types.js';

const MAX_ERROR_LENGTH = 2_000;

/**
 * Finds the `@JobProcessor` classes and runs one attempt of a job, whatever the backend:
 * in a transaction that locks the job's outbox row, skips the job when the row says it completed
 * already (a duplicate delivery), and marks it completed in the same transaction as its effects.
 * A failed attempt is recorded on the row; after the last attempt the row is `failed`.
 */
@Injectable()
export class JobRunner implements OnModuleInit {
  private readonly logger = new Logger(JobRunner.name);
  private readonly processors = new Map<string, { handler: JobHandler<JobName>; retry: JobRetryPolicy }>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: JobsRepository,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const meta = this.reflector.get<JobProcessorMetadata | undefined>(
        JOB_PROCESSOR_KEY,
        wrapper.metatype as new () => unknown,
      );
      if (!meta) continue;
      if (this.processors.has(meta.name)) throw new Error(`Two processors for job "${meta.name}"`);
      const handler = wrapper.instance as JobHandler<JobName>;
      this.processors.set(meta.name, {
        handler,
        retry: { ...DEFAULT_RETRY_POLICY, ...meta.retry, ...handler.retryPolicy },
      });
    }
  }

  names(): string[] {
    return [...this.processors.keys()];
  }

  retryPolicy(name: string): JobRetryPolicy {
    return this.processors.get(name)?.retry ?? DEFAULT_RETRY_POLICY;
  }

  readonly run: RunJob = async (job) => {
    try {
      await this.dataSource.transaction(async (manager) => {
        // Locks the row and marks it completed in one statement, before the job's work: in the same
        // transaction, so a failed attempt rolls the mark back with the rest, and a duplicate
        // delivery waits here and then finds the job completed.
        if (!(await this.repository.markCompleted(manager, job.id, job.attempt))) {
          if (!(await this.repository.exists(manager, job.id)))
            this.logger.warn(`Job ${job.id} (${job.name}) has no outbox row here; skipped`);
          return;
        }
        const processor = this.processors.get(job.name);
        if (!processor) throw new Error(`No processor is registered for job "${job.name}"`);
        await processor.handler.handle(job.payload as never, {
          jobId: job.id,
          attempt: job.attempt,
          maxAttempts: job.maxAttempts,
          manager,
        });
      });
    } catch (err) {
      const final = job.attempt >= job.maxAttempts;
      const message = (err instanceof Error ? err.message : String(err)).slice(0, MAX_ERROR_LENGTH);
      const log = `Job ${job.id} (${job.name}) attempt ${job.attempt}/${job.maxAttempts} failed${
        final ? ' for good' : ''
      }: ${message}`;
      if (final) this.logger.error(log);
      else this.logger.warn(log);
      await this.repository
        .recordFailure(job.id, job.attempt, message, final)
        .catch((e: unknown) =>
          this.logger.error(`Could not record the failure of job ${job.id}: ${String(e)}`),
        );
      throw err;
    }
  };
}
