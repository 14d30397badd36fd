import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import type { DeMinimisRegulation } from './de-minimis.js';

export const AID_SOURCES = ['internal', 'external'] as const;
/** `internal`: granted by the province's own decisions; `external`: by another grantor, registered by staff. */
export type AidSource = (typeof AID_SOURCES)[number];

/** `bigint` cents come back from PostgreSQL as strings; amounts stay far below 2^53. */
const centsTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('de_minimis_aid')
export class DeMinimisAid {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  grantor: string;

  /** The date the right to the aid was granted (the decision date), `YYYY-MM-DD`. */
  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: centsTransformer })
  amountCents: number;

  @Column({ type: 'text' })
  regulation: DeMinimisRegulation;

  @Column({ type: 'text' })
  source: AidSource;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** From 2026, de minimis aid goes into the central register within 20 working days of the decision. */
  @Column({ name: 'registered_in_central_register_on', type: 'date', nullable: true })
  registeredInCentralRegisterOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
