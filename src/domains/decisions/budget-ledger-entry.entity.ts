import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { CentsColumn } from '../../kernel/db/columns.js';
import type { LedgerKind } from './ledger.js';

/** One append-only entry of a call's budget ledger; the sign convention is in `ledger.ts`. */
@Entity('budget_ledger_entry')
export class BudgetLedgerEntry {
  /** Order of the entries (an identity column). */
  @PrimaryColumn({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ type: 'uuid', insert: false, update: false })
  id: string;

  @Column({ type: 'uuid' })
  callId: string;

  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'text' })
  kind: LedgerKind;

  @CentsColumn()
  amountCents: number;

  /** What the entry comes from: `decision <id>`, `payment <id>`, `final report <id>`, `call budget`. */
  @Column({ type: 'text' })
  reference: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;
}
