import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';

describe('platform: health, OpenAPI, errors, security headers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT: '10kb' });
  });
  afterAll(() => t.close());

  it('reports readiness with the database check (to staff)', async () => {
    const staff = await t.ctx.newStaff();
    const res = await t.http.get('/health').set('Authorization', staff.auth).expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      checks: expect.objectContaining({ database: { status: 'up' } }),
    });
    await t.http.get('/health/live').expect(200);
  });

  it('serves the OpenAPI document and UI, covering every route', async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/auth/register',
      '/api/auth/login',
      '/api/auth/me',
      '/api/users',
      '/api/organisations',
      '/api/organisations/{id}/links',
      '/api/audit',
      '/api/audit/verify',
    ]) {
      expect(doc.body.paths).toHaveProperty([path]);
    }
    expect(doc.body.components.schemas.CreateOrganisationDto.required).toEqual(
      expect.arrayContaining(['name', 'enterpriseNumber', 'kind']),
    );
    const ui = await t.http.get('/api/docs/').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers an unknown route with the error shape and 404', async () => {
    const res = await t.http.get('/api/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('answers 413 for an oversized body and 400 for malformed JSON', async () => {
    const big = await t.http
      .post('/api/auth/register')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.be', password: 'x'.repeat(20_000), fullName: 'x' }))
      .expect(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const bad = await t.http
      .post('/api/auth/register')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('answers wrong types with 400, never 500', async () => {
    const res = await t.http
      .post('/api/auth/register')
      .send({ email: ['a'], password: { $ne: null }, fullName: 42 })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['email', 'password', 'fullName']),
    );
    await t.http.post('/api/auth/register').send([1, 2, 3]).expect(400);
  });

  it('denies every route without a token, with 401', async () => {
    const res = await t.http.get('/api/organisations').expect(401);
    expect(res.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: expect.any(String) });
  });

  it('sets security headers and a request id, and sends no CORS headers by default', async () => {
    const res = await t.http
      .get('/health')
      .set('Origin', 'https://evil.example')
      .set('X-Request-Id', 'abc-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('global providers', () => {
  it('provides one Clock to every module', async () => {
    const { Clock } = await import('../../src/kernel/clock.js');
    const t = await createTestApp();
    try {
      expect(t.app.get(Clock)).toBeInstanceOf(Clock);
    } finally {
      await t.close();
    }
  });
});

describe('deeply nested bodies', () => {
  it('answers 400, not 500, to JSON nested thousands of levels deep', async () => {
    const t = await createTestApp();
    try {
      const deep = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
      const res = await t.http
        .post('/api/organisations') // /api/auth takes 8 kB bodies only (413)
        .set('Content-Type', 'application/json')
        .send(deep)
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    } finally {
      await t.close();
    }
  });
});
