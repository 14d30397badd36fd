import type { EntityManager } from 'typeorm';
import type { EnqueuedJob, JobsService } from '../../platform/jobs/jobs.service.js';

/**
 * A decision asks for its letter; the letters domain (after this one) answers by running the job.
 * The request is an outbox row written in the decision's transaction: no decision without its letter.
 */
export const DECISION_LETTER_JOB = 'decision-letter';

export interface DecisionLetterJobPayload {
  decisionId: string;
  /** Render again; changed bytes become a new version (e.g. after a template change). */
  regenerate?: boolean;
  /** The call whose letters are regenerated (regeneration requests of a call are de-duplicated). */
  callId?: string;
}

declare module '../../platform/jobs/job.types.js' {
  interface JobPayloads {
    [DECISION_LETTER_JOB]: DecisionLetterJobPayload;
  }
}

/** Call in the decision's transaction: the letter is produced after the commit, once per decision. */
export function requestDecisionLetter(
  jobs: JobsService,
  manager: EntityManager,
  decisionId: string,
): Promise<EnqueuedJob> {
  return jobs.enqueue(
    manager,
    DECISION_LETTER_JOB,
    { decisionId },
    { dedupeKey: `decision-letter:${decisionId}` },
  );
}
