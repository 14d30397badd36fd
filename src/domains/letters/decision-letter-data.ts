import type { EntityManager } from 'typeorm';

export type LetterLanguage = 'nl' | 'en';

/** What a letter decides: the decision on the application, or the decision on its final grant. */
export type LetterSubject = 'decision' | 'final_grant';
export type LetterKind = 'act' | 'translation' | 'final_grant_act' | 'final_grant_translation';

/** The Dutch letter is the act; the English one its courtesy translation. */
export function letterKind(subject: LetterSubject, language: LetterLanguage): LetterKind {
  const kind = language === 'nl' ? 'act' : 'translation';
  return subject === 'final_grant' ? `final_grant_${kind}` : kind;
}

/** A refusal ground as printed: the criterion resolved to its label. Money in cents. */
export type LetterRefusalGround =
  | { type: 'below_threshold'; criterion: string; score: number; threshold: number }
  | {
      type: 'below_funding_line';
      budgetCents: number;
      committedAboveCents: number;
      availableCents: number;
      requestedCents: number;
    }
  | { type: 'ineligible'; rule: string }
  | { type: 'other'; text: string };

/** Everything a decision letter says, in one language: built by the loader, rendered by `renderDecisionLetter`. */
export interface DecisionLetterData {
  language: LetterLanguage;
  /** `act`: the Dutch letter, the decision itself; `translation`: the English courtesy translation. */
  kind: 'act' | 'translation';
  /**
   * The decision on the final grant (a grant lowered after the final report): then `decisionNumber`,
   * `decisionDate`, `decidingBody`, `delegationReference` and `signatories` are those of this new
   * decision, and `original` names the decision it amends.
   */
  finalGrant?: {
    original: { decisionNumber: string; decisionDate: string };
    grantedCents: number;
    finalGrantCents: number;
    /** The eligible costs staff accepted in the final report. */
    acceptedEligibleCostsCents: number;
    /** `YYYY-MM-DD` */
    reportSubmittedOn: string;
    settlement: 'proportional' | 'rate_cap';
    /** Paid above the final grant at the acceptance of the final report, to be paid back. */
    recoveryCents: number;
    paymentTermDays: number;
    iban: string | null;
  };
  decisionId: string;
  applicationId: string;
  /** The date of the meeting or signature, `YYYY-MM-DD`. */
  decisionDate: string;
  /** The letter's own dispatch date, `YYYY-MM-DD`: the date in the letter and the PDF's creation date. */
  dispatchDate: string;
  decisionNumber: string;
  decidingBody: 'deputatie' | 'delegated_official';
  delegationReference?: string;
  /** The application's reference, e.g. `IVB-2026-004`. */
  reference: string;
  applicationTitle: string;
  acronym?: string;
  /** `YYYY-MM-DD` */
  submissionDate: string;
  /** Names in the letter's language (a Dutch name without translation is quoted as a proper name). */
  call: { title: string; year: number };
  programme: { name: string };
  /** The legal citations as they stood at decision time, in the letter's language. */
  legalBasis: { instrument: string; date: string; title: string; article: string }[];
  addressee: {
    /** The coordinator (organisation) the letter goes to. */
    name: string;
    addressLines: string[];
    contactPerson: string;
  };
  outcome: 'approved' | 'rejected';
  /** Granted amount; 0 for a rejection. */
  grantedCents: number;
  requestedCents: number;
  eligibleCostsCents: number;
  /** Granted ÷ eligible costs, in percent, rounded down (rate × costs never exceeds the grant). */
  fundingRatePct: number;
  /** The highest rate that applies to the consortium: the cap of a `rate_cap` settlement. */
  maxFundingRatePct: number;
  project: { startDate: string; endDate: string };
  /** The evaluation result; without one (no reviews), the sentences that cite the score are left out. */
  evaluation?: {
    score: number;
    rank?: number;
    thresholdMet: boolean;
    /** The experts' mean per criterion. */
    criteria: { label: string; mean: number; maxScore: number; threshold?: number }[];
    /** When a consensus replaced the experts' mean. */
    consensus?: { meanScore: number; justification: string; panelMembers: string[]; panelDate: string };
  };
  /** The decision's motivation. */
  motivation: string;
  refusalGrounds: LetterRefusalGround[];
  derogationReason?: string;
  /** The conditions of an approval, from the programme's rules. */
  conditions?: {
    eligibleCategories: string[];
    settlement: 'proportional' | 'rate_cap';
    reportDeadline: string;
    iban: string | null;
    paymentTermDays: number;
  };
  payment?: { advancePct: number; advanceCents: number; balanceCents: number };
  /** The de minimis notice (Art. 6(1) Regulation (EU) 2023/2831), one annex per partner receiving aid. */
  deMinimis?: {
    regulationTitle: string;
    ojReference: string;
    ceilingCents: number;
    partners: { name: string; enterpriseNumber: string; amountCents: number }[];
  };
  signatories: { name: string; function: string }[];
  /** For a translation: the Dutch act it translates. */
  original?: { sha256: string; version: number };
}

/**
 * Loads the data of one decision's letter in one language from the database. The letters module
 * registers `DecisionLetterDataLoaderImpl` under `DECISION_LETTER_DATA_LOADER`.
 */
export interface DecisionLetterDataLoader {
  /** The languages the decision's letters are made in: `nl` (the act), plus `en` for an English application. */
  languages(manager: EntityManager, decisionId: string): Promise<LetterLanguage[]>;
  /**
   * Throws `DomainError.notFound` for an unknown decision. Runs in the letter job's transaction.
   * `subject` `final_grant`: the letter of the decision on the final grant.
   */
  load(
    manager: EntityManager,
    decisionId: string,
    language: LetterLanguage,
    dispatchDate: string,
    subject?: LetterSubject,
  ): Promise<DecisionLetterData>;
}

export const DECISION_LETTER_DATA_LOADER = Symbol('DECISION_LETTER_DATA_LOADER');
