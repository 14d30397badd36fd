import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailLanguage } from './mail-templates.js';

export interface MailRecipientRow {
  id: string;
  email: string;
  fullName: string;
  language: MailLanguage;
}

export interface MailRow {
  id: string;
  toAddress: string;
  toName: string | null;
  language: MailLanguage;
  subject: string;
  textBody: string;
  htmlBody: string;
  sentAt: Date | null;
}

export interface NewMailRow {
  id: string;
  recipientUserId: string | null;
  toAddress: string;
  toName: string | null;
  language: MailLanguage;
  template: string;
  category: string;
  legal: boolean;
  subject: string;
  textBody: string;
  htmlBody: string;
  link: string | null;
  dedupeKey: string | null;
}

/** The SQL of the notifications module. It reads `app_user` itself: identity comes after it. */
@Injectable()
export class NotificationsRepository {
  async recipient(manager: EntityManager, userId: string): Promise<MailRecipientRow | undefined> {
    const rows = (await manager.query(`SELECT id, email, full_name, language FROM app_user WHERE id = $1`, [
      userId,
    ])) as { id: string; email: string; full_name: string; language: MailLanguage }[];
    const row = rows[0];
    return row && { id: row.id, email: row.email, fullName: row.full_name, language: row.language };
  }

  /** Inserts the mail; false when a mail with the same dedupe key exists already. */
  async insertMail(manager: EntityManager, mail: NewMailRow): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO mail_message (id, recipient_user_id, to_address, to_name, language, template, category,
         legal, subject, text_body, html_body, link, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        mail.id,
        mail.recipientUserId,
        mail.toAddress,
        mail.toName,
        mail.language,
        mail.template,
        mail.category,
        mail.legal,
        mail.subject,
        mail.textBody,
        mail.htmlBody,
        mail.link,
        mail.dedupeKey,
      ],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The mail, locked for this transaction (two deliveries of one job wait for each other). */
  async lockMail(manager: EntityManager, id: string): Promise<MailRow | undefined> {
    const rows = (await manager.query(
      `SELECT id, to_address, to_name, language, subject, text_body, html_body, sent_at
         FROM mail_message WHERE id = $1 FOR UPDATE`,
      [id],
    )) as {
      id: string;
      to_address: string;
      to_name: string | null;
      language: MailLanguage;
      subject: string;
      text_body: string;
      html_body: string;
      sent_at: Date | string | null;
    }[];
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      toAddress: row.to_address,
      toName: row.to_name,
      language: row.language,
      subject: row.subject,
      textBody: row.text_body,
      htmlBody: row.html_body,
      sentAt: row.sent_at === null ? null : new Date(row.sent_at),
    };
  }

  async markSent(
    manager: EntityManager,
    id: string,
    sentAt: Date,
    transport: string,
    transportId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE mail_message SET sent_at = $2, transport = $3, transport_id = $4 WHERE id = $1 AND sent_at IS NULL`,
      [id, sentAt, transport, transportId],
    );
  }
}
