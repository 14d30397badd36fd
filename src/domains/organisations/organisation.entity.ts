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
export const LINK_RELATIONS = ['parent', 'subsidiary', 'linked'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

@Entity('organisation')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Formatted `0123.456.749`. */
  @Column({ name: 'enterprise_number', type: 'char', length: 12 })
  enterpriseNumber: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column({ name: 'sme_size', type: 'text', nullable: true })
  smeSize: SmeSize | null;

  @Column({ type: 'text', nullable: true })
  street: string | null;

  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** Compact, upper case: `BE68539007547034`. */
  @Column({ type: 'text', nullable: true })
  iban: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('organisation_member')
export class OrganisationMember {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('organisation_link')
export class OrganisationLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'linked_organisation_id', type: 'uuid' })
  linkedOrganisationId: string;

  @Column({ type: 'text' })
  relation: LinkRelation;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
