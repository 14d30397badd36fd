import { describe, expect, it } from '@jest/globals';
import { financingViolations } from './financing.js';

const rules = (plan: { erdfRatePct: number; provinceRatePct: number; ownContributionRatePct: number }) =>
  financingViolations(plan).map((v) => v.rule);

describe('ERDF financing plan', () => {
  it('accepts 40 / 40 / 20 and decimals that add up to 100', () => {
    expect(rules({ erdfRatePct: 40, provinceRatePct: 40, ownContributionRatePct: 20 })).toEqual([]);
    expect(rules({ erdfRatePct: 37.5, provinceRatePct: 47.25, ownContributionRatePct: 15.25 })).toEqual([]);
    expect(rules({ erdfRatePct: 0, provinceRatePct: 85, ownContributionRatePct: 15 })).toEqual([]);
  });

  it('rejects ERDF 45 % and an own contribution of 10 %', () => {
    expect(rules({ erdfRatePct: 45, provinceRatePct: 45, ownContributionRatePct: 10 })).toEqual([
      'erdf_rate_max',
      'own_contribution_min',
    ]);
  });

  it('rejects shares that do not add up to 100 %', () => {
    expect(rules({ erdfRatePct: 40, provinceRatePct: 40, ownContributionRatePct: 15 })).toEqual([
      'shares_sum_100',
    ]);
    expect(rules({ erdfRatePct: 40, provinceRatePct: 40.01, ownContributionRatePct: 20 })).toEqual([
      'shares_sum_100',
    ]);
  });

  it('rejects a negative share', () => {
    expect(rules({ erdfRatePct: 40, provinceRatePct: -5, ownContributionRatePct: 65 })).toEqual([
      'share_range',
    ]);
  });
});
