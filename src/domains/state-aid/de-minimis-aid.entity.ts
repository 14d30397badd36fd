import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CentsColumn } from '../../kernel/db/columns.js';
import type { DeMinimisRegulation } from './de-minimis.js';

export const AID_SOURCES = ['internal', 'external'] as const;
/** `internal`: granted by the province's own decisions; `external`: by another grantor, registered by staff. */
export type AidSource = (typeof AID_SOURCES)[number];

@Entity('de_minimis_aid')
export class DeMinimisAid {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  grantor: string;

  /** The date the right to the aid was granted (the decision date), `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  grantedOn: string;

  @CentsColumn()
  amountCents: number;

  @Column({ type: 'text' })
  regulation: DeMinimisRegulation;

  @Column({ type: 'text' })
  source: AidSource;

  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** From 2026, de minimis aid goes into the central register within 20 working days of the decision. */
  @Column({ type: 'date', nullable: true })
  registeredInCentralRegisterOn: string | null;

  /** The last day to enter the aid in eAid: decision (or correction) date + 20 Belgian working days. */
  @Column({ type: 'date', nullable: true })
  registerBy: string | null;

  /** The reference eAid gave the registration. */
  @Column({ type: 'text', nullable: true })
  eaidReference: string | null;

  /** For a correction (negative amount): the aid it lowers. Rows are never changed in place. */
  @Column({ type: 'uuid', nullable: true })
  correctsAidId: string | null;

  /** The day the record was made: the decision date, or the day of the correction. */
  @Column({ type: 'date' })
  recordedOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;
}
