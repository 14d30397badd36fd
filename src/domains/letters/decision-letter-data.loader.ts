import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kernel/errors.js';
import type {
  DecisionLetterData,
  DecisionLetterDataLoader,
  LetterLanguage,
  LetterRefusalGround,
  LetterSubject,
} from './decision-letter-data.js';
import { regulationOn } from '../state-aid/de-minimis.js';
import { advanceAmount } from '../payments/payments.js';
import { type LetterDataRow, LettersRepository } from './letters.repository.js';

/** The de minimis regulations: full title and Official Journal reference, per language (Art. 6(1) 2023/2831). */
export const DE_MINIMIS_REGULATIONS: Record<
  '2023/2831' | '1407/2013',
  { title: Record<LetterLanguage, string>; oj: Record<LetterLanguage, string>; ceilingCents: number }
> = {
  '2023/2831': {
    title: {
      nl: 'Verordening (EU) 2023/2831 van de Commissie van 13 december 2023 betreffende de toepassing van de artikelen 107 en 108 van het Verdrag betreffende de werking van de Europese Unie op de-minimissteun',
      en: 'Commission Regulation (EU) 2023/2831 of 13 December 2023 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid',
    },
    oj: { nl: 'PB L, 2023/2831, 15.12.2023', en: 'OJ L, 2023/2831, 15.12.2023' },
    ceilingCents: 30_000_000,
  },
  '1407/2013': {
    title: {
      nl: 'Verordening (EU) nr. 1407/2013 van de Commissie van 18 december 2013 betreffende de toepassing van de artikelen 107 en 108 van het Verdrag betreffende de werking van de Europese Unie op de-minimissteun',
      en: 'Commission Regulation (EU) No 1407/2013 of 18 December 2013 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid',
    },
    oj: { nl: 'PB L 352 van 24.12.2013, blz. 1', en: 'OJ L 352, 24.12.2013, p. 1' },
    ceilingCents: 20_000_000,
  },
};

const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Months after the project's end within which the final report is due. */
const REPORT_MONTHS = 3;
/** The payment term when the programme sets none. */
const DEFAULT_PAYMENT_TERM_DAYS = 30;

/**
 * Builds the data of a decision letter in one language from the decision tables (registered as
 * `DECISION_LETTER_DATA_LOADER`; the `decision-letter` job calls it in its own transaction): the
 * application as submitted (its snapshot), the coordinator, the call and programme (names per
 * language), the decision as recorded (body, date, number, grounds, evaluation, legal basis and
 * signatories as they stood), the conditions from the programme's rules and the de minimis notice per
 * partner from the recorded aid rows.
 */
@Injectable()
export class DecisionLetterDataLoaderImpl implements DecisionLetterDataLoader {
  constructor(private readonly repository: LettersRepository) {}

  async languages(manager: EntityManager, decisionId: string): Promise<LetterLanguage[]> {
    const language = await this.repository.languageOfDecision(manager, decisionId);
    if (!language) throw DomainError.notFound('Decision', decisionId);
    return language === 'en' ? ['nl', 'en'] : ['nl'];
  }

  async load(
    manager: EntityManager,
    decisionId: string,
    language: LetterLanguage,
    dispatchDate: string,
    subject: LetterSubject = 'decision',
  ): Promise<DecisionLetterData> {
    const row = await this.repository.findLetterData(manager, decisionId);
    if (!row) throw DomainError.notFound('Decision', decisionId);
    const data = await this.fromRow(manager, row, decisionId, language, dispatchDate);
    return subject === 'final_grant' ? finalGrantLetter(data, row, decisionId, language) : data;
  }

