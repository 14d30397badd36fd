import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Other de minimis aid the applicant declares on honour, per partner undertaking, before submitting
 * (issue #18, item 12). Staff confirm or correct each declaration; a confirmed one becomes a record of
 * external aid (`aid_id`). Until then the cumulation check at decision time counts the declared amount,
 * and says so.
 */
export class DeclaredAid1764630000000 implements MigrationInterface {
  name = 'DeclaredAid1764630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE declared_de_minimis_aid (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES application(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        grantor text NOT NULL CHECK (length(btrim(grantor)) > 0),
        granted_on date NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0 AND amount_cents <= 30000000),
        regulation text NOT NULL CHECK (regulation IN ('2023/2831','1407/2013','other')),
        status text NOT NULL DEFAULT 'declared' CHECK (status IN ('declared','confirmed','corrected')),
        declared_by uuid NOT NULL REFERENCES app_user(id),
        declared_at timestamptz NOT NULL DEFAULT now(),
        aid_id uuid REFERENCES de_minimis_aid(id),
        reviewed_by uuid REFERENCES app_user(id),
        reviewed_at timestamptz,
        review_note text,
        CONSTRAINT declared_aid_reviewed CHECK ((status = 'declared') = (aid_id IS NULL) AND (aid_id IS NULL) = (reviewed_at IS NULL))
      )`);
    await q.query(
      `CREATE INDEX declared_de_minimis_aid_organisation_idx ON declared_de_minimis_aid (organisation_id, granted_on)`,
    );
    await q.query(
      `CREATE INDEX declared_de_minimis_aid_application_idx ON declared_de_minimis_aid (application_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE declared_de_minimis_aid`);
  }
}
