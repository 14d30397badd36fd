/**
 * De minimis rules, as pure functions (no database): which regulation applies to a grant, which
 * window of earlier aid counts against its ceiling, whether a new aid fits, and how a project's aid
 * is split over its partners.
 *
 * Sources (SPEC.md §2):
 * - Regulation (EU) 2023/2831, for aid granted from 1 January 2024: "The total amount of de minimis aid
 *   granted per Member State to a single undertaking shall not exceed EUR 300 000 over any period of
 *   three years" (Art. 3(2)), assessed on a rolling basis: for each new grant, the aid granted in the
 *   three years before it counts. Aid is granted when the legal right to receive it is conferred on the
 *   undertaking: for the province, the decision date.
 * - Regulation (EU) No 1407/2013, for aid granted up to 31 December 2023: EUR 200 000 "over a period of
 *   three fiscal years" (the fiscal year of the grant and the two before it). We take the fiscal year to
 *   be the calendar year.
 *
 * Choices made here (documented in README.md, "De minimis"):
 * - The window of 2023/2831 is exactly three years ending on the grant date, both days included: for a
 *   grant on 2026-03-15 it is 2023-03-16 … 2026-03-15. Aid granted on the same calendar day three years
 *   earlier (2023-03-15) falls outside; the day after falls inside. For a grant on 29 February, three
 *   years earlier has no 29 February; the window then starts on 1 March.
 * - The ceiling is the one in force on the date of the new grant. Every earlier aid in the window counts
 *   with its full amount, whatever regulation it was granted under: aid granted under 1407/2013 in 2023
 *   counts against the EUR 300 000 of a 2025 grant.
 * - The check looks back from the grant date: aid dated after it is not counted (decisions are dated
 *   today and aid from other grantors cannot be registered with a future date).
 * - Aid under other de minimis regulations (agriculture, fisheries, services of general economic
 *   interest) counts too, with its full amount: the general regulation lets it cumulate with general
 *   de minimis aid only up to the ceiling (conservative for services of general economic interest, whose
 *   own higher ceiling this system does not track).
 */
import { assertCents, splitProportionally } from '../../kernel/money.js';
import type { OrganisationKind } from '../organisations/organisation.entity.js';

/** The regulation an aid was granted under. `other`: another de minimis regulation (agriculture, SGEI…). */
export const DE_MINIMIS_REGULATIONS = ['2023/2831', '1407/2013', 'other'] as const;
export type DeMinimisRegulation = (typeof DE_MINIMIS_REGULATIONS)[number];
/** The general de minimis regulations whose ceiling this system applies to new grants. */
export type DeMinimisRegime = Exclude<DeMinimisRegulation, 'other'>;

/** First grant date under Regulation (EU) 2023/2831. */
export const REGULATION_2023_2831_FROM = '2024-01-01';
export const CEILING_2023_2831_CENTS = 30_000_000;
export const CEILING_1407_2013_CENTS = 20_000_000;

export interface DeMinimisWindow {
  regulation: DeMinimisRegime;
  ceilingCents: number;
  /** First grant date that counts (inclusive). */
  windowStart: string;
  /** Last grant date that counts (inclusive): the date of the new grant. */
  windowEnd: string;
}

export interface DeMinimisAssessment extends DeMinimisWindow {
  /** Aid granted to the single undertaking within the window, before this aid. */
  usedCents: number;
  /** What is left under the ceiling: `max(0, ceiling − used)`. */
  availableCents: number;
  /** The new aid being assessed (0 when only reading the usage). */
  aidCents: number;
  /** How far `used + aid` would pass the ceiling (0 when it fits). */
  excessCents: number;
  /** `used + aid ≤ ceiling`. */
  fits: boolean;
}

export interface AidLike {
  grantedOn: string;
  amountCents: number;
}

/** The regulation, ceiling and window that apply to aid granted on `grantedOn` (`YYYY-MM-DD`). */
export function deMinimisWindow(grantedOn: string): DeMinimisWindow {
  const { year, month, day } = parseDate(grantedOn);
  if (grantedOn >= REGULATION_2023_2831_FROM) {
    // Three years ending on the grant date: the day after the same date three years earlier.
    const earlierDay = Math.min(day, daysInMonth(year - 3, month));
    return {
      regulation: '2023/2831',
      ceilingCents: CEILING_2023_2831_CENTS,
      windowStart: addDays(formatDate(year - 3, month, earlierDay), 1),
      windowEnd: grantedOn,
    };
  }
  // The fiscal year of the grant and the two previous ones (fiscal year = calendar year).
  return {
    regulation: '1407/2013',
    ceilingCents: CEILING_1407_2013_CENTS,
    windowStart: formatDate(year - 2, 1, 1),
    windowEnd: grantedOn,
  };
}

