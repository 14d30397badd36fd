import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CentsColumn } from '../../kernel/db/columns.js';
import type { PaymentKind } from './payments.js';

/** Money paid out on a grant: at most one advance and one balance per application. */
@Entity('payment')
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  decisionId: string;

  @Column({ type: 'text' })
  kind: PaymentKind;

  @CentsColumn()
  amountCents: number;

  @Column({ type: 'date' })
  paidOn: string;

  /** The IBAN the money was paid to (null only for payments recorded before it was required). */
  @Column({ type: 'text', nullable: true })
  payeeIban: string | null;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export const FINAL_REPORT_STATUSES = ['submitted', 'accepted'] as const;
export type FinalReportStatus = (typeof FINAL_REPORT_STATUSES)[number];

export interface FinalReportCost {
  organisationId: string;
  category: string;
  description: string;
  amountCents: number;
  eligible: boolean;
}

/** The actual costs of a project, reported by its coordinator; accepting it settles the grant. */
@Entity('final_report')
export class FinalReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  decisionId: string;

  @Column({ type: 'text' })
  status: FinalReportStatus;

  /** 1 at submission, raised at every correction: staff accept the version they reviewed. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'jsonb' })
  costs: FinalReportCost[];

  @CentsColumn()
  totalCostsCents: number;

  @CentsColumn()
  eligibleCostsCents: number;

  @Column({ type: 'uuid' })
  submittedBy: string;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @CentsColumn({ nullable: true })
  finalGrantCents: number | null;

  @CentsColumn({ nullable: true })
  decommittedCents: number | null;

  @CentsColumn({ nullable: true })
  recoveredCents: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
