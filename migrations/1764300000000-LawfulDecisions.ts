import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lawful decisions (issue #17).
 *
 * - `decision`: who decided (the deputation, or an official under a delegation with the reference of
 *   the delegation act), the decision number, the day it was entered (`entered_on`, next to `decided_on`,
 *   the date of the meeting or signature), structured refusal grounds, the derogation reason, the
 *   evaluation as disclosed (experts' mean, consensus and its panel), the legal basis and signatories as
 *   they stood at decision time, and the coordinator's acceptance of the grant.
 * - `decision_letter`: append-only versions. One row per (decision, language, version); the Dutch letter
 *   is the act, the English one a courtesy translation; a new version refers to the one it supersedes.
 * - `programme`: structured legal citations and an English name; `call`: an English title.
 */
export class LawfulDecisions1764300000000 implements MigrationInterface {
  name = 'LawfulDecisions1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE decision_number_seq`);
    await q.query(`
      ALTER TABLE decision
        ADD COLUMN deciding_body text NOT NULL DEFAULT 'deputatie'
          CHECK (deciding_body IN ('deputatie','delegated_official')),
        ADD COLUMN delegation_reference text,
        ADD COLUMN decision_number text,
        ADD COLUMN entered_on date,
        ADD COLUMN refusal_grounds jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN derogation_reason text,
        ADD COLUMN evaluation_mean_score numeric(5,2),
        ADD COLUMN evaluation_criteria jsonb,
        ADD COLUMN evaluation_consensus jsonb,
        ADD COLUMN evaluation_within_funding_line boolean,
        ADD COLUMN legal_basis jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN signatories jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN accepted_at timestamptz,
        ADD COLUMN accepted_by uuid`);
    await q.query(`UPDATE decision SET entered_on = decided_on,
                          decision_number = to_char(decided_on, 'YYYY') || '/' || lpad(nextval('decision_number_seq')::text, 5, '0')`);
    await q.query(`ALTER TABLE decision ALTER COLUMN entered_on SET NOT NULL`);
    await q.query(`ALTER TABLE decision ALTER COLUMN decision_number SET NOT NULL`);
    await q.query(`ALTER TABLE decision ADD CONSTRAINT decision_number_key UNIQUE (decision_number)`);
    await q.query(`ALTER TABLE decision ADD CONSTRAINT decision_delegation_has_reference
                     CHECK (deciding_body = 'deputatie' OR delegation_reference IS NOT NULL)`);
    await q.query(
      `ALTER TABLE decision ADD CONSTRAINT decision_not_after_entry CHECK (decided_on <= entered_on)`,
    );
    await q.query(`ALTER TABLE decision ADD CONSTRAINT decision_acceptance_whole
                     CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))`);

    await q.query(`ALTER TABLE decision_letter DROP CONSTRAINT decision_letter_decision_id_key`);
    await q.query(`
      ALTER TABLE decision_letter
        ADD COLUMN kind text NOT NULL DEFAULT 'act' CHECK (kind IN ('act','translation')),
        ADD COLUMN supersedes_id uuid REFERENCES decision_letter (id),
        ADD COLUMN dispatched_on date`);
    await q.query(`UPDATE decision_letter SET kind = CASE WHEN language = 'nl' THEN 'act' ELSE 'translation' END,
                          dispatched_on = created_at::date`);
    await q.query(`ALTER TABLE decision_letter ALTER COLUMN dispatched_on SET NOT NULL`);
    await q.query(`ALTER TABLE decision_letter ADD CONSTRAINT decision_letter_act_is_dutch
                     CHECK ((kind = 'act') = (language = 'nl'))`);
    await q.query(`ALTER TABLE decision_letter ADD CONSTRAINT decision_letter_version_key
                     UNIQUE (decision_id, language, version)`);
    // Append-only: a letter that was made available never changes; a correction is a new row.
    await q.query(`
      CREATE FUNCTION decision_letter_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'decision_letter is append-only: a correction is a new version';
      END $$`);
    await q.query(`CREATE TRIGGER decision_letter_no_change BEFORE UPDATE OR DELETE ON decision_letter
                     FOR EACH ROW EXECUTE FUNCTION decision_letter_append_only()`);

    await q.query(`
      ALTER TABLE programme
        ADD COLUMN legal_citations jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN name_en text`);
    await q.query(`ALTER TABLE call ADD COLUMN title_en text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE call DROP COLUMN title_en`);
    await q.query(`ALTER TABLE programme DROP COLUMN legal_citations, DROP COLUMN name_en`);
    await q.query(`DROP TRIGGER decision_letter_no_change ON decision_letter`);
    await q.query(`DROP FUNCTION decision_letter_append_only()`);
    await q.query(`DELETE FROM decision_letter WHERE version > 1 OR kind = 'translation' AND EXISTS (
                     SELECT 1 FROM decision_letter n WHERE n.decision_id = decision_letter.decision_id AND n.kind = 'act')`);
    await q.query(`ALTER TABLE decision_letter DROP CONSTRAINT decision_letter_version_key,
                     DROP CONSTRAINT decision_letter_act_is_dutch,
                     DROP COLUMN kind, DROP COLUMN supersedes_id, DROP COLUMN dispatched_on`);
    await q.query(
      `ALTER TABLE decision_letter ADD CONSTRAINT decision_letter_decision_id_key UNIQUE (decision_id)`,
    );
    await q.query(`ALTER TABLE decision
      DROP CONSTRAINT decision_number_key, DROP CONSTRAINT decision_delegation_has_reference,
      DROP CONSTRAINT decision_not_after_entry, DROP CONSTRAINT decision_acceptance_whole,
      DROP COLUMN deciding_body, DROP COLUMN delegation_reference, DROP COLUMN decision_number,
      DROP COLUMN entered_on, DROP COLUMN refusal_grounds, DROP COLUMN derogation_reason,
      DROP COLUMN evaluation_mean_score, DROP COLUMN evaluation_criteria, DROP COLUMN evaluation_consensus,
      DROP COLUMN evaluation_within_funding_line, DROP COLUMN legal_basis, DROP COLUMN signatories,
      DROP COLUMN accepted_at, DROP COLUMN accepted_by`);
    await q.query(`DROP SEQUENCE decision_number_seq`);
  }
}
