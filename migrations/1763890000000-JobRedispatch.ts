import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dispatcher looks for jobs it handed to the queue long ago that never finished (the queue may
 * have lost them, e.g. a Redis restarted without persistence) and hands them over again: an index on
 * the rows that are out in the queue, so that check stays cheap however long the outbox grows.
 */
export class JobRedispatch1763890000000 implements MigrationInterface {
  name = 'JobRedispatch1763890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX job_outbox_dispatched_idx ON job_outbox (dispatched_at) WHERE status = 'dispatched'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX job_outbox_dispatched_idx`);
  }
}