/** The general regulation aid granted on `grantedOn` falls under (the default for registered aid). */
export function regulationOn(grantedOn: string): DeMinimisRegime {
  return grantedOn >= REGULATION_2023_2831_FROM ? '2023/2831' : '1407/2013';
}

export function isInWindow(grantedOn: string, window: Pick<DeMinimisWindow, 'windowStart' | 'windowEnd'>) {
  return grantedOn >= window.windowStart && grantedOn <= window.windowEnd;
}

/**
 * Whether `aidCents` fits next to `usedCents` already granted in `window`. The database sums the
 * used aid (see DeMinimisService); `assessDeMinimis` does the same from a list of records.
 */
export function assessTotals(window: DeMinimisWindow, usedCents: number, aidCents = 0): DeMinimisAssessment {
  assertCents(usedCents, 'usedCents');
  assertCents(aidCents, 'aidCents');
  if (aidCents < 0) throw new RangeError('aidCents must not be negative');
  const availableCents = Math.max(0, window.ceilingCents - usedCents);
  const excessCents = Math.max(0, usedCents + aidCents - window.ceilingCents);
  return { ...window, usedCents, availableCents, aidCents, excessCents, fits: excessCents === 0 };
}

/**
 * Assesses a new aid of `aid.amountCents` granted on `aid.grantedOn` against the earlier aid `records`
 * of the whole single undertaking. `counted` lists the records inside the window.
 */
export function assessDeMinimis<T extends AidLike>(
  records: readonly T[],
  aid: AidLike,
): DeMinimisAssessment & { counted: T[] } {
  const window = deMinimisWindow(aid.grantedOn);
  const counted = records.filter((r) => isInWindow(r.grantedOn, window));
  const usedCents = counted.reduce((sum, r) => sum + assertCents(r.amountCents, 'amountCents'), 0);
  return { ...assessTotals(window, usedCents, aid.amountCents), counted };
}

export interface PartnerCosts {
  organisationId: string;
  kind: OrganisationKind;
  eligibleCostsCents: number;
}

export interface AidShare extends PartnerCosts {
  /** This partner's part of the grant. */
  amountCents: number;
  /** Whether it counts against the partner's de minimis ceiling. */
  counts: boolean;
}

/**
 * Splits a project's grant over its partners in proportion to their eligible costs (the remainder
 * cents go to the largest costs first, see `splitProportionally`).
 *
 * Assumption: a knowledge institution takes part in these collaboration projects with its
 * non-economic activity (independent research and the dissemination of its results), which is not
 * state aid; its share therefore does not count against a de minimis ceiling (SPEC.md §2). Likewise a
 * public body takes part as an authority (issue #17, point 8: public bodies acting as authorities are
 * never recorded as receiving de minimis aid; the granting province cannot be a partner at all, see
 * organisations/grantor.ts). Every other kind of partner is taken to carry on an economic activity, so
 * its share counts.
 */
export function splitAidOverPartners(grantCents: number, partners: readonly PartnerCosts[]): AidShare[] {
  assertCents(grantCents, 'grantCents');
  if (grantCents < 0) throw new RangeError('grantCents must not be negative');
  for (const p of partners) {
    assertCents(p.eligibleCostsCents, 'eligibleCostsCents');
    if (p.eligibleCostsCents < 0) throw new RangeError('eligibleCostsCents must not be negative');
  }
  const totalCosts = partners.reduce((sum, p) => sum + p.eligibleCostsCents, 0);
  if (grantCents > 0 && totalCosts === 0) {
    throw new RangeError('A grant cannot be split over partners without eligible costs');
  }
  const amounts = splitProportionally(
    grantCents,
    partners.map((p) => p.eligibleCostsCents),
  );
  return partners.map((p, i) => ({
    organisationId: p.organisationId,
    kind: p.kind,
    eligibleCostsCents: p.eligibleCostsCents,
    amountCents: amounts[i],
    counts: p.kind !== 'knowledge_institution' && p.kind !== 'public_body',
  }));
}

function parseDate(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a date YYYY-MM-DD: ${value}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not an existing date: ${value}`);
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The ceiling of a regulation for aid granted on `grantedOn`: € 300.000 under 2023/2831, € 200.000 under
 * 1407/2013; for another de minimis regulation, the general ceiling in force on that date.
 */
export function ceilingOf(regulation: DeMinimisRegulation, grantedOn: string): number {
  if (regulation === '2023/2831') return CEILING_2023_2831_CENTS;
  if (regulation === '1407/2013') return CEILING_1407_2013_CENTS;
  return deMinimisWindow(grantedOn).ceilingCents;
}
