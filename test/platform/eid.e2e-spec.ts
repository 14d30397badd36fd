/**
 * e-ID login (issue #15) against a real OpenID provider running in this process (`oidc-provider`, a
 * certified implementation) whose accounts carry an enterprise number claim, as the Flemish ACM/IDM
 * and the federal CSAM do for people acting for a company. The test plays the browser: it follows the
 * redirects, signs in at the provider's (development) login page and consents.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Provider from 'oidc-provider';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { type TestUser, uniqueEnterpriseNumber } from '../utils/factories.js';

const CLIENT_ID = 'subsidies-portal';
const CLIENT_SECRET = 'a-client-secret-for-tests-only-0123456789';
const REDIRECT = 'http://127.0.0.1:4999/aanmelden/eid';

/** Accounts of the test provider: subject → claims. */
const ACCOUNTS = new Map<string, Record<string, unknown>>();

describe('e-ID login (OpenID Connect)', () => {
  let server: Server;
  let issuer: string;
  let t: TestApp;
  let staff: TestUser;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [REDIRECT],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'kbo_number'] },
      findAccount: (_ctx, id) => {
        const claims = ACCOUNTS.get(id);
        return claims ? { accountId: id, claims: () => ({ sub: id, ...claims }) } : undefined;
      },
      features: { devInteractions: { enabled: true } },
      pkce: { required: () => true },
      cookies: { keys: ['cookie-key-for-tests-only'] },
    });
    server.on('request', provider.callback());
    t = await createTestApp({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URL: REDIRECT,
      OIDC_KBO_CLAIM: 'kbo_number',
    });
    staff = await t.ctx.newStaff();
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  /** The browser: from the start URL through the provider's login and consent to our redirect URL. */
  async function loginAtProvider(accountId: string): Promise<string> {
    const start = await t.http.get('/api/auth/oidc/start').expect(200);
    const jar = new Map<string, string>();
    let url = start.body.authorizationUrl as string;
    let prompt: 'login' | 'consent' = 'login';
    for (let hop = 0; hop < 12; hop++) {
      if (url.startsWith(REDIRECT)) return new URL(url).search;
      const isInteraction = /\/interaction\/[^/]+$/.test(new URL(url, issuer).pathname);
      const res = await fetch(new URL(url, issuer), {
        method: isInteraction ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(isInteraction ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: isInteraction
          ? new URLSearchParams({ prompt, login: accountId, password: 'x' }).toString()
          : undefined,
      });
      if (isInteraction) prompt = 'consent';
      for (const cookie of res.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, ...value] = pair.split('=');
        jar.set(name.trim(), value.join('='));
      }
      const location = res.headers.get('location');
      if (!location)
        throw new Error(`the provider answered ${res.status} without a redirect: ${await res.text()}`);
      url = location;
    }
    throw new Error('too many redirects');
  }

  it('tells the portal that e-ID login is offered', async () => {
    const methods = await t.http.get('/api/auth/methods').expect(200);
    expect(methods.body).toEqual({ password: true, eid: true });
  });

  it('makes the user of an e-ID login with a KBO claim a verified administrator of that organisation', async () => {
    const number = uniqueEnterpriseNumber();
    ACCOUNTS.set('eid-user-1', {
      email: 'zaakvoerder@brabant-sensors.example',
      email_verified: true,
      name: 'Zaakvoerder Brabant Sensors',
      kbo_number: number.replace(/\./g, ''),
    });
    const query = await loginAtProvider('eid-user-1');
    const login = await t.http.get(`/api/auth/oidc/callback${query}`).expect(200);
    expect(login.body.user).toMatchObject({
      email: 'zaakvoerder@brabant-sensors.example',
      role: 'applicant',
    });

    const auth = `Bearer ${login.body.accessToken}`;
    const list = await t.http.get('/api/organisations').set('Authorization', auth).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ enterpriseNumber: number, status: 'verified' }),
    ]);
    const members = await t.http
      .get(`/api/organisations/${list.body.items[0].id}/members`)
      .set('Authorization', auth)
      .expect(200);
    expect(members.body).toEqual([
      expect.objectContaining({ userId: login.body.user.id, role: 'administrator' }),
    ]);

    // The same person again: the same account, still administrator.
    const again = await t.http
      .get(`/api/auth/oidc/callback${await loginAtProvider('eid-user-1')}`)
      .expect(200);
    expect(again.body.user.id).toBe(login.body.user.id);
  });

  it('verifies a pending organisation registered by someone else and makes the e-ID user its administrator', async () => {
    const squatter = await t.ctx.newApplicant();
    const pending = await t.ctx.newOrganisation(
      squatter,
      { kind: 'knowledge_institution' },
      { verified: false },
    );
    expect(pending.status).toBe('pending');
    ACCOUNTS.set('eid-user-2', {
      email: 'bestuurder@example.be',
      email_verified: true,
      name: 'Bestuurder',
      kbo_number: pending.enterpriseNumber,
    });
    const login = await t.http
      .get(`/api/auth/oidc/callback${await loginAtProvider('eid-user-2')}`)
      .expect(200);
    const org = await t.http
      .get(`/api/organisations/${pending.id}`)
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(org.body).toMatchObject({ status: 'verified' });
    const members = await t.http
      .get(`/api/organisations/${pending.id}/members`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(members.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: login.body.user.id, role: 'administrator' }),
      ]),
    );
    const audit = await t.http
      .get(`/api/audit?entity=organisation&entityId=${pending.id}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'organisation.verified',
          data: expect.objectContaining({ via: 'eid' }),
        }),
      ]),
    );
  });

  it('refuses a callback with a state it did not issue, and a state used twice', async () => {
    ACCOUNTS.set('eid-user-3', { email: 'derde@example.be', email_verified: true, name: 'Derde' });
    const query = await loginAtProvider('eid-user-3');
    await t.http.get(`/api/auth/oidc/callback?code=abc&state=forged-state`).expect(401);
    await t.http.get(`/api/auth/oidc/callback${query}`).expect(200);
    await t.http.get(`/api/auth/oidc/callback${query}`).expect(401);
  });
});
