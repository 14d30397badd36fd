import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kernel/errors.js';
import type { DecisionLetterData, DecisionLetterDataLoader } from './decision-letter-data.js';
import { regulationOn } from '../state-aid/de-minimis.js';
import { advanceAmount } from '../payments/payments.js';
import { type LetterDataRow, LettersRepository } from './letters.repository.js';

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
 * One query (`LettersRepository.findLetterData`): a letter job runs it for every letter.
 */
@Injectable()
export class DecisionLetterDataLoaderImpl implements DecisionLetterDataLoader {
  constructor(private readonly repository: LettersRepository) {}

  async load(manager: EntityManager, decisionId: string): Promise<DecisionLetterData> {
    const row = await this.repository.findLetterData(manager, decisionId);
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
    const grantedCents = row.granted_cents ?? 0;
    const advancePct = row.advance_payment_pct ?? undefined;
    const advanceCents = approved ? advanceAmount(grantedCents, advancePct as number) : 0;
    const evaluationScore = row.evaluation_score;

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
      requestedCents: row.requested_cents,
      eligibleCostsCents: row.eligible_costs_cents,
      fundingRatePct: row.funding_rate_pct ?? 0,
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

function addressLines(o: Pick<LetterDataRow, 'street' | 'postal_code' | 'city' | 'country'>): string[] {
  const lines: string[] = [];
  if (o.street) lines.push(o.street);
  const city = [o.postal_code, o.city].filter(Boolean).join(' ');
  if (city) lines.push(city);
  if (o.country && o.country !== 'BE') lines.push(o.country);
  return lines;
}
