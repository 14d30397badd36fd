/**
 * Payment rules (SPEC.md §4 "Decisions, budget and payments"). Pure: no database.
 *
 * A grant is paid in (at most) two tranches:
 * - the advance, after approval: by default the programme's `advancePaymentPct` of the grant, rounded
 *   down to the cent; staff may pay less, never more than the grant;
 * - the balance, once the final report is accepted: the final grant minus what was paid. The final
 *   report may lower the grant in proportion to the actual eligible costs (`finalGrant`), which de-commits the difference from the call budget and,
 *   when more was paid in advance than the final grant, leaves an amount to recover.
 * In total a beneficiary is never paid more than its grant: `PAYMENT_EXCEEDS_GRANT`.
 */
import { DomainError } from '../../kernel/errors.js';
import { assertCents, formatEuro, percentOfCents } from '../../kernel/money.js';
import { finalGrant, rateCapGrant } from '../decisions/grant.js';
import type { SettlementRule } from '../programmes/programme-rules.js';

export const PAYMENT_KINDS = ['advance', 'balance'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** The default advance: `advancePaymentPct` of the grant, rounded down to the cent. */
export function advanceAmount(grantCents: number, advancePaymentPct: number): number {
  assertCents(grantCents, 'grantCents');
  if (advancePaymentPct < 0 || advancePaymentPct > 100) {
    throw new RangeError('advancePaymentPct must be between 0 and 100');
  }
  return percentOfCents(grantCents, advancePaymentPct);
}

/** Where an approved application stands, as far as payments go. */
export interface PaymentPosition {
  /** The grant as it stands: as decided, or as lowered by the accepted final report. */
  grantCents: number;
  /** Net amount paid so far (payments minus recoveries). */
  paidCents: number;
  advancePaid: boolean;
  finalReportAccepted: boolean;
  advancePaymentPct: number;
}

/** What is left to pay on the grant. */
export function remainingCents(position: Pick<PaymentPosition, 'grantCents' | 'paidCents'>): number {
  return position.grantCents - position.paidCents;
}

/** Refuses a payment that would bring the total paid above the grant. */
export function assertPaymentFits(
  position: Pick<PaymentPosition, 'grantCents' | 'paidCents'>,
  amountCents: number,
): void {
  assertCents(amountCents, 'amountCents');
  const remaining = remainingCents(position);
  if (amountCents > remaining) {
    throw new DomainError(
      'PAYMENT_EXCEEDS_GRANT',
      `Paying ${formatEuro(amountCents)} would bring the total paid above the grant of ${formatEuro(position.grantCents)}: ${formatEuro(position.paidCents)} is paid, at most ${formatEuro(Math.max(0, remaining))} is left`,
      {
        grantCents: position.grantCents,
        paidCents: position.paidCents,
        remainingCents: Math.max(0, remaining),
        amountCents,
      },
    );
  }
}

/**
 * The amount of a payment request, or the reason it is refused:
 * - `advance`: once, before the final report is accepted; `amountCents` defaults to the programme's
 *   advance percentage of the grant;
 * - `balance`: after the final report is accepted; it pays the whole remainder (an `amountCents`, if
 *   given, must be that remainder).
 */
export function planPayment(position: PaymentPosition, kind: PaymentKind, amountCents?: number): number {
  if (amountCents !== undefined) {
    assertCents(amountCents, 'amountCents');
    if (amountCents <= 0) throw DomainError.validation('amountCents', 'must be more than 0');
  }
  if (kind === 'advance') {
    if (position.finalReportAccepted) {
      throw new DomainError(
        'INVALID_TRANSITION',
        'The final report is accepted: what is left is paid as the balance, not as an advance',
      );
    }
    if (position.advancePaid) {
      throw new DomainError('ALREADY_EXISTS', 'The advance on this grant has already been paid');
    }
    const amount = amountCents ?? advanceAmount(position.grantCents, position.advancePaymentPct);
    if (amount <= 0) {
      throw DomainError.validation(
        'amountCents',
        'this programme pays no advance by default; give an amount',
      );
    }
    assertPaymentFits(position, amount);
    return amount;
  }
  if (!position.finalReportAccepted) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'The balance is paid after the final report has been accepted',
    );
  }
  const remaining = remainingCents(position);
  const amount = amountCents ?? remaining;
  assertPaymentFits(position, amount);
  if (amount !== remaining) {
    throw DomainError.validation(
      'amountCents',
      `the balance pays the whole remainder of the grant, ${formatEuro(remaining)}`,
    );
  }
  if (amount <= 0) {
    throw new DomainError('INVALID_TRANSITION', 'Nothing is left to pay on this grant');
  }
  return amount;
}

/** The outcome of accepting a final report. */
export interface Settlement {
  /** The programme's settlement rule that fixed the final grant. */
  settlement: SettlementRule;
  /** The grant before the final report. */
  grantedCents: number;
  /**
   * proportional: min(granted, ⌊granted × actual eligible costs ÷ eligible costs at the decision⌋);
   * rate_cap: min(granted, ⌊max rate × actual eligible costs⌋, max grant).
   */
  finalGrantCents: number;
  /** What goes back to the call budget: granted − final grant. */
  decommitCents: number;
  /** What was paid above the final grant and must be paid back. */
  recoverCents: number;
  /** What is left to pay as the balance. */
  balanceCents: number;
}

/** Settles a grant on its accepted final report, under the programme's settlement rule (default proportional). */
export function settleFinalReport(input: {
  grantedCents: number;
  /** Eligible costs of the application when it was decided. */
  eligibleCostsCents: number;
  actualEligibleCostsCents: number;
  paidCents: number;
  settlement?: SettlementRule;
  /** For `rate_cap`: the maximum funding rate that applied at the decision, and the programme's cap. */
  maxFundingRatePct?: number;
  maxGrantCents?: number;
}): Settlement {
  assertCents(input.paidCents, 'paidCents');
  const settlement = input.settlement ?? 'proportional';
  const finalGrantCents =
    settlement === 'rate_cap'
      ? rateCapGrant({
          grantedCents: input.grantedCents,
          actualEligibleCostsCents: input.actualEligibleCostsCents,
          maxFundingRatePct: input.maxFundingRatePct ?? 0,
          maxGrantCents: input.maxGrantCents ?? input.grantedCents,
        })
      : finalGrant(input);
  return {
    settlement,
    grantedCents: input.grantedCents,
    finalGrantCents,
    decommitCents: input.grantedCents - finalGrantCents,
    recoverCents: Math.max(0, input.paidCents - finalGrantCents),
    balanceCents: Math.max(0, finalGrantCents - input.paidCents),
  };
}
