import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LetterLanguage } from './decision-letter-data.js';
import { LettersRepository, type StoredLetter } from './letters.repository.js';

export interface LetterContent {
  applicationId: string;
  decisionId: string;
  language: LetterLanguage;
  templateVersion: string;
  content: Buffer;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Keeps `decision_letter`: one letter per decision, with its hash and template version. Decides
 * when a letter is written (first render, changed bytes); the statements are the repository's.
 */
@Injectable()
export class DecisionLetterStore {
  constructor(private readonly repository: LettersRepository) {}

  findByDecision(manager: EntityManager, decisionId: string): Promise<StoredLetter | undefined> {
    return this.repository.findByDecision(manager, decisionId);
  }

  /** The newest letter of an application, with its bytes (for the download). */
  findContentForApplication(
    manager: EntityManager,
    applicationId: string,
  ): Promise<{ letter: StoredLetter; content: Buffer } | undefined> {
    return this.repository.findContentForApplication(manager, applicationId);
  }

  /**
   * Stores the first letter of a decision. Idempotent: when the decision has a letter already
   * (a job ran twice), nothing changes and `created` is false.
   */
  async store(
    manager: EntityManager,
    input: LetterContent,
  ): Promise<{ letter: StoredLetter; created: boolean }> {
    const inserted = await this.repository.insertIfAbsent(manager, {
      ...input,
      sha256: sha256Hex(input.content),
    });
    if (inserted) return { letter: inserted, created: true };
    const existing = await this.repository.findByDecision(manager, input.decisionId);
    return { letter: existing!, created: false };
  }

  /**
   * Replaces a decision's letter by a newly rendered one (an explicit regeneration, e.g. after a
   * template change). Unchanged bytes change nothing. The caller audits both hashes.
   */
  async replace(
    manager: EntityManager,
    input: LetterContent,
  ): Promise<{ letter: StoredLetter; previousSha256: string | null; changed: boolean }> {
    const current = await this.repository.findByDecision(manager, input.decisionId, true);
    if (!current) {
      const { letter } = await this.store(manager, input);
      return { letter, previousSha256: null, changed: true };
    }
    const sha256 = sha256Hex(input.content);
    if (sha256 === current.sha256 && input.templateVersion === current.templateVersion) {
      return { letter: current, previousSha256: current.sha256, changed: false };
    }
    await this.repository.updateContent(manager, { ...input, sha256 });
    const letter = (await this.repository.findByDecision(manager, input.decisionId))!;
    return { letter, previousSha256: current.sha256, changed: true };
  }
}
