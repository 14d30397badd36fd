import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Evaluator assignments with their conflict-of-interest declaration, reviews, and staff consensus notes. */
export class Reviews1763840000000 implements MigrationInterface {
  name = 'Reviews1763840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES application(id),
        evaluator_id uuid NOT NULL REFERENCES app_user(id),
        status text NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned','declared','recused','submitted')),
        has_conflict boolean,
        statement text,
        declared_at timestamptz,
        assigned_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT review_assignment_application_evaluator_key UNIQUE (application_id, evaluator_id),
        CONSTRAINT review_assignment_declaration CHECK (
          (status = 'assigned' AND has_conflict IS NULL AND declared_at IS NULL)
          OR (status = 'recused' AND has_conflict AND declared_at IS NOT NULL)
          OR (status IN ('declared','submitted') AND has_conflict = false AND declared_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX review_assignment_evaluator_idx ON review_assignment (evaluator_id, created_at)`,
    );
    await q.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES review_assignment(id),
        scores jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(scores) = 'array'),
        comment text,
        weighted_score numeric(7,4) CHECK (weighted_score BETWEEN 0 AND 100),
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT review_assignment_key UNIQUE (assignment_id),
        CONSTRAINT review_submitted_has_score CHECK ((submitted_at IS NULL) = (weighted_score IS NULL))
      )`);
    // A submitted review is final: the database refuses to change or delete it, whatever the code does.
    await q.query(`
      CREATE FUNCTION review_submitted_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.submitted_at IS NOT NULL THEN
          RAISE EXCEPTION 'a submitted review cannot change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER review_final BEFORE UPDATE OR DELETE ON review
        FOR EACH ROW EXECUTE FUNCTION review_submitted_is_final()`);
    await q.query(`
      CREATE TABLE application_consensus (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES application(id),
        score numeric(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
        justification text NOT NULL CHECK (length(btrim(justification)) > 0),
        decided_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The latest note of an application is the one that counts; earlier ones stay as history.
    await q.query(
      `CREATE INDEX application_consensus_application_idx ON application_consensus (application_id, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE application_consensus`);
    await q.query(`DROP TRIGGER review_final ON review`);
    await q.query(`DROP FUNCTION review_submitted_is_final()`);
    await q.query(`DROP TABLE review`);
    await q.query(`DROP TABLE review_assignment`);
  }
}
