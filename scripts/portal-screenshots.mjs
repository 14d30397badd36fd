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
/* global fetch, window */
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

await browser.close();
