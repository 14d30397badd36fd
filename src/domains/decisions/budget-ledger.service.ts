import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import type { Page } from '../../kernel/pagination.js';
import { BudgetLedgerEntry } from './budget-ledger-entry.entity.js';
import type { BudgetView, LedgerEntryView } from './dto/budget.dto.js';
import { type BudgetFigures, type LedgerKind, signedAmount } from './ledger.js';
import type { AuditActor } from '../../kernel/actor.js';

export interface CallTotals {
  id: string;
  budgetCents: number;
  committedCents: number;
  paidCents: number;
}

interface TotalsRow {
  id: string;
  budget_cents: string;
  committed_cents: string;
  paid_cents: string;
}

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
  ) {}

  /** Locks the call's budget row (`SELECT … FOR UPDATE`) for the rest of the transaction, or 404. */
  async lockCall(manager: EntityManager, callId: string): Promise<CallTotals> {
    const rows = (await manager.query(
      `SELECT id, budget_cents, committed_cents, paid_cents FROM call WHERE id = $1 FOR UPDATE`,
      [callId],
    )) as TotalsRow[];
    if (rows.length === 0) throw DomainError.notFound('Call', callId);
    return toTotals(rows[0]);
  }

  /** Commits a grant: 422 BUDGET_EXCEEDED when it does not fit in what is left of the call's budget. */
  async commit(
    manager: EntityManager,
    actor: AuditActor,
    posting: Posting,
    amountCents: number,
  ): Promise<CallTotals> {
    const rows = (await manager.query(
      `UPDATE call SET committed_cents = committed_cents + $2
        WHERE id = $1 AND committed_cents + $2 <= budget_cents
        RETURNING id, budget_cents, committed_cents, paid_cents`,
      [posting.callId, amountCents],
    )) as [TotalsRow[], number] | TotalsRow[];
    const updated = returning(rows);
    if (!updated) {
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
    const totals = toTotals(updated);
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
    const rows = (await manager.query(
      `UPDATE call SET paid_cents = paid_cents + $2
        WHERE id = $1 AND paid_cents + $2 <= committed_cents
        RETURNING id, budget_cents, committed_cents, paid_cents`,
      [posting.callId, amountCents],
    )) as [TotalsRow[], number] | TotalsRow[];
    const updated = returning(rows);
    if (!updated) {
      throw new DomainError('PAYMENT_EXCEEDS_GRANT', 'This payment is more than is committed on the call');
    }
    await this.append(manager, actor, posting, 'payment', amountCents);
    const totals = toTotals(updated);
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
    const rows = (await manager.query(
      `UPDATE call SET committed_cents = committed_cents - $2, paid_cents = paid_cents - $3
        WHERE id = $1 AND committed_cents - $2 >= 0 AND paid_cents - $3 >= 0
        RETURNING id, budget_cents, committed_cents, paid_cents`,
      [posting.callId, decommitCents, recoverCents],
    )) as [TotalsRow[], number] | TotalsRow[];
    const updated = returning(rows);
    if (!updated) throw new Error(`Settling ${posting.reference} would make the call's totals negative`);
    if (decommitCents > 0) await this.append(manager, actor, posting, 'decommitment', decommitCents);
    if (recoverCents > 0) await this.append(manager, actor, posting, 'recovery', recoverCents);
    const totals = toTotals(updated);
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
    const exists = (await manager.query('SELECT 1 FROM call WHERE id = $1', [callId])) as unknown[];
    if (exists.length === 0) throw DomainError.notFound('Call', callId);
    const [row] = (await manager.query(
      `SELECT COALESCE(SUM(amount_cents) FILTER (WHERE kind = 'budget'), 0)::text AS budget,
              COALESCE(SUM(amount_cents) FILTER (WHERE kind IN ('commitment','decommitment')), 0)::text AS committed,
              COALESCE(SUM(amount_cents) FILTER (WHERE kind IN ('payment','recovery')), 0)::text AS paid
         FROM budget_ledger_entry WHERE call_id = $1`,
      [callId],
    )) as { budget: string; committed: string; paid: string }[];
    const figures: BudgetFigures = {
      budgetCents: Number(row.budget),
      committedCents: Number(row.committed),
      paidCents: Number(row.paid),
      availableCents: Number(row.budget) - Number(row.committed),
    };
    return { callId, ...figures };
  }

  async entries(
    callId: string,
    query: { applicationId?: string; limit: number; offset: number },
  ): Promise<Page<LedgerEntryView>> {
    const exists = (await this.dataSource.query('SELECT 1 FROM call WHERE id = $1', [callId])) as unknown[];
    if (exists.length === 0) throw DomainError.notFound('Call', callId);
    const qb = this.dataSource
      .getRepository(BudgetLedgerEntry)
      .createQueryBuilder('e')
      .where('e.call_id = :callId', { callId });
    if (query.applicationId)
      qb.andWhere('e.application_id = :applicationId', { applicationId: query.applicationId });
    const [rows, total] = await qb
      .orderBy('e.seq', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
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

/** `UPDATE … RETURNING` gives `[rows, count]` on PostgreSQL through TypeORM. */
function returning(result: [TotalsRow[], number] | TotalsRow[]): TotalsRow | undefined {
  const rows = Array.isArray(result[0]) ? (result[0] as TotalsRow[]) : (result as TotalsRow[]);
  return rows[0];
}

function toTotals(row: TotalsRow): CallTotals {
  return {
    id: row.id,
    budgetCents: Number(row.budget_cents),
    committedCents: Number(row.committed_cents),
    paidCents: Number(row.paid_cents),
  };
}
