/**
 * Security hygiene (issue #9) as tests: security headers, CORS closed unless CORS_ORIGINS opens it,
 * JWTs pinned to HS256, our issuer and an expiry, throttled login and registration, and the body limit.
 * Missing, tampered, expired and alg=none tokens are in auth.e2e-spec.ts; logs in logs.e2e-spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

const ISSUER = 'vlaams-brabant-subsidies';

describe('security hygiene', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ JWT_TTL: '15m', LOGIN_RATE_LIMIT: '3', REGISTER_RATE_LIMIT: '2' });
    user = await t.ctx.newApplicant();
  });
  afterAll(() => t.close());

  describe('headers', () => {
    it('sends helmet’s security headers on API answers, errors included', async () => {
      for (const res of [
        await t.http.get('/api/auth/me').set('Authorization', user.auth).expect(200),
        await t.http.get('/api/auth/me').expect(401),
        await t.http.get('/health'),
      ]) {
        expect(res.headers).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'referrer-policy': 'no-referrer',
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-resource-policy': 'same-origin',
        });
        expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        expect(res.headers['content-security-policy']).toContain("default-src 'self'");
        expect(res.headers['x-powered-by']).toBeUndefined();
      }
    });
  });

  describe('CORS', () => {
    it('is closed by default: no CORS headers, not even on a preflight', async () => {
      const res = await t.http.get('/api/calls').set('Origin', 'https://subsidies.vlaams-brabant.be');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await t.http
        .options('/api/auth/login')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
    });
  });

  describe('tokens', () => {
    const sign = (payload: object, options: jwt.SignOptions, secret = TEST_JWT_SECRET) =>
      jwt.sign(payload, secret, options);
    // The claims of a real session (a token without a session that still counts is refused).
    const claims = () => {
      const { sub, sid, email, role } = jwt.decode(user.token) as jwt.JwtPayload;
      return { sub, sid, email, role };
    };
    const me = (token: string) => t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`);

    it('issues HS256 tokens from our issuer that expire after JWT_TTL', async () => {
      const login = await t.http
        .post('/api/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(200);
      const token = login.body.accessToken as string;
      const decoded = jwt.decode(token, { complete: true }) as jwt.Jwt & { payload: jwt.JwtPayload };
      expect(decoded.header.alg).toBe('HS256');
      expect(decoded.payload.iss).toBe(ISSUER);
      expect(decoded.payload.exp! - decoded.payload.iat!).toBe(15 * 60);
      expect(login.body.expiresIn).toBe(15 * 60);
      // Nothing secret in the payload.
      expect(Object.keys(decoded.payload).sort()).toEqual([
        'email',
        'exp',
        'iat',
        'iss',
        'role',
        'sid',
        'sub',
      ]);
      await me(token).expect(200);
    });

    it('refuses another algorithm with the same secret, another issuer, and an unknown role', async () => {
      for (const algorithm of ['HS384', 'HS512'] as const) {
        await me(sign(claims(), { algorithm, issuer: ISSUER, expiresIn: 60 })).expect(401);
      }
      await me(sign(claims(), { algorithm: 'HS256', issuer: 'someone-else', expiresIn: 60 })).expect(401);
      await me(sign(claims(), { algorithm: 'HS256', expiresIn: 60 })).expect(401);
      await me(
        sign({ ...claims(), role: 'root' }, { algorithm: 'HS256', issuer: ISSUER, expiresIn: 60 }),
      ).expect(401);
      await me(sign({ ...claims(), sub: 42 }, { algorithm: 'HS256', issuer: ISSUER, expiresIn: 60 })).expect(
        401,
      );
      // The right ones pass, so the refusals above are for the reason given.
      await me(sign(claims(), { algorithm: 'HS256', issuer: ISSUER, expiresIn: 60 })).expect(200);
    });

    it('refuses a token older than JWT_TTL whatever its expiry says, and one that does not say when it was issued', async () => {
      const now = Math.floor(Date.now() / 1000);
      // No expiry at all: it still ends JWT_TTL after it was issued.
      await me(sign({ ...claims(), iat: now - 16 * 60 }, { algorithm: 'HS256', issuer: ISSUER })).expect(401);
      await me(
        sign(claims(), { algorithm: 'HS256', issuer: ISSUER, expiresIn: 60, noTimestamp: true }),
      ).expect(401);
      // Signed with a far expiry but issued longer ago than the TTL allows.
      const stale = sign(
        { ...claims(), iat: now - 16 * 60, exp: now + 24 * 3600 },
        { algorithm: 'HS256', issuer: ISSUER },
      );
      await me(stale).expect(401);
    });
  });

  describe('throttling', () => {
    it('answers 429 with Retry-After after too many registrations from one address', async () => {
      const register = (i: number) =>
        t.http.post('/api/auth/register').send({
          email: `throttle-${i}@example.be`,
          password: 'a-long-enough-password',
          fullName: `Throttle ${i}`,
        });
      await register(1).expect(202);
      await register(2).expect(202);
      const res = await register(3).expect(429);
      expect(res.body).toEqual({
        statusCode: 429,
        code: 'TOO_MANY_REQUESTS',
        message: expect.any(String),
        details: { retryAfterSeconds: expect.any(Number) },
      });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      // Nothing was created by the refused request.
      const [{ n }] = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM app_user WHERE email = 'throttle-3@example.be'`,
      )) as { n: number }[];
      expect(n).toBe(0);
    });

    it('answers 429 to logins past the limit, even with the right password', async () => {
      // Failed attempts count (successful logins never do): three wrong ones reach the limit of 3.
      for (let i = 0; i < 3; i++) {
        await t.http
          .post('/api/auth/login')
          .send({ email: user.email, password: 'wrong-password-x' })
          .expect(401);
      }
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(429);
      expect(res.body.code).toBe('TOO_MANY_REQUESTS');
      expect(res.body).not.toHaveProperty('accessToken');
    });
  });

  describe('body limit', () => {
    it('answers 413 with the error shape above the default 1 MB, before any other check', async () => {
      const huge = JSON.stringify({ title: 'x'.repeat(1_100_000) });
      for (const req of [
        t.http.post('/api/organisations').set('Authorization', user.auth),
        t.http.post('/api/organisations'),
      ]) {
        const res = await req.set('Content-Type', 'application/json').send(huge);
        expect(res.status).toBe(413);
        expect(res.body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) });
      }
    });
  });
});

/**
 * A second app with CORS_ORIGINS set. It runs after the first has closed: on PGlite every app of a
 * process shares typeorm-pglite's one PGlite instance, so two apps must never be open at once.
 */
describe('CORS_ORIGINS', () => {
  let cors: TestApp;
  const allowed = 'https://subsidies.vlaams-brabant.be';

  beforeAll(async () => {
    cors = await createTestApp({ CORS_ORIGINS: `${allowed}, https://admin.vlaams-brabant.be` });
  });
  afterAll(() => cors.close());

  it('opens CORS to those origins only, without credentials', async () => {
    const ok = await cors.http
      .options('/api/auth/login')
      .set('Origin', allowed)
      .set('Access-Control-Request-Method', 'POST');
    expect(ok.headers['access-control-allow-origin']).toBe(allowed);
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    const get = await cors.http.get('/health').set('Origin', 'https://admin.vlaams-brabant.be');
    expect(get.headers['access-control-allow-origin']).toBe('https://admin.vlaams-brabant.be');
    expect(get.headers['access-control-expose-headers']).toContain('X-Request-Id');
    for (const origin of [
      'https://evil.example',
      'https://subsidies.vlaams-brabant.be.evil.example',
      'null',
    ]) {
      const res = await cors.http
        .options('/api/auth/login')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});
