#!/usr/bin/env node
/**
 * Screenshots of the portal's main pages, in Dutch, for docs/portal/ (docs/portal.md, "Screenshots").
 * Against a running app with the demo data:
 *   npm run seed && npm start          # in one terminal
 *   node scripts/portal-screenshots.mjs http://localhost:3000
 * Uses Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
/* global fetch, window, document */
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = resolve(import.meta.dirname, '../docs/portal');
mkdirSync(out, { recursive: true });
const PASSWORD = 'demo-password-2026';

async function token(email) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!r.ok) throw new Error(`login ${email}: ${r.status} (did you run npm run seed?)`);
  return (await r.json()).accessToken;
}
async function get(path, bearer) {
  const r = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json();
}

const an = await token('an.peeters@vitalis.demo');
const lies = await token('lies.vermeulen@uleuven.demo');
const university = (await get('/api/organisations', lies)).items[0];
const calls = (await get('/api/calls?status=open', an)).items;
const approved = (await get('/api/applications?status=approved', an)).items[0];

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
const page = await context.newPage();
const shot = async (name, fullPage = true) => {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.warn(`docs/portal/${name}.png`);
};

await page.goto('/');
await page.getByRole('heading', { level: 1 }).waitFor();
await shot('01-home');

await page.goto('/aanmelden');
await page.fill('#email', 'an.peeters@vitalis.demo');
await page.fill('#password', PASSWORD);
await page.getByRole('button', { name: 'Aanmelden' }).click();
await page.waitForURL(/\/aanvragen$/);
await page.getByRole('table').waitFor();
await shot('02-my-applications');

await page.getByRole('link', { name: 'Oproepen', exact: true }).click();
await page.getByRole('link', { name: calls[0].title }).click();
await page.getByText('De voorwaarden in gewone woorden').waitFor();
await shot('03-call');

await page.getByRole('link', { name: 'Aanvraag starten' }).click();
await page.fill('#title', 'Slimme pleister die wonden bewaakt');
await page.fill('#acronym', 'PLEISTER');
await page.fill(
  '#summary',
  'Vitalis en de universiteit ontwikkelen een pleister met sensoren die een infectie vroeg opmerkt.',
);
await page.click('#cluster');
await page.getByRole('option', { name: 'Gezondheid' }).click();
for (const [id, v] of [
  ['startDate', '1'],
  ['startDate-month', '3'],
  ['startDate-year', '2027'],
  ['endDate', '28'],
  ['endDate-month', '2'],
  ['endDate-year', '2029'],
]) {
  await page.fill(`#${id}`, v);
}
await page.fill('#partnerKbo', university.enterpriseNumber);
await page.getByRole('button', { name: 'Partner toevoegen' }).click();
await page.getByRole('group', { name: university.name }).waitFor();
await page.click('#p0-c0-category');
await page.getByRole('option', { name: 'Personeelskosten' }).click();
await page.fill('#p0-c0-description', 'Ingenieur 1 VTE gedurende 24 maanden');
await page.fill('#p0-c0-amount', '140.000');
await page.click('#p1-c0-category');
await page.getByRole('option', { name: 'Personeelskosten' }).click();
await page.fill('#p1-c0-description', 'Onderzoeker 0,5 VTE');
await page.fill('#p1-c0-amount', '90.000');
await page.fill('#requested', '125.000');
await page.getByText('1 voorwaarde is niet voldaan.').waitFor();
await page.getByTestId('max-grant').scrollIntoViewIfNeeded();
await shot('04-application-form-calculator');
// the error summary: an empty title and an amount that is not one
await page.fill('#title', '');
await page.fill('#p1-c0-amount', 'negentigduizend');
await page.getByRole('button', { name: 'Ontwerp bewaren' }).click();
await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
await page.evaluate(() => window.scrollTo(0, 0));
await shot('05-error-summary', false);

