import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications (one row per recipient, with the resource it links to and when it was read),
 * the recipients' e-mail preferences per category, and the resource a mail is about (so that a
 * decision can show when its notification went out). `dedupe_key` makes an event reach a recipient
 * once: reminders use `<event>:<resource>:<user>:<day>`.
 */
export class InAppNotifications1764200100000 implements MigrationInterface {
  name = 'InAppNotifications1764200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        event text NOT NULL,
        category text NOT NULL,
        legal boolean NOT NULL DEFAULT false,
        title text NOT NULL,
        link text,
        resource_type text,
        resource_id text,
        mail_id uuid REFERENCES mail_message (id),
        dedupe_key text UNIQUE,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notification_resource_idx ON notification (resource_type, resource_id)`);
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        category text NOT NULL,
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, category)
      )`);
    await q.query(`ALTER TABLE mail_message ADD COLUMN resource_type text, ADD COLUMN resource_id text`);
    await q.query(`CREATE INDEX mail_message_resource_idx ON mail_message (resource_type, resource_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mail_message_resource_idx`);
    await q.query(`ALTER TABLE mail_message DROP COLUMN resource_type, DROP COLUMN resource_id`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification`);
  }
}
