import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CENTS_TRANSFORMER } from '../../kernel/db/columns.js';
import type { AidBasis, ProgrammeRules } from './programme-rules.js';

@Entity('programme')
export class Programme {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short upper-case code, the prefix of application references (`IS`). */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'aid_basis', type: 'text' })
  aidBasis: AidBasis;

  /** The full rules (defaults merged with the overrides given at creation). */
  @Column({ type: 'jsonb' })
  rules: ProgrammeRules;

  /** The regulation cited in decision letters. */
  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export interface ReviewCriterion {
  key: string;
  label: string;
  weight: number;
  maxScore: number;
  threshold?: number;
}

@Entity('call')
export class Call {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'budget_cents', type: 'bigint', transformer: CENTS_TRANSFORMER })
  budgetCents: number;

  @Column({ name: 'min_reviews_per_application', type: 'integer' })
  minReviewsPerApplication: number;

  @Column({ type: 'jsonb' })
  criteria: ReviewCriterion[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
