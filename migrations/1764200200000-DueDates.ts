import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Due dates and the record of a decision's notification: a review deadline per call; the first
 * download of a decision letter by a member of the organisation (the appeal period must be
 * provable); the days the daily reminder run has done (one run per day across all processes).
 */
export class DueDates1764200200000 implements MigrationInterface {
  name = 'DueDates1764200200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE call ADD COLUMN review_deadline date`);
    await q.query(`
      CREATE TABLE decision_letter_receipt (
        decision_id uuid PRIMARY KEY REFERENCES decision (id),
        first_downloaded_at timestamptz NOT NULL,
        first_downloaded_by uuid NOT NULL REFERENCES app_user (id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE decision_letter_receipt`);
    await q.query(`ALTER TABLE call DROP COLUMN review_deadline`);
  }
}
