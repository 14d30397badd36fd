import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addBelgianWorkingDays } from '../src/kernel/working-days.js';

/**
 * State aid, round two (issue #18):
 * - the eAid register: since 1 January 2026 every de minimis grant of the province goes into the
 *   European eAid register within 20 Belgian working days of the decision. `register_by` is that
 *   deadline, `eaid_reference` the number eAid gave; registered aid keeps both.
 * - corrections: when a final report lowers a grant, a new (negative) row points to the aid it lowers;
 *   rows are never updated in place (a trigger refuses any change of the amount).
 * - external aid is bounded by the ceiling of its regulation (€ 300.000), so that sums stay exact.
 */
export class EaidRegister1764610000000 implements MigrationInterface {
  name = 'EaidRegister1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE de_minimis_aid ADD COLUMN register_by date`);
    await q.query(`ALTER TABLE de_minimis_aid ADD COLUMN eaid_reference text`);
    await q.query(`ALTER TABLE de_minimis_aid ADD COLUMN corrects_aid_id uuid REFERENCES de_minimis_aid(id)`);
    await q.query(`ALTER TABLE de_minimis_aid ADD COLUMN recorded_on date`);
    await q.query(`UPDATE de_minimis_aid SET recorded_on = granted_on`);
    await q.query(`ALTER TABLE de_minimis_aid ALTER COLUMN recorded_on SET NOT NULL`);
    await q.query(`ALTER TABLE de_minimis_aid DROP CONSTRAINT de_minimis_aid_amount_cents_check`);
    await q.query(
      `ALTER TABLE de_minimis_aid ADD CONSTRAINT de_minimis_aid_amount CHECK (
         (amount_cents > 0 AND corrects_aid_id IS NULL) OR (amount_cents < 0 AND corrects_aid_id IS NOT NULL))`,
    );
    await q.query(
      `ALTER TABLE de_minimis_aid ADD CONSTRAINT de_minimis_aid_external_bounded
         CHECK (source = 'internal' OR amount_cents <= 30000000)`,
    );
    await q.query(
      `ALTER TABLE de_minimis_aid ADD CONSTRAINT de_minimis_aid_eaid CHECK (
         (eaid_reference IS NULL) = (registered_in_central_register_on IS NULL)
         AND (register_by IS NULL OR source = 'internal'))`,
    );
    await q.query(
      `CREATE INDEX de_minimis_aid_register_idx ON de_minimis_aid (register_by) WHERE register_by IS NOT NULL`,
    );
    // Append-only: the amount, the organisation, the date and the correction link never change.
    await q.query(`
      CREATE FUNCTION de_minimis_aid_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'de_minimis_aid is append-only';
        END IF;
        IF NEW.amount_cents IS DISTINCT FROM OLD.amount_cents
           OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
           OR NEW.granted_on IS DISTINCT FROM OLD.granted_on
           OR NEW.corrects_aid_id IS DISTINCT FROM OLD.corrects_aid_id THEN
          RAISE EXCEPTION 'de_minimis_aid is append-only: record a correction instead';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER de_minimis_aid_append_only BEFORE UPDATE OR DELETE ON de_minimis_aid
         FOR EACH ROW EXECUTE FUNCTION de_minimis_aid_append_only()`,
    );
    // Aid the province granted from 2026 on gets its eAid deadline (decision date + 20 working days).
    const rows = (await q.query(
      `SELECT id, granted_on::text AS granted_on FROM de_minimis_aid
        WHERE source = 'internal' AND granted_on >= DATE '2026-01-01'`,
    )) as { id: string; granted_on: string }[];
    for (const row of rows) {
      await q.query(`UPDATE de_minimis_aid SET register_by = $2 WHERE id = $1`, [
        row.id,
        addBelgianWorkingDays(row.granted_on, 20),
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER de_minimis_aid_append_only ON de_minimis_aid`);
    await q.query(`DROP FUNCTION de_minimis_aid_append_only()`);
    await q.query(`DELETE FROM de_minimis_aid WHERE corrects_aid_id IS NOT NULL`);
    await q.query(`ALTER TABLE de_minimis_aid DROP CONSTRAINT de_minimis_aid_eaid`);
    await q.query(`ALTER TABLE de_minimis_aid DROP CONSTRAINT de_minimis_aid_external_bounded`);
    await q.query(`ALTER TABLE de_minimis_aid DROP CONSTRAINT de_minimis_aid_amount`);
    await q.query(
      `ALTER TABLE de_minimis_aid ADD CONSTRAINT de_minimis_aid_amount_cents_check CHECK (amount_cents > 0)`,
    );
    for (const column of ['recorded_on', 'corrects_aid_id', 'eaid_reference', 'register_by']) {
      await q.query(`ALTER TABLE de_minimis_aid DROP COLUMN ${column}`);
    }
  }
}
