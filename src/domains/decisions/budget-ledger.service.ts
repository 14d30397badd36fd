import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import type { Page } from '../../kernel/pagination.js';
import { BudgetLedgerEntry } from './budget-ledger-entry.entity.js';
import { BudgetLedgerRepository, type CallTotals } from './budget-ledger.repository.js';
import type { BudgetView, LedgerEntryView } from './dto/budget.dto.js';
import { type BudgetFigures, type LedgerKind, signedAmount } from './ledger.js';
import type { AuditActor } from '../../kernel/actor.js';

interface Posting {
  callId: string;
  applicationId: string;
  /** What the entries come from: `decision <id>`, `payment <id>`, `final report <id>`. */
  reference: string;
}

/**
 * The budget ledger of the calls and their running totals (`call.committed_cents`, `call.paid_cents`).
 * Every posting runs inside the caller's transaction: it changes the running total with one conditional
 * UPDATE (so concurrent approvals or payments can never pass the budget or the commitments), appends the
 * ledger entry and records the audit event. Callers lock in the order call → application → audit, so
 * that two money transactions never wait on each other crosswise.
 */
@Injectable()
export class BudgetLedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly repository: BudgetLedgerRepository,
  ) {}

  /** Locks the call's budget row (`SELECT … FOR UPDATE`) for the rest of the transaction, or 404. */
  async lockCall(manager: EntityManager, callId: string): Promise<CallTotals> {
    const totals = await this.repository.lockCall(manager, callId);
    if (!totals) throw DomainError.notFound('Call', callId);
    return totals;
  }

  /** Commits a grant: 422 BUDGET_EXCEEDED when it does not fit in what is left of the call's budget. */
  async commit(
    manager: EntityManager,
    actor: AuditActor,
    posting: Posting,
    amountCents: number,
  ): Promise<CallTotals> {
    const totals = await this.repository.addCommitted(manager, posting.callId, amountCents);
    if (!totals) {
      const now = await this.lockCall(manager, posting.callId);
      const available = now.budgetCents - now.committedCents;
      throw new DomainError(
        'BUDGET_EXCEEDED',
        `A grant of ${formatEuro(amountCents)} does not fit in the call budget: ${formatEuro(available)} is available`,
        {
          budgetCents: now.budgetCents,
          committedCents: now.committedCents,
          availableCents: available,
          amountCents,
        },
      );
    }
    await this.append(manager, actor, posting, 'commitment', amountCents);
    await this.audit.record(manager, actor, {
      action: 'budget.committed',
      entity: 'call',
      entityId: posting.callId,
      data: {
        applicationId: posting.applicationId,
        reference: posting.reference,
        amountCents,
        committedCents: totals.committedCents,
        availableCents: totals.budgetCents - totals.committedCents,
      },
    });
    return totals;
  }

  /** Records a payment: never more than what is committed on the call (the per-grant check is the caller's). */
  async pay(
    manager: EntityManager,
    actor: AuditActor,
    posting: Posting,
    amountCents: number,
  ): Promise<CallTotals> {
    const totals = await this.repository.addPaid(manager, posting.callId, amountCents);
    if (!totals) {
      throw new DomainError('PAYMENT_EXCEEDS_GRANT', 'This payment is more than is committed on the call');
    }
    await this.append(manager, actor, posting, 'payment', amountCents);
    await this.audit.record(manager, actor, {
      action: 'budget.paid',
      entity: 'call',
      entityId: posting.callId,
      data: {
        applicationId: posting.applicationId,
        reference: posting.reference,
        amountCents,
        paidCents: totals.paidCents,
      },
    });
    return totals;
  }

  /**
   * Settles a lowered grant: de-commits `decommitCents` and books `recoverCents` (paid above the
   * lowered grant) as a recovery, in one UPDATE so that paid ≤ committed holds at every statement.
   */
  async settle(
    manager: EntityManager,
    actor: AuditActor,
    posting: Posting,
    amounts: { decommitCents: number; recoverCents: number },
  ): Promise<CallTotals | null> {
    const { decommitCents, recoverCents } = amounts;
    if (decommitCents === 0 && recoverCents === 0) return null;
    const totals = await this.repository.subtract(manager, posting.callId, {
      committedCents: decommitCents,
      paidCents: recoverCents,
    });
    if (!totals) throw new Error(`Settling ${posting.reference} would make the call's totals negative`);
    if (decommitCents > 0) await this.append(manager, actor, posting, 'decommitment', decommitCents);
    if (recoverCents > 0) await this.append(manager, actor, posting, 'recovery', recoverCents);
    await this.audit.record(manager, actor, {
      action: 'budget.decommitted',
      entity: 'call',
      entityId: posting.callId,
      data: {
        applicationId: posting.applicationId,
        reference: posting.reference,
        decommittedCents: decommitCents,
        recoveredCents: recoverCents,
        committedCents: totals.committedCents,
        paidCents: totals.paidCents,
        availableCents: totals.budgetCents - totals.committedCents,
      },
    });
    return totals;
  }

  /** The call's figures, derived from its ledger entries. */
  async figures(callId: string, manager: EntityManager = this.dataSource.manager): Promise<BudgetView> {
    if (!(await this.repository.callExists(manager, callId))) throw DomainError.notFound('Call', callId);
    const sums = await this.repository.sums(manager, callId);
    const figures: BudgetFigures = { ...sums, availableCents: sums.budgetCents - sums.committedCents };
    return { callId, ...figures };
  }

  async entries(
    callId: string,
    query: { applicationId?: string; limit: number; offset: number },
  ): Promise<Page<LedgerEntryView>> {
    if (!(await this.repository.callExists(this.dataSource.manager, callId))) {
      throw DomainError.notFound('Call', callId);
    }
    const [rows, total] = await this.repository.entries(callId, query);
    return {
      items: rows.map((e) => ({
        id: e.id,
        kind: e.kind,
        amountCents: e.amountCents,
        applicationId: e.applicationId,
        reference: e.reference,
        createdAt: e.createdAt.toISOString(),
        createdBy: e.createdBy,
      })),
      total,
    };
  }

  private async append(
    manager: EntityManager,
    actor: AuditActor,
    posting: Posting,
    kind: Exclude<LedgerKind, 'budget'>,
    cents: number,
  ): Promise<void> {
    await manager.insert(BudgetLedgerEntry, {
      callId: posting.callId,
      applicationId: posting.applicationId,
      kind,
      amountCents: signedAmount(kind, cents),
      reference: posting.reference,
      createdBy: actor.id,
    });
  }
}
