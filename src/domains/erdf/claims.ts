/**
 * ERDF payment claims (SPEC.md §2): reporting periods, the 15 % office flat rate on direct staff
 * costs and the ERDF share. Pure functions; money in integer cents, dates `YYYY-MM-DD`.
 *
 * Rounding: per partner, the flat rate is 15 % of the partner's claimed staff costs and the ERDF
 * amount is the ERDF rate of (claimed expenses + flat rate), each rounded down to the cent (a claim of
 * credit notes gives back the full cent), so that the claims never ask more than the rate allows. The claim's totals are
 * the sums of the partners' rounded figures.
 *
 * Caps (issue #18): over all its claims a partner never gets more ERDF than the ERDF rate of its
 * budget, and the project never more than its approved ERDF amount. Per partner, what the rate gives
 * (`uncapped`) is added up over the claims; after a claim the partner has received
 * min(cap, Σ uncapped), so a claim asks the difference with what it received before, and the rest is
 * `erdfCappedCents` (costs accepted, not claimable). A later correction that lowers the costs first
 * gives back what was capped (a negative `erdfCappedCents`), and only then ERDF. Without caps biting,
 * the claim's ERDF is exactly the rate of its own costs.
 */
import { percentOfCents } from '../../kernel/money.js';
import type { ExpenseCategory } from './eligibility.js';

/**
 * `pct` percent of `cents`, rounded down (towards −∞): for a claim of corrections (negative) this gives
 * back the full cent, so that over any sequence of claims Σ ⌊rate × claim⌋ ≤ ⌊rate × Σ claims⌋ and the
 * partner never receives more than the rate of what it spent. Equal to percentOfCents for amounts ≥ 0.
 */
function floorPercentOfCents(cents: number, pct: number): number {
  const product = BigInt(cents) * BigInt(Math.round(pct * 100));
  const quotient = product / 10_000n;
  return Number(product < 0n && product % 10_000n !== 0n ? quotient - 1n : quotient);
}

/** Office and administration costs: 15 % of direct staff costs. */
export const OFFICE_FLAT_RATE_PCT = 15;
/** Progress reports (content and finances) every 4 months. */
export const REPORTING_PERIOD_MONTHS = 4;
/** A payment is due at most 3 months after the payment request. */
export const PAYMENT_DUE_MONTHS = 3;