  private async fromRow(
    manager: EntityManager,
    row: LetterDataRow,
    decisionId: string,
    language: LetterLanguage,
    dispatchDate: string,
  ): Promise<DecisionLetterData> {
    const missing = (what: string) => new Error(`${what} of decision ${decisionId} not found`);
    if (row.application_id === null) throw missing('Application');
    if (!row.has_snapshot) throw new Error(`Decided application ${row.application_id} has no snapshot`);
    if (row.call_title === null || row.call_year === null) throw missing('Call');
    if (row.programme_name === null || row.aid_basis === null) throw missing('Programme');
    if (row.coordinator_name === null) throw missing('Coordinator');

    const en = language === 'en';
    const outcome = row.outcome;
    const approved = outcome === 'approved';
    const grantedCents = row.granted_cents ?? 0;
    const advancePct = row.advance_payment_pct ?? undefined;
    const advanceCents = approved && advancePct !== undefined ? advanceAmount(grantedCents, advancePct) : 0;
    const criteria = row.evaluation_criteria ?? [];
    const labelOf = (key: string) => criteria.find((c) => c.key === key)?.label ?? key;
    const consensus = row.evaluation_consensus;
    const aid =
      approved && row.aid_basis === 'de_minimis'
        ? await this.repository.aidOfApplication(manager, row.application_id)
        : [];
    const regulation = DE_MINIMIS_REGULATIONS[regulationOn(row.decided_on)];
    const categories = (row.eligible_cost_categories ?? []) as (
      'staff' | 'operating' | 'subcontracting' | 'investment'
    )[];

    return {
      language,
      kind: en ? 'translation' : 'act',
      decisionId: row.decision_id,
      applicationId: row.application_id,
      decisionDate: row.decided_on,
      dispatchDate,
      decisionNumber: row.decision_number,
      decidingBody: row.deciding_body,
      ...(row.delegation_reference ? { delegationReference: row.delegation_reference } : {}),
      reference: row.reference,
      applicationTitle: row.title,
      ...(row.acronym ? { acronym: row.acronym } : {}),
      submissionDate: BRUSSELS_DATE.format(new Date(row.submitted_at)),
      // No Dutch inside English sentences: the English name, or the Dutch one quoted as a proper name.
      // The template says "de oproep …" / "the call …": a title that starts with that word loses it.
      call: {
        title: en
          ? `“${row.call_title_en ? withoutLeadingWord(row.call_title_en, 'call') : withoutLeadingWord(row.call_title, 'oproep')}”`
          : `„${withoutLeadingWord(row.call_title, 'oproep')}”`,
        year: row.call_year,
      },
      programme: {
        name: en
          ? `“${row.programme_name_en ? withoutLeadingWord(row.programme_name_en, 'programme') : withoutLeadingWord(row.programme_name, 'programma')}”`
          : `„${withoutLeadingWord(row.programme_name, 'programma')}”`,
      },
      legalBasis: row.decision_legal_basis.map((c) => ({
        instrument: c.instrument[language],
        date: c.date,
        title: c.title[language],
        article: c.article,
      })),
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
      maxFundingRatePct: row.max_funding_rate_pct,
      project: { startDate: row.start_date, endDate: row.end_date },
      motivation: row.motivation,
      ...(row.evaluation_score !== null
        ? {
            evaluation: {
              score: row.evaluation_score,
              ...(row.evaluation_rank !== null ? { rank: row.evaluation_rank } : {}),
              thresholdMet: row.evaluation_thresholds_met === true,
              criteria: criteria.map((c) => ({
                label: c.label,
                mean: c.mean,
                maxScore: c.maxScore,
                ...(c.threshold !== null ? { threshold: c.threshold } : {}),
              })),
              ...(consensus
                ? {
                    consensus: {
                      meanScore: row.evaluation_mean_score ?? 0,
                      justification: consensus.justification,
                      panelMembers: consensus.panel.members,
                      panelDate: consensus.panel.meetingDate,
                    },
                  }
                : {}),
            },
          }
        : {}),
      refusalGrounds: row.refusal_grounds.map((g): LetterRefusalGround =>
        g.type === 'below_threshold' ? { ...g, criterion: labelOf(g.criterion) } : g,
      ),
      ...(row.derogation_reason ? { derogationReason: row.derogation_reason } : {}),
      ...(approved
        ? {
            conditions: {
              eligibleCategories: categories.map((k) => CATEGORY_NAMES[language][k] ?? k),
              // The money engineer's programme rule (#18); proportional when the programme has none.
              settlement: row.settlement === 'rate_cap' ? ('rate_cap' as const) : ('proportional' as const),
              reportDeadline: addMonths(row.end_date, REPORT_MONTHS),
              iban: row.iban,
              paymentTermDays: row.payment_term_days ?? DEFAULT_PAYMENT_TERM_DAYS,
            },
          }
        : {}),
      ...(approved && advancePct !== undefined && advancePct > 0
        ? { payment: { advancePct, advanceCents, balanceCents: grantedCents - advanceCents } }
        : {}),
      ...(aid.length > 0
        ? {
            deMinimis: {
              regulationTitle: regulation.title[language],
              ojReference: regulation.oj[language],
              ceilingCents: regulation.ceilingCents,
              partners: aid.map((a) => ({
                name: a.name,
                enterpriseNumber: formatKbo(a.enterprise_number),
                amountCents: a.amount_cents,
              })),
            },
          }
        : {}),
      signatories: row.signatories.map((s) => ({ name: s.name, function: s.function[language] })),
    };
  }
}

