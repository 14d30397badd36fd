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
  /** The letter of the decision on the final grant (a grant lowered after the final report). */
  finalGrant?: boolean;
}

declare module '../../platform/jobs/job.types.js' {
  interface JobPayloads {
    [DECISION_LETTER_JOB]: DecisionLetterJobPayload;
  }
}

/**
 * Call in the transaction that decides on the final grant: its letter (a decision of its own, which
 * refers to the original decision) is produced after the commit, once per decision.
 */
export function requestFinalGrantLetter(
  jobs: JobsService,
  manager: EntityManager,
  decisionId: string,
): Promise<EnqueuedJob> {
  return jobs.enqueue(
    manager,
    DECISION_LETTER_JOB,
    { decisionId, finalGrant: true },
    { dedupeKey: `final-grant-letter:${decisionId}` },
  );
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
