/**
 * The eligibility rules of an application and the figures they rest on (SPEC.md §2, §4).
 * Pure functions: no database, no clock ("now" is passed in). The decisions module reuses
 * `computeFigures` to cap grants and `eligibleCostsByOrganisation` to split them over partners.
 */
import { formatBrusselsMoment } from '../../kernel/clock.js';
import type { RuleViolation } from '../../kernel/errors.js';
import { formatEuro, percentOfCents } from '../../kernel/money.js';
import type { OrganisationKind } from '../organisations/organisation.entity.js';
import {
  callStatus,
  COST_CATEGORIES,
  lastOpenMoment,
  type ProgrammeRules,
} from '../programmes/programme-rules.js';

export const ELIGIBILITY_RULES = [
  'requested_positive',
  'min_partners',
  'distinct_partners',
  'one_coordinator',
  'cluster',
  'cost_categories',
  'max_grant',
  'max_funding_rate',
  'project_dates',
  'call_open',
  'required_documents',
  'documents_scanned',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export interface CostInput {
  category: string;
  amountCents: number;
}

export interface PartnerInput {
  organisationId: string;
  role: 'coordinator' | 'partner';
  costs: readonly CostInput[];
}

/** What the rules need to know of an organisation. */
export interface OrganisationFacts {
  kind: OrganisationKind;
  /**
   * A large enterprise belongs to its single undertaking (linked as parent, subsidiary or linked
   * enterprise): then it is no SME for the rate, whatever it declared (Commission Recommendation
   * 2003/361/EC, Annex art. 3 and 6). Absent (snapshots before issue #18): not known, not linked.
   */
  linkedToLargeEnterprise?: boolean;
  /** A key shared by the organisations of one single undertaking; absent: its own. */
  undertaking?: string;
}

export type OrganisationsById = ReadonlyMap<string, OrganisationFacts>;

export interface Figures {
  totalCostsCents: number;
  eligibleCostsCents: number;
  /** The rate that applies: the SME rate when a partner is an SME, else the lower one. */
  maxFundingRatePct: number;
  /** min(programme cap, rate × eligible costs). */
  maxGrantCents: number;
  requestedCents: number;
}

export interface EligibilityVerdict {
  ok: boolean;
  violations: (RuleViolation & { rule: EligibilityRule })[];
}

export interface EligibilityInput {
  rules: ProgrammeRules;
  partners: readonly PartnerInput[];
  requestedCents: number;
  organisationsById: OrganisationsById;
  cluster: string;
  startDate: string;
  endDate: string;
  /** Give the call window and "now" to check that the call is open; leave out to skip that rule. */
  callWindow?: { opensAt: Date; closesAt: Date; now: Date };
  /** The application's documents; leave out (the calculator) to skip the document rules. */
  documents?: readonly DocumentInput[];
}

/** What the document rules need to know of an attached document. */
export interface DocumentInput {
  kind: string;
  organisationId: string | null;
  scanStatus: 'pending' | 'clean' | 'unscanned';
}

export function isEligibleCategory(rules: ProgrammeRules, category: string): boolean {
  return (rules.eligibleCostCategories as readonly string[]).includes(category);
}

/** An SME for the funding rate: of kind `sme` and not linked to a large enterprise. */
export function isSmeForRate(facts: OrganisationFacts | undefined): boolean {
  return facts?.kind === 'sme' && facts.linkedToLargeEnterprise !== true;
}

/** True when at least one partner is an SME for the rate. */
export function hasSme(partners: readonly PartnerInput[], organisationsById: OrganisationsById): boolean {
  return partners.some((p) => isSmeForRate(organisationsById.get(p.organisationId)));
}

/**
 * The distinct single undertakings of a consortium: a parent and its subsidiary are one partner for
 * `min_partners`, however many organisations they register.
 */
export function distinctUndertakings(
  partners: readonly PartnerInput[],
  organisationsById: OrganisationsById,
): number {
  return new Set(
    partners.map((p) => organisationsById.get(p.organisationId)?.undertaking ?? p.organisationId),
  ).size;
}

/** Eligible costs per organisation (investment and other non-eligible categories left out). */
export function eligibleCostsByOrganisation(
  rules: ProgrammeRules,
  partners: readonly PartnerInput[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of partners) {
    const eligible = p.costs
      .filter((c) => isEligibleCategory(rules, c.category))
      .reduce((sum, c) => sum + c.amountCents, 0);
    out.set(p.organisationId, (out.get(p.organisationId) ?? 0) + eligible);
  }
  return out;
}

export function computeFigures(
  rules: ProgrammeRules,
  partners: readonly PartnerInput[],
  requestedCents: number,
  organisationsById: OrganisationsById,
): Figures {
  let totalCostsCents = 0;
  let eligibleCostsCents = 0;
  for (const p of partners) {
    for (const c of p.costs) {
      totalCostsCents += c.amountCents;
      if (isEligibleCategory(rules, c.category)) eligibleCostsCents += c.amountCents;
    }
  }
  const maxFundingRatePct = hasSme(partners, organisationsById)
    ? rules.maxFundingRatePct
    : rules.maxFundingRateWithoutSmePct;
  const maxGrantCents = Math.min(rules.maxGrantCents, percentOfCents(eligibleCostsCents, maxFundingRatePct));
  return { totalCostsCents, eligibleCostsCents, maxFundingRatePct, maxGrantCents, requestedCents };
}

/** Runs every rule and lists every violation (never stops at the first). */
export function evaluateEligibility(input: EligibilityInput): EligibilityVerdict {
  const { rules, partners, requestedCents, organisationsById } = input;
  const figures = computeFigures(rules, partners, requestedCents, organisationsById);
  const violations: EligibilityVerdict['violations'] = [];
  const fail = (rule: EligibilityRule, message: string) => violations.push({ rule, message });

  if (requestedCents <= 0) fail('requested_positive', 'The requested amount must be more than € 0,00');

  const ids = partners.map((p) => p.organisationId);
  const distinct = new Set(ids);
  const undertakings = distinctUndertakings(partners, organisationsById);
  if (undertakings < rules.minPartners) {
    fail(
      'min_partners',
      undertakings < distinct.size
        ? `A project needs at least ${rules.minPartners} independent partners; this one has ${undertakings}: linked organisations (parent, subsidiary, linked enterprise) form one single undertaking`
        : `A project needs at least ${rules.minPartners} different organisations; this one has ${distinct.size}`,
    );
  }
  if (distinct.size !== ids.length) {
    fail('distinct_partners', 'An organisation takes part only once in a consortium');
  }
  const coordinators = partners.filter((p) => p.role === 'coordinator').length;
  if (coordinators !== 1) {
    fail('one_coordinator', `A consortium has exactly one coordinator; this one has ${coordinators}`);
  }

  if (!rules.clusters.includes(input.cluster)) {
    fail('cluster', `The cluster must be one of: ${rules.clusters.join(', ')}`);
  }

  const unknown = [
    ...new Set(partners.flatMap((p) => p.costs.map((c) => c.category)).filter((c) => !isKnownCategory(c))),
  ];
  if (unknown.length > 0) {
    fail(
      'cost_categories',
      `Unknown cost categories: ${unknown.join(', ')}; known are ${COST_CATEGORIES.join(', ')}`,
    );
  }

  if (requestedCents > rules.maxGrantCents) {
    fail(
      'max_grant',
      `The requested ${formatEuro(requestedCents)} is more than the maximum grant of ${formatEuro(rules.maxGrantCents)} per project`,
    );
  }
  const rateCap = percentOfCents(figures.eligibleCostsCents, figures.maxFundingRatePct);
  if (requestedCents > rateCap) {
    const why = hasSme(partners, organisationsById)
      ? ''
      : partners.some((p) => organisationsById.get(p.organisationId)?.kind === 'sme')
        ? ' (no SME takes part: an SME linked to a large enterprise does not count as one)'
        : ' (no SME takes part)';
    fail(
      'max_funding_rate',
      `The requested ${formatEuro(requestedCents)} is more than ${figures.maxFundingRatePct} %${why} of the eligible costs of ${formatEuro(figures.eligibleCostsCents)}: at most ${formatEuro(rateCap)}`,
    );
  }

  if (!(input.startDate < input.endDate)) {
    fail('project_dates', 'The project must end after it starts');
  }

  if (input.callWindow) {
    const status = callStatus(input.callWindow, input.callWindow.now);
    if (status !== 'open') {
      fail(
        'call_open',
        status === 'upcoming'
          ? `The call opens on ${formatBrusselsMoment(input.callWindow.opensAt)}`
          : `The call closed on ${formatBrusselsMoment(lastOpenMoment(input.callWindow.closesAt))}`,
      );
    }
  }

  if (input.documents) {
    const missing = missingDocuments(rules, partners, input.documents);
    if (missing.length > 0) {
      fail('required_documents', `Required annexes are missing: ${missing.join('; ')}`);
    }
    const pending = input.documents.filter((d) => d.scanStatus === 'pending').length;
    if (pending > 0) {
      fail('documents_scanned', `${pending} document(s) are still being scanned for viruses`);
    }
  }

  return { ok: violations.length === 0, violations };
}

/**
 * The required annexes not yet attached, as applicants read them: the label, and for an annex per
 * partner the organisations that lack it. A document still being scanned does not count.
 */
export function missingDocuments(
  rules: ProgrammeRules,
  partners: readonly PartnerInput[],
  documents: readonly DocumentInput[],
): string[] {
  const ready = documents.filter((d) => d.scanStatus !== 'pending');
  const missing: string[] = [];
  for (const required of rules.requiredDocuments ?? []) {
    const ofKind = ready.filter((d) => d.kind === required.kind);
    if (required.perPartner) {
      const lacking = [...new Set(partners.map((p) => p.organisationId))].filter(
        (id) => !ofKind.some((d) => d.organisationId === id),
      );
      if (lacking.length > 0) {
        missing.push(`${required.label} (${required.kind}) for organisation(s) ${lacking.join(', ')}`);
      }
    } else if (ofKind.length === 0) {
      missing.push(`${required.label} (${required.kind})`);
    }
  }
  return missing;
}

function isKnownCategory(category: string): boolean {
  return (COST_CATEGORIES as readonly string[]).includes(category);
}
