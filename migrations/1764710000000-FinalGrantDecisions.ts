import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A grant lowered after the final report is a new decision with its own letter (issue #17, point 4):
 * - `decision`: the decision on the final grant — its body, date, number and signatories — beside the
 *   original decision's, filled once when the final report lowers the grant.
 * - `decision_letter`: two more kinds, `final_grant_act` (Dutch, the act) and `final_grant_translation`,
 *   with their own version sequence per decision (unique per decision, kind and version).
 */
export class FinalGrantDecisions1764710000000 implements MigrationInterface {
  name = 'FinalGrantDecisions1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE decision
        ADD COLUMN final_decision_number text,
        ADD COLUMN final_decided_on date,
        ADD COLUMN final_deciding_body text CHECK (final_deciding_body IN ('deputatie','delegated_official')),
        ADD COLUMN final_delegation_reference text,
        ADD COLUMN final_signatories jsonb`);
    await q.query(
      `ALTER TABLE decision ADD CONSTRAINT decision_final_number_key UNIQUE (final_decision_number)`,
    );
    await q.query(`ALTER TABLE decision ADD CONSTRAINT decision_final_decision_whole CHECK (
                     (final_decision_number IS NULL) = (final_decided_on IS NULL)
                     AND (final_decision_number IS NULL) = (final_deciding_body IS NULL)
                     AND (final_decision_number IS NULL) = (final_signatories IS NULL)
                     AND (final_decision_number IS NULL OR final_grant_cents IS NOT NULL)
                     AND (final_deciding_body IS DISTINCT FROM 'delegated_official' OR final_delegation_reference IS NOT NULL)
                     AND (final_decided_on IS NULL OR final_decided_on >= decided_on))`);

    await q.query(`ALTER TABLE decision_letter DROP CONSTRAINT decision_letter_kind_check`);
    await q.query(`ALTER TABLE decision_letter ADD CONSTRAINT decision_letter_kind_check
                     CHECK (kind IN ('act','translation','final_grant_act','final_grant_translation'))`);
    await q.query(`ALTER TABLE decision_letter DROP CONSTRAINT decision_letter_act_is_dutch`);
    await q.query(`ALTER TABLE decision_letter ADD CONSTRAINT decision_letter_act_is_dutch
                     CHECK ((kind IN ('act','final_grant_act')) = (language = 'nl'))`);
    await q.query(`ALTER TABLE decision_letter DROP CONSTRAINT decision_letter_version_key`);
    await q.query(`ALTER TABLE decision_letter ADD CONSTRAINT decision_letter_version_key
                     UNIQUE (decision_id, kind, version)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Letters of the final grant cannot be kept under the old constraints: the down migration refuses
    // to run while any exists rather than delete part of an append-only record.
    const [{ n }] = (await q.query(
      `SELECT count(*)::int AS n FROM decision_letter WHERE kind IN ('final_grant_act','final_grant_translation')`,
    )) as { n: number }[];
    if (n > 0) throw new Error(`${n} final-grant letters exist: they would be lost`);
    await q.query(`ALTER TABLE decision_letter DROP CONSTRAINT decision_letter_version_key`);
    await q.query(`ALTER TABLE decision_letter ADD CONSTRAINT decision_letter_version_key
                     UNIQUE (decision_id, language, version)`);
    await q.query(`ALTER TABLE decision_letter DROP CONSTRAINT decision_letter_act_is_dutch`);
    await q.query(`ALTER TABLE decision_letter ADD CONSTRAINT decision_letter_act_is_dutch
                     CHECK ((kind = 'act') = (language = 'nl'))`);
    await q.query(`ALTER TABLE decision_letter DROP CONSTRAINT decision_letter_kind_check`);
    await q.query(`ALTER TABLE decision_letter ADD CONSTRAINT decision_letter_kind_check
                     CHECK (kind IN ('act','translation'))`);
    await q.query(`ALTER TABLE decision DROP CONSTRAINT decision_final_decision_whole,
                     DROP CONSTRAINT decision_final_number_key,
                     DROP COLUMN final_decision_number, DROP COLUMN final_decided_on,
                     DROP COLUMN final_deciding_body, DROP COLUMN final_delegation_reference,
                     DROP COLUMN final_signatories`);
  }
}
