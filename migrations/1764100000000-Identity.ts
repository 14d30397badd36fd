import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who acts for which organisation (issue #15): organisations are `pending` until staff (or an e-ID
 * login) verify them; members have a role (administrator or member); join requests and single-use
 * invitations; partner consent per application; accounts with a status, a verified e-mail address,
 * an e-ID subject, sessions (checked on every request, revoked at logout), single-use tokens (e-mail
 * verification, password reset), failed-login counters and the state of e-ID logins under way.
 *
 * Organisations that exist already stay `pending`: nobody checked who registered them, so staff
 * verify them (docs/organisations.md). Their creators, the only members so far, become administrators.
 */
export class Identity1764100000000 implements MigrationInterface {
  name = 'Identity1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','verified')),
        ADD COLUMN verified_at timestamptz,
        ADD COLUMN verified_by uuid REFERENCES app_user(id),
        ADD COLUMN verified_via text CHECK (verified_via IN ('staff','eid'))`);
    await q.query(`
      ALTER TABLE organisation_member
        ADD COLUMN role text NOT NULL DEFAULT 'administrator' CHECK (role IN ('administrator','member'))`);
    await q.query(`ALTER TABLE organisation_member ALTER COLUMN role SET DEFAULT 'member'`);
    await q.query(`
      CREATE TABLE organisation_join_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','refused')),
        message text,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNIQUE INDEX organisation_join_request_pending_key
        ON organisation_join_request (organisation_id, user_id) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE organisation_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('administrator','member')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        invited_by uuid NOT NULL REFERENCES app_user(id),
        accepted_by uuid REFERENCES app_user(id),
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE partner_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES application(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending','accepted','declined','withdrawn')),
        email text,
        token_hash text UNIQUE,
        expires_at timestamptz,
        invited_by uuid NOT NULL REFERENCES app_user(id),
        answered_by uuid REFERENCES app_user(id),
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (application_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX partner_invitation_organisation_idx ON partner_invitation (organisation_id)`);
    // Partners named before consent existed have none on file: they are asked now, like new ones.
    await q.query(`
      INSERT INTO partner_invitation (application_id, organisation_id, status, invited_by)
      SELECT p.application_id, p.organisation_id, 'pending', a.created_by
        FROM application_partner p JOIN application a ON a.id = p.application_id
       WHERE p.role = 'partner'`);
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','disabled')),
        ADD COLUMN email_verified_at timestamptz,
        ADD COLUMN oidc_subject text,
        ALTER COLUMN password_hash DROP NOT NULL`);
    // Accounts made before e-mail verification existed keep working.
    await q.query(`UPDATE app_user SET email_verified_at = created_at`);
    await q.query(`CREATE UNIQUE INDEX app_user_oidc_subject_key ON app_user (oidc_subject)`);
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        via text NOT NULL CHECK (via IN ('password','eid')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id)`);
    await q.query(`
      CREATE TABLE auth_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        purpose text NOT NULL CHECK (purpose IN ('verify_email','reset_password')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE auth_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE oidc_login (
        state text PRIMARY KEY,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE oidc_login`);
    await q.query(`DROP TABLE auth_throttle`);
    await q.query(`DROP TABLE auth_token`);
    await q.query(`DROP TABLE auth_session`);
    await q.query(`DROP INDEX app_user_oidc_subject_key`);
    await q.query(`UPDATE app_user SET password_hash = '!' WHERE password_hash IS NULL`);
    await q.query(`
      ALTER TABLE app_user DROP COLUMN status, DROP COLUMN email_verified_at, DROP COLUMN oidc_subject,
        ALTER COLUMN password_hash SET NOT NULL`);
    await q.query(`DROP TABLE partner_invitation`);
    await q.query(`DROP TABLE organisation_invitation`);
    await q.query(`DROP TABLE organisation_join_request`);
    await q.query(`ALTER TABLE organisation_member DROP COLUMN role`);
    await q.query(`
      ALTER TABLE organisation DROP COLUMN status, DROP COLUMN verified_at, DROP COLUMN verified_by,
        DROP COLUMN verified_via`);
  }
}
