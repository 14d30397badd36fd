import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../../kernel/actor.js';

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'text' })
  role: Role;

  /** Null for an account that signs in with e-ID only. */
  @Column({ type: 'text', select: false, nullable: true })
  passwordHash: string | null;

  /** `disabled` accounts are refused on their next request. */
  @Column({ type: 'text', default: 'active' })
  status: UserStatus;

  /** When the owner proved the e-mail address is theirs; null until then (self-registered accounts). */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** `issuer|sub` of the e-ID provider, for an account that signed in with e-ID. */
  @Column({ type: 'text', nullable: true, select: false })
  oidcSubject: string | null;

  /** For evaluators and staff: the organisation they work for (used to detect conflicts of interest). */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  /** The language of the mails and notifications this user gets: Dutch unless they choose English. */
  @Column({ type: 'text', default: 'nl' })
  language: 'nl' | 'en';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
