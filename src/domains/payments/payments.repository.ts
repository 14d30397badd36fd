import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Payment } from './payment.entity.js';

/** The SQL of payments and of the paid and final amounts they keep on the decision. */
@Injectable()
export class PaymentsRepository {
  /**
   * Adds a payment to the decision's paid total only if the total stays within the grant (the final
   * grant once fixed): the database's own guarantee. False when it would not.
   */
  async addPaid(manager: EntityManager, decisionId: string, cents: number): Promise<boolean> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows] = (await manager.query(
      `UPDATE decision SET paid_cents = paid_cents + $2, updated_at = now()
        WHERE id = $1 AND paid_cents + $2 <= COALESCE(final_grant_cents, granted_cents)
        RETURNING paid_cents`,
      [decisionId, cents],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  /** Fixes the final grant and takes what is to be recovered off the paid total. */
  async settleGrant(
    manager: EntityManager,
    decisionId: string,
    amounts: { finalGrantCents: number; recoverCents: number },
  ): Promise<void> {
    await manager.query(
      `UPDATE decision SET final_grant_cents = $2, paid_cents = paid_cents - $3, updated_at = now() WHERE id = $1`,
      [decisionId, amounts.finalGrantCents, amounts.recoverCents],
    );
  }

  /** The application's payments, oldest first. */
  paymentsOf(manager: EntityManager, applicationId: string): Promise<Payment[]> {
    return manager.find(Payment, {
      where: { applicationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
