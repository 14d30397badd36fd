import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CENTS_TRANSFORMER } from '../../kernel/db/columns.js';

export const DECISION_OUTCOMES = ['approved', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** `numeric` comes back from PostgreSQL as a string; percentages are small exact decimals. */
const PERCENT_TRANSFORMER = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/** The decision on an application: one per application, never changed except by its settlement. */
@Entity('decision')
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @Column({ type: 'text' })
  outcome: DecisionOutcome;

  /** The amount granted by the decision (null for a rejection). */
  @Column({ name: 'granted_cents', type: 'bigint', nullable: true, transformer: CENTS_TRANSFORMER })
  grantedCents: number | null;

  /** The grant's funding rate: granted ÷ eligible costs in percent, two decimals (null for a rejection). */
  @Column({
    name: 'funding_rate_pct',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: PERCENT_TRANSFORMER,
  })
  fundingRatePct: number | null;

  /** The highest rate that applies to the consortium (50, or 40 without an SME). */
  @Column({
    name: 'max_funding_rate_pct',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: PERCENT_TRANSFORMER,
  })
  maxFundingRatePct: number;

  /** Eligible costs of the application as submitted. */
  @Column({ name: 'eligible_costs_cents', type: 'bigint', transformer: CENTS_TRANSFORMER })
  eligibleCostsCents: number;

  @Column({ name: 'requested_cents', type: 'bigint', transformer: CENTS_TRANSFORMER })
  requestedCents: number;

  /** The grounds of the decision (Law of 29 July 1991). */
  @Column({ type: 'text' })
  motivation: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  /** The evaluation result when the decision was taken (0–100); null when there were no reviews. */
  @Column({
    name: 'evaluation_score',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: PERCENT_TRANSFORMER,
  })
  evaluationScore: number | null;

  @Column({ name: 'evaluation_rank', type: 'integer', nullable: true })
  evaluationRank: number | null;

  @Column({ name: 'evaluation_thresholds_met', type: 'boolean', nullable: true })
  evaluationThresholdsMet: boolean | null;

  /** The grant after the accepted final report; null before. */
  @Column({ name: 'final_grant_cents', type: 'bigint', nullable: true, transformer: CENTS_TRANSFORMER })
  finalGrantCents: number | null;

  /** Net amount paid: payments minus recoveries. */
  @Column({ name: 'paid_cents', type: 'bigint', transformer: CENTS_TRANSFORMER })
  paidCents: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
