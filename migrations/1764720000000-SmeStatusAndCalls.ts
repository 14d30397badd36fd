import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18, items 6 and 10.
 * - Staff confirm an organisation's SME size with a date and an evidence note; a declaration without
 *   it is shown to staff as unconfirmed. The four columns are set together or not at all.
 * - A call closes at the end of its closing day, Brussels time: `closes_on` is that day and
 *   `closes_at` the exclusive end, the next day at 00:00 Europe/Brussels. Existing calls keep the day
 *   of their last open moment (a call that closed at 23:59:59 on 15 October now closes at 00:00 on
 *   16 October; one that closed at 00:00 on 16 October keeps that end).
 * - A call's description, and whether reviews may start while it is open (default: not).
 */
export class SmeStatusAndCalls1764720000000 implements MigrationInterface {
  name = 'SmeStatusAndCalls1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN sme_confirmed_size text CHECK (sme_confirmed_size IN ('micro','small','medium')),
        ADD COLUMN sme_confirmed_on date,
        ADD COLUMN sme_evidence text,
        ADD COLUMN sme_confirmed_by uuid,
        ADD CONSTRAINT organisation_sme_confirmation_whole CHECK (
          (sme_confirmed_size IS NULL) = (sme_confirmed_on IS NULL)
          AND (sme_confirmed_size IS NULL) = (sme_evidence IS NULL)
          AND (sme_confirmed_size IS NULL) = (sme_confirmed_by IS NULL))`);
    await q.query(`
      ALTER TABLE call
        ADD COLUMN closes_on date,
        ADD COLUMN description text,
        ADD COLUMN reviews_during_call boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE call SET closes_on = ((closes_at - interval '1 microsecond') AT TIME ZONE 'Europe/Brussels')::date`);
    await q.query(`
      UPDATE call SET closes_at = ((closes_on + 1)::timestamp AT TIME ZONE 'Europe/Brussels')`);
    await q.query(`ALTER TABLE call ALTER COLUMN closes_on SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE call DROP COLUMN reviews_during_call, DROP COLUMN description, DROP COLUMN closes_on`,
    );
    await q.query(`
      ALTER TABLE organisation DROP CONSTRAINT organisation_sme_confirmation_whole,
        DROP COLUMN sme_confirmed_by, DROP COLUMN sme_evidence, DROP COLUMN sme_confirmed_on,
        DROP COLUMN sme_confirmed_size`);
  }
}
