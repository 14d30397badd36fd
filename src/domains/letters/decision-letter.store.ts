import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LetterLanguage } from './decision-letter-data.js';

export interface StoredLetter {
  id: string;
  applicationId: string;
  decisionId: string;
  language: LetterLanguage;
  templateVersion: string;
  sha256: string;
  sizeBytes: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface LetterContent {
  applicationId: string;
  decisionId: string;
  language: LetterLanguage;
  templateVersion: string;
  content: Buffer;
}

const COLUMNS = `id, application_id, decision_id, language, template_version, sha256, size_bytes, version,
                 created_at, updated_at`;

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads and writes `decision_letter`: one letter per decision, with its hash and template version. */
@Injectable()
export class DecisionLetterStore {
  async findByDecision(
    manager: EntityManager,
    decisionId: string,
    lock = false,
  ): Promise<StoredLetter | undefined> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM decision_letter WHERE decision_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [decisionId],
    )) as RawLetter[];
    return rows[0] ? toStored(rows[0]) : undefined;
  }

  /** The newest letter of an application, with its bytes (for the download). */
  async findContentForApplication(
    manager: EntityManager,
    applicationId: string,
  ): Promise<{ letter: StoredLetter; content: Buffer } | undefined> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS}, content FROM decision_letter WHERE application_id = $1
        ORDER BY created_at DESC, id LIMIT 1`,
      [applicationId],
    )) as (RawLetter & { content: Buffer | Uint8Array })[];
    if (!rows[0]) return undefined;
    return { letter: toStored(rows[0]), content: Buffer.from(rows[0].content) };
  }

  /**
   * Stores the first letter of a decision. Idempotent: when the decision has a letter already
   * (a job ran twice), nothing changes and `created` is false.
   */
  async store(
    manager: EntityManager,
    input: LetterContent,
  ): Promise<{ letter: StoredLetter; created: boolean }> {
    const sha256 = sha256Hex(input.content);
    const inserted = (await manager.query(
      `INSERT INTO decision_letter (application_id, decision_id, language, template_version, sha256, content, size_bytes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (decision_id) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        input.applicationId,
        input.decisionId,
        input.language,
        input.templateVersion,
        sha256,
        input.content,
        input.content.length,
      ],
    )) as RawLetter[];
    if (inserted[0]) return { letter: toStored(inserted[0]), created: true };
    const existing = await this.findByDecision(manager, input.decisionId);
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
    const current = await this.findByDecision(manager, input.decisionId, true);
    if (!current) {
      const { letter } = await this.store(manager, input);
      return { letter, previousSha256: null, changed: true };
    }
    const sha256 = sha256Hex(input.content);
    if (sha256 === current.sha256 && input.templateVersion === current.templateVersion) {
      return { letter: current, previousSha256: current.sha256, changed: false };
    }
    await manager.query(
      `UPDATE decision_letter
          SET language = $2, template_version = $3, sha256 = $4, content = $5, size_bytes = $6,
              version = version + 1, updated_at = now()
        WHERE decision_id = $1`,
      [input.decisionId, input.language, input.templateVersion, sha256, input.content, input.content.length],
    );
    const letter = (await this.findByDecision(manager, input.decisionId))!;
    return { letter, previousSha256: current.sha256, changed: true };
  }
}

interface RawLetter {
  id: string;
  application_id: string;
  decision_id: string;
  language: LetterLanguage;
  template_version: string;
  sha256: string;
  size_bytes: number;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

function toStored(row: RawLetter): StoredLetter {
  return {
    id: row.id,
    applicationId: row.application_id,
    decisionId: row.decision_id,
    language: row.language,
    templateVersion: row.template_version,
    sha256: row.sha256,
    sizeBytes: Number(row.size_bytes),
    version: Number(row.version),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
