/**
 * Idempotency keys expire (issue #20, item 4): after IDEMPOTENCY_TTL a key counts as new, and the
 * sweep deletes expired rows, one process at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IdempotencySweeper } from '../../src/platform/idempotency/idempotency.sweeper.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { type TestUser, uniqueEnterpriseNumber } from '../utils/factories.js';

describe('Idempotency-Key expiry', () => {
  let t: TestApp;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ IDEMPOTENCY_TTL: '2h' });
    applicant = await t.ctx.newApplicant();
  });
  afterAll(() => t.close());

  const organisation = () => ({
    name: 'Idem BV',
    enterpriseNumber: uniqueEnterpriseNumber(),
    kind: 'sme',
    smeSize: 'micro',
  });
  const post = (key: string, body: object) =>
    t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .set('Idempotency-Key', key)
      .send(body);
  const age = (key: string, interval: string) =>
    t.dataSource.query(`UPDATE idempotency_key SET created_at = now() - $2::interval WHERE key = $1`, [
      key,
      interval,
    ]);
  const keys = async (): Promise<string[]> =>
    ((await t.dataSource.query('SELECT key FROM idempotency_key ORDER BY key')) as { key: string }[]).map(
      (r) => r.key,
    );

  it('treats a key older than IDEMPOTENCY_TTL as new, and a younger one as used', async () => {
    await post('ttl-1', organisation()).expect(201);
    await age('ttl-1', '1 hour 59 minutes');
    expect((await post('ttl-1', organisation())).status).toBe(409);
    await age('ttl-1', '2 hours 1 minute');
    const again = await post('ttl-1', organisation());
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    // And the new request is remembered from now on.
    const body = organisation();
    await post('ttl-2', body).expect(201);
    const replay = await post('ttl-2', body).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
  });

  it('sweeps expired keys and keeps the others', async () => {
    await post('sweep-old', organisation()).expect(201);
    await post('sweep-new', organisation()).expect(201);
    await age('sweep-old', '3 hours');
    const deleted = await t.ctx.get(IdempotencySweeper).sweep();
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await keys();
    expect(left).toContain('sweep-new');
    expect(left).not.toContain('sweep-old');
  });

  it('refuses a bad IDEMPOTENCY_TTL at start-up', async () => {
    const { loadConfig } = await import('../../src/kernel/config/config.js');
    expect(() => loadConfig({ IDEMPOTENCY_TTL: 'soon', JWT_SECRET: 'x'.repeat(40) })).toThrow(
      /IDEMPOTENCY_TTL/,
    );
  });
});
