/**
 * The budget ledger of a call (SPEC.md §4): an append-only list of entries from which every budget
 * figure is derived. Pure: no database; `BudgetLedgerService` writes the entries and sums them in SQL
 * with the same conventions.
 *
 * Sign convention: `amountCents` is the change the entry makes to the running total it belongs to.
 *   kind           total        sign
 *   budget         budget       + the call's budget, or ± a later change to it
 *   commitment     committed    + the grant of an approval
 *   decommitment   committed    − a grant lowered (final report)
 *   payment        paid         + money paid to the beneficiary
 *   recovery       paid         − money the beneficiary must pay back
 * so that budget = Σ budget, committed = Σ commitment + Σ decommitment, paid = Σ payment + Σ recovery
 * and available = budget − committed.
 */

export const LEDGER_KINDS = ['budget', 'commitment', 'decommitment', 'payment', 'recovery'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerEntryLike {
  kind: LedgerKind;
  amountCents: number;
  applicationId?: string | null;
}

export interface BudgetFigures {
  budgetCents: number;
  committedCents: number;
  paidCents: number;
  availableCents: number;
}

/** The sign every entry of a kind must have (`budget` may go either way). */
export function signOf(kind: LedgerKind): 1 | -1 | 0 {
  switch (kind) {
    case 'commitment':
    case 'payment':
      return 1;
    case 'decommitment':
    case 'recovery':
      return -1;
    case 'budget':
      return 0;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** The signed amount of an entry of `kind` for a positive `cents`. */
export function signedAmount(kind: Exclude<LedgerKind, 'budget'>, cents: number): number {
  if (!Number.isSafeInteger(cents) || cents <= 0) {
    throw new RangeError(`A ${kind} entry needs a positive whole number of cents`);
  }
  return signOf(kind) * cents;
}

export function deriveFigures(entries: readonly LedgerEntryLike[]): BudgetFigures {
  let budgetCents = 0;
  let committedCents = 0;
  let paidCents = 0;
  for (const e of entries) {
    if (!Number.isSafeInteger(e.amountCents)) throw new RangeError('Ledger amounts are whole cents');
    switch (e.kind) {
      case 'budget':
        budgetCents += e.amountCents;
        break;
      case 'commitment':
      case 'decommitment':
        committedCents += e.amountCents;
        break;
      case 'payment':
      case 'recovery':
        paidCents += e.amountCents;
        break;
      default: {
        const unreachable: never = e.kind;
        throw new Error(`Unknown ledger kind ${String(unreachable)}`);
      }
    }
  }
  return { budgetCents, committedCents, paidCents, availableCents: budgetCents - committedCents };
}

/**
 * The invariants of a call's ledger; an empty list when they hold:
 * - every entry has the sign of its kind;
 * - 0 ≤ committed ≤ budget (nothing is ever overspent);
 * - per application: 0 ≤ paid ≤ committed (nobody is paid more than its grant, nothing is de-committed
 *   that was not committed).
 */
export function ledgerViolations(entries: readonly LedgerEntryLike[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    const sign = signOf(e.kind);
    if (sign !== 0 && Math.sign(e.amountCents) !== sign) {
      problems.push(`a ${e.kind} entry of ${e.amountCents} has the wrong sign`);
    }
  }
  const call = deriveFigures(entries);
  if (call.committedCents < 0) problems.push(`committed ${call.committedCents} is negative`);
  if (call.committedCents > call.budgetCents) {
    problems.push(`committed ${call.committedCents} exceeds the budget ${call.budgetCents}`);
  }
  const byApplication = new Map<string, LedgerEntryLike[]>();
  for (const e of entries) {
    if (e.kind === 'budget') continue;
    const key = e.applicationId ?? '';
    if (!key) {
      problems.push(`a ${e.kind} entry has no application`);
      continue;
    }
    byApplication.set(key, [...(byApplication.get(key) ?? []), e]);
  }
  for (const [applicationId, own] of byApplication) {
    const f = deriveFigures(own);
    if (f.committedCents < 0) problems.push(`application ${applicationId}: committed is negative`);
    if (f.paidCents < 0) problems.push(`application ${applicationId}: paid is negative`);
    if (f.paidCents > f.committedCents) {
      problems.push(
        `application ${applicationId}: paid ${f.paidCents} exceeds its grant ${f.committedCents}`,
      );
    }
  }
  return problems;
}
