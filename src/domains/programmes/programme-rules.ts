/**
 * The rules of a programme (SPEC.md §2 and §4). The defaults are those of the provincial
 * innovation subsidy ("Innovatiesubsidie Vlaams-Brabant", provincial council 16 May 2017).
 * Pure: no database, no clock.
 */
import { brusselsDate, brusselsMidnight } from '../../kernel/clock.js';

/** Every cost category the system knows. Which ones are eligible is a rule of the programme. */
export const COST_CATEGORIES = ['staff', 'operating', 'subcontracting', 'investment'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** The Smart Hub Vlaams-Brabant clusters. */
export const SMART_HUB_CLUSTERS = ['health', 'food', 'logistics', 'cleantech', 'creativity', 'sports_tech'];

export const AID_BASES = ['de_minimis', 'gber', 'none'] as const;

/**
 * How the final report settles a grant (issue #18):
 * - `proportional`: the decision's effective rate (granted ÷ eligible costs at the decision) on the
 *   actual eligible costs: min(granted, ⌊granted × actual eligible ÷ eligible at the decision⌋);
 * - `rate_cap`: the grant stands as long as the maximum rate of the actual eligible costs and the
 *   programme's cap allow it: min(granted, ⌊max rate × actual eligible⌋, max grant).
 */
export const SETTLEMENT_RULES = ['proportional', 'rate_cap'] as const;
export type SettlementRule = (typeof SETTLEMENT_RULES)[number];
export type AidBasis = (typeof AID_BASES)[number];

/** An annex the programme requires before submission: one of its kind, or one per partner. */
export interface RequiredDocument {
  /** The document kind an upload must carry, e.g. `partnership_agreement`. */
  kind: string;
  /** What applicants read, e.g. "Samenwerkingsovereenkomst". */
  label: string;
  /** One for every partner organisation (uploaded with its `organisationId`) instead of one in all. */
  perPartner?: boolean;
}

export interface ProgrammeRules {
  /** Highest grant per project. */
  maxGrantCents: number;
  /** Highest share of the eligible costs when at least one partner is an SME. */
  maxFundingRatePct: number;
  /** Highest share of the eligible costs when no partner is an SME. */
  maxFundingRateWithoutSmePct: number;
  /** Fewest distinct organisations in a consortium. */
  minPartners: number;
  eligibleCostCategories: CostCategory[];
  clusters: string[];
  /** Share of the grant paid in advance after approval. */
  advancePaymentPct: number;
  /** Months after the project's end date within which the final report is due. */
  finalReportMonths: number;
  /** Annexes an application must carry to be submitted (rule `required_documents`). */
  requiredDocuments: RequiredDocument[];
  /** How the final report settles the grant; the decision letter states it. */
  settlement: SettlementRule;
}

export const DEFAULT_PROGRAMME_RULES: Readonly<ProgrammeRules> = Object.freeze<ProgrammeRules>({
  maxGrantCents: 15_000_000,
  maxFundingRatePct: 50,
  maxFundingRateWithoutSmePct: 40,
  minPartners: 2,
  eligibleCostCategories: ['staff', 'operating', 'subcontracting'],
  clusters: [...SMART_HUB_CLUSTERS],
  advancePaymentPct: 50,
  finalReportMonths: 3,
  requiredDocuments: [],
  settlement: 'proportional',
});

/** The defaults with the given fields overridden. */
export function resolveProgrammeRules(overrides: Partial<ProgrammeRules> = {}): ProgrammeRules {
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([, v]) => v !== undefined),
  ) as Partial<ProgrammeRules>;
  return {
    ...DEFAULT_PROGRAMME_RULES,
    eligibleCostCategories: [...DEFAULT_PROGRAMME_RULES.eligibleCostCategories],
    clusters: [...DEFAULT_PROGRAMME_RULES.clusters],
    requiredDocuments: [],
    ...defined,
  };
}

export const CALL_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/**
 * A call closes at the end of its closing day, Brussels time: its exclusive end (`closesAt`) is the
 * next day at 00:00 Europe/Brussels, whatever the season (issue #18, item 10).
 */
export function callEndOf(closesOn: string): Date {
  const next = new Date(`${closesOn}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return brusselsMidnight(next.toISOString().slice(0, 10));
}

/**
 * The closing day named by a moment given as `closesAt`: the Brussels day of the last moment before it
 * (so `2026-10-15T23:59:59+02:00` and `2026-10-16T00:00:00+02:00` both name 15 October).
 */
export function closingDayOf(closesAt: Date): string {
  return brusselsDate(new Date(closesAt.getTime() - 1));
}

/** The last whole minute a call is open, for messages: `15 October 2026 at 23:59`. */
export function lastOpenMoment(closesAt: Date): Date {
  return new Date(closesAt.getTime() - 60_000);
}

/** A call is open from `opensAt` (included) until `closesAt` (excluded). */
export function callStatus(window: { opensAt: Date; closesAt: Date }, now: Date): CallStatus {
  if (now.getTime() < window.opensAt.getTime()) return 'upcoming';
  if (now.getTime() >= window.closesAt.getTime()) return 'closed';
  return 'open';
}
