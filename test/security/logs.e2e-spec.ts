import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';

describe('logs', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(
      { LOG_LEVEL: 'trace' },
      { logDestination: { write: (line: string) => void lines.push(line) } },
    );
  });
  afterAll(() => t.close());

  it('are JSON lines with a request id, and never contain a password or a token', async () => {
    const password = 'very-secret-password-42';
    await t.http
      .post('/api/auth/register')
      .send({ email: 'log@example.be', password, fullName: 'Log Test' })
      .expect(202);
    const verification = await t.ctx.mailedToken('log@example.be', 'email-verification');
    await t.http.post('/api/auth/verify-email').send({ token: verification }).expect(200);
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'log@example.be', password })
      .expect(200);
    const token = login.body.accessToken as string;
    await t.http
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Request-Id', 'req-log-1')
      .expect(200);
    await t.http
      .post('/api/auth/login')
      .send({ email: 'log@example.be', password: `${password}-wrong` })
      .expect(401);

    const all = lines.join('');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(all).toContain('req-log-1');
    expect(all).not.toContain(password);
    expect(all).not.toContain(token);
    expect(all).not.toContain(token.split('.')[2]);
    expect(all).not.toContain(verification);
  });
});
