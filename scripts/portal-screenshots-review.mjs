#!/usr/bin/env node
/**
 * Screenshots of the evaluators' and the staff's pages (issue #22), in Dutch, for docs/portal/
 * (docs/portal.md, "Screenshots"). Against a running app with the demo data:
 *   npm run seed && npm start          # in one terminal
 *   node scripts/portal-screenshots-review.mjs http://localhost:3000
 * On the way it changes the demo data, as a member of staff and an evaluator would: Dr. Marc Dubois is
 * assigned to CIRCUBUILD (a declaration still to make), SOILSENSE is screened admissible (its assignment
 * page shows Prof. Wim Jacobs's conflict), and Katrien Smets submits her draft review of CIRCUBUILD (so it
 * is under review and can be decided). Run it once on a fresh seed.
 * Uses Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
/* global fetch, window, PopStateEvent */
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = resolve(import.meta.dirname, '../docs/portal');
mkdirSync(out, { recursive: true });
const PASSWORD = 'demo-password-2026';
const STAFF = 'els.janssens@demo.vlaams-brabant.be';

async function login(email) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!r.ok) throw new Error(`login ${email}: ${r.status} (did you run npm run seed?)`);
  return r.json();
}
async function api(method, path, bearer, body) {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: r.status, body: await r.json().catch(() => undefined) };
}

const staff = (await login(STAFF)).accessToken;
const marc = (await login('marc.dubois@evaluator.demo')).user;
const apps = (await api('GET', '/api/applications?limit=100', staff)).body.items;
const byAcronym = (acronym) => apps.find((a) => a.acronym === acronym);
const circuBuild = byAcronym('CIRCUBUILD');
const soilSense = byAcronym('SOILSENSE');
const decided = byAcronym('HEATSHARE');
const call = circuBuild.callId;
// a declaration still to make: Marc assigned to CIRCUBUILD (409 on a later run: already assigned)
await api('POST', `/api/applications/${circuBuild.id}/assignments`, staff, { evaluatorId: marc.id });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const context = await browser.newContext({
  baseURL: base,
  locale: 'nl-BE',
  timezoneId: 'Europe/Brussels',
  viewport: { width: 1280, height: 860 },
});
let page = await context.newPage();
const shot = async (name, fullPage = true) => {
  await page.waitForLoadState('networkidle');
  // from the top: the sticky budget panel is drawn where it belongs
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.warn(`docs/portal/${name}.png`);
};
const signIn = async (email) => {
  await page.goto('/aanmelden');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
};
// in-app navigation only: a reload would end the session (the token lives in memory only)
const go = async (path) => {
  await page.evaluate((p) => {
    window.history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.getByRole('heading', { level: 1 }).waitFor();
};

// the evaluator: the assignments, a declaration, the review form with a draft
await signIn('marc.dubois@evaluator.demo');
await page.getByRole('table').first().waitFor();
await shot('20-evaluator-assignments');
await page.getByRole('link', { name: circuBuild.title }).click();
await page.getByRole('heading', { name: 'Verklaring over belangenconflicten' }).waitFor();
await shot('21-evaluator-declaration');
await page.close();

page = await context.newPage();
await signIn('katrien.smets@evaluator.demo');
await page.getByRole('link', { name: circuBuild.title }).click();
await page.getByRole('heading', { name: 'Uw beoordeling' }).waitFor();
await shot('22-evaluator-review-form');
await page.close();

// staff: screening, assignment with the conflicts shown, ranking with the funding line, decision, letters
page = await context.newPage();
await signIn(STAFF);
await page
  .getByRole('row', { name: new RegExp(soilSense.title) })
  .getByText('Voldoet')
  .waitFor();
await shot('23-staff-screening-queue');
await page.getByRole('link', { name: soilSense.title }).click();
await page.check('#outcome-admissible');
await page.getByRole('button', { name: 'Beslissing bewaren' }).click();
await page.getByRole('link', { name: 'Beoordelaars kiezen' }).click();
await page.getByText('Niet toewijsbaar').first().waitFor();
await shot('24-staff-assignment-conflicts');

// Katrien submits her draft: CIRCUBUILD has its reviews and is under review
const katrien = (await login('katrien.smets@evaluator.demo')).accessToken;
const own = (await api('GET', `/api/assignments?applicationId=${circuBuild.id}`, katrien)).body.items[0];
const draft = (await api('GET', `/api/assignments/${own.id}`, katrien)).body.review;
if (draft?.status === 'draft') {
  await api('PUT', `/api/assignments/${own.id}/review`, katrien, {
    scores: draft.scores,
    comment: 'Degelijk uitgewerkt, maar weinig vernieuwend.',
    submit: true,
  });
}
await go(`/beheer/beoordeling/${call}/rangschikking`);
await page.locator('#funding-line').waitFor();
await shot('25-staff-ranking-funding-line');
await go(`/beheer/aanvragen/${circuBuild.id}/beslissing`);
await page.check('#outcome-approved');
await page.fill('#motivation', 'Het project past in het klimaatbeleid van de provincie.');
await shot('26-staff-decision-form');
await go(`/beheer/aanvragen/${decided.id}/beslissing`);
await page.getByRole('heading', { name: 'Beslissingsbrieven' }).waitFor();
await page
  .getByRole('button', { name: /Versie 1 \(NL\) downloaden/ })
  .first()
  .waitFor();
await shot('27-staff-decision-letters');

await browser.close();
