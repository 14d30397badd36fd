/**
 * `npm run seed` (issue #20, item 5): refuses production unless allowed, and is safe on a database
 * that already holds seeded records, project 1161 made by hand included: every step ends in a clear
 * one-line outcome, no stack trace, and a second run adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EaidRegisterService } from '../../src/domains/state-aid/eaid-register.service.js';
import { runSeed, seedRefusal, SeedRunner } from '../../src/seed/run-seed.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';

describe('seed', () => {
  it('refuses NODE_ENV=production unless SEED_ALLOW_PRODUCTION=1', () => {
    expect(seedRefusal({ NODE_ENV: 'production' })).toMatch(/SEED_ALLOW_PRODUCTION=1/);
    expect(seedRefusal({ NODE_ENV: 'production', SEED_ALLOW_PRODUCTION: 'yes' })).toBeDefined();
    expect(seedRefusal({ NODE_ENV: 'production', SEED_ALLOW_PRODUCTION: '1' })).toBeUndefined();
    expect(seedRefusal({ NODE_ENV: 'development' })).toBeUndefined();
  });

  it('reports a failing step in one line and skips only the steps that need it', async () => {
    const runner = new SeedRunner();
    const a = await runner.step('a', () => Promise.reject(new Error('boom\n    at somewhere')));
    await runner.step('b', () => Promise.resolve(1), [a]);
    await runner.step('c', () => Promise.resolve(2));
    expect(runner.outcomes).toEqual([
      { name: 'a', status: 'failed', reason: 'boom' },
      { name: 'b', status: 'skipped', reason: 'needs a' },
      { name: 'c', status: 'done' },
    ]);
    expect(runner.ok).toBe(false);
  });

  describe('on a database that already holds project 1161', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    }, 60_000);
    afterAll(() => t.close());

    const counts = async () =>
      (await t.dataSource.query(
        `SELECT (SELECT count(*) FROM app_user)::int AS users,
                (SELECT count(*) FROM organisation)::int AS organisations,
                (SELECT count(*) FROM application)::int AS applications,
                (SELECT count(*) FROM erdf_project)::int AS projects`,
      )) as object[];

    it('loads the rest of the demo, twice without adding anything the second time', async () => {
      const staff = await t.ctx.newStaff();
      await t.ctx.newErdfProject(staff, { projectNumber: '1161' });
      const first = await runSeed(t.app);
      for (const o of first.runner.outcomes) {
        expect(o.reason ?? '').not.toMatch(/\n|\bat \S+:\d+/);
      }
      const byName = Object.fromEntries(first.runner.outcomes.map((o) => [o.name, o.status]));
      expect(byName).toMatchObject({
        foundation: 'done',
        applications: 'done',
        reviews: 'done',
        'de-minimis': 'done',
        decisions: 'done',
        'rolling-call': 'done',
        'eaid-register': 'done',
      });
      // The demo shows an overdue eAid registration (the rolling call's grant of 8 October 2026) and a
      // declaration of other de minimis aid (issue #18).
      const overdue = await t.ctx
        .get(EaidRegisterService)
        .worklist({ status: 'overdue', limit: 100, offset: 0 });
      expect(overdue.items.map((i) => i.registerBy)).toContain('2026-11-05');
      const [declared] = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM declared_de_minimis_aid WHERE status = 'declared'`,
      )) as { n: number }[];
      expect(declared.n).toBeGreaterThan(0);
      const after = await counts();
      const second = await runSeed(t.app);
      expect(second.runner.outcomes.map((o) => o.status)).toEqual(first.runner.outcomes.map((o) => o.status));
      expect(await counts()).toEqual(after);
    }, 300_000);
  });
});
