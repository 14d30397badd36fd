import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CENTS_TRANSFORMER } from '../../kernel/db/columns.js';
import { Decision, type DecisionOutcome } from '../decisions/decision.entity.js';
import type { LetterLanguage } from './decision-letter-data.js';

/** A row of `decision_letter` without its bytes. */
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

/** The columns of a letter that a render sets, with its hash. */
export interface LetterRow {
  applicationId: string;
  decisionId: string;
  language: LetterLanguage;
  templateVersion: string;
  sha256: string;
  content: Buffer;
}

/**
 * Everything a letter cites, as one row by decision id. LEFT JOINs: a column of a missing row is
 * null, so the loader can name what is missing. Money in integer cents, numerics as numbers.
 */
export interface LetterDataRow {
  decision_id: string;
  outcome: DecisionOutcome;
  granted_cents: number | null;
  funding_rate_pct: number | null;
  eligible_costs_cents: number;
  requested_cents: number;
  motivation: string;
  decided_on: string;
  evaluation_score: number | null;
  evaluation_rank: number | null;
  evaluation_thresholds_met: boolean | null;
  application_id: string | null;
  reference: string;
  language: LetterLanguage;
  has_snapshot: boolean;
  title: string;
  acronym: string | null;
  submitted_at: string;
  start_date: string;
  end_date: string;
  call_title: string | null;
  call_year: number | null;
  programme_name: string | null;
  legal_basis: string | null;
  aid_basis: string | null;
  advance_payment_pct: number | null;
  coordinator_name: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  contact_name: string | null;
}

const COLUMNS = `id, application_id, decision_id, language, template_version, sha256, size_bytes, version,
                 created_at, updated_at`;

/** The SQL of decision letters: the `decision_letter` rows and the data a letter cites. */
@Injectable()
export class LettersRepository {
  /** The letter of a decision; `lock` reads it `FOR UPDATE` in the caller's transaction. */
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

  /** The newest letter of an application, with its bytes. */
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

  /** Inserts the letter of a decision unless it has one (`ON CONFLICT DO NOTHING`): undefined then. */
  async insertIfAbsent(manager: EntityManager, row: LetterRow): Promise<StoredLetter | undefined> {
    const inserted = (await manager.query(
      `INSERT INTO decision_letter (application_id, decision_id, language, template_version, sha256, content, size_bytes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (decision_id) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        row.applicationId,
        row.decisionId,
        row.language,
        row.templateVersion,
        row.sha256,
        row.content,
        row.content.length,
      ],
    )) as RawLetter[];
    return inserted[0] ? toStored(inserted[0]) : undefined;
  }

  /** Replaces the content of a decision's letter and bumps its version. */
  async updateContent(manager: EntityManager, row: Omit<LetterRow, 'applicationId'>): Promise<void> {
    await manager.query(
      `UPDATE decision_letter
          SET language = $2, template_version = $3, sha256 = $4, content = $5, size_bytes = $6,
              version = version + 1, updated_at = now()
        WHERE decision_id = $1`,
      [row.decisionId, row.language, row.templateVersion, row.sha256, row.content, row.content.length],
    );
  }

  /**
   * Everything the letter of a decision cites, in one statement (a letter job runs it for every
   * letter, e.g. a thousand when a call's letters are regenerated), reading only the snapshot
   * fields the letter cites; undefined for an unknown decision.
   */
  async findLetterData(manager: EntityManager, decisionId: string): Promise<LetterDataRow | undefined> {
    const [row] = (await manager.query(LETTER_DATA_SQL, [decisionId])) as RawLetterDataRow[];
    if (!row) return undefined;
    return {
      ...row,
      granted_cents: cents(row.granted_cents),
      funding_rate_pct: decimal(row.funding_rate_pct),
      eligible_costs_cents: cents(row.eligible_costs_cents) as number,
      requested_cents: cents(row.requested_cents) as number,
      evaluation_score: decimal(row.evaluation_score),
    };
  }

  async callExists(manager: EntityManager, callId: string): Promise<boolean> {
    const rows = (await manager.query('SELECT 1 FROM call WHERE id = $1', [callId])) as unknown[];
    return rows.length > 0;
  }

  /** The ids of the decisions of a call, oldest first. */
  async decisionIdsOfCall(manager: EntityManager, callId: string): Promise<string[]> {
    const decisions = await manager.find(Decision, {
      where: { callId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return decisions.map((d) => d.id);
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

/** bigint and numeric columns come as text, converted in `findLetterData`. */
type RawLetterDataRow = Omit<
  LetterDataRow,
  'granted_cents' | 'funding_rate_pct' | 'eligible_costs_cents' | 'requested_cents' | 'evaluation_score'
> & {
  granted_cents: string | null;
  funding_rate_pct: string | null;
  eligible_costs_cents: string;
  requested_cents: string;
  evaluation_score: string | null;
};

/** Everything a letter cites, by the decision id; LEFT JOINs, so that a missing row is named. */
const LETTER_DATA_SQL = `
  SELECT d.id AS decision_id, d.outcome, d.granted_cents::text, d.funding_rate_pct::text,
         d.eligible_costs_cents::text, d.requested_cents::text, d.motivation, d.decided_on::text,
         d.evaluation_score::text, d.evaluation_rank, d.evaluation_thresholds_met,
         a.id AS application_id, a.reference, a.language, a.snapshot IS NOT NULL AS has_snapshot,
         a.snapshot ->> 'title' AS title, a.snapshot ->> 'acronym' AS acronym,
         a.snapshot ->> 'submittedAt' AS submitted_at, a.snapshot ->> 'startDate' AS start_date,
         a.snapshot ->> 'endDate' AS end_date,
         c.title AS call_title, c.year AS call_year,
         p.name AS programme_name, p.legal_basis, p.aid_basis,
         p.rules -> 'advancePaymentPct' AS advance_payment_pct,
         o.name AS coordinator_name, o.street, o.postal_code, o.city, o.country,
         u.full_name AS contact_name
    FROM decision d
    LEFT JOIN application a ON a.id = d.application_id
    LEFT JOIN call c ON c.id = a.call_id
    LEFT JOIN programme p ON p.id = c.programme_id
    LEFT JOIN LATERAL (
      SELECT organisation_id FROM application_partner
       WHERE application_id = a.id AND role = 'coordinator' LIMIT 1
    ) coordinator ON true
    LEFT JOIN organisation o ON o.id = coordinator.organisation_id
    LEFT JOIN app_user u ON u.id = a.created_by
   WHERE d.id = $1`;

/** bigint money as the entities read it (CENTS_TRANSFORMER): a safe integer. */
function cents(value: string | null): number | null {
  return CENTS_TRANSFORMER.from(value) as number | null;
}

/** numeric percentages and scores as the entities read them. */
function decimal(value: string | null): number | null {
  return value === null ? null : Number(value);
}
