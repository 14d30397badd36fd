import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CentsColumn } from '../../kernel/db/columns.js';
import type { OrganisationKind, SmeSize } from '../organisations/organisation.entity.js';
import type { CostCategory } from '../programmes/programme-rules.js';
import type { ApplicationStatus } from './state-machine.js';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const PARTNER_ROLES = ['coordinator', 'partner'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

@Entity('application')
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  callId: string;

  /** Human-readable, unique: programme code, call year, sequence (`IS-2026-0007`). */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  cluster: string;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @CentsColumn()
  requestedCents: number;

  @Column({ type: 'text' })
  status: ApplicationStatus;

  @Column({ type: 'uuid' })
  createdBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  screenedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The content and figures as last submitted; later edits never change it. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: ApplicationSnapshot | null;

  @Column({ type: 'text', nullable: true })
  screeningReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}

@Entity('application_partner')
export class ApplicationPartner {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  role: PartnerRole;

  @Column({ type: 'integer' })
  position: number;
}

@Entity('application_cost')
export class ApplicationCost {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'text' })
  category: CostCategory;

  @Column({ type: 'text' })
  description: string;

  @CentsColumn()
  amountCents: number;

  @Column({ type: 'integer' })
  position: number;
}

/** A partner as frozen in a snapshot: with the organisation facts that mattered at submission. */
export interface SnapshotPartner {
  organisationId: string;
  name: string;
  enterpriseNumber: string;
  kind: OrganisationKind;
  smeSize: SmeSize | null;
  /**
   * An SME for the funding rate: of kind sme and no large enterprise in its single undertaking
   * (absent in snapshots before issue #18: then the kind decides).
   */
  smeForRate?: boolean;
  /** The key of its single undertaking at submission (absent before issue #18: its own id). */
  undertaking?: string;
  role: PartnerRole;
  costs: { category: CostCategory; description: string; amountCents: number }[];
  totalCostsCents: number;
  eligibleCostsCents: number;
}

/** A document as frozen in a snapshot: its content is fixed by the hash. */
export interface SnapshotDocument {
  id: string;
  kind: string;
  title: string;
  fileName: string;
  organisationId: string | null;
  sha256: string;
  sizeBytes: number;
  contentType: string;
  scanStatus: 'pending' | 'clean' | 'unscanned';
}

export interface ApplicationSnapshot {
  submittedAt: string;
  reference: string;
  title: string;
  acronym: string | null;
  summary: string;
  cluster: string;
  language: Language;
  startDate: string;
  endDate: string;
  requestedCents: number;
  partners: SnapshotPartner[];
  figures: {
    totalCostsCents: number;
    eligibleCostsCents: number;
    maxFundingRatePct: number;
    maxGrantCents: number;
    requestedCents: number;
  };
  /** The documents attached at submission (absent in snapshots taken before documents existed). */
  documents?: SnapshotDocument[];
}
