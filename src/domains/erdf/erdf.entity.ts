import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CentsColumn, NumericColumn } from '../../kernel/db/columns.js';
import type { ExpenseCategory } from './eligibility.js';
import type { IndicatorKind } from './indicators.js';

export const CLAIM_STATUSES = ['draft', 'submitted', 'partially_paid', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const ACTIVITY_KINDS = ['training', 'matchmaking', 'conference', 'acquisition'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

@Entity('erdf_project')
export class ErdfProject {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  projectNumber: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'uuid' })
  coordinatorOrganisationId: string;

  @NumericColumn(5, 2)
  erdfRatePct: number;

  @NumericColumn(5, 2)
  provinceRatePct: number;

  @NumericColumn(5, 2)
  ownContributionRatePct: number;

  /** The most ERDF the project may receive over all its claims (by default the ERDF rate of the budget). */
  @CentsColumn()
  erdfApprovedCents: number;

  /** Whether the 15 % office flat rate applies (then `office_admin` expenses are refused). */
  @Column({ type: 'boolean', default: true })
  officeFlatRate: boolean;

  /** Budgets, expenses, claims and indicator values are invented demo figures (shown in its reports). */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('erdf_partner')
export class ErdfPartner {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @CentsColumn()
  budgetCents: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_expense')
export class ErdfExpense {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  partnerOrganisationId: string;

  @Column({ type: 'text' })
  category: ExpenseCategory;

  /** Negative for a correction that lowers an earlier expense. */
  @CentsColumn()
  amountCents: number;

  @Column({ type: 'date' })
  incurredOn: string;

  @Column({ type: 'date' })
  paidOn: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  invoiceRef: string;

  @Column({ type: 'uuid', nullable: true })
  correctsExpenseId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawnReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_claim')
export class ErdfClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'date' })
  periodFrom: string;

  @Column({ type: 'date' })
  periodTo: string;

  @Column({ type: 'text' })
  status: ClaimStatus;

  @NumericColumn(5, 2)
  erdfRatePct: number;

  @CentsColumn()
  expensesCents: number;

  @CentsColumn()
  staffCents: number;

  @CentsColumn()
  flatRateCents: number;

  @CentsColumn()
  eligibleCents: number;

  @CentsColumn()
  erdfCents: number;

  /** ERDF the rate would give above the partner or project cap: not claimed. */
  @CentsColumn()
  erdfCappedCents: number;

  @Column({ type: 'date' })
  createdOn: string;

  @Column({ type: 'date', nullable: true })
  submittedOn: string | null;

  @Column({ type: 'date', nullable: true })
  dueBy: string | null;

  @Column({ type: 'date', nullable: true })
  paidOn: string | null;

  @CentsColumn({ nullable: true })
  paidCents: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('erdf_claim_partner')
export class ErdfClaimPartner {
  @PrimaryColumn({ type: 'uuid' })
  claimId: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @CentsColumn()
  expensesCents: number;

  @CentsColumn()
  staffCents: number;

  @CentsColumn()
  flatRateCents: number;

  @CentsColumn()
  eligibleCents: number;

  @CentsColumn()
  erdfCents: number;

  /** ERDF the rate would give above the partner or project cap: not claimed. */
  @CentsColumn()
  erdfCappedCents: number;
}

/** One expense in one claim. UNIQUE(expense_id): an expense is never in two claims. */
@Entity('erdf_claim_line')
export class ErdfClaimLine {
  @PrimaryColumn({ type: 'uuid' })
  claimId: string;

  @PrimaryColumn({ type: 'uuid' })
  expenseId: string;

  @CentsColumn()
  amountCents: number;
}

/** One payment received on a claim; a claim may be paid in parts, never above its ERDF amount. */
@Entity('erdf_claim_payment')
export class ErdfClaimPayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  claimId: string;

  @Column({ type: 'date' })
  paidOn: string;

  @CentsColumn()
  amountCents: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_indicator')
export class ErdfIndicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: IndicatorKind;

  @Column({ type: 'text' })
  unit: string;

  @NumericColumn(14, 2)
  target: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_indicator_value')
export class ErdfIndicatorValue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  indicatorId: string;

  @Column({ type: 'date' })
  on: string;

  @NumericColumn(14, 2)
  value: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_activity')
export class ErdfActivity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  kind: ActivityKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text' })
  place: string;

  @Column({ type: 'integer', nullable: true })
  participants: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('erdf_activity_indicator')
export class ErdfActivityIndicator {
  @PrimaryColumn({ type: 'uuid' })
  activityId: string;

  @PrimaryColumn({ type: 'uuid' })
  indicatorId: string;
}

export const ERDF_ENTITIES = [
  ErdfProject,
  ErdfPartner,
  ErdfExpense,
  ErdfClaim,
  ErdfClaimPartner,
  ErdfClaimLine,
  ErdfClaimPayment,
  ErdfIndicator,
  ErdfIndicatorValue,
  ErdfActivity,
  ErdfActivityIndicator,
];
