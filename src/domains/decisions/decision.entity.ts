import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CentsColumn, NumericColumn } from '../../kernel/db/columns.js';

export const DECISION_OUTCOMES = ['approved', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Who took the decision: the deputation, or an official acting under a delegation of it. */
export const DECIDING_BODIES = ['deputatie', 'delegated_official'] as const;
export type DecidingBody = (typeof DECIDING_BODIES)[number];

/** A ground of a refusal, with its figures (issue #17, point 5). Money in cents. */
export type RefusalGround =
  | { type: 'below_threshold'; criterion: string; score: number; threshold: number }
  | {
      type: 'below_funding_line';
      budgetCents: number;
      committedAboveCents: number;
      availableCents: number;
      requestedCents: number;
    }
  | { type: 'ineligible'; rule: string }
  | { type: 'other'; text: string };

/** A consensus score that replaced the experts' mean, with who set it (a panel) and why. */
export interface DecisionConsensus {
  score: number;
  justification: string;
  panel: { members: string[]; meetingDate: string };
}

/** A citation of the legal basis, as it stood at decision time (programme `legalCitations`). */
export interface LegalCitation {
  kind: 'regulation' | 'competence' | 'budget' | 'other';
  instrument: { nl: string; en: string };
  date: string;
  title: { nl: string; en: string };
  article: string;
}

/** A signatory of the letter, chosen by the decision date from `templates/decision-letter/signatories.json`. */
export interface DecisionSignatory {
  name: string;
  function: { nl: string; en: string };
}

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

  /** The grant's funding rate: granted ÷ eligible costs in percent, rounded down to two decimals (null for a rejection). */
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

  /** The deputation, or an official under a delegation (then `delegationReference` names the act). */
  @Column({ type: 'text' })
  decidingBody: DecidingBody;

  @Column({ type: 'text', nullable: true })
  delegationReference: string | null;

  /** The number of the decision (given, or assigned as `YYYY/nnnnn`). */
  @Column({ type: 'text' })
  decisionNumber: string;

  /** The day a staff user entered the decision (`decidedOn` is the meeting or signature date). */
  @Column({ type: 'date' })
  enteredOn: string;

  /** The grounds of a refusal, at least one; empty for an approval. */
  @Column({ type: 'jsonb' })
  refusalGrounds: RefusalGround[];

  /** Why the decision departs from the ranking (below a threshold or the funding line, or refused above it). */
  @Column({ type: 'text', nullable: true })
  derogationReason: string | null;

  /** The experts' mean weighted score (0–100), disclosed next to a consensus. */
  @NumericColumn(5, 2, { nullable: true })
  evaluationMeanScore: number | null;

  /** The experts' mean per criterion: `[{ key, label, mean, maxScore, threshold }]`. */
  @Column({ type: 'jsonb', nullable: true })
  evaluationCriteria:
    { key: string; label: string; mean: number; maxScore: number; threshold: number | null }[] | null;

  @Column({ type: 'jsonb', nullable: true })
  evaluationConsensus: DecisionConsensus | null;

  @Column({ type: 'boolean', nullable: true })
  evaluationWithinFundingLine: boolean | null;

  /** The programme's legal citations as they stood at decision time. */
  @Column({ type: 'jsonb' })
  legalBasis: LegalCitation[];

  @Column({ type: 'jsonb' })
  signatories: DecisionSignatory[];

  /** The coordinator's acceptance of the grant (the advance is paid only after it). */
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedBy: string | null;

  /**
   * The decision on the final grant, when the final report lowered the grant (issue #17, point 4): a
   * new decision with its own number, date, body and signatories, and its own letter.
   */
  @Column({ type: 'text', nullable: true })
  finalDecisionNumber: string | null;

  @Column({ type: 'date', nullable: true })
  finalDecidedOn: string | null;

  @Column({ type: 'text', nullable: true })
  finalDecidingBody: DecidingBody | null;

  @Column({ type: 'text', nullable: true })
  finalDelegationReference: string | null;

  @Column({ type: 'jsonb', nullable: true })
  finalSignatories: DecisionSignatory[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
