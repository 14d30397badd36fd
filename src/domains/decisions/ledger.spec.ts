import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { deriveFigures, type LedgerEntryLike, ledgerViolations, signedAmount } from './ledger.js';

const A = 'app-a';
const B = 'app-b';

describe('the budget ledger', () => {
  it('derives budget, committed, paid and available from the entries', () => {
    const entries: LedgerEntryLike[] = [
      { kind: 'budget', amountCents: 50_000_000 },
      { kind: 'commitment', amountCents: 15_000_000, applicationId: A },
      { kind: 'commitment', amountCents: 10_000_000, applicationId: B },
      { kind: 'payment', amountCents: 7_500_000, applicationId: A },
      { kind: 'decommitment', amountCents: -2_000_000, applicationId: B },
      { kind: 'budget', amountCents: -5_000_000 },
    ];
    expect(deriveFigures(entries)).toEqual({
      budgetCents: 45_000_000,
      committedCents: 23_000_000,
      paidCents: 7_500_000,
      availableCents: 22_000_000,
    });
    expect(ledgerViolations(entries)).toEqual([]);
  });

  it('signs amounts by kind', () => {
    expect(signedAmount('commitment', 5)).toBe(5);
    expect(signedAmount('decommitment', 5)).toBe(-5);
    expect(signedAmount('payment', 5)).toBe(5);
    expect(signedAmount('recovery', 5)).toBe(-5);
    expect(() => signedAmount('payment', 0)).toThrow(RangeError);
    expect(() => signedAmount('payment', 1.5)).toThrow(RangeError);
  });

  it('names a broken invariant: overspending, paying above a grant, wrong signs', () => {
    expect(
      ledgerViolations([
        { kind: 'budget', amountCents: 100 },
        { kind: 'commitment', amountCents: 101, applicationId: A },
      ]),
    ).toEqual(['committed 101 exceeds the budget 100']);
    expect(
      ledgerViolations([
        { kind: 'budget', amountCents: 100 },
        { kind: 'commitment', amountCents: 50, applicationId: A },
        { kind: 'payment', amountCents: 51, applicationId: A },
      ]),
    ).toEqual([`application ${A}: paid 51 exceeds its grant 50`]);
    expect(
      ledgerViolations([
        { kind: 'budget', amountCents: 100 },
        { kind: 'decommitment', amountCents: 10, applicationId: A },
      ]),
    ).toContain('a decommitment entry of 10 has the wrong sign');
  });

  it('keeps committed = budget − available for any sequence of entries (property)', () => {
    const entry = fc.record({
      kind: fc.constantFrom('budget', 'commitment', 'decommitment', 'payment', 'recovery' as const),
      amountCents: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      applicationId: fc.constantFrom(A, B),
    }) as fc.Arbitrary<LedgerEntryLike>;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        const f = deriveFigures(entries);
        expect(f.committedCents).toBe(f.budgetCents - f.availableCents);
      }),
    );
  });
});
