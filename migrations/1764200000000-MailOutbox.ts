import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail channel: every mail is a row written in the transaction of the event that causes it,
 * rendered already (what was sent is what is stored), and sent by the `mail.send` job, which
 * records `sent_at` so that a mail is never handed to the SMTP server twice. Users get the language
 * their mails (and later their letters) are written in: Dutch unless they choose English.
 */
export class MailOutbox1764200000000 implements MigrationInterface {
  name = 'MailOutbox1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE app_user ADD COLUMN language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'))`,
    );
    await q.query(`
      CREATE TABLE mail_message (
        id uuid PRIMARY KEY,
        recipient_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        to_address text NOT NULL,
        to_name text,
        language text NOT NULL CHECK (language IN ('nl', 'en')),
        template text NOT NULL,
        category text NOT NULL,
        legal boolean NOT NULL DEFAULT false,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        link text,
        dedupe_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        transport text,
        transport_id text,
        CHECK (position(chr(10) in subject) = 0 AND position(chr(13) in subject) = 0),
        CHECK (position(chr(10) in to_address) = 0 AND position(chr(13) in to_address) = 0)
      )`);
    await q.query(`CREATE INDEX mail_message_recipient_idx ON mail_message (recipient_user_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_message`);
    await q.query(`ALTER TABLE app_user DROP COLUMN language`);
  }
}
