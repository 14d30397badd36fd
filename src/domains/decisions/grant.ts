/**
 * The amount staff may grant on an application (SPEC.md §2, §4). Pure: no database.
 *
 * A grant is more than € 0,00 and at most
 * - the amount the consortium requested,
 * - the programme's maximum grant per project (€ 150.000,00 for the provincial innovation subsidy),
 * - the funding rate that applies to the consortium (50 %, or 40 % when no SME takes part) of the
 *   eligible costs, rounded down to the cent.
 * Every limit that is passed is reported, so staff see all of them at once.
 */
import type { RuleViolation } from '../../kernel/errors.js';
import { assertCents, formatEuro, percentOfCents } from '../../kernel/money.js';

export const GRANT_RULES = [
  'granted_positive',
  'granted_within_requested',
  'granted_within_max_grant',
  'granted_within_funding_rate',
] as const;
export type GrantRule = (typeof GRANT_RULES)[number];

/** What a grant is checked against: the application's figures and the programme's cap. */
export interface GrantBasis {
  requestedCents: number;
  eligibleCostsCents: number;
  /** The rate that applies to this consortium (the SME rate, or the rate without SME). */
  fundingRatePct: number;
  /** The programme's maximum grant per project. */
  programmeMaxGrantCents: number;
}

export type GrantViolation = RuleViolation & { rule: GrantRule };

/** The highest amount that may be granted: min(requested, programme cap, rate × eligible costs). */
export function maxGrantable(basis: GrantBasis): number {
  return Math.max(
    0,
    Math.min(
      basis.requestedCents,
      basis.programmeMaxGrantCents,
      percentOfCents(basis.eligibleCostsCents, basis.fundingRatePct),
    ),
  );
}

/** Every limit `grantedCents` passes; empty when the grant is allowed. */
export function grantViolations(grantedCents: number, basis: GrantBasis): GrantViolation[] {
  assertCents(grantedCents, 'grantedCents');
  const violations: GrantViolation[] = [];
  if (grantedCents <= 0) {
    violations.push({ rule: 'granted_positive', message: 'The granted amount must be more than € 0,00' });
  }
  if (grantedCents > basis.requestedCents) {
    violations.push({
      rule: 'granted_within_requested',
      message: `The granted ${formatEuro(grantedCents)} is more than the requested ${formatEuro(basis.requestedCents)}`,
    });
  }
  if (grantedCents > basis.programmeMaxGrantCents) {
    violations.push({
      rule: 'granted_within_max_grant',
      message: `The granted ${formatEuro(grantedCents)} is more than the maximum grant of ${formatEuro(basis.programmeMaxGrantCents)} per project`,
    });
  }
  const rateCap = percentOfCents(basis.eligibleCostsCents, basis.fundingRatePct);
  if (grantedCents > rateCap) {
    violations.push({
      rule: 'granted_within_funding_rate',
      message: `The granted ${formatEuro(grantedCents)} is more than ${basis.fundingRatePct} % of the eligible costs of ${formatEuro(basis.eligibleCostsCents)}: at most ${formatEuro(rateCap)}`,
    });
  }
  return violations;
}

/**
 * The funding rate of a grant: granted ÷ eligible costs, in percent, rounded **down** to two decimals,
 * so that the printed rate × the eligible costs never exceeds the grant (issue #17, point 13). For
 * display only; the settlement below computes with the exact fraction, never with this rounded figure.
 */
export function fundingRateOf(grantedCents: number, eligibleCostsCents: number): number {
  assertCents(grantedCents, 'grantedCents');
  assertCents(eligibleCostsCents, 'eligibleCostsCents');
  if (eligibleCostsCents <= 0) throw new RangeError('eligible costs must be positive');
  return Number((BigInt(grantedCents) * 10_000n) / BigInt(eligibleCostsCents)) / 100;
}

/**
 * The grant after the final report under the programme's `proportional` settlement rule (the default;
 * see `SETTLEMENT_RULES` in programmes/programme-rules.ts): the funding rate of the decision (granted ÷
 * eligible costs at the decision) applied to the actual eligible costs, rounded down to the cent, never
 * more than was granted:
 *   min(granted, ⌊granted × actual eligible ÷ eligible at the decision⌋).
 * The fraction is exact (integer arithmetic), so a project that spends what it planned keeps its whole
 * grant. A grant is never raised by a final report; since granted ≤ maximum rate × planned eligible
 * costs, the result also stays within the maximum rate of the actual eligible costs.
 */
export function finalGrant(input: {
  grantedCents: number;
  eligibleCostsCents: number;
  actualEligibleCostsCents: number;
}): number {
  assertCents(input.grantedCents, 'grantedCents');
  assertCents(input.eligibleCostsCents, 'eligibleCostsCents');
  assertCents(input.actualEligibleCostsCents, 'actualEligibleCostsCents');
  if (input.actualEligibleCostsCents < 0) throw new RangeError('actual eligible costs must not be negative');
  if (input.eligibleCostsCents <= 0) throw new RangeError('the eligible costs of a grant must be positive');
  const proportional = Number(
    (BigInt(input.grantedCents) * BigInt(input.actualEligibleCostsCents)) / BigInt(input.eligibleCostsCents),
  );
  return Math.min(input.grantedCents, proportional);
}

/**
 * The grant after the final report under the programme's `rate_cap` settlement rule: the grant stands
 * as long as the maximum funding rate of the actual eligible costs and the programme's cap allow it:
 *   min(granted, ⌊max rate × actual eligible⌋, max grant).
 */
export function rateCapGrant(input: {
  grantedCents: number;
  maxFundingRatePct: number;
  maxGrantCents: number;
  actualEligibleCostsCents: number;
}): number {
  assertCents(input.grantedCents, 'grantedCents');
  assertCents(input.actualEligibleCostsCents, 'actualEligibleCostsCents');
  assertCents(input.maxGrantCents, 'maxGrantCents');
  if (input.actualEligibleCostsCents < 0) throw new RangeError('actual eligible costs must not be negative');
  return Math.min(
    input.grantedCents,
    percentOfCents(input.actualEligibleCostsCents, input.maxFundingRatePct),
    input.maxGrantCents,
  );
}