// in-app navigation: a reload would end the session (the token lives in memory only)
await page.getByRole('link', { name: 'Mijn aanvragen' }).click();
await page.getByRole('link', { name: approved.title }).click();
await page.getByRole('heading', { name: 'Beslissing', level: 2 }).waitFor();
await shot('06-application-decided');

await page.getByRole('link', { name: 'Mijn organisaties' }).click();
await page.getByRole('link', { name: 'Organisatie registreren' }).click();
await page.fill('#name', 'Nieuw Bedrijf BV');
await page.fill('#kbo', '0456.781.299');
await page.fill('#iban', 'BE68 5390 0754 7034');
await shot('07-organisation-kbo-iban');

await page.getByRole('link', { name: 'Toegankelijkheid' }).click();
await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
await shot('08-accessibility-statement');

// The pages of part 2 (team, inbox, documents, final report, refusal grounds, partner invitation).
const DEMO_APPLICANTS = [
  'an.peeters@vitalis.demo',
  'jan.devos@agrosense.demo',
  'sofie.maes@logiflow.demo',
  'bram.wouters@brabantcleantech.demo',
  'lies.vermeulen@uleuven.demo',
  'tom.hermans@medtech-europe.demo',
];
/** The first demo applicant with an application in `status`, and that application. */
async function applicantWith(status) {
  for (const email of DEMO_APPLICANTS) {
    const items = (await get(`/api/applications?status=${status}`, await token(email))).items;
    if (items.length > 0) return { email, application: items[0] };
  }
  throw new Error(`no demo application is ${status} (did you run npm run seed?)`);
}
/** Signs in (a new session: the token lives in memory only) and lands on `path`. */
async function signIn(email, path) {
  await page.goto(`/aanmelden?terug=${encodeURIComponent(path)}`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL((url) => url.pathname !== '/aanmelden');
}

// the team of AgroSense, with the join request its administrator has not answered
const jan = await token('jan.devos@agrosense.demo');
const agrosense = (await get('/api/organisations', jan)).items[0];
await signIn('jan.devos@agrosense.demo', `/organisaties/${agrosense.id}`);
await page.getByRole('heading', { name: 'Vragen om aan te sluiten' }).waitFor();
await page.getByRole('button', { name: 'Goedkeuren' }).first().waitFor();
await shot('09-team-join-requests');

// the inbox of the demo applicant
await signIn('an.peeters@vitalis.demo', '/meldingen');
await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
await page.locator('.inbox-item').first().waitFor();
await shot('10-notifications', false);

// the annexes of An's draft: list with scan status and SHA-256, and the upload form
const draft = (await get('/api/applications?status=draft', an)).items[0];
await page.getByRole('link', { name: 'Mijn aanvragen' }).click();
await page.getByRole('link', { name: draft.title }).click();
await page.locator('#documents').getByRole('row').nth(1).waitFor();
await page.evaluate(() => document.getElementById('documents').scrollIntoView({ block: 'start' }));
await shot('11-documents', false);

// a final report accepted by the province
const closed = await applicantWith('closed');
await signIn(closed.email, `/aanvragen/${closed.application.id}/eindrapport`);
await page.getByText('Aanvaard door de provincie').waitFor();
await shot('12-final-report');

// a refusal with its grounds
const refused = await applicantWith('rejected');
await signIn(refused.email, `/aanvragen/${refused.application.id}`);
await page.getByRole('heading', { name: 'Gronden van de weigering' }).waitFor();
await page.evaluate(() => document.getElementById('decision-title').scrollIntoView({ block: 'start' }));
await shot('13-refusal-grounds', false);

// the page behind the link of a partner invitation mailed to an address (before answering)
await signIn('lies.vermeulen@uleuven.demo', '/invitations/partner?token=voorbeeld');
await page.getByRole('heading', { level: 1, name: 'Uitnodiging als partner' }).waitFor();
await shot('14-partner-invitation');

await browser.close();
