import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type EnqueuedJob, JobsService } from '../../platform/jobs/jobs.service.js';
import { DECISION_LETTER_JOB } from '../decisions/decision-letter.request.js';
import { DecisionLetterStore } from './decision-letter.store.js';
import type { StoredLetter } from './letters.repository.js';

/** Renders decision letters again on request, and hands out the stored ones. */
@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly store: DecisionLetterStore,
  ) {}

  /** Renders the letters of these decisions again (e.g. all of a call after a template change). */
  requestRegeneration(manager: EntityManager, decisionIds: string[]): Promise<EnqueuedJob[]> {
    return this.jobs.enqueueMany(
      manager,
      DECISION_LETTER_JOB,
      decisionIds.map((decisionId) => ({ decisionId, regenerate: true })),
    );
  }

  /** The stored letter of an application with its bytes, or undefined while it is being produced. */
  findForApplication(applicationId: string): Promise<{ letter: StoredLetter; content: Buffer } | undefined> {
    return this.store.findContentForApplication(this.dataSource.manager, applicationId);
  }

  findByDecision(decisionId: string): Promise<StoredLetter | undefined> {
    return this.store.findByDecision(this.dataSource.manager, decisionId);
  }
}
