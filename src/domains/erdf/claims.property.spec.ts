import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { percentOfCents } from '../../kernel/money.js';
import {
  type ClaimExpense,
  type ClaimFigures,
  type PartnerStanding,
  computeClaim,
  partnerErdfCapCents,
} from './claims.js';
import type { ExpenseCategory } from './eligibility.js';

/**
 * The money invariants of ERDF claims over random sequences of expenses, credit notes and claims,
 * with the caps computed as ErdfRepository.erdfStanding does (from the earlier claims):
 * - ledger sums: a claim's totals are the sums of its partners' figures, eligible = expenses + flat rate,
 *   and per partner erdf + capped is what the rate gives;
 * - no overspend: over all claims the project never receives more than its approved ERDF amount;
 * - ERDF ≤ rate × budget: no partner ever receives more than the ERDF rate of its budget, nor more
 *   than the rate of what it spent (its entitlement).
 */
type Step =
  | { kind: 'expense'; partner: number; category: ExpenseCategory; amountCents: number }
  | { kind: 'credit'; partner: number; amountCents: number }
  | { kind: 'claim' };

const CATEGORIES: ExpenseCategory[] = ['staff', 'travel', 'equipment', 'external_expertise'];

const scenario = fc.record({
  ratePct: fc.integer({ min: 0, max: 4000 }).map((h) => h / 100),
  budgets: fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 4 }),
  approvedShare: fc.integer({ min: 0, max: 100 }),
  officeFlatRate: fc.boolean(),
  steps: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('expense' as const),
        partner: fc.nat(3),
        category: fc.constantFrom(...CATEGORIES),
        amountCents: fc.integer({ min: 1, max: 30_000_000 }),
      }),
      fc.record({
        kind: fc.constant('credit' as const),
        partner: fc.nat(3),
        amountCents: fc.integer({ min: 1, max: 30_000_000 }),
      }),
      fc.record({ kind: fc.constant('claim' as const) }),
    ),
    { maxLength: 40 },
  ),
});

const FIELDS: (keyof ClaimFigures)[] = [
  'expensesCents',
  'staffCents',
  'flatRateCents',
  'eligibleCents',
  'erdfCents',
  'erdfCappedCents',
];

describe('ERDF claim invariants (property)', () => {
  it('never pays a partner more than rate × budget, nor the project more than approved; ledgers add up', () => {
    fc.assert(
      fc.property(scenario, ({ ratePct, budgets, approvedShare, officeFlatRate, steps }) => {
        const ids = budgets.map((_, i) => `p${i}`);
        const totalBudget = budgets.reduce((a, b) => a + b, 0);
        const approved = Math.floor((percentOfCents(totalBudget, ratePct) * approvedShare) / 100);
        const claimed = new Map<string, number>(ids.map((id) => [id, 0]));
        const uncapped = new Map<string, number>(ids.map((id) => [id, 0]));
        const eligibleSoFar = new Map<string, number>(ids.map((id) => [id, 0]));
        const net = new Map<string, number>(ids.map((id) => [id, 0]));
        let pending: ClaimExpense[] = [];
        for (const step of [...steps, { kind: 'claim' } as Step]) {
          if (step.kind === 'expense' || step.kind === 'credit') {
            const id = ids[step.partner % ids.length];
            // A credit note never brings the partner's costs below zero (the service refuses it).
            const amount =
              step.kind === 'expense' ? step.amountCents : -Math.min(step.amountCents, net.get(id)!);
            if (amount === 0) continue;
            net.set(id, net.get(id)! + amount);
            pending.push({
              partnerOrganisationId: id,
              category: step.kind === 'expense' ? step.category : 'travel',
              amountCents: amount,
            });
            continue;
          }
          if (pending.length === 0) continue;
          const partners = new Map<string, PartnerStanding>(
            ids.map((id, i) => [
              id,
              {
                capCents: partnerErdfCapCents(budgets[i], ratePct),
                claimedCents: claimed.get(id)!,
                uncappedCents: uncapped.get(id)!,
              },
            ]),
          );
          const projectClaimed = [...claimed.values()].reduce((a, b) => a + b, 0);
          const claim = computeClaim(pending, ratePct, {
            officeFlatRate,
            caps: { partners, projectRemainingCents: approved - projectClaimed },
          });
          pending = [];
          for (const field of FIELDS) {
            expect(claim.totals[field]).toBe(claim.partners.reduce((sum, p) => sum + p[field], 0));
          }
          for (const p of claim.partners) {
            expect(p.eligibleCents).toBe(p.expensesCents + p.flatRateCents);
            // `+ 0` makes the -0 of a negative amount at rate 0 the 0 that cents are (toBe uses Object.is).
            expect(p.erdfCents + p.erdfCappedCents).toBe(
              Math.floor((p.eligibleCents * Math.round(ratePct * 100)) / 10_000) + 0,
            );
            claimed.set(p.partnerOrganisationId, claimed.get(p.partnerOrganisationId)! + p.erdfCents);
            uncapped.set(
              p.partnerOrganisationId,
              uncapped.get(p.partnerOrganisationId)! + p.erdfCents + p.erdfCappedCents,
            );
            eligibleSoFar.set(
              p.partnerOrganisationId,
              eligibleSoFar.get(p.partnerOrganisationId)! + p.eligibleCents,
            );
          }
          ids.forEach((id, i) => {
            expect(claimed.get(id)!).toBeLessThanOrEqual(partnerErdfCapCents(budgets[i], ratePct));
            // Never more than the rate of what was spent (the sum of per-claim rounded figures).
            expect(claimed.get(id)!).toBeLessThanOrEqual(uncapped.get(id)!);
            expect(claimed.get(id)!).toBeLessThanOrEqual(percentOfCents(eligibleSoFar.get(id)!, ratePct));
          });
          expect([...claimed.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(approved);
        }
      }),
      { numRuns: 300 },
    );
  });
});
