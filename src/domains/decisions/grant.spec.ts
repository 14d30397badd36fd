import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { finalGrant, fundingRateOf, type GrantBasis, grantViolations, maxGrantable } from './grant.js';

const basis: GrantBasis = {
  requestedCents: 12_000_000,
  eligibleCostsCents: 30_000_000,
  fundingRatePct: 50,
  programmeMaxGrantCents: 15_000_000,
};
const rules = (granted: number, b: GrantBasis = basis) => grantViolations(granted, b).map((v) => v.rule);

describe('granting an amount', () => {
  it('allows any amount from one cent up to the requested amount within the caps', () => {
    expect(rules(12_000_000)).toEqual([]);
    expect(rules(1)).toEqual([]);
    expect(maxGrantable(basis)).toBe(12_000_000);
  });

  it('refuses nothing or a negative amount', () => {
    expect(rules(0)).toEqual(['granted_positive']);
    expect(rules(-100)).toEqual(['granted_positive']);
  });

  it('refuses more than was requested', () => {
    expect(rules(12_000_001)).toEqual(['granted_within_requested']);
  });

  it('refuses more than the programme cap of € 150.000,00 per project', () => {
    const big = { ...basis, requestedCents: 20_000_000, eligibleCostsCents: 50_000_000 };
    expect(rules(15_000_000, big)).toEqual([]);
    expect(rules(15_000_001, big)).toEqual(['granted_within_max_grant']);
    const v = grantViolations(15_000_001, big)[0];
    expect(v.message).toContain('€ 150.000,00');
  });

  it('refuses more than the funding rate of the eligible costs, rounded down to the cent', () => {
    const noSme = { ...basis, fundingRatePct: 40, eligibleCostsCents: 25_000_001 };
    expect(maxGrantable(noSme)).toBe(10_000_000);
    expect(rules(10_000_000, noSme)).toEqual([]);
    expect(rules(10_000_001, noSme)).toEqual(['granted_within_funding_rate']);
  });

  it('lists every limit passed at once', () => {
    const b = { ...basis, requestedCents: 16_000_000, eligibleCostsCents: 30_000_000 };
    expect(rules(20_000_000, b)).toEqual([
      'granted_within_requested',
      'granted_within_max_grant',
      'granted_within_funding_rate',
    ]);
  });

  it('rejects fractions of a cent outright', () => {
    expect(() => grantViolations(100.5, basis)).toThrow(RangeError);
  });

  it('allows exactly the amounts up to maxGrantable (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom(40, 50, 12.5),
        fc.integer({ min: -10, max: 40_000_000 }),
        (requestedCents, eligibleCostsCents, fundingRatePct, granted) => {
          const b = {
            requestedCents,
            eligibleCostsCents,
            fundingRatePct,
            programmeMaxGrantCents: 15_000_000,
          };
          const ok = grantViolations(granted, b).length === 0;
          expect(ok).toBe(granted > 0 && granted <= maxGrantable(b));
        },
      ),
    );
  });
});

describe('the funding rate of a grant', () => {
  it('is granted ÷ eligible costs in percent, rounded down to two decimals', () => {
    expect(fundingRateOf(12_500_000, 25_000_000)).toBe(50);
    expect(fundingRateOf(9_876_543, 25_000_000)).toBe(39.5);
    expect(fundingRateOf(1, 3)).toBe(33.33);
    expect(fundingRateOf(2, 3)).toBe(66.66);
    expect(fundingRateOf(14_999_999, 30_000_000)).toBe(49.99);
  });

  it('never gives a rate whose share of the eligible costs exceeds the grant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (eligibleCostsCents, pct) => {
          const grantedCents = Math.floor((eligibleCostsCents * pct) / 100);
          fc.pre(grantedCents > 0);
          const rate = fundingRateOf(grantedCents, eligibleCostsCents);
          // rate × costs, exactly, in hundredths of a percent: never above the grant
          const hundredths = BigInt(Math.round(rate * 100));
          expect(hundredths * BigInt(eligibleCostsCents) <= BigInt(grantedCents) * 10_000n).toBe(true);
          // and the rate is the largest such figure: one hundredth more would exceed it
          expect((hundredths + 1n) * BigInt(eligibleCostsCents) > BigInt(grantedCents) * 10_000n).toBe(true);
        },
      ),
    );
  });
});

describe('the final grant after the final report', () => {
  const planned = { grantedCents: 10_000_000, eligibleCostsCents: 25_000_000 };

  it('stays as granted when the actual eligible costs reach the planned ones', () => {
    expect(finalGrant({ ...planned, actualEligibleCostsCents: 25_000_000 })).toBe(10_000_000);
    expect(finalGrant({ ...planned, actualEligibleCostsCents: 40_000_000 })).toBe(10_000_000);
  });

  it('keeps an odd grant whole when the plan is met (no rounded rate)', () => {
    expect(
      finalGrant({
        grantedCents: 9_876_543,
        eligibleCostsCents: 25_000_000,
        actualEligibleCostsCents: 25_000_000,
      }),
    ).toBe(9_876_543);
  });

  it('is lowered in proportion to the actual eligible costs, rounded down to the cent', () => {
    // 40 % of € 160.000,01 = € 64.000,004 → € 64.000,00
    expect(finalGrant({ ...planned, actualEligibleCostsCents: 16_000_001 })).toBe(6_400_000);
    expect(finalGrant({ ...planned, actualEligibleCostsCents: 0 })).toBe(0);
  });

  it('is never raised, never negative, and stays within the maximum rate of the actual costs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60_000_000 }),
        fc.constantFrom(40, 50),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (eligibleCostsCents, maxRate, actualEligibleCostsCents, share) => {
          const cap = Math.min(15_000_000, Math.floor((eligibleCostsCents * maxRate) / 100));
          fc.pre(cap > 0);
          const grantedCents = Math.max(1, Math.floor((cap * share) / 100));
          const g = finalGrant({ grantedCents, eligibleCostsCents, actualEligibleCostsCents });
          expect(g).toBeLessThanOrEqual(grantedCents);
          expect(g).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(g)).toBe(true);
          expect(g * 100).toBeLessThanOrEqual(actualEligibleCostsCents * maxRate);
          if (actualEligibleCostsCents >= eligibleCostsCents) expect(g).toBe(grantedCents);
        },
      ),
    );
  });
});
