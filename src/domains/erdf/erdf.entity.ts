import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type ValueTransformer,
} from 'typeorm';
import type { ExpenseCategory } from './eligibility.js';
import type { IndicatorKind } from './indicators.js';

/** `bigint` and `numeric` columns come back from pg as strings; amounts here stay far below 2^53. */
const asNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export const CLAIM_STATUSES = ['draft', 'submitted', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const ACTIVITY_KINDS = ['training', 'matchmaking', 'conference', 'acquisition'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

@Entity('erdf_project')
export class ErdfProject {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_number', type: 'text' })
  projectNumber: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'coordinator_organisation_id', type: 'uuid' })
  coordinatorOrganisationId: string;

  @Column({ name: 'erdf_rate_pct', type: 'numeric', precision: 5, scale: 2, transformer: asNumber })
  erdfRatePct: number;

  @Column({ name: 'province_rate_pct', type: 'numeric', precision: 5, scale: 2, transformer: asNumber })
  provinceRatePct: number;

  @Column({
    name: 'own_contribution_rate_pct',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: asNumber,
  })
  ownContributionRatePct: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('erdf_partner')
export class ErdfPartner {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'budget_cents', type: 'bigint', transformer: asNumber })
  budgetCents: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_expense')
export class ErdfExpense {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'partner_organisation_id', type: 'uuid' })
  partnerOrganisationId: string;

  @Column({ type: 'text' })
  category: ExpenseCategory;

  /** Negative for a correction that lowers an earlier expense. */
  @Column({ name: 'amount_cents', type: 'bigint', transformer: asNumber })
  amountCents: number;

  @Column({ name: 'incurred_on', type: 'date' })
  incurredOn: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'invoice_ref', type: 'text' })
  invoiceRef: string;

  @Column({ name: 'corrects_expense_id', type: 'uuid', nullable: true })
  correctsExpenseId: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_claim')
export class ErdfClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Column({ type: 'text' })
  status: ClaimStatus;

  @Column({ name: 'erdf_rate_pct', type: 'numeric', precision: 5, scale: 2, transformer: asNumber })
  erdfRatePct: number;

  @Column({ name: 'expenses_cents', type: 'bigint', transformer: asNumber })
  expensesCents: number;

  @Column({ name: 'staff_cents', type: 'bigint', transformer: asNumber })
  staffCents: number;

  @Column({ name: 'flat_rate_cents', type: 'bigint', transformer: asNumber })
  flatRateCents: number;

  @Column({ name: 'eligible_cents', type: 'bigint', transformer: asNumber })
  eligibleCents: number;

  @Column({ name: 'erdf_cents', type: 'bigint', transformer: asNumber })
  erdfCents: number;

  @Column({ name: 'created_on', type: 'date' })
  createdOn: string;

  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn: string | null;

  @Column({ name: 'due_by', type: 'date', nullable: true })
  dueBy: string | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ name: 'paid_cents', type: 'bigint', nullable: true, transformer: asNumber })
  paidCents: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('erdf_claim_partner')
export class ErdfClaimPartner {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'expenses_cents', type: 'bigint', transformer: asNumber })
  expensesCents: number;

  @Column({ name: 'staff_cents', type: 'bigint', transformer: asNumber })
  staffCents: number;

  @Column({ name: 'flat_rate_cents', type: 'bigint', transformer: asNumber })
  flatRateCents: number;

  @Column({ name: 'eligible_cents', type: 'bigint', transformer: asNumber })
  eligibleCents: number;

  @Column({ name: 'erdf_cents', type: 'bigint', transformer: asNumber })
  erdfCents: number;
}

/** One expense in one claim. UNIQUE(expense_id): an expense is never in two claims. */
@Entity('erdf_claim_line')
export class ErdfClaimLine {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @PrimaryColumn({ name: 'expense_id', type: 'uuid' })
  expenseId: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: asNumber })
  amountCents: number;
}

@Entity('erdf_indicator')
export class ErdfIndicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: IndicatorKind;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: asNumber })
  target: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_indicator_value')
export class ErdfIndicatorValue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @Column({ name: 'on', type: 'date' })
  on: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: asNumber })
  value: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_activity')
export class ErdfActivity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  kind: ActivityKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text' })
  place: string;

  @Column({ type: 'integer', nullable: true })
  participants: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_activity_indicator')
export class ErdfActivityIndicator {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;
}

export const ERDF_ENTITIES = [
  ErdfProject,
  ErdfPartner,
  ErdfExpense,
  ErdfClaim,
  ErdfClaimPartner,
  ErdfClaimLine,
  ErdfIndicator,
  ErdfIndicatorValue,
  ErdfActivity,
  ErdfActivityIndicator,
];
