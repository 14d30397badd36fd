import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CentsColumn, NumericColumn } from '../../kernel/db/columns.js';

export const DECISION_OUTCOMES = ['approved', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The decision on an application: one per application, never changed except by its settlement. */
@Entity('decision')
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  callId: string;

  @Column({ type: 'text' })
  outcome: DecisionOutcome;

  /** The amount granted by the decision (null for a rejection). */
  @CentsColumn({ nullable: true })
  grantedCents: number | null;

  /** The grant's funding rate: granted ÷ eligible costs in percent, two decimals (null for a rejection). */
  @NumericColumn(5, 2, { nullable: true })
  fundingRatePct: number | null;

  /** The highest rate that applies to the consortium (50, or 40 without an SME). */
  @NumericColumn(5, 2)
  maxFundingRatePct: number;

  /** Eligible costs of the application as submitted. */
  @CentsColumn()
  eligibleCostsCents: number;

  @CentsColumn()
  requestedCents: number;

  /** The grounds of the decision (Law of 29 July 1991). */
  @Column({ type: 'text' })
  motivation: string;

  @Column({ type: 'date' })
  decidedOn: string;

  @Column({ type: 'uuid' })
  decidedBy: string;

  /** The evaluation result when the decision was taken (0–100); null when there were no reviews. */
  @NumericColumn(5, 2, { nullable: true })
  evaluationScore: number | null;

  @Column({ type: 'integer', nullable: true })
  evaluationRank: number | null;

  @Column({ type: 'boolean', nullable: true })
  evaluationThresholdsMet: boolean | null;

  /** The grant after the accepted final report; null before. */
  @CentsColumn({ nullable: true })
  finalGrantCents: number | null;

  /** Net amount paid: payments minus recoveries. */
  @CentsColumn()
  paidCents: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
