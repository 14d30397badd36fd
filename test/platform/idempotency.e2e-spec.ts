import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { type TestUser, uniqueEnterpriseNumber } from '../utils/factories.js';

describe('Idempotency-Key', () => {
  let t: TestApp;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    applicant = await t.ctx.newApplicant();
  });
  afterAll(() => t.close());

  const organisation = () => ({
    name: 'Idem BV',
    enterpriseNumber: uniqueEnterpriseNumber(),
    kind: 'sme',
    smeSize: 'micro',
  });
  const count = async (enterpriseNumber: string) =>
    Number(
      (
        (await t.dataSource.query('SELECT count(*) AS n FROM organisation WHERE enterprise_number = $1', [
          enterpriseNumber,
        ])) as { n: string }[]
      )[0].n,
    );

  it('returns the first response to a repeat and creates nothing more', async () => {
    const body = organisation();
    const first = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .set('Idempotency-Key', 'org-1')
      .send(body)
      .expect(201);
    const again = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .set('Idempotency-Key', 'org-1')
      .send(body)
      .expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await count(first.body.enterpriseNumber)).toBe(1);
    const events = await t.dataSource.query(`SELECT 1 FROM audit_event WHERE entity_id = $1`, [
      first.body.id,
    ]);
    expect(events).toHaveLength(1);
  });

  it('refuses the same key with a different request', async () => {
    await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .set('Idempotency-Key', 'org-2')
      .send(organisation())
      .expect(201);
    const res = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .set('Idempotency-Key', 'org-2')
      .send(organisation())
      .expect(409);
    expect(res.body.code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('remembers a refusal too, and keeps keys per user', async () => {
    const bad = { ...organisation(), smeSize: undefined, kind: 'public_body', name: 'x' };
    const body = { ...bad, smeSize: 'small' };
    const first = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .set('Idempotency-Key', 'org-3')
      .send(body)
      .expect(400);
    const again = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .set('Idempotency-Key', 'org-3')
      .send(body)
      .expect(400);
    expect(again.body).toEqual(first.body);
    const other = await t.ctx.newApplicant();
    await t.http
      .post('/api/organisations')
      .set('Authorization', other.auth)
      .set('Idempotency-Key', 'org-3')
      .send(organisation())
      .expect(201);
  });

  it('lets only one of two concurrent requests with the same key run', async () => {
    const body = organisation();
    const send = () =>
      t.http
        .post('/api/organisations')
        .set('Authorization', applicant.auth)
        .set('Idempotency-Key', 'org-4')
        .send(body);
    const results = await Promise.all([send(), send(), send()]);
    expect(results.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(await count(body.enterpriseNumber)).toBe(1);
  });

  it('rejects a malformed key', async () => {
    const res = await t.http
      .post('/api/organisations')
      .set('Authorization', applicant.auth)
      .set('Idempotency-Key', 'x'.repeat(300))
      .send(organisation())
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('Idempotency-Key on state changes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('replays a submission instead of answering 409 ALREADY_SUBMITTED or INVALID_TRANSITION', async () => {
    const applicant = await t.ctx.newApplicant();
    const call = await t.ctx.newCall();
    const application = await t.ctx.newApplication(applicant, { callId: call.id });
    const submit = () =>
      t.http
        .post(`/api/applications/${application.id}/submit`)
        .set('Authorization', applicant.auth)
        .set('Idempotency-Key', `submit-${application.id}`);
    const first = await submit().expect(200);
    const again = await submit().expect(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const submitted = await t.dataSource.query(
      `SELECT 1 FROM audit_event WHERE entity_id = $1 AND action = 'application.submitted'`,
      [application.id],
    );
    expect(submitted).toHaveLength(1);
  });
});
