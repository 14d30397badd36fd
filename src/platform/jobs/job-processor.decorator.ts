import { SetMetadata } from '@nestjs/common';
import type { JobName, JobRetryPolicy } from './job.types.js';

export const JOB_PROCESSOR_KEY = 'jobs:processor';

export interface JobProcessorMetadata {
  name: JobName;
  retry?: Partial<JobRetryPolicy>;
}

/**
 * Marks a provider as the processor of one job. The jobs module discovers it at start-up; the same
 * class runs on every backend (Redis, PostgreSQL, in-process).
 */
export function JobProcessor(name: JobName, retry?: Partial<JobRetryPolicy>): ClassDecorator {
  return SetMetadata(JOB_PROCESSOR_KEY, { name, retry } satisfies JobProcessorMetadata);
}
