import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Programmes with their rules, calls, and applications with their consortium and costs. */
export class Applications1763800000000 implements MigrationInterface {
  name = 'Applications1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9]{1,11}$'),
        name text NOT NULL,
        aid_basis text NOT NULL CHECK (aid_basis IN ('de_minimis','gber','none')),
        rules jsonb NOT NULL,
        legal_basis text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programme_code_key UNIQUE (code)
      )`);
    await q.query(`
      CREATE TABLE call (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id),
        title text NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        budget_cents bigint NOT NULL CHECK (budget_cents >= 0),
        min_reviews_per_application integer NOT NULL CHECK (min_reviews_per_application BETWEEN 1 AND 20),
        criteria jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT call_window CHECK (closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX call_programme_year_idx ON call (programme_id, year)`);
    await q.query(`CREATE INDEX call_window_idx ON call (opens_at, closes_at)`);
    // One counter per programme code and call year: references IS-2026-0001, IS-2026-0002, …
    await q.query(`
      CREATE TABLE application_reference_counter (
        prefix text NOT NULL,
        year integer NOT NULL,
        last_value integer NOT NULL CHECK (last_value > 0),
        PRIMARY KEY (prefix, year)
      )`);
    await q.query(`
      CREATE TABLE application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES call(id),
        reference text NOT NULL,
        title text NOT NULL,
        acronym text,
        summary text NOT NULL,
        cluster text NOT NULL,
        language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl','en')),
        start_date date NOT NULL,
        end_date date NOT NULL,
        requested_cents bigint NOT NULL CHECK (requested_cents >= 0),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN
          ('draft','submitted','returned','admissible','inadmissible','under_review','approved','rejected','withdrawn','closed')),
        created_by uuid NOT NULL REFERENCES app_user(id),
        submitted_at timestamptz,
        screened_at timestamptz,
        decided_at timestamptz,
        snapshot jsonb,
        screening_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT application_reference_key UNIQUE (reference),
        CONSTRAINT application_submitted_has_snapshot
          CHECK (status IN ('draft','withdrawn') OR (submitted_at IS NOT NULL AND snapshot IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX application_call_status_idx ON application (call_id, status)`);
    await q.query(`CREATE INDEX application_status_idx ON application (status, created_at)`);
    await q.query(`
      CREATE TABLE application_partner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES application(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        role text NOT NULL CHECK (role IN ('coordinator','partner')),
        position integer NOT NULL,
        CONSTRAINT application_partner_organisation_key UNIQUE (application_id, organisation_id)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX application_partner_one_coordinator
        ON application_partner (application_id) WHERE role = 'coordinator'`);
    await q.query(
      `CREATE INDEX application_partner_organisation_idx ON application_partner (organisation_id)`,
    );
    await q.query(`
      CREATE TABLE application_cost (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES application_partner(id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN ('staff','operating','subcontracting','investment')),
        description text NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
        position integer NOT NULL
      )`);
    await q.query(`CREATE INDEX application_cost_partner_idx ON application_cost (partner_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE application_cost`);
    await q.query(`DROP TABLE application_partner`);
    await q.query(`DROP TABLE application`);
    await q.query(`DROP TABLE application_reference_counter`);
    await q.query(`DROP TABLE call`);
    await q.query(`DROP TABLE programme`);
  }
}
