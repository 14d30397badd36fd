import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * De minimis aid granted to organisations: by the province (internal, recorded by its decisions) and
 * by other grantors (external, registered by staff). Summed per single undertaking over a window of
 * grant dates, hence the index on (organisation_id, granted_on). Rows are kept (10 years), never deleted.
 * `application_id` has no foreign key yet: the applications table comes in a later migration, which adds it.
 */
export class DeMinimis1763810000000 implements MigrationInterface {
  name = 'DeMinimis1763810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE de_minimis_aid (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        grantor text NOT NULL CHECK (length(btrim(grantor)) > 0),
        granted_on date NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        regulation text NOT NULL CHECK (regulation IN ('2023/2831','1407/2013','other')),
        source text NOT NULL CHECK (source IN ('internal','external')),
        application_id uuid,
        reference text,
        description text,
        registered_in_central_register_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user(id),
        CONSTRAINT de_minimis_aid_internal_has_application CHECK (source = 'external' OR application_id IS NOT NULL),
        CONSTRAINT de_minimis_aid_register_after_grant
          CHECK (registered_in_central_register_on IS NULL OR registered_in_central_register_on >= granted_on)
      )`);
    await q.query(
      `CREATE INDEX de_minimis_aid_organisation_granted_idx ON de_minimis_aid (organisation_id, granted_on)`,
    );
    // The same grantor's reference is registered once per organisation.
    await q.query(`
      CREATE UNIQUE INDEX de_minimis_aid_reference_key
        ON de_minimis_aid (organisation_id, grantor, reference) WHERE reference IS NOT NULL`);
    await q.query(`CREATE INDEX de_minimis_aid_application_idx ON de_minimis_aid (application_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE de_minimis_aid`);
  }
}
