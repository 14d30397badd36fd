import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from '@jest/globals';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { portalDir } from '../../src/app.setup.js';

const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium as the browser tests drive it; fails clearly when the browser or the built portal is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (apt-get install chromium)`);
  if (!portalDir())
    throw new Error('The portal is not built: run `npm run build` (npm run test:browser does)');
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/**
 * A browser context as a Dutch-speaking user in Brussels. `bypassCSP` lets axe be injected as a script
 * tag; the CSP itself is tested in a context without it (portal.browser-spec.ts).
 */
export async function newContext(
  browser: Browser,
  baseURL: string,
  bypassCSP = true,
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    bypassCSP,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
}

const axePath = require.resolve('axe-core');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is now: no serious or critical violation of WCAG 2.1 A/AA (and best practice). */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const loaded = await page.evaluate(`typeof window.axe === 'object'`);
  if (!loaded) await page.addScriptTag({ path: axePath });
  // a string: it runs in the page, where `axe` is a global (the test's own types have no DOM)
  const violations = (await page.evaluate(`axe
    .run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`)) as AxeViolation[];
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(serious).toEqual([]);
}

/** Waits until the page's `<h1>` says `text` (pages render after their data arrives). */
export async function expectHeading(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 20_000 });
}

/** Chooses `option` in a react-aria Select whose button has id `id`, with the mouse. */
export async function choose(page: Page, id: string, option: string | RegExp): Promise<void> {
  await page.click(`#${id}`);
  await page.getByRole('option', { name: option }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(
  page: Page,
  selector: string,
  max = 80,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Collects the page's errors and CSP refusals, to assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|Refused to/i.test(text)) errors.push(`csp: ${text}`);
  });
  return errors;
}
