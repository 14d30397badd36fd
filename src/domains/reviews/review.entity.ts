import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CriterionScore } from './scoring.js';

/**
 * `assigned`: waiting for the evaluator's conflict-of-interest declaration;
 * `declared`: no conflict declared, the evaluator reads and scores;
 * `recused`: a conflict was declared, the assignment is closed (staff assign someone else);
 * `submitted`: the review is submitted and final.
 */
export const ASSIGNMENT_STATUSES = ['assigned', 'declared', 'recused', 'submitted'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Numeric columns come back from PostgreSQL as strings. */
const NUMERIC_TRANSFORMER = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};

@Entity('review_assignment')
export class ReviewAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'evaluator_id', type: 'uuid' })
  evaluatorId: string;

  @Column({ type: 'text' })
  status: AssignmentStatus;

  @Column({ name: 'has_conflict', type: 'boolean', nullable: true })
  hasConflict: boolean | null;

  @Column({ type: 'text', nullable: true })
  statement: string | null;

  @Column({ name: 'declared_at', type: 'timestamptz', nullable: true })
  declaredAt: Date | null;

  @Column({ name: 'assigned_by', type: 'uuid' })
  assignedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('review')
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'jsonb' })
  scores: CriterionScore[];

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** Set on submission: the weighted score, 0–100. */
  @Column({
    name: 'weighted_score',
    type: 'numeric',
    precision: 7,
    scale: 4,
    nullable: true,
    transformer: NUMERIC_TRANSFORMER,
  })
  weightedScore: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('application_consensus')
export class ApplicationConsensus {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: NUMERIC_TRANSFORMER })
  score: number;

  @Column({ type: 'text' })
  justification: string;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
