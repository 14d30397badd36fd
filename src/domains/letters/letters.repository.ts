import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CENTS_TRANSFORMER } from '../../kernel/db/columns.js';
import { Decision, type DecisionOutcome, type RefusalGround } from '../decisions/decision.entity.js';
import {
  type LetterKind,
  letterKind,
  type LetterLanguage,
  type LetterSubject,
} from './decision-letter-data.js';

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
  kind: LetterKind;
  supersedesId: string | null;
  dispatchedOn: string;
  createdAt: string;
  updatedAt: string;
}

/** The columns of a letter version that a render sets, with its hash. */
export interface LetterRow {
  applicationId: string;
  decisionId: string;
  language: LetterLanguage;
  subject: LetterSubject;
  templateVersion: string;
  sha256: string;
  content: Buffer;
  version: number;
  supersedesId: string | null;
  dispatchedOn: string;
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
  max_funding_rate_pct: number;
  eligible_costs_cents: number;
  requested_cents: number;
  motivation: string;
  decided_on: string;
  deciding_body: 'deputatie' | 'delegated_official';
  delegation_reference: string | null;
  decision_number: string;
  refusal_grounds: RefusalGround[];
  derogation_reason: string | null;
  evaluation_mean_score: number | null;
  evaluation_criteria: NonNullable<Decision['evaluationCriteria']> | null;
  evaluation_consensus: Decision['evaluationConsensus'];
  decision_legal_basis: Decision['legalBasis'];
  signatories: Decision['signatories'];
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
  call_title_en: string | null;
  call_year: number | null;
  programme_name: string | null;
  programme_name_en: string | null;
  eligible_cost_categories: string[] | null;
  settlement: string | null;
  payment_term_days: number | null;
  iban: string | null;
  legal_basis: string | null;
  aid_basis: string | null;
  advance_payment_pct: number | null;
  coordinator_name: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  contact_name: string | null;
  /** The decision on the final grant (null until a final report lowered the grant). */
  final_decision_number: string | null;
  final_decided_on: string | null;
  final_deciding_body: 'deputatie' | 'delegated_official' | null;
  final_delegation_reference: string | null;
  final_signatories: Decision['signatories'] | null;
  final_grant_cents: number | null;
  report_submitted_at: string | null;
  report_eligible_costs_cents: number | null;
  report_recovered_cents: number | null;
}

const COLUMNS = `id, application_id, decision_id, language, template_version, sha256, size_bytes, version,
                 kind, supersedes_id, dispatched_on::text, created_at, updated_at`;

/** A de minimis aid row of the decision, with the undertaking that receives it. */
export interface DecisionAidRow {
  name: string;
  enterprise_number: string;
  amount_cents: number;
  regulation: string;
}

