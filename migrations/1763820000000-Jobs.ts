import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background jobs through a transactional outbox, and the stored decision letters.
 *
 * `job_outbox`: a service writes a row in its own transaction (`JobsService.enqueue`); the dispatcher
 * hands pending rows to the queue with the row id as job id, and the worker records the outcome on the
 * row (completed, or failed for good after its last attempt), so failed jobs are visible on every backend.
 *
 * `decision_letter`: one letter per decision (the PDF bytes, their SHA-256 and the template version).
 * Foreign keys to application and decision are added by the migration that creates those tables.
 */
export class Jobs1763820000000 implements MigrationInterface {
  name = 'Jobs1763820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_name text NOT NULL CHECK (job_name <> ''),
        payload jsonb NOT NULL,
        dedupe_key text,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending','dispatched','completed','failed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        finished_at timestamptz,
        dispatch_attempts integer NOT NULL DEFAULT 0 CHECK (dispatch_attempts >= 0),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text,
        CONSTRAINT job_outbox_dedupe_key_key UNIQUE (dedupe_key),
        CONSTRAINT job_outbox_dispatched_has_time CHECK (status = 'pending' OR dispatched_at IS NOT NULL),
        CONSTRAINT job_outbox_finished_has_time CHECK (status NOT IN ('completed','failed') OR finished_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX job_outbox_pending_idx ON job_outbox (created_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX job_outbox_failed_idx ON job_outbox (finished_at) WHERE status = 'failed'`);

    await q.query(`
      CREATE TABLE decision_letter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        decision_id uuid NOT NULL,
        language text NOT NULL CHECK (language IN ('nl','en')),
        template_version text NOT NULL CHECK (template_version <> ''),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT decision_letter_decision_id_key UNIQUE (decision_id),
        CONSTRAINT decision_letter_size_matches CHECK (size_bytes = octet_length(content))
      )`);
    await q.query(`CREATE INDEX decision_letter_application_idx ON decision_letter (application_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE decision_letter`);
    await q.query(`DROP TABLE job_outbox`);
  }
}
