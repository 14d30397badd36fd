import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An ERDF project whose budgets, expenses, claims and indicator values are invented (the demo's project
 * 1161 beside its sourced facts) says so: `demo`, shown in the project and in every format of its report.
 */
export class ErdfDemoFlag1764710100000 implements MigrationInterface {
  name = 'ErdfDemoFlag1764710100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE erdf_project ADD COLUMN demo boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE erdf_project DROP COLUMN demo`);
  }
}
