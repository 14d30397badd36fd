import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DomainError } from '../../kernel/errors.js';
import { advanceAmount, type PaymentPosition, planPayment, settleFinalReport } from './payments.js';

const approved: PaymentPosition = {
  grantCents: 10_000_001,
  paidCents: 0,
  advancePaid: false,
  finalReportAccepted: false,
  advancePaymentPct: 50,
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not a DomainError';
  }
  return undefined;
}

describe('the advance', () => {
  it('defaults to the advance percentage of the grant, rounded down to the cent', () => {
    expect(advanceAmount(10_000_001, 50)).toBe(5_000_000);
    expect(advanceAmount(15_000_000, 30)).toBe(4_500_000);
    expect(planPayment(approved, 'advance')).toBe(5_000_000);
  });

  it('may be a chosen amount up to the whole grant, never more', () => {
    expect(planPayment(approved, 'advance', 10_000_001)).toBe(10_000_001);
    expect(codeOf(() => planPayment(approved, 'advance', 10_000_002))).toBe('PAYMENT_EXCEEDS_GRANT');
  });

  it('is paid once, and not after the final report', () => {
    expect(codeOf(() => planPayment({ ...approved, advancePaid: true }, 'advance'))).toBe('ALREADY_EXISTS');
    expect(codeOf(() => planPayment({ ...approved, finalReportAccepted: true }, 'advance'))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('needs an amount when the programme pays no advance by default', () => {
    expect(codeOf(() => planPayment({ ...approved, advancePaymentPct: 0 }, 'advance'))).toBe(
      'VALIDATION_FAILED',
    );
    expect(planPayment({ ...approved, advancePaymentPct: 0 }, 'advance', 100)).toBe(100);
  });

  it('refuses zero or negative amounts', () => {
    expect(codeOf(() => planPayment(approved, 'advance', 0))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => planPayment(approved, 'advance', -5))).toBe('VALIDATION_FAILED');
  });
});

describe('the balance', () => {
  const afterReport = {
    ...approved,
    grantCents: 8_000_000,
    paidCents: 5_000_000,
    advancePaid: true,
    finalReportAccepted: true,
  };

  it('waits for the accepted final report', () => {
    expect(codeOf(() => planPayment({ ...afterReport, finalReportAccepted: false }, 'balance'))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('pays the whole remainder of the (final) grant', () => {
    expect(planPayment(afterReport, 'balance')).toBe(3_000_000);
    expect(planPayment(afterReport, 'balance', 3_000_000)).toBe(3_000_000);
    expect(codeOf(() => planPayment(afterReport, 'balance', 3_000_001))).toBe('PAYMENT_EXCEEDS_GRANT');
    expect(codeOf(() => planPayment(afterReport, 'balance', 2_999_999))).toBe('VALIDATION_FAILED');
  });

  it('is refused when nothing is left to pay', () => {
    expect(codeOf(() => planPayment({ ...afterReport, paidCents: 8_000_000 }, 'balance'))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('never brings the total above the grant, whatever the sequence (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.option(fc.integer({ min: 1, max: 20_000_000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 60_000_000 }),
        (grantCents, advancePaymentPct, advanceAsked, actualEligibleCostsCents) => {
          let paid = 0;
          const position = {
            grantCents,
            paidCents: 0,
            advancePaid: false,
            finalReportAccepted: false,
            advancePaymentPct,
          };
          try {
            paid += planPayment(position, 'advance', advanceAsked);
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError);
          }
          const s = settleFinalReport({
            grantedCents: grantCents,
            eligibleCostsCents: 2 * grantCents,
            actualEligibleCostsCents,
            paidCents: paid,
          });
          const net = paid - s.recoverCents;
          expect(net).toBeLessThanOrEqual(s.finalGrantCents);
          if (s.balanceCents > 0) {
            const balance = planPayment(
              {
                grantCents: s.finalGrantCents,
                paidCents: net,
                advancePaid: true,
                finalReportAccepted: true,
                advancePaymentPct,
              },
              'balance',
            );
            expect(net + balance).toBe(s.finalGrantCents);
          }
        },
      ),
    );
  });
});

describe('settling the final report', () => {
  it('keeps the grant when the actual costs carry it: nothing de-committed', () => {
    expect(
      settleFinalReport({
        grantedCents: 10_000_000,
        eligibleCostsCents: 20_000_000,
        actualEligibleCostsCents: 20_000_000,
        paidCents: 5_000_000,
      }),
    ).toEqual({
      grantedCents: 10_000_000,
      finalGrantCents: 10_000_000,
      decommitCents: 0,
      recoverCents: 0,
      settlement: 'proportional',
      balanceCents: 5_000_000,
    });
  });

  it('lowers the grant and de-commits the difference', () => {
    expect(
      settleFinalReport({
        grantedCents: 10_000_000,
        eligibleCostsCents: 20_000_000,
        actualEligibleCostsCents: 16_000_000,
        paidCents: 5_000_000,
      }),
    ).toEqual({
      grantedCents: 10_000_000,
      finalGrantCents: 8_000_000,
      decommitCents: 2_000_000,
      recoverCents: 0,
      settlement: 'proportional',
      balanceCents: 3_000_000,
    });
  });

  it('asks back what was paid above the lowered grant', () => {
    expect(
      settleFinalReport({
        grantedCents: 10_000_000,
        eligibleCostsCents: 20_000_000,
        actualEligibleCostsCents: 6_000_000,
        paidCents: 5_000_000,
      }),
    ).toEqual({
      grantedCents: 10_000_000,
      finalGrantCents: 3_000_000,
      decommitCents: 7_000_000,
      recoverCents: 2_000_000,
      settlement: 'proportional',
      balanceCents: 0,
    });
  });
});