/**
 * The letter of the decision on the final grant: the decision's data with the new decision's number,
 * date, body and signatories, and the original decision it amends. No conditions and no advance (the
 * grant is settled); the de minimis records follow the lowered grant (see state-aid).
 */
function finalGrantLetter(
  data: DecisionLetterData,
  row: LetterDataRow,
  decisionId: string,
  language: LetterLanguage,
): DecisionLetterData {
  if (
    row.final_decision_number === null ||
    row.final_decided_on === null ||
    row.final_deciding_body === null ||
    row.final_signatories === null ||
    row.final_grant_cents === null ||
    row.granted_cents === null
  ) {
    throw new Error(`Decision ${decisionId} has no decision on its final grant`);
  }
  if (row.report_submitted_at === null || row.report_eligible_costs_cents === null) {
    throw new Error(`The accepted final report of decision ${decisionId} was not found`);
  }
  const { conditions } = data;
  const letter: DecisionLetterData = { ...data };
  delete letter.conditions;
  delete letter.payment;
  delete letter.deMinimis;
  delete letter.delegationReference;
  return {
    ...letter,
    decisionNumber: row.final_decision_number,
    decisionDate: row.final_decided_on,
    decidingBody: row.final_deciding_body,
    ...(row.final_delegation_reference ? { delegationReference: row.final_delegation_reference } : {}),
    signatories: row.final_signatories.map((s) => ({ name: s.name, function: s.function[language] })),
    finalGrant: {
      original: { decisionNumber: row.decision_number, decisionDate: row.decided_on },
      grantedCents: row.granted_cents,
      finalGrantCents: row.final_grant_cents,
      acceptedEligibleCostsCents: row.report_eligible_costs_cents,
      reportSubmittedOn: row.report_submitted_at,
      settlement: conditions?.settlement ?? 'proportional',
      recoveryCents: row.report_recovered_cents ?? 0,
      paymentTermDays: conditions?.paymentTermDays ?? DEFAULT_PAYMENT_TERM_DAYS,
      iban: conditions?.iban ?? null,
    },
  };
}

const CATEGORY_NAMES: Record<LetterLanguage, Record<string, string>> = {
  nl: {
    staff: 'personeelskosten',
    operating: 'werkingskosten',
    subcontracting: 'onderaanneming',
    investment: 'investeringen',
  },
  en: {
    staff: 'staff costs',
    operating: 'operating costs',
    subcontracting: 'subcontracting',
    investment: 'investments',
  },
};

/**
 * `Oproep Innovatiesubsidie 2026` → `Innovatiesubsidie 2026` (for `word` "oproep"), so that "de oproep
 * {{callTitle}}" does not read "de oproep Oproep …". A title that is only that word stays as it is.
 */
export function withoutLeadingWord(title: string, word: string): string {
  const match = new RegExp(`^${word}\\s+(?:[-–:]\\s*)?`, 'i').exec(title.trim());
  return match && match[0].length < title.trim().length ? title.trim().slice(match[0].length) : title.trim();
}

/** `0123456789` → `0123.456.789`. */
function formatKbo(n: string): string {
  const digits = n.replace(/\D/g, '');
  return digits.length === 10 ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : n.trim();
}

/** `YYYY-MM-DD` plus whole months (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

function addressLines(o: Pick<LetterDataRow, 'street' | 'postal_code' | 'city' | 'country'>): string[] {
  const lines: string[] = [];
  if (o.street) lines.push(o.street);
  const city = [o.postal_code, o.city].filter(Boolean).join(' ');
  if (city) lines.push(city);
  if (o.country && o.country !== 'BE') lines.push(o.country);
  return lines;
}
