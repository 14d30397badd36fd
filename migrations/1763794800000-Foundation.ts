import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, organisations (undertakings) with their links, and the hash-chained audit trail. */
export class Foundation1763794800000 implements MigrationInterface {
  name = 'Foundation1763794800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        enterprise_number char(12) NOT NULL,
        kind text NOT NULL CHECK (kind IN ('sme','large_enterprise','knowledge_institution','public_body','non_profit')),
        sme_size text CHECK (sme_size IN ('micro','small','medium')),
        street text,
        postal_code text,
        city text,
        country char(2),
        iban text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisation_enterprise_number_key UNIQUE (enterprise_number),
        CONSTRAINT organisation_sme_size_only_for_sme CHECK (sme_size IS NULL OR kind = 'sme')
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        full_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('applicant','evaluator','staff','admin')),
        password_hash text NOT NULL,
        organisation_id uuid REFERENCES organisation(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await q.query(`
      CREATE TABLE organisation_member (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await q.query(`CREATE INDEX organisation_member_user_idx ON organisation_member (user_id)`);
    await q.query(`
      CREATE TABLE organisation_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        linked_organisation_id uuid NOT NULL REFERENCES organisation(id),
        relation text NOT NULL CHECK (relation IN ('parent','subsidiary','linked')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisation_link_not_self CHECK (organisation_id <> linked_organisation_id)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX organisation_link_pair_key
        ON organisation_link (LEAST(organisation_id, linked_organisation_id), GREATEST(organisation_id, linked_organisation_id))`);
    await q.query(`CREATE INDEX organisation_link_linked_idx ON organisation_link (linked_organisation_id)`);
    await q.query(`
      CREATE TABLE audit_event (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id, seq)`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only`);
    await q.query(`DROP TABLE organisation_link`);
    await q.query(`DROP TABLE organisation_member`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE organisation`);
  }
}
