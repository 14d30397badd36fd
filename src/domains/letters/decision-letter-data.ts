import type { EntityManager } from 'typeorm';

export type LetterLanguage = 'nl' | 'en';

/** Everything a decision letter says: built by the decisions module, rendered by `renderDecisionLetter`. */
export interface DecisionLetterData {
  language: LetterLanguage;
  decisionId: string;
  applicationId: string;
  /** The decision date, `YYYY-MM-DD`: the letter's date, and the PDF's creation date. */
  letterDate: string;
  /** The application's reference, e.g. `IVB-2026-004`. */
  reference: string;
  applicationTitle: string;
  acronym?: string;
  /** `YYYY-MM-DD` */
  submissionDate: string;
  call: { title: string; year: number };
  programme: {
    name: string;
    /** The programme's regulation, e.g. "het reglement van de provincieraad van 16 mei 2017 …". */
    legalBasis: string;
  };
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
  /** Granted ÷ eligible costs, in percent (e.g. 50 or 37.5). */
  fundingRatePct: number;
  project: { startDate: string; endDate: string };
  /** The evaluation result; without one (no reviews), the sentences that cite the score are left out. */
  evaluation?: { score: number; rank?: number; thresholdMet: boolean };
  /** The decision's motivation: the reasons of an approval, the grounds of a refusal. */
  motivation: string;
  payment?: { advancePct: number; advanceCents: number; balanceCents: number };
  deMinimis?: { applies: boolean; regulation: string };
  signatory: { name: string; function: string };
}

/**
 * Loads the data of one decision's letter from the database. The decisions module implements it
 * and registers it under `DECISION_LETTER_DATA_LOADER` as a provider of its own module:
 * `{ provide: DECISION_LETTER_DATA_LOADER, useClass: DecisionLetterDataLoaderImpl }`.
 * The letters job looks it up at run time in the whole app, so no other wiring is needed; without
 * one the app still starts, and letter jobs fail visibly (GET /api/jobs/failed) until it exists.
 */
export interface DecisionLetterDataLoader {
  /** Throws `DomainError.notFound` for an unknown decision. Runs in the letter job's transaction. */
  load(manager: EntityManager, decisionId: string): Promise<DecisionLetterData>;
}

export const DECISION_LETTER_DATA_LOADER = Symbol('DECISION_LETTER_DATA_LOADER');
