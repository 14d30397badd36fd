import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One in-app notification of one user; `link` points at the resource it is about. */
@Entity('notification')
export class Notification {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** e.g. `application.submitted`, `review.due_soon`. */
  @Column({ type: 'text' })
  event: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'boolean', default: false })
  legal: boolean;

  /** In the user's language (the subject of the mail). */
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ type: 'text', nullable: true })
  resourceType: string | null;

  @Column({ type: 'text', nullable: true })
  resourceId: string | null;

  @Column({ type: 'uuid', nullable: true })
  mailId: string | null;

  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

/** A user's choice of e-mail for one category (no row: e-mail on). */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  category: string;

  @Column({ type: 'boolean' })
  email: boolean;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
