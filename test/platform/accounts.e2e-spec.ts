/**
 * The account lifecycle (issue #15): sessions checked on every request (demotion, disabling, logout),
 * password change and reset, and throttling of failed logins per account and per client address.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../../src/kernel/clock.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

const login = (t: TestApp, email: string, password: string, address?: string) => {
  const req = t.http.post('/api/auth/login');
  if (address) req.set('X-Forwarded-For', address);
  return req.send({ email, password });
};

describe('sessions and account changes', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.ctx.newAdmin();
  });
  afterAll(() => t.close());

  it("refuses a demoted staff member's token the staff routes on its next request", async () => {
    const staff = await t.ctx.newStaff();
    await t.http.get('/api/users').set('Authorization', staff.auth).expect(200);
    const demoted = await t.http
      .patch(`/api/users/${staff.id}`)
      .set('Authorization', admin.auth)
      .send({ role: 'applicant' })
      .expect(200);
    expect(demoted.body.role).toBe('applicant');
    const refused = await t.http.get('/api/users').set('Authorization', staff.auth).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const me = await t.http.get('/api/auth/me').set('Authorization', staff.auth).expect(200);
    expect(me.body.role).toBe('applicant');
    const audit = await t.http
      .get(`/api/audit?entity=user&entityId=${staff.id}`)
      .set('Authorization', admin.auth);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('user.role_changed');
  });

  it('refuses a disabled account at once, and lets it in again when re-enabled', async () => {
    const user = await t.ctx.newApplicant();
    await t.http
      .patch(`/api/users/${user.id}`)
      .set('Authorization', admin.auth)
      .send({ status: 'disabled' })
      .expect(200);
    await t.http.get('/api/auth/me').set('Authorization', user.auth).expect(401);
    await login(t, user.email, user.password).expect(401);
    await t.http
      .patch(`/api/users/${user.id}`)
      .set('Authorization', admin.auth)
      .send({ status: 'active' })
      .expect(200);
    // Disabling ended the old sessions; a new login works.
    await t.http.get('/api/auth/me').set('Authorization', user.auth).expect(401);
    await login(t, user.email, user.password).expect(200);
    // An admin does not change their own account.
    await t.http
      .patch(`/api/users/${admin.id}`)
      .set('Authorization', admin.auth)
      .send({ role: 'staff' })
      .expect(403);
  });

  it('revokes the token at logout', async () => {
    const user = await t.ctx.newApplicant();
    const session = await login(t, user.email, user.password).expect(200);
    const auth = `Bearer ${session.body.accessToken}`;
    await t.http.get('/api/auth/me').set('Authorization', auth).expect(200);
    await t.http.post('/api/auth/logout').set('Authorization', auth).expect(204);
    await t.http.get('/api/auth/me').set('Authorization', auth).expect(401);
    // Other sessions of the same user are not touched.
    await t.http.get('/api/auth/me').set('Authorization', user.auth).expect(200);
  });

  it('changes a password with the current one and ends the other sessions', async () => {
    const user = await t.ctx.newApplicant();
    const other = await login(t, user.email, user.password).expect(200);
    await t.http
      .post('/api/auth/password')
      .set('Authorization', user.auth)
      .send({ currentPassword: 'not-the-password', newPassword: 'a-brand-new-password' })
      .expect(400);
    await t.http
      .post('/api/auth/password')
      .set('Authorization', user.auth)
      .send({ currentPassword: user.password, newPassword: 'a-brand-new-password' })
      .expect(204);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${other.body.accessToken}`).expect(401);
    await t.http.get('/api/auth/me').set('Authorization', user.auth).expect(200);
    await login(t, user.email, 'a-brand-new-password').expect(200);
  });

  describe('password reset', () => {
    afterAll(() => t.ctx.get(Clock).reset());

    it('sends a link that works once, and the same answer for an unknown address', async () => {
      const user = await t.ctx.newApplicant();
      const session = await login(t, user.email, user.password).expect(200);
      const known = await t.http.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
      const unknown = await t.http
        .post('/api/auth/password-reset')
        .send({ email: 'niemand@example.be' })
        .expect(202);
      expect(unknown.body).toEqual(known.body);
      const none = (await t.dataSource.query(
        `SELECT 1 FROM mail_message WHERE to_address = 'niemand@example.be'`,
      )) as unknown[];
      expect(none).toHaveLength(0);

      const token = await t.ctx.mailedToken(user.email, 'password-reset');
      await t.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, newPassword: 'het-nieuwe-wachtwoord' })
        .expect(204);
      await login(t, user.email, 'het-nieuwe-wachtwoord').expect(200);
      await login(t, user.email, user.password).expect(401);
      // Every session ended with the reset.
      await t.http.get('/api/auth/me').set('Authorization', `Bearer ${session.body.accessToken}`).expect(401);
      // Once only.
      const again = await t.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, newPassword: 'nog-een-ander-wachtwoord' })
        .expect(400);
      expect(again.body.code).toBe('VALIDATION_FAILED');
    });

    it('refuses a link after 15 minutes', async () => {
      const user = await t.ctx.newApplicant();
      await t.http.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
      const token = await t.ctx.mailedToken(user.email, 'password-reset');
      t.ctx.get(Clock).travelTo(new Date(Date.now() + 16 * 60_000));
      await t.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, newPassword: 'te-laat-gekozen-wachtwoord' })
        .expect(400);
      t.ctx.get(Clock).reset();
      await login(t, user.email, user.password).expect(200);
    });
  });
});

describe('login throttling per account and per address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      TRUST_PROXY: 'loopback',
      LOGIN_RATE_LIMIT: '10',
      LOGIN_ADDRESS_RATE_LIMIT: '10',
    });
  });
  afterAll(() => t.close());

  it('lets 11 users log in from one address (an office behind one NAT)', async () => {
    const users = await Promise.all(Array.from({ length: 11 }, () => t.ctx.newApplicant()));
    for (const user of users) await login(t, user.email, user.password, '198.51.100.7').expect(200);
  });

  it('throttles 11 wrong passwords for one account from 11 addresses, with Retry-After', async () => {
    const victim = await t.ctx.newApplicant();
    for (let i = 1; i <= 10; i++) {
      await login(t, victim.email, 'a-wrong-guess-123', `203.0.113.${i}`).expect(401);
    }
    const throttled = await login(t, victim.email, 'a-wrong-guess-123', '203.0.113.11').expect(429);
    expect(throttled.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // While throttled, even the right password waits; other accounts are not affected.
    await login(t, victim.email, victim.password, '203.0.113.12').expect(429);
    const other = await t.ctx.newApplicant();
    await login(t, other.email, other.password, '203.0.113.11').expect(200);
  });

  it('throttles one address that fails for many accounts', async () => {
    for (let i = 0; i < 10; i++) {
      await login(t, `guess-${i}@example.be`, 'a-wrong-guess-123', '192.0.2.66').expect(401);
    }
    await login(t, 'guess-10@example.be', 'a-wrong-guess-123', '192.0.2.66').expect(429);
    await login(t, 'guess-10@example.be', 'a-wrong-guess-123', '192.0.2.67').expect(401);
  });
});

describe('the client address without a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_ADDRESS_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For when TRUST_PROXY is off (the default)', async () => {
    for (let i = 0; i < 3; i++) {
      await login(t, `other-${i}@example.be`, 'a-wrong-guess-123', `203.0.113.${i}`).expect(401);
    }
    await login(t, 'other-3@example.be', 'a-wrong-guess-123', '203.0.113.99').expect(429);
  });
});
