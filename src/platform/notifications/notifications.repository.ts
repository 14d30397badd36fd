import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailLanguage } from './mail-templates.js';

export interface MailRecipientRow {
  id: string;
  email: string;
  fullName: string;
  language: MailLanguage;
  /** Whether the user wants e-mail in `category`, when it was loaded with the user (`recipients`). */
  emailWanted?: { category: string; email: boolean };
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
  resourceType: string | null;
  resourceId: string | null;
}

export interface NewNotificationRow {
  id: string;
  userId: string;
  event: string;
  category: string;
  legal: boolean;
  title: string;
  link: string | null;
  resourceType: string | null;
  resourceId: string | null;
  dedupeKey: string | null;
  createdAt: Date;
}

export interface NotificationRow extends NewNotificationRow {
  readAt: Date | null;
}

interface RawNotification {
  id: string;
  user_id: string;
  event: string;
  category: string;
  legal: boolean;
  title: string;
  link: string | null;
  resource_type: string | null;
  resource_id: string | null;
  dedupe_key: string | null;
  created_at: Date | string;
  read_at: Date | string | null;
  total?: number | string;
}

const NOTIFICATION_COLUMNS = `id, user_id, event, category, legal, title, link, resource_type, resource_id, dedupe_key, created_at, read_at`;

function toNotification(row: RawNotification): NotificationRow {
  return {
    id: row.id,
    userId: row.user_id,
    event: row.event,
    category: row.category,
    legal: row.legal,
    title: row.title,
    link: row.link,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    dedupeKey: row.dedupe_key,
    createdAt: new Date(row.created_at),
    readAt: row.read_at === null ? null : new Date(row.read_at),
  };
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

  /**
   * The users (address, name, language) and whether each wants e-mail in `category` (no choice made:
   * yes), in one statement whatever their number. Users that do not exist are left out.
   */
  async recipients(
    manager: EntityManager,
    userIds: readonly string[],
    category: string,
  ): Promise<MailRecipientRow[]> {
    if (userIds.length === 0) return [];
    const rows = (await manager.query(
      `SELECT u.id, u.email, u.full_name, u.language, coalesce(p.email, true) AS email_wanted
         FROM app_user u
         LEFT JOIN notification_preference p ON p.user_id = u.id AND p.category = $2
        WHERE u.id = ANY($1::uuid[])`,
      [userIds, category],
    )) as { id: string; email: string; full_name: string; language: MailLanguage; email_wanted: boolean }[];
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      fullName: row.full_name,
      language: row.language,
      emailWanted: { category, email: row.email_wanted },
    }));
  }

  /**
   * The statement that inserts the mail and returns its id, or nothing when a mail with the same dedupe
   * key exists already; run by `JobsService.enqueueWithWrite` together with the mail's sending job.
   */
  insertMailStatement(mail: NewMailRow): { sql: string; params: unknown[] } {
    return {
      sql: `INSERT INTO mail_message (id, recipient_user_id, to_address, to_name, language, template, category,
         legal, subject, text_body, html_body, link, dedupe_key, resource_type, resource_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      params: [
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
        mail.resourceType,
        mail.resourceId,
      ],
    };
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

  /** Inserts the notification; false when one with the same dedupe key exists already. */
  async insertNotification(manager: EntityManager, n: NewNotificationRow): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO notification (id, user_id, event, category, legal, title, link, resource_type, resource_id,
         dedupe_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        n.id,
        n.userId,
        n.event,
        n.category,
        n.legal,
        n.title,
        n.link,
        n.resourceType,
        n.resourceId,
        n.dedupeKey,
        n.createdAt,
      ],
    )) as unknown[];
    return rows.length > 0;
  }

  async linkMail(manager: EntityManager, notificationId: string, mailId: string): Promise<void> {
    await manager.query(`UPDATE notification SET mail_id = $2 WHERE id = $1`, [notificationId, mailId]);
  }

  /** Whether the user wants e-mail for this category (no choice made: yes). */
  async emailWanted(manager: EntityManager, userId: string, category: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT email FROM notification_preference WHERE user_id = $1 AND category = $2`,
      [userId, category],
    )) as { email: boolean }[];
    return rows[0]?.email ?? true;
  }

  async list(
    manager: EntityManager,
    userId: string,
    unreadOnly: boolean,
    limit: number,
    offset: number,
  ): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
    const rows = (await manager.query(
      `SELECT ${NOTIFICATION_COLUMNS}, count(*) OVER () AS total FROM notification
        WHERE user_id = $1 AND ($2::boolean = false OR read_at IS NULL)
        ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
      [userId, unreadOnly, limit, offset],
    )) as RawNotification[];
    const unread = (await manager.query(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    )) as { n: number | string }[];
    let total = rows.length > 0 ? Number(rows[0].total) : 0;
    if (rows.length === 0 && offset > 0) {
      const all = (await manager.query(
        `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND ($2::boolean = false OR read_at IS NULL)`,
        [userId, unreadOnly],
      )) as { n: number | string }[];
      total = Number(all[0].n);
    }
    return { rows: rows.map(toNotification), total, unread: Number(unread[0].n) };
  }

  /** Marks one of the user's notifications read (keeps the first read time); undefined when not theirs. */
  async markRead(
    manager: EntityManager,
    userId: string,
    id: string,
    at: Date,
  ): Promise<NotificationRow | undefined> {
    const rows = (await manager.query(
      `UPDATE notification SET read_at = coalesce(read_at, $3) WHERE id = $1 AND user_id = $2
       RETURNING ${NOTIFICATION_COLUMNS}`,
      [id, userId, at],
    )) as [RawNotification[], number] | RawNotification[];
    const list = Array.isArray(rows[0]) ? (rows[0] as RawNotification[]) : (rows as RawNotification[]);
    return list[0] && toNotification(list[0]);
  }

  async markAllRead(manager: EntityManager, userId: string, at: Date): Promise<number> {
    const rows = (await manager.query(
      `UPDATE notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL RETURNING id`,
      [userId, at],
    )) as [unknown[], number] | unknown[];
    return Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
  }

  async preferences(manager: EntityManager, userId: string): Promise<{ category: string; email: boolean }[]> {
    return (await manager.query(`SELECT category, email FROM notification_preference WHERE user_id = $1`, [
      userId,
    ])) as { category: string; email: boolean }[];
  }

  async setPreference(
    manager: EntityManager,
    userId: string,
    category: string,
    email: boolean,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preference (user_id, category, email, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, category) DO UPDATE SET email = excluded.email, updated_at = excluded.updated_at`,
      [userId, category, email, at],
    );
  }

  async setLanguage(manager: EntityManager, userId: string, language: MailLanguage): Promise<void> {
    await manager.query(`UPDATE app_user SET language = $2 WHERE id = $1`, [userId, language]);
  }
}