function parse(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `date` plus `months` calendar months; the day is clamped to the end of a shorter month (30 Nov + 3 → 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parse(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return format(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parse(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export interface Period {
  number: number;
  from: string;
  to: string;
}

/**
 * The reporting periods of a project: consecutive periods of `months` months from the project start,
 * the last one cut at the project end. 1 Jun 2017 – 31 May 2019 gives six periods of four months.
 */
export function reportingPeriods(
  startDate: string,
  endDate: string,
  months = REPORTING_PERIOD_MONTHS,
): Period[] {
  const periods: Period[] = [];
  for (let n = 0; ; n++) {
    const from = addMonths(startDate, n * months);
    if (from > endDate) break;
    const next = addMonths(startDate, (n + 1) * months);
    const to = addDays(next, -1);
    periods.push({ number: n + 1, from, to: to < endDate ? to : endDate });
  }
  return periods;
}

/** The date by which a claim requested on `requestedOn` must be paid. */
export function paymentDueBy(requestedOn: string): string {
  return addMonths(requestedOn, PAYMENT_DUE_MONTHS);
}

export interface ClaimExpense {
  partnerOrganisationId: string;
  category: ExpenseCategory;
  amountCents: number;
}

export interface ClaimFigures {
  /** Claimed expenses (corrections included, so it may be lower than the sum of positive expenses). */
  expensesCents: number;
  /** Direct staff costs among them: the base of the flat rate. */
  staffCents: number;
  /** 15 % of `staffCents`, rounded towards zero. */
  flatRateCents: number;
  /** `expensesCents + flatRateCents`. */
  eligibleCents: number;
  /** ERDF rate × `eligibleCents`, rounded towards zero, then kept under the caps. */
  erdfCents: number;
  /**
   * What the rate gives above the caps: not claimable (0 when no cap bites; negative when a correction
   * gives back what an earlier claim had capped).
   */
  erdfCappedCents: number;
}

/** A partner's standing before a claim: its cap, the ERDF it received, and what the rate gave in all. */
export interface PartnerStanding {
  /** The ERDF rate of its budget, rounded down (`partnerErdfCapCents`). */
  capCents: number;
  /** Σ erdfCents of its earlier claims. */
  claimedCents: number;
  /** Σ (erdfCents + erdfCappedCents) of its earlier claims: what the rate gave before the caps. */
  uncappedCents: number;
}

/**
 * The caps a claim is computed under: each partner's standing, and what is left of the project's
 * approved ERDF amount (approved − Σ claimed). Without caps (unit tests of the rounding) nothing is cut.
 */
export interface ClaimCaps {
  partners: ReadonlyMap<string, PartnerStanding>;
  projectRemainingCents: number;
}

/** The most ERDF a partner may receive over all claims: the ERDF rate of its budget, rounded down. */
export function partnerErdfCapCents(budgetCents: number, erdfRatePct: number): number {
  return percentOfCents(budgetCents, erdfRatePct);
}

export interface PartnerClaimFigures extends ClaimFigures {
  partnerOrganisationId: string;
}

/** The figures of one partner's share of a claim. */
export function partnerClaimFigures(
  expenses: readonly ClaimExpense[],
  erdfRatePct: number,
  officeFlatRate = true,
): ClaimFigures {
  let expensesCents = 0;
  let staffCents = 0;
  for (const e of expenses) {
    expensesCents += e.amountCents;
    if (e.category === 'staff') staffCents += e.amountCents;
  }
  const flatRateCents = officeFlatRate ? floorPercentOfCents(staffCents, OFFICE_FLAT_RATE_PCT) : 0;
  const eligibleCents = expensesCents + flatRateCents;
  return {
    expensesCents,
    staffCents,
    flatRateCents,
    eligibleCents,
    erdfCents: floorPercentOfCents(eligibleCents, erdfRatePct),
    erdfCappedCents: 0,
  };
}

/**
 * A partner's ERDF in a claim under the caps: up to min(cap, Σ uncapped) in all, and never more than
 * what is left of the project's approved amount. A negative result gives ERDF back.
 */
export function cappedErdf(
  uncappedCents: number,
  standing: PartnerStanding,
  projectLeftCents: number,
): number {
  const entitled = Math.min(standing.capCents, standing.uncappedCents + uncappedCents);
  const erdf = entitled - standing.claimedCents;
  return erdf > 0 ? Math.min(erdf, Math.max(0, projectLeftCents)) : erdf;
}

/**
 * A claim's figures per partner (sorted by organisation id, for a stable order) and in total; with
 * `caps`, each partner's ERDF is kept under what is left of its cap and of the project's approved amount.
 * Without the office flat rate (`officeFlatRate: false`) office costs are real expenses (`office_admin`).
 */
export function computeClaim(
  expenses: readonly ClaimExpense[],
  erdfRatePct: number,
  options: { caps?: ClaimCaps; officeFlatRate?: boolean } = {},
): { partners: PartnerClaimFigures[]; totals: ClaimFigures } {
  const byPartner = new Map<string, ClaimExpense[]>();
  for (const e of expenses) {
    const list = byPartner.get(e.partnerOrganisationId) ?? [];
    list.push(e);
    byPartner.set(e.partnerOrganisationId, list);
  }
  const partners = [...byPartner.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([partnerOrganisationId, list]) => ({
      partnerOrganisationId,
      ...partnerClaimFigures(list, erdfRatePct, options.officeFlatRate ?? true),
    }));
  const caps = options.caps;
  if (caps) {
    // Partner caps first, then the project's approved amount, handed out in the (stable) partner order.
    let projectLeft = caps.projectRemainingCents;
    for (const p of partners) {
      const standing = caps.partners.get(p.partnerOrganisationId) ?? {
        capCents: 0,
        claimedCents: 0,
        uncappedCents: 0,
      };
      const uncapped = p.erdfCents;
      p.erdfCents = cappedErdf(uncapped, standing, projectLeft);
      p.erdfCappedCents = uncapped - p.erdfCents;
      projectLeft -= p.erdfCents;
    }
  }
  const totals: ClaimFigures = {
    expensesCents: 0,
    staffCents: 0,
    flatRateCents: 0,
    eligibleCents: 0,
    erdfCents: 0,
    erdfCappedCents: 0,
  };
  for (const p of partners) {
    totals.expensesCents += p.expensesCents;
    totals.staffCents += p.staffCents;
    totals.flatRateCents += p.flatRateCents;
    totals.eligibleCents += p.eligibleCents;
    totals.erdfCents += p.erdfCents;
    totals.erdfCappedCents += p.erdfCappedCents;
  }
  return { partners, totals };
}
