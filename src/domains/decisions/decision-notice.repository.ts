import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DecisionNoticeChannelView, DecisionNoticeView } from './dto/decision-notice.dto.js';

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

/**
 * The record of a decision's notification: the notifications of the event `decision.letter_ready`
 * (in-app, and their mails with the moment the SMTP server accepted them) and the first download of
 * the letter by a member of the addressee's organisation (the letters domain calls `recordDownload`).
 */
@Injectable()
export class DecisionNoticeRepository {
  async recordDownload(manager: EntityManager, decisionId: string, userId: string, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO decision_letter_receipt (decision_id, first_downloaded_at, first_downloaded_by)
       VALUES ($1, $2, $3) ON CONFLICT (decision_id) DO NOTHING`,
      [decisionId, at, userId],
    );
  }

  async view(manager: EntityManager, decisionId: string): Promise<DecisionNoticeView> {
    const rows = (await manager.query(
      `SELECT n.user_id, n.created_at, n.read_at, m.to_address, m.sent_at AS mail_sent_at, m.created_at AS mail_created_at
         FROM notification n LEFT JOIN mail_message m ON m.id = n.mail_id
        WHERE n.resource_type = 'decision' AND n.resource_id = $1 AND n.event = 'decision.letter_ready'
        ORDER BY n.created_at`,
      [decisionId],
    )) as {
      user_id: string;
      created_at: Date | string;
      read_at: Date | string | null;
      to_address: string | null;
      mail_sent_at: Date | string | null;
      mail_created_at: Date | string | null;
    }[];
    const channels: DecisionNoticeChannelView[] = [];
    for (const r of rows) {
      channels.push({
        channel: 'in-app',
        userId: r.user_id,
        to: null,
        createdAt: iso(r.created_at)!,
        sentAt: iso(r.created_at),
        readAt: iso(r.read_at),
      });
      if (r.to_address !== null) {
        channels.push({
          channel: 'email',
          userId: r.user_id,
          to: r.to_address,
          createdAt: iso(r.mail_created_at)!,
          sentAt: iso(r.mail_sent_at),
          readAt: null,
        });
      }
    }
    const receipt = (await manager.query(
      `SELECT first_downloaded_at, first_downloaded_by FROM decision_letter_receipt WHERE decision_id = $1`,
      [decisionId],
    )) as { first_downloaded_at: Date | string; first_downloaded_by: string }[];
    const sent = channels
      .map((c) => c.sentAt)
      .filter((s): s is string => s !== null)
      .sort();
    return {
      notifiedAt: sent[0] ?? null,
      channels,
      firstDownloadAt: receipt[0] ? iso(receipt[0].first_downloaded_at) : null,
      firstDownloadBy: receipt[0]?.first_downloaded_by ?? null,
    };
  }
}
