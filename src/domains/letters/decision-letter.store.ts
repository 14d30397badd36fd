import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LetterLanguage, LetterSubject } from './decision-letter-data.js';
import { LettersRepository, type StoredLetter } from './letters.repository.js';

export interface LetterContent {
  applicationId: string;
  decisionId: string;
  language: LetterLanguage;
  /** The decision on the application, or the decision on its final grant (each its own versions). */
  subject: LetterSubject;
  templateVersion: string;
  content: Buffer;
  dispatchedOn: string;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Keeps `decision_letter` append-only (the table refuses UPDATE and DELETE): per decision and kind
 * (the act or translation of the decision, or of the decision on the final grant), version 1 and then
 * one new version per correction, each referring to the one it supersedes.
 */
@Injectable()
export class DecisionLetterStore {
  constructor(private readonly repository: LettersRepository) {}

  latest(
    manager: EntityManager,
    decisionId: string,
    language: LetterLanguage,
    subject: LetterSubject = 'decision',
  ): Promise<StoredLetter | undefined> {
    return this.repository.latest(manager, decisionId, language, subject);
  }

  /**
   * Adds a version after `previous` (or version 1). Idempotent: when that version exists already (a
   * job ran twice), nothing changes and `created` is false.
   */
  async add(
    manager: EntityManager,
    input: LetterContent,
    previous: StoredLetter | undefined,
  ): Promise<{ letter: StoredLetter; created: boolean }> {
    const version = previous ? previous.version + 1 : 1;
    const inserted = await this.repository.insertVersion(manager, {
      ...input,
      sha256: sha256Hex(input.content),
      version,
      supersedesId: previous?.id ?? null,
    });
    if (inserted) return { letter: inserted, created: true };
    const existing = await this.repository.latest(manager, input.decisionId, input.language, input.subject);
    return { letter: existing!, created: false };
  }
}
