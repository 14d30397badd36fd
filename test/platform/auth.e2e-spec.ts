import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, scryptSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../utils/create-app.js';

describe('accounts and roles', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      ADMIN_EMAIL: 'root@provincie.example',
      ADMIN_PASSWORD: 'bootstrap-password-1',
      // The passwords are hashed as in production (the other tests hash them cheaply).
      PASSWORD_HASH_COST: 'standard',
    });
  });
  afterAll(() => t.close());

  it('registers an applicant who confirms the address, then logs in and reads who they are', async () => {
    const reg = await t.http
      .post('/api/auth/register')
      .send({ email: 'An.Peeters@Example.be ', password: 'a-long-password', fullName: 'An Peeters' })
      .expect(202);
    expect(reg.body.status).toBe('accepted');
    expect(JSON.stringify(reg.body)).not.toContain('a-long-password');

    // Not before the address is confirmed.
    await t.http
      .post('/api/auth/login')
      .send({ email: 'an.peeters@example.be', password: 'a-long-password' })
      .expect(403);
    const token = await t.ctx.mailedToken('an.peeters@example.be', 'email-verification');
    const verified = await t.http.post('/api/auth/verify-email').send({ token }).expect(200);
    expect(verified.body).toMatchObject({
      email: 'an.peeters@example.be',
      role: 'applicant',
      fullName: 'An Peeters',
      emailVerified: true,
    });
    expect(verified.body).not.toHaveProperty('passwordHash');
    await t.http.post('/api/auth/verify-email').send({ token }).expect(400);

    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'an.peeters@example.be', password: 'a-long-password' })
      .expect(200);
    expect(login.body.user).toMatchObject({ id: verified.body.id, role: 'applicant' });

    const me = await t.http
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(me.body.id).toBe(verified.body.id);
  });

  it('refuses weak passwords, and answers a registered e-mail exactly as a new one', async () => {
    for (const password of ['short', ' '.repeat(12), 'Password1234', 'wachtwoord 123']) {
      const weak = await t.http
        .post('/api/auth/register')
        .send({ email: 'x@example.be', password, fullName: 'X' })
        .expect(400);
      expect(weak.body.code).toBe('VALIDATION_FAILED');
      expect(weak.body.details).toEqual([expect.objectContaining({ field: 'password' })]);
    }

    const first = await t.http
      .post('/api/auth/register')
      .send({ email: 'dup@example.be', password: 'a-long-password', fullName: 'D' })
      .expect(202);
    const again = await t.http
      .post('/api/auth/register')
      .send({ email: 'DUP@example.be', password: 'another-long-password', fullName: 'E' })
      .expect(202);
    expect(again.body).toEqual(first.body);
    // The owner of the address hears of the second attempt; the password stays theirs.
    await t.ctx.mailedToken('dup@example.be', 'email-verification');
    const notes = (await t.dataSource.query(
      `SELECT template FROM mail_message WHERE to_address = 'dup@example.be' ORDER BY created_at`,
    )) as { template: string }[];
    expect(notes.map((n) => n.template)).toEqual(['email-verification', 'account-exists']);
  });

  it('answers a wrong password with 401 and the same message as an unknown e-mail', async () => {
    const user = await t.ctx.newApplicant();
    const wrong = await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: 'not-the-password' })
      .expect(401);
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ email: 'nobody@example.be', password: 'whatever-123' })
      .expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: unknown.body.message });
  });

  it('creates the ADMIN_EMAIL account on start, which can create staff and evaluators', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'root@provincie.example', password: 'bootstrap-password-1' })
      .expect(200);
    expect(login.body.user.role).toBe('admin');
    const created = await t.http
      .post('/api/users')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .send({
        email: 'evaluator@example.be',
        password: 'evaluator-password',
        fullName: 'Eva Luator',
        role: 'evaluator',
      })
      .expect(201);
    expect(created.body.role).toBe('evaluator');
  });

  it('forbids an applicant to create accounts', async () => {
    const applicant = await t.ctx.newApplicant();
    const res = await t.http
      .post('/api/users')
      .set('Authorization', applicant.auth)
      .send({ email: 'sneaky@example.be', password: 'sneaky-password', fullName: 'S', role: 'admin' })
      .expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('does not let anyone register as staff', async () => {
    const res = await t.http
      .post('/api/auth/register')
      .send({ email: 'staff@example.be', password: 'a-long-password', fullName: 'S', role: 'staff' })
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'role' })]);
  });

  it('rejects a missing, tampered, expired or wrongly signed token with 401', async () => {
    const user = await t.ctx.newApplicant();
    await t.http.get('/api/auth/me').expect(401);
    const [h, p, s] = user.token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, role: 'admin' })).toString('base64url');
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${h}.${forged}.${s}`).expect(401);
    const expired = jwt.sign({ sub: user.id, email: user.email, role: 'applicant' }, TEST_JWT_SECRET, {
      algorithm: 'HS256',
      issuer: 'vlaams-brabant-subsidies',
      expiresIn: -10,
    });
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${expired}`).expect(401);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${none}`).expect(401);
    const otherSecret = jwt.sign(
      { sub: user.id, email: user.email, role: 'admin' },
      'another-secret-another-secret-another',
      {
        algorithm: 'HS256',
        issuer: 'vlaams-brabant-subsidies',
      },
    );
    const res = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${otherSecret}`).expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('logs in with a hash made with the earlier scrypt parameters and replaces it with a current one', async () => {
    const reg = { body: await t.ctx.newUser('applicant', { email: 'legacy@example.be' }) };
    // The format and parameters used before (N=2^15, r=8, p=1).
    const salt = randomBytes(16);
    const key = scryptSync('a-legacy-password', salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 << 20 });
    const legacy = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    await t.dataSource.query(`UPDATE app_user SET password_hash = $1 WHERE id = $2`, [legacy, reg.body.id]);
    const storedHash = async () =>
      (
        (await t.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [reg.body.id])) as {
          password_hash: string;
        }[]
      )[0].password_hash;

    await t.http
      .post('/api/auth/login')
      .send({ email: 'legacy@example.be', password: 'wrong-password' })
      .expect(401);
    expect(await storedHash()).toBe(legacy);

    await t.http
      .post('/api/auth/login')
      .send({ email: 'legacy@example.be', password: 'a-legacy-password' })
      .expect(200);
    const upgraded = await storedHash();
    expect(upgraded).not.toBe(legacy);
    expect(upgraded.split('$').slice(0, 4)).toEqual(['scrypt', '32768', '8', '3']);
    await t.http
      .post('/api/auth/login')
      .send({ email: 'legacy@example.be', password: 'a-legacy-password' })
      .expect(200);
  });

  it('tells the portal that only password login is offered when e-ID is not configured', async () => {
    const methods = await t.http.get('/api/auth/methods').expect(200);
    expect(methods.body).toEqual({ password: true, eid: false });
    await t.http.get('/api/auth/oidc/start').expect(404);
  });

  it('audits registrations and account creation', async () => {
    const staff = await t.ctx.newStaff();
    const res = await t.http.get('/api/audit?entity=user').set('Authorization', staff.auth).expect(200);
    const actions = res.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.registered', 'user.created']));
  });
});

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 after too many login attempts', async () => {
    for (let i = 0; i < 3; i++) {
      await t.http
        .post('/api/auth/login')
        .send({ email: 'x@example.be', password: 'wrong-password' })
        .expect(401);
    }
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: 'x@example.be', password: 'wrong-password' })
      .expect(429);
    expect(res.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
