import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Provider from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { uniqueEnterpriseNumber } from '../utils/factories.js';
import { expectAccessible, expectHeading, launchBrowser, newContext, watchErrors } from './browser.js';

/**
 * e-ID login in the portal (issue #21), in Chromium against the real app and a real OpenID provider in
 * this process (`oidc-provider`, as in test/platform/eid.e2e-spec.ts): the login page shows "Aanmelden
 * met eID of itsme" because e-ID is configured, the browser goes to the provider, signs in on its
 * (development) login page and consents, comes back to /aanmelden/eid and lands signed in on the page it
 * wanted. A refused or forged return shows an accessible error with the way back to the login page.
 */
const CLIENT_ID = 'subsidies-portal';
const CLIENT_SECRET = 'a-client-secret-for-browser-tests-0123456789';

/** Accounts of the test provider: subject → claims. */
const ACCOUNTS = new Map<string, Record<string, unknown>>();

/** A free port of the loopback interface: the app must know its own redirect URL before it listens. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('portal, e-ID login (browser)', () => {
  let provider: Server;
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const redirect = `${base}/aanmelden/eid`;
    provider = createServer();
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    const oidc = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [redirect],
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
      cookies: { keys: ['cookie-key-for-browser-tests-only'] },
    });
    provider.on('request', oidc.callback());
    t = await createTestApp(
      {
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_REDIRECT_URL: redirect,
      },
      { port },
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await new Promise((resolve) => provider?.close(resolve));
  });

  it('signs in with e-ID from the login page and comes back to the page the user wanted', async () => {
    const number = uniqueEnterpriseNumber();
    ACCOUNTS.set('eid-browser-1', {
      email: 'zaakvoerder@eid-browser.example',
      email_verified: true,
      name: 'Zaakvoerder eID',
      kbo_number: number.replace(/\./g, ''),
    });
    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);

    // a page for signed-in users sends the visitor to the login page, which offers e-ID
    await page.goto('/organisaties');
    await expectHeading(page, /^Aanmelden$/);
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/organisaties');
    const eid = page.getByRole('button', { name: 'Aanmelden met eID of itsme', exact: true });
    await eid.waitFor();
    await expectAccessible(page, 'login page with e-ID');
    await eid.click();

    // the provider's own (development) login page, then its consent page
    await page.waitForURL((url) => url.origin !== base, { waitUntil: 'commit' });
    await page.locator('input[name=login]').fill('eid-browser-1');
    await page.locator('input[name=password]').fill('any password: the test provider checks none');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // back on /aanmelden/eid, which completes the login and goes on to the wanted page
    await page.waitForURL(`${base}/organisaties`);
    await expectHeading(page, 'Mijn organisaties');
    // the KBO claim made the user a member of the organisation, verified
    await page.getByRole('cell', { name: number }).waitFor();
    // the session lives in memory only: nothing of it (nor the wanted page) remains in the tab's storage
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    expect(await page.evaluate('JSON.stringify(localStorage)')).not.toMatch(/eyJ/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an accessible error with a way back when the provider refused or the login expired', async () => {
    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);

    // the person cancelled at the provider
    await page.goto('/aanmelden/eid?error=access_denied&state=whatever');
    await expectHeading(page, /^Aanmelden met eID$/);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Aanmelden met eID is niet gelukt.*geweigerd/);
    await expectAccessible(page, 'e-ID return, refused');

    // a state the API never issued (or one that expired or was used)
    await page.goto('/aanmelden/eid?code=abc&state=forged-state');
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/verlopen/);
    await page.getByRole('link', { name: 'Terug naar de aanmeldpagina' }).click();
    await expectHeading(page, /^Aanmelden$/);
    expect(new URL(page.url()).pathname).toBe('/aanmelden');
    expect(errors).toEqual([]);
    await context.close();
  });
});