/** The SQL of decision letters: the `decision_letter` rows and the data a letter cites. */
@Injectable()
export class LettersRepository {
  /** The newest version of a decision's letter in one language; `lock` reads it `FOR UPDATE`. */
  async latest(
    manager: EntityManager,
    decisionId: string,
    language: LetterLanguage,
    subject: LetterSubject = 'decision',
    lock = false,
  ): Promise<StoredLetter | undefined> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM decision_letter WHERE decision_id = $1 AND kind = $2
        ORDER BY version DESC LIMIT 1${lock ? ' FOR UPDATE' : ''}`,
      [decisionId, letterKind(subject, language)],
    )) as RawLetter[];
    return rows[0] ? toStored(rows[0]) : undefined;
  }

  /** Every version of a decision's letters, oldest first. */
  async versions(manager: EntityManager, decisionId: string): Promise<StoredLetter[]> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM decision_letter WHERE decision_id = $1
      ORDER BY kind LIKE 'final_grant%', language DESC, version`,
      [decisionId],
    )) as RawLetter[];
    return rows.map(toStored);
  }

  /** One letter of a decision with its bytes: the newest version in `language`, or the given version. */
  async findContent(
    manager: EntityManager,
    decisionId: string,
    language: LetterLanguage,
    version?: number,
    subject: LetterSubject = 'decision',
  ): Promise<{ letter: StoredLetter; content: Buffer } | undefined> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS}, content FROM decision_letter WHERE decision_id = $1 AND kind = $2
          AND ($3::integer IS NULL OR version = $3)
        ORDER BY version DESC LIMIT 1`,
      [decisionId, letterKind(subject, language), version ?? null],
    )) as (RawLetter & { content: Buffer | Uint8Array })[];
    if (!rows[0]) return undefined;
    return { letter: toStored(rows[0]), content: Buffer.from(rows[0].content) };
  }

  /** Inserts a letter version unless it exists (`ON CONFLICT DO NOTHING`): undefined then. */
  async insertVersion(manager: EntityManager, row: LetterRow): Promise<StoredLetter | undefined> {
    const inserted = (await manager.query(
      `INSERT INTO decision_letter (application_id, decision_id, language, kind, template_version, sha256,
                                    content, size_bytes, version, supersedes_id, dispatched_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (decision_id, kind, version) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        row.applicationId,
        row.decisionId,
        row.language,
        letterKind(row.subject, row.language),
        row.templateVersion,
        row.sha256,
        row.content,
        row.content.length,
        row.version,
        row.supersedesId,
        row.dispatchedOn,
      ],
    )) as RawLetter[];
    return inserted[0] ? toStored(inserted[0]) : undefined;
  }

  /** The de minimis aid recorded by a decision's application (the grantor's own, per undertaking). */
  async aidOfApplication(manager: EntityManager, applicationId: string): Promise<DecisionAidRow[]> {
    const rows = (await manager.query(
      `SELECT o.name, o.enterprise_number, a.amount_cents::text AS amount_cents, a.regulation
         FROM de_minimis_aid a JOIN organisation o ON o.id = a.organisation_id
        WHERE a.application_id = $1 AND a.source = 'internal'
        ORDER BY o.name, a.id`,
      [applicationId],
    )) as (Omit<DecisionAidRow, 'amount_cents'> & { amount_cents: string })[];
    return rows.map((r) => ({ ...r, amount_cents: cents(r.amount_cents) as number }));
  }

  /** The application's language (`en` adds a courtesy translation to the Dutch act). */
  async languageOfDecision(manager: EntityManager, decisionId: string): Promise<LetterLanguage | undefined> {
    const rows = (await manager.query(
      `SELECT a.language FROM decision d JOIN application a ON a.id = d.application_id WHERE d.id = $1`,
      [decisionId],
    )) as { language: LetterLanguage }[];
    return rows[0]?.language;
  }

  /** Locks the call row: regeneration requests of one call queue behind each other. */
  async lockCall(manager: EntityManager, callId: string): Promise<boolean> {
    const rows = (await manager.query('SELECT id FROM call WHERE id = $1 FOR UPDATE', [callId])) as unknown[];
    return rows.length > 0;
  }

  /** The regeneration jobs of a call still waiting or running. */
  async pendingRegenerations(manager: EntityManager, callId: string): Promise<number> {
    const rows = (await manager.query(
      `SELECT count(*)::int AS n FROM job_outbox
        WHERE job_name = 'decision-letter' AND status IN ('pending', 'dispatched')
          AND payload ->> 'callId' = $1 AND (payload ->> 'regenerate')::boolean`,
      [callId],
    )) as { n: number }[];
    return rows[0].n;
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
      max_funding_rate_pct: decimal(row.max_funding_rate_pct) as number,
      eligible_costs_cents: cents(row.eligible_costs_cents) as number,
      requested_cents: cents(row.requested_cents) as number,
      evaluation_score: decimal(row.evaluation_score),
      evaluation_mean_score: decimal(row.evaluation_mean_score),
      final_grant_cents: cents(row.final_grant_cents),
      report_eligible_costs_cents: cents(row.report_eligible_costs_cents),
      report_recovered_cents: cents(row.report_recovered_cents),
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
  kind: LetterKind;
  supersedes_id: string | null;
  dispatched_on: string;
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
    kind: row.kind,
    supersedesId: row.supersedes_id,
    dispatchedOn: row.dispatched_on,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** bigint and numeric columns come as text, converted in `findLetterData`. */
type RawLetterDataRow = Omit<
  LetterDataRow,
  | 'granted_cents'
  | 'funding_rate_pct'
  | 'max_funding_rate_pct'
  | 'eligible_costs_cents'
  | 'requested_cents'
  | 'evaluation_score'
  | 'evaluation_mean_score'
  | 'final_grant_cents'
  | 'report_eligible_costs_cents'
  | 'report_recovered_cents'
> & {
  final_grant_cents: string | null;
  report_eligible_costs_cents: string | null;
  report_recovered_cents: string | null;
  evaluation_mean_score: string | null;
  granted_cents: string | null;
  funding_rate_pct: string | null;
  max_funding_rate_pct: string;
  eligible_costs_cents: string;
  requested_cents: string;
  evaluation_score: string | null;
};

/** Everything a letter cites, by the decision id; LEFT JOINs, so that a missing row is named. */
const LETTER_DATA_SQL = `
  SELECT d.id AS decision_id, d.outcome, d.granted_cents::text, d.funding_rate_pct::text,
         d.max_funding_rate_pct::text,
         d.eligible_costs_cents::text, d.requested_cents::text, d.motivation, d.decided_on::text,
         d.evaluation_score::text, d.evaluation_rank, d.evaluation_thresholds_met,
         d.deciding_body, d.delegation_reference, d.decision_number, d.refusal_grounds, d.derogation_reason,
         d.evaluation_mean_score::text, d.evaluation_criteria, d.evaluation_consensus,
         d.legal_basis AS decision_legal_basis, d.signatories,
         a.id AS application_id, a.reference, a.language, a.snapshot IS NOT NULL AS has_snapshot,
         a.snapshot ->> 'title' AS title, a.snapshot ->> 'acronym' AS acronym,
         a.snapshot ->> 'submittedAt' AS submitted_at, a.snapshot ->> 'startDate' AS start_date,
         a.snapshot ->> 'endDate' AS end_date,
         c.title AS call_title, c.title_en AS call_title_en, c.year AS call_year,
         p.name AS programme_name, p.name_en AS programme_name_en, p.legal_basis, p.aid_basis,
         p.rules -> 'advancePaymentPct' AS advance_payment_pct,
         p.rules -> 'eligibleCostCategories' AS eligible_cost_categories,
         p.rules ->> 'settlement' AS settlement,
         (p.rules ->> 'paymentTermDays')::int AS payment_term_days,
         o.name AS coordinator_name, o.street, o.postal_code, o.city, o.country, o.iban,
         u.full_name AS contact_name,
         d.final_decision_number, d.final_decided_on::text, d.final_deciding_body,
         d.final_delegation_reference, d.final_signatories, d.final_grant_cents::text,
         to_char(fr.submitted_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS report_submitted_at,
         fr.eligible_costs_cents::text AS report_eligible_costs_cents,
         fr.recovered_cents::text AS report_recovered_cents
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
    LEFT JOIN final_report fr ON fr.application_id = a.id AND fr.status = 'accepted'
   WHERE d.id = $1`;

/** bigint money as the entities read it (CENTS_TRANSFORMER): a safe integer. */
function cents(value: string | null): number | null {
  return CENTS_TRANSFORMER.from(value) as number | null;
}

/** numeric percentages and scores as the entities read them. */
function decimal(value: string | null): number | null {
  return value === null ? null : Number(value);
}
