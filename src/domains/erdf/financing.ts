/**
 * The financing plan of an ERDF project (SPEC.md §2, EFRO Vlaanderen 2014–2020): ERDF pays at most
 * 40 % of the project cost, the promoter's own contribution is at least 15 %, the rest is provincial
 * or Flemish co-financing, and the three shares add up to exactly 100 %. Pure functions.
 */
import type { RuleViolation } from '../../kernel/errors.js';

export const MAX_ERDF_RATE_PCT = 40;
export const MIN_OWN_CONTRIBUTION_PCT = 15;

export interface FinancingPlan {
  erdfRatePct: number;
  provinceRatePct: number;
  ownContributionRatePct: number;
}

/** A percentage in hundredths (12.5 → 1250), so that sums are exact. */
function hundredths(pct: number): number {
  return Math.round(pct * 100);
}

/** Every rule the plan breaks; empty when the plan is valid. */
export function financingViolations(plan: FinancingPlan): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const shares: [keyof FinancingPlan, number][] = [
    ['erdfRatePct', plan.erdfRatePct],
    ['provinceRatePct', plan.provinceRatePct],
    ['ownContributionRatePct', plan.ownContributionRatePct],
  ];
  for (const [name, value] of shares) {
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      violations.push({ rule: 'share_range', message: `${name} must be between 0 and 100 %` });
    }
  }
  if (hundredths(plan.erdfRatePct) > hundredths(MAX_ERDF_RATE_PCT)) {
    violations.push({
      rule: 'erdf_rate_max',
      message: `ERDF pays at most ${MAX_ERDF_RATE_PCT} % of the project cost (plan: ${plan.erdfRatePct} %)`,
    });
  }
  if (hundredths(plan.ownContributionRatePct) < hundredths(MIN_OWN_CONTRIBUTION_PCT)) {
    violations.push({
      rule: 'own_contribution_min',
      message: `The own contribution is at least ${MIN_OWN_CONTRIBUTION_PCT} % (plan: ${plan.ownContributionRatePct} %)`,
    });
  }
  const sum = shares.reduce((total, [, value]) => total + hundredths(value), 0);
  if (sum !== 10_000) {
    violations.push({
      rule: 'shares_sum_100',
      message: `ERDF, provincial/Flemish co-financing and own contribution must add up to 100 % (plan: ${sum / 100} %)`,
    });
  }
  return violations;
}
