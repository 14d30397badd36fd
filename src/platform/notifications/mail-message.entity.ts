import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One e-mail, rendered when the event that causes it happened (in that event's transaction) and
 * sent afterwards by the `mail.send` job. `sentAt` is set in the same transaction that hands it to
 * the server succeeded in, and the job skips a mail that has it: a mail goes out once.
 */
@Entity('mail_message')
export class MailMessage {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Column({ type: 'text' })
  toAddress: string;

  @Column({ type: 'text', nullable: true })
  toName: string | null;

  @Column({ type: 'text' })
  language: 'nl' | 'en';

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'boolean', default: false })
  legal: boolean;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** `smtp` or `file` (the embedded default). */
  @Column({ type: 'text', nullable: true })
  transport: string | null;

  /** The SMTP server's answer (queue id) or the `.eml` file written. */
  @Column({ type: 'text', nullable: true })
  transportId: string | null;
}
