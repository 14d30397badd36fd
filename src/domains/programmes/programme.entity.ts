import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CentsColumn } from '../../kernel/db/columns.js';
import type { ProgrammeLegalCitation } from './legal-basis.js';
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

  @Column({ type: 'text' })
  aidBasis: AidBasis;

  /** The full rules (defaults merged with the overrides given at creation). */
  @Column({ type: 'jsonb' })
  rules: ProgrammeRules;

  /** The regulation cited in decision letters. */
  @Column({ type: 'text' })
  legalBasis: string;

  /** The legal basis as structured citations (decision letters print these, not `legalBasis`). */
  @Column({ type: 'jsonb' })
  legalCitations: ProgrammeLegalCitation[];

  /** The programme's name in English, for English letters (null: the Dutch name is quoted). */
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
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

  @Column({ type: 'uuid' })
  programmeId: string;

  @Column({ type: 'text' })
  title: string;

  /** The call's title in English, for English letters (null: the Dutch title is quoted). */
  @Column({ type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'timestamptz' })
  opensAt: Date;

  /** The last day applicants can submit (`YYYY-MM-DD`): the call closes at its end, Brussels time. */
  @Column({ type: 'date' })
  closesOn: string;

  /** The exclusive end: the day after `closesOn` at 00:00 Europe/Brussels (`callEndOf`). */
  @Column({ type: 'timestamptz' })
  closesAt: Date;

  /** What the call is about, for applicants (staff change it, audited). */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Reviews may start while the call is open (a rolling call); by default only after it closes. */
  @Column({ type: 'boolean', default: false })
  reviewsDuringCall: boolean;

  @CentsColumn()
  budgetCents: number;

  @Column({ type: 'integer' })
  minReviewsPerApplication: number;

  /** Evaluators submit their reviews by this day (`YYYY-MM-DD`); reminders before and after. */
  @Column({ type: 'date', nullable: true })
  reviewDeadline: string | null;

  @Column({ type: 'jsonb' })
  criteria: ReviewCriterion[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
