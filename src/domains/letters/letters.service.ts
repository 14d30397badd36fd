import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type EnqueuedJob, JobsService } from '../../platform/jobs/jobs.service.js';
import { DECISION_LETTER_JOB } from '../decisions/decision-letter.request.js';
import type { LetterLanguage, LetterSubject } from './decision-letter-data.js';
import { LettersRepository, type StoredLetter } from './letters.repository.js';

/** Renders decision letters again on request, and hands out the stored versions. */
@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly repository: LettersRepository,
  ) {}

  /** Renders the letters of these decisions again (e.g. all of a call after a template change). */
  requestRegeneration(
    manager: EntityManager,
    decisionIds: string[],
    callId?: string,
  ): Promise<EnqueuedJob[]> {
    return this.jobs.enqueueMany(
      manager,
      DECISION_LETTER_JOB,
      decisionIds.map((decisionId) => ({ decisionId, regenerate: true, ...(callId ? { callId } : {}) })),
    );
  }

  /** One letter of a decision with its bytes (newest version unless given), or undefined while pending. */
  findContent(
    decisionId: string,
    language: LetterLanguage,
    version?: number,
    subject: LetterSubject = 'decision',
  ): Promise<{ letter: StoredLetter; content: Buffer } | undefined> {
    return this.repository.findContent(this.dataSource.manager, decisionId, language, version, subject);
  }

  /** Every stored version of a decision's letters, without bytes. */
  versions(decisionId: string): Promise<StoredLetter[]> {
    return this.repository.versions(this.dataSource.manager, decisionId);
  }

  findLatest(decisionId: string, language: LetterLanguage): Promise<StoredLetter | undefined> {
    return this.repository.latest(this.dataSource.manager, decisionId, language);
  }
}
