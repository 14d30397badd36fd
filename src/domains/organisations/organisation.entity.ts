import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const ORGANISATION_KINDS = [
  'sme',
  'large_enterprise',
  'knowledge_institution',
  'public_body',
  'non_profit',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const SME_SIZES = ['micro', 'small', 'medium'] as const;
export type SmeSize = (typeof SME_SIZES)[number];
export const ORGANISATION_STATUSES = ['pending', 'verified'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];
export const MEMBER_ROLES = ['administrator', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const LINK_RELATIONS = ['parent', 'subsidiary', 'linked'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

@Entity('organisation')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Formatted `0123.456.749`. */
  @Column({ type: 'char', length: 12 })
  enterpriseNumber: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column({ type: 'text', nullable: true })
  smeSize: SmeSize | null;

  /**
   * The SME size staff confirmed, on `smeConfirmedOn`, from the evidence in `smeEvidence` (issue #18,
   * item 6). Null: the size is only declared. A change of kind or size clears the confirmation.
   */
  @Column({ type: 'text', nullable: true })
  smeConfirmedSize: SmeSize | null;

  @Column({ type: 'date', nullable: true })
  smeConfirmedOn: string | null;

  @Column({ type: 'text', nullable: true })
  smeEvidence: string | null;

  @Column({ type: 'uuid', nullable: true })
  smeConfirmedBy: string | null;

  @Column({ type: 'text', nullable: true })
  street: string | null;

  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** Compact, upper case: `BE68539007547034`. */
  @Column({ type: 'text', nullable: true })
  iban: string | null;

  /** `pending` until staff or an e-ID login for its enterprise number verify it; only then can it submit. */
  @Column({ type: 'text', default: 'pending' })
  status: OrganisationStatus;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ type: 'text', nullable: true })
  verifiedVia: 'staff' | 'eid' | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('organisation_member')
export class OrganisationMember {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  /** Administrators manage the team and, before verification, the organisation's facts. */
  @Column({ type: 'text', default: 'member' })
  role: MemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('organisation_link')
export class OrganisationLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  linkedOrganisationId: string;

  @Column({ type: 'text' })
  relation: LinkRelation;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
