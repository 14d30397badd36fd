import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CENTS_TRANSFORMER } from '../../kernel/db/columns.js';
import { DomainError } from '../../kernel/errors.js';
import type { DecisionLetterData, DecisionLetterDataLoader, LetterLanguage } from './decision-letter-data.js';
import { regulationOn } from '../state-aid/de-minimis.js';
import type { DecisionOutcome } from '../decisions/decision.entity.js';
import { advanceAmount } from '../payments/payments.js';

/** Who signs decision letters on behalf of the deputation (the deputy for the economy). */
export const LETTER_SIGNATORY = {
  name: 'Ann Schevenels',
  function: { nl: 'gedeputeerde voor Economie', en: 'Deputy for the Economy' },
} as const;

const REGULATION_TITLES: Record<'2023/2831' | '1407/2013', { nl: string; en: string }> = {
  '2023/2831': {
    nl: 'Verordening (EU) 2023/2831 van de Commissie van 13 december 2023',
    en: 'Commission Regulation (EU) 2023/2831 of 13 December 2023',
  },
  '1407/2013': {
    nl: 'Verordening (EU) nr. 1407/2013 van de Commissie van 18 december 2013',
    en: 'Commission Regulation (EU) No 1407/2013 of 18 December 2013',
  },
};

const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Builds the data of a decision letter from the decision tables (registered as
 * `DECISION_LETTER_DATA_LOADER`; the `decision-letter` job calls it in its own transaction):
 * the application as submitted (its snapshot), the coordinator and its address, the call and the
 * programme's legal basis, the decision, the payment schedule of an approval and the de minimis
 * statement where the programme grants de minimis aid.
 *
 * One query (a letter job runs it for every letter, e.g. a thousand when a call's letters are
 * regenerated), reading only the snapshot fields the letter cites.
 */
@Injectable()
export class DecisionLetterDataLoaderImpl implements DecisionLetterDataLoader {
  async load(manager: EntityManager, decisionId: string): Promise<DecisionLetterData> {
    const [row] = (await manager.query(LETTER_DATA_SQL, [decisionId])) as LetterDataRow[];
    if (!row) throw DomainError.notFound('Decision', decisionId);
    const missing = (what: string) => new Error(`${what} of decision ${decisionId} not found`);
    if (row.application_id === null) throw missing('Application');
    if (!row.has_snapshot) throw new Error(`Decided application ${row.application_id} has no snapshot`);
    if (row.call_title === null || row.call_year === null) throw missing('Call');
    if (row.programme_name === null || row.legal_basis === null || row.aid_basis === null) {
      throw missing('Programme');
    }
    if (row.coordinator_name === null) throw missing('Coordinator');

    const language = row.language;
    const outcome = row.outcome;
    const approved = outcome === 'approved';
    const grantedCents = cents(row.granted_cents) ?? 0;
    const advancePct = row.advance_payment_pct ?? undefined;
    const advanceCents = approved ? advanceAmount(grantedCents, advancePct as number) : 0;
    const evaluationScore = decimal(row.evaluation_score);

    return {
      language,
      decisionId: row.decision_id,
      applicationId: row.application_id,
      letterDate: row.decided_on,
      reference: row.reference,
      applicationTitle: row.title,
      ...(row.acronym ? { acronym: row.acronym } : {}),
      submissionDate: BRUSSELS_DATE.format(new Date(row.submitted_at)),
      call: { title: row.call_title, year: row.call_year },
      programme: { name: row.programme_name, legalBasis: row.legal_basis },
      addressee: {
        name: row.coordinator_name,
        addressLines: addressLines(row),
        contactPerson: row.contact_name ?? row.coordinator_name,
      },
      outcome,
      grantedCents,
      requestedCents: cents(row.requested_cents) as number,
      eligibleCostsCents: cents(row.eligible_costs_cents) as number,
      fundingRatePct: decimal(row.funding_rate_pct) ?? 0,
      project: { startDate: row.start_date, endDate: row.end_date },
      motivation: row.motivation,
      ...(evaluationScore !== null
        ? {
            evaluation: {
              score: evaluationScore,
              ...(row.evaluation_rank !== null ? { rank: row.evaluation_rank } : {}),
              thresholdMet: row.evaluation_thresholds_met === true,
            },
          }
        : {}),
      ...(approved && advancePct !== undefined && advancePct > 0
        ? { payment: { advancePct, advanceCents, balanceCents: grantedCents - advanceCents } }
        : {}),
      ...(approved && row.aid_basis === 'de_minimis'
        ? {
            deMinimis: {
              applies: true,
              regulation: REGULATION_TITLES[regulationOn(row.decided_on)][language],
            },
          }
        : {}),
      signatory: { name: LETTER_SIGNATORY.name, function: LETTER_SIGNATORY.function[language] },
    };
  }
}

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

interface LetterDataRow {
  decision_id: string;
  outcome: DecisionOutcome;
  granted_cents: string | null;
  funding_rate_pct: string | null;
  eligible_costs_cents: string;
  requested_cents: string;
  motivation: string;
  decided_on: string;
  evaluation_score: string | null;
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

/** bigint money as the entities read it (CENTS_TRANSFORMER): a safe integer. */
function cents(value: string | null): number | null {
  return CENTS_TRANSFORMER.from(value) as number | null;
}

/** numeric percentages and scores as the entities read them. */
function decimal(value: string | null): number | null {
  return value === null ? null : Number(value);
}

function addressLines(o: Pick<LetterDataRow, 'street' | 'postal_code' | 'city' | 'country'>): string[] {
  const lines: string[] = [];
  if (o.street) lines.push(o.street);
  const city = [o.postal_code, o.city].filter(Boolean).join(' ');
  if (city) lines.push(city);
  if (o.country && o.country !== 'BE') lines.push(o.country);
  return lines;
}
