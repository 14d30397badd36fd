import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments, round two (issue #18):
 * - the settlement of a grant is a programme rule (`rules.settlement`): programmes created before it
 *   settle proportionally, as they did;
 * - a final report has a version, raised at every correction, so that staff accept the version they
 *   reviewed;
 * - a payment records the IBAN it was paid to (payments made before this migration have none).
 */
export class SettlementRule1764620000000 implements MigrationInterface {
  name = 'SettlementRule1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE programme SET rules = rules || '{"settlement":"proportional"}'::jsonb WHERE NOT (rules ? 'settlement')`,
    );
    await q.query(
      `ALTER TABLE final_report ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0)`,
    );
    await q.query(`ALTER TABLE payment ADD COLUMN payee_iban text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payment DROP COLUMN payee_iban`);
    await q.query(`ALTER TABLE final_report DROP COLUMN version`);
    await q.query(`UPDATE programme SET rules = rules - 'settlement'`);
  }
}
