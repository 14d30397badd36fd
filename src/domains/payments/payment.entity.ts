import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CENTS_TRANSFORMER } from '../../kernel/db/columns.js';
import type { PaymentKind } from './payments.js';

/** Money paid out on a grant: at most one advance and one balance per application. */
@Entity('payment')
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @Column({ type: 'text' })
  kind: PaymentKind;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: CENTS_TRANSFORMER })
  amountCents: number;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
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

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @Column({ type: 'text' })
  status: FinalReportStatus;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'jsonb' })
  costs: FinalReportCost[];

  @Column({ name: 'total_costs_cents', type: 'bigint', transformer: CENTS_TRANSFORMER })
  totalCostsCents: number;

  @Column({ name: 'eligible_costs_cents', type: 'bigint', transformer: CENTS_TRANSFORMER })
  eligibleCostsCents: number;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'final_grant_cents', type: 'bigint', nullable: true, transformer: CENTS_TRANSFORMER })
  finalGrantCents: number | null;

  @Column({ name: 'decommitted_cents', type: 'bigint', nullable: true, transformer: CENTS_TRANSFORMER })
  decommittedCents: number | null;

  @Column({ name: 'recovered_cents', type: 'bigint', nullable: true, transformer: CENTS_TRANSFORMER })
  recoveredCents: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
