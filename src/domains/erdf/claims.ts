/**
 * ERDF payment claims (SPEC.md §2): reporting periods, the 15 % office flat rate on direct staff
 * costs and the ERDF share. Pure functions; money in integer cents, dates `YYYY-MM-DD`.
 *
 * Rounding: per partner, the flat rate is 15 % of the partner's claimed staff costs and the ERDF
 * amount is the ERDF rate of (claimed expenses + flat rate), each rounded towards zero to the cent
 * (`percentOfCents`), so that the claim never asks more than the rate allows. The claim's totals are
 * the sums of the partners' rounded figures.
 */
import { percentOfCents } from '../../kernel/money.js';
import type { ExpenseCategory } from './eligibility.js';

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
  /** ERDF rate × `eligibleCents`, rounded towards zero. */
  erdfCents: number;
}

export interface PartnerClaimFigures extends ClaimFigures {
  partnerOrganisationId: string;
}

/** The figures of one partner's share of a claim. */
export function partnerClaimFigures(expenses: readonly ClaimExpense[], erdfRatePct: number): ClaimFigures {
  let expensesCents = 0;
  let staffCents = 0;
  for (const e of expenses) {
    expensesCents += e.amountCents;
    if (e.category === 'staff') staffCents += e.amountCents;
  }
  const flatRateCents = percentOfCents(staffCents, OFFICE_FLAT_RATE_PCT);
  const eligibleCents = expensesCents + flatRateCents;
  return {
    expensesCents,
    staffCents,
    flatRateCents,
    eligibleCents,
    erdfCents: percentOfCents(eligibleCents, erdfRatePct),
  };
}

/** A claim's figures per partner (sorted by organisation id, for a stable order) and in total. */
export function computeClaim(
  expenses: readonly ClaimExpense[],
  erdfRatePct: number,
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
      ...partnerClaimFigures(list, erdfRatePct),
    }));
  const totals: ClaimFigures = {
    expensesCents: 0,
    staffCents: 0,
    flatRateCents: 0,
    eligibleCents: 0,
    erdfCents: 0,
  };
  for (const p of partners) {
    totals.expensesCents += p.expensesCents;
    totals.staffCents += p.staffCents;
    totals.flatRateCents += p.flatRateCents;
    totals.eligibleCents += p.eligibleCents;
    totals.erdfCents += p.erdfCents;
  }
  return { partners, totals };
}
