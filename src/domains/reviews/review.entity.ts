import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NumericColumn } from '../../kernel/db/columns.js';
import type { CriterionScore } from './scoring.js';

/**
 * `assigned`: waiting for the evaluator's conflict-of-interest declaration;
 * `declared`: no conflict declared, the evaluator reads and scores;
 * `recused`: a conflict was declared, the assignment is closed (staff assign someone else);
 * `submitted`: the review is submitted and final.
 */
export const ASSIGNMENT_STATUSES = ['assigned', 'declared', 'recused', 'submitted'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

@Entity('review_assignment')
export class ReviewAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  evaluatorId: string;

  @Column({ type: 'text' })
  status: AssignmentStatus;

  @Column({ type: 'boolean', nullable: true })
  hasConflict: boolean | null;

  @Column({ type: 'text', nullable: true })
  statement: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  declaredAt: Date | null;

  @Column({ type: 'uuid' })
  assignedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('review')
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'jsonb' })
  scores: CriterionScore[];

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** Set on submission: the weighted score, 0–100. */
  @NumericColumn(7, 4, { nullable: true })
  weightedScore: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('application_consensus')
export class ApplicationConsensus {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @NumericColumn(5, 2)
  score: number;

  @Column({ type: 'text' })
  justification: string;

  @Column({ type: 'uuid' })
  decidedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
