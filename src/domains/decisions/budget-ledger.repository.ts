import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BudgetLedgerEntry } from './budget-ledger-entry.entity.js';

/** A call's budget and running totals (`call.committed_cents`, `call.paid_cents`), in cents. */
export interface CallTotals {
  id: string;
  budgetCents: number;
  committedCents: number;
  paidCents: number;
}

/** The sums of a call's ledger entries, in cents. */
export interface LedgerSums {
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

const TOTALS = 'id, budget_cents, committed_cents, paid_cents';

/**
 * The SQL of the budget ledger and the call's running totals. The totals change only through
 * conditional UPDATEs: a row comes back only when the change kept the call within its limits.
 */
@Injectable()
export class BudgetLedgerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Locks the call's row (`FOR UPDATE`) for the rest of the transaction; undefined when there is none. */
  async lockCall(manager: EntityManager, callId: string): Promise<CallTotals | undefined> {
    const rows = (await manager.query(`SELECT ${TOTALS} FROM call WHERE id = $1 FOR UPDATE`, [
      callId,
    ])) as TotalsRow[];
    return rows.length === 0 ? undefined : toTotals(rows[0]);
  }

  /** Adds to the committed total if it stays within the budget; undefined when it would not. */
  async addCommitted(manager: EntityManager, callId: string, cents: number): Promise<CallTotals | undefined> {
    return returning(
      await manager.query(
        `UPDATE call SET committed_cents = committed_cents + $2
          WHERE id = $1 AND committed_cents + $2 <= budget_cents
          RETURNING ${TOTALS}`,
        [callId, cents],
      ),
    );
  }

  /** Adds to the paid total if it stays within what is committed; undefined when it would not. */
  async addPaid(manager: EntityManager, callId: string, cents: number): Promise<CallTotals | undefined> {
    return returning(
      await manager.query(
        `UPDATE call SET paid_cents = paid_cents + $2
          WHERE id = $1 AND paid_cents + $2 <= committed_cents
          RETURNING ${TOTALS}`,
        [callId, cents],
      ),
    );
  }

  /**
   * Lowers both totals in one UPDATE, so that paid ≤ committed holds at every statement; undefined
   * when either would become negative.
   */
  async subtract(
    manager: EntityManager,
    callId: string,
    amounts: { committedCents: number; paidCents: number },
  ): Promise<CallTotals | undefined> {
    return returning(
      await manager.query(
        `UPDATE call SET committed_cents = committed_cents - $2, paid_cents = paid_cents - $3
          WHERE id = $1 AND committed_cents - $2 >= 0 AND paid_cents - $3 >= 0
          RETURNING ${TOTALS}`,
        [callId, amounts.committedCents, amounts.paidCents],
      ),
    );
  }

  async callExists(manager: EntityManager, callId: string): Promise<boolean> {
    const rows = (await manager.query('SELECT 1 FROM call WHERE id = $1', [callId])) as unknown[];
    return rows.length > 0;
  }

  /** The call's figures summed from its ledger entries (zero without entries). */
  async sums(manager: EntityManager, callId: string): Promise<LedgerSums> {
    const [row] = (await manager.query(
      `SELECT COALESCE(SUM(amount_cents) FILTER (WHERE kind = 'budget'), 0)::text AS budget,
              COALESCE(SUM(amount_cents) FILTER (WHERE kind IN ('commitment','decommitment')), 0)::text AS committed,
              COALESCE(SUM(amount_cents) FILTER (WHERE kind IN ('payment','recovery')), 0)::text AS paid
         FROM budget_ledger_entry WHERE call_id = $1`,
      [callId],
    )) as { budget: string; committed: string; paid: string }[];
    return {
      budgetCents: Number(row.budget),
      committedCents: Number(row.committed),
      paidCents: Number(row.paid),
    };
  }

  /** A page of a call's entries (optionally of one application) in ledger order, and the total. */
  entries(
    callId: string,
    filter: { applicationId?: string; limit: number; offset: number },
  ): Promise<[BudgetLedgerEntry[], number]> {
    const qb = this.dataSource
      .getRepository(BudgetLedgerEntry)
      .createQueryBuilder('e')
      .where('e.call_id = :callId', { callId });
    if (filter.applicationId)
      qb.andWhere('e.application_id = :applicationId', { applicationId: filter.applicationId });
    return qb.orderBy('e.seq', 'ASC').take(filter.limit).skip(filter.offset).getManyAndCount();
  }
}

/** `UPDATE … RETURNING` gives `[rows, count]` on PostgreSQL through TypeORM. */
function returning(result: unknown): CallTotals | undefined {
  const raw = result as [TotalsRow[], number] | TotalsRow[];
  const rows = Array.isArray(raw[0]) ? (raw[0] as TotalsRow[]) : (raw as TotalsRow[]);
  return rows.length === 0 ? undefined : toTotals(rows[0]);
}

function toTotals(row: TotalsRow): CallTotals {
  return {
    id: row.id,
    budgetCents: Number(row.budget_cents),
    committedCents: Number(row.committed_cents),
    paidCents: Number(row.paid_cents),
  };
}
