#!/usr/bin/env node
/**
 * Screenshots of the staff and admin screens, in Dutch, for docs/portal/ (docs/portal.md, "Screenshots").
 * Against a running app with the demo data:
 *   npm run seed && npm start          # in one terminal
 *   node scripts/portal-staff-screenshots.mjs http://localhost:3000
 * Uses Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core. Reads only.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
/* global fetch, window, history, PopStateEvent */
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = resolve(import.meta.dirname, '../docs/portal');
mkdirSync(out, { recursive: true });
const PASSWORD = 'demo-password-2026';
const STAFF = 'els.janssens@demo.vlaams-brabant.be';
const ADMIN = 'admin@demo.vlaams-brabant.be';

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

const els = await token(STAFF);
const approved = (await get('/api/applications?status=approved', els)).items[0];
const project = (await get('/api/erdf-projects', els)).items[0];
const aid = (await get('/api/state-aid/register', els)).items[0];
const openCall = (await get('/api/calls?status=open', els)).items[0];
const programmes = (await get('/api/programmes?limit=100', els)).items;
const programme = programmes.find((p) => p.rulesEditable) ?? programmes[0];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

async function session(email) {
  const context = await browser.newContext({
    baseURL: base,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1280, height: 860 },
  });
  const page = await context.newPage();
  await page.goto('/aanmelden');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
  // staff and admins land on the screening queue after signing in
  await page.waitForURL(/\/beheer\/screening$/);
  return page;
}
/** In-app navigation: a reload would end the session (the token lives in memory only). */
async function open(page, path, heading, ready) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  // the page's data has arrived when `ready` shows
  if (ready) await ready(page).first().waitFor();
  await page.waitForLoadState('networkidle');
}
const table = (page) => page.getByRole('table');
const shot = async (page, name, fullPage = true) => {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.warn(`docs/portal/${name}.png`);
};

const page = await session(STAFF);
await open(page, '/beheer/programmas', "Programma's en oproepen", table);
await shot(page, '30-staff-programmes-calls');
await open(page, '/beheer/programmas/nieuwe-oproep', 'Nieuwe oproep');
await page.getByRole('button', { name: 'Oproep aanmaken' }).click();
await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
await shot(page, '31-staff-new-call-errors');
await open(page, `/beheer/betalingen/${approved.id}`, approved.title, (p) =>
  p.getByRole('heading', { level: 2, name: 'Betalingen' }),
);
await shot(page, '32-staff-payment');
await open(page, '/beheer/staatssteun', 'Registratie in eAid', table);
await shot(page, '33-staff-eaid-worklist');
await open(page, `/beheer/organisaties/${aid.organisationId}/de-minimis`, 'De-minimissteun', (p) =>
  p.getByRole('progressbar'),
);
await shot(page, '34-staff-de-minimis');
await open(page, `/beheer/efro/${project.id}`, project.title, table);
await shot(page, '35-staff-erdf-project');
await open(page, '/beheer/rapporten', 'Budgetrapport', (p) => p.getByRole('img'));
await shot(page, '36-staff-budget-report');
await open(page, `/beheer/audit?entiteit=application&id=${approved.id}`, 'Audittrail', table);
await page.getByRole('button', { name: 'Keten controleren' }).click();
await page.getByText(/De keten is (intact|gebroken)/).waitFor();
await shot(page, '37-staff-audit-trail');
// the call's texts and its extension, the error summary of an empty extension (nothing is saved)
await open(page, `/beheer/oproepen/${openCall.id}`, openCall.title, (p) =>
  p.getByText(/tot en met .* 23:59 \(Brussel\)/),
);
await page.getByRole('button', { name: 'Sluitingsdatum verlengen' }).click();
await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
await shot(page, '40-staff-call-extension');
// a programme: its names, and its rules with the error summary of a rate above 100 % (nothing is saved);
// a programme whose applications have all been submitted shows its rules fixed
await open(page, `/beheer/programmas/${programme.id}`, programme.name, (p) =>
  p.getByRole('heading', { level: 2, name: 'Steunkader, rechtsgrond en regels' }),
);
if (programme.rulesEditable) {
  await page.fill('#rate', '150');
  await page.getByRole('button', { name: 'Regels bewaren' }).click();
  await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
}
await shot(page, '42-staff-programme-edit');
// the ERDF expense form with its error summary (nothing is saved)
await open(page, `/beheer/efro/${project.id}`, project.title, table);
await page.getByRole('button', { name: 'Uitgave registreren' }).click();
const expenseForm = page.locator('section[aria-labelledby="record-expense-title"]');
await expenseForm.getByRole('alert').waitFor();
await page.waitForLoadState('networkidle');
await expenseForm.screenshot({ path: join(out, '41-staff-erdf-expense.png') });
console.warn('docs/portal/41-staff-erdf-expense.png');

const adminPage = await session(ADMIN);
await open(adminPage, '/beheer/gebruikers', 'Gebruikers', table);
await shot(adminPage, '38-admin-users');
await open(adminPage, '/beheer/organisaties', 'Organisaties', (p) =>
  p.getByText(/Geen organisaties wachten|Verifiëren/),
);
await shot(adminPage, '39-admin-organisations');

await browser.close();
