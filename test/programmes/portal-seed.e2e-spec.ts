import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SeedContext } from '../../src/seed/seed-context.js';
import { seedFoundation } from '../../src/seed/steps/foundation.js';
import { PORTAL_DEMO_CALL_TITLE, seedPortal } from '../../src/seed/steps/portal.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';

/** The seed step that gives the portal's home an open call (docs/portal.md). */
describe('seed: the portal demo call', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('creates one open call, listed for an applicant, and nothing more when run again', async () => {
    const ctx = new SeedContext(t.app);
    const base = await seedFoundation(ctx);
    const first = await seedPortal(ctx, base);
    const second = await seedPortal(ctx, base);
    expect(second.id).toBe(first.id);
    expect(first.status).toBe('open');
    const rows = (await t.dataSource.query('SELECT count(*)::int AS n FROM call WHERE title = $1', [
      PORTAL_DEMO_CALL_TITLE,
    ])) as { n: number }[];
    expect(rows[0].n).toBe(1);
    const applicant = await t.ctx.newApplicant();
    const open = await t.http.get('/api/calls?status=open').set('Authorization', applicant.auth);
    expect(open.status).toBe(200);
    expect(open.body.items.map((c: { title: string }) => c.title)).toContain(PORTAL_DEMO_CALL_TITLE);
  });
});
