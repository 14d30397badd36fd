import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ERDF, round two (issue #18):
 * - a project's approved ERDF amount (by default the ERDF rate of the total budget) and whether the 15 %
 *   office flat rate applies; claims keep, per partner and in total, the ERDF cut off by the caps;
 * - the `office_admin` cost category (refused while the flat rate applies: checked by the service);
 * - one invoice, one expense: an invoice reference is recorded once per partner and project (corrections
 *   and withdrawn expenses aside);
 * - claims paid in parts: every payment is a row of `erdf_claim_payment`, the claim keeps their sum and
 *   is `partially_paid` until the claimed ERDF is paid in full, never more.
 */
export class ErdfCaps1764600000000 implements MigrationInterface {
  name = 'ErdfCaps1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE erdf_project ADD COLUMN office_flat_rate boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE erdf_project ADD COLUMN erdf_approved_cents bigint`);
    await q.query(
      `UPDATE erdf_project p
          SET erdf_approved_cents = floor(p.erdf_rate_pct *
              (SELECT COALESCE(SUM(budget_cents), 0) FROM erdf_partner WHERE project_id = p.id) / 100)`,
    );
    await q.query(`ALTER TABLE erdf_project ALTER COLUMN erdf_approved_cents SET NOT NULL`);
    await q.query(
      `ALTER TABLE erdf_project ADD CONSTRAINT erdf_project_approved CHECK (erdf_approved_cents >= 0)`,
    );

    await q.query(`ALTER TABLE erdf_expense DROP CONSTRAINT erdf_expense_category_check`);
    await q.query(
      `ALTER TABLE erdf_expense ADD CONSTRAINT erdf_expense_category_check CHECK (category IN
         ('staff','external_expertise','equipment','infrastructure','travel','other','office_admin'))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX erdf_expense_invoice_once ON erdf_expense (project_id, partner_organisation_id, invoice_ref)
        WHERE corrects_expense_id IS NULL AND withdrawn_at IS NULL`,
    );

    for (const table of ['erdf_claim', 'erdf_claim_partner']) {
      // Negative when a correction gives back ERDF an earlier claim had capped.
      await q.query(`ALTER TABLE ${table} ADD COLUMN erdf_capped_cents bigint NOT NULL DEFAULT 0`);
    }
    await q.query(`ALTER TABLE erdf_claim DROP CONSTRAINT erdf_claim_status_check`);
    await q.query(
      `ALTER TABLE erdf_claim ADD CONSTRAINT erdf_claim_status_check
         CHECK (status IN ('draft','submitted','partially_paid','paid'))`,
    );
    await q.query(`ALTER TABLE erdf_claim DROP CONSTRAINT erdf_claim_paid`);
    await q.query(
      `ALTER TABLE erdf_claim ADD CONSTRAINT erdf_claim_paid CHECK (
         (status IN ('partially_paid','paid')) = (paid_on IS NOT NULL) AND (paid_on IS NULL) = (paid_cents IS NULL)
         AND (paid_cents IS NULL OR paid_cents <= GREATEST(erdf_cents, 0)))`,
    );
    await q.query(`
      CREATE TABLE erdf_claim_payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES erdf_claim(id),
        paid_on date NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX erdf_claim_payment_claim_idx ON erdf_claim_payment (claim_id)`);
    // Claims paid before this migration keep their one payment as a row of the new table.
    await q.query(
      `INSERT INTO erdf_claim_payment (claim_id, paid_on, amount_cents)
       SELECT id, paid_on, paid_cents FROM erdf_claim WHERE paid_on IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erdf_claim_payment`);
    await q.query(`ALTER TABLE erdf_claim DROP CONSTRAINT erdf_claim_paid`);
    await q.query(
      `ALTER TABLE erdf_claim ADD CONSTRAINT erdf_claim_paid
         CHECK ((status = 'paid') = (paid_on IS NOT NULL) AND (paid_on IS NULL) = (paid_cents IS NULL))`,
    );
    await q.query(`ALTER TABLE erdf_claim DROP CONSTRAINT erdf_claim_status_check`);
    await q.query(
      `ALTER TABLE erdf_claim ADD CONSTRAINT erdf_claim_status_check CHECK (status IN ('draft','submitted','paid'))`,
    );
    for (const table of ['erdf_claim', 'erdf_claim_partner']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN erdf_capped_cents`);
    }
    await q.query(`DROP INDEX erdf_expense_invoice_once`);
    await q.query(`ALTER TABLE erdf_expense DROP CONSTRAINT erdf_expense_category_check`);
    await q.query(
      `ALTER TABLE erdf_expense ADD CONSTRAINT erdf_expense_category_check CHECK (category IN
         ('staff','external_expertise','equipment','infrastructure','travel','other'))`,
    );
    await q.query(`ALTER TABLE erdf_project DROP COLUMN erdf_approved_cents`);
    await q.query(`ALTER TABLE erdf_project DROP COLUMN office_flat_rate`);
  }
}
