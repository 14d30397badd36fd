import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../../kernel/actor.js';

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

  @Column({ type: 'text', select: false })
  passwordHash: string;

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
