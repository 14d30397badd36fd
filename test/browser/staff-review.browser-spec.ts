import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { ApplicationView } from '../../src/domains/applications/dto/application.dto.js';
import type { CallView } from '../../src/domains/programmes/dto/programme.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';
import {
  choose,
  expectAccessible,
  expectHeading,
  launchBrowser,
  newContext,
  tabTo,
  watchErrors,
} from './browser.js';

/**
 * The evaluator's and the staff's screens (issue #22), in Chromium against the real app, as one journey:
 * staff screen an application and assign evaluators (a conflict shown before assigning, one that arose
 * meanwhile refused with its reason); the evaluator declares and submits the review with the keyboard
 * only; staff read the ranking with the funding line, approve within budget (with the decision number and
 * the meeting date, a future date refused first), see a second approval that would overspend refused
 * and refuse it on two grounds under delegation, and download the letter. The rest of the set-up goes
 * through the API. axe runs on every page visited.
 */
describe('evaluator and staff screens (browser)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let staff: TestUser;
  let eva: TestUser;
  let rik: TestUser;
  let call: CallView;
  let first: ApplicationView;
  let second: ApplicationView;
  let partnerName: string;
  let partnerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    base = t.baseUrl;
    browser = await launchBrowser();
    staff = await t.ctx.newUser('staff', { fullName: 'Sara Medewerker' });
    // € 150.000: room for one application of € 100.000, not two
    call = await t.ctx.newCall({
      title: 'Oproep Beoordeling browsertest',
      budgetCents: 15_000_000,
      minReviewsPerApplication: 1,
      reviewDeadline: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    });
    first = await t.ctx.submittedApplication(await t.ctx.newApplicant(), {
      callId: call.id,
      title: 'Slimme revalidatie thuis',
    });
    const partner = first.partners.find((p) => p.role === 'partner')!;
    partnerName = partner.name;
    partnerId = partner.organisationId;
    // the second application is reviewed already (score 60 against the first's 78,5): below the line
    second = await t.ctx.reviewedApplication(
      await t.ctx.newApplicant(),
      { callId: call.id, title: 'Koelketen voor korte ketens' },
      [6],
    );
    eva = await t.ctx.newUser('evaluator', { fullName: 'Eva Beoordelaar' });
    await t.ctx.newUser('evaluator', { fullName: 'Conrad Partner', organisationId: partnerId });
    rik = await t.ctx.newUser('evaluator', { fullName: 'Rik Later' });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(page: Page, user: TestUser): Promise<void> {
    await page.goto('/aanmelden');
    await expectHeading(page, 'Aanmelden');
    await page.fill('#email', user.email);
    await page.fill('#password', user.password);
    await page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
  }

  it('takes an application from screening to a decision and its letter', async () => {
    const staffContext = await newContext(browser, base);
    const page = await staffContext.newPage();
    const errors = watchErrors(page);

    // staff land on the screening queue, with the live eligibility verdict
    await signIn(page, staff);
    await expectHeading(page, 'Ontvankelijkheid');
    await page.getByRole('navigation', { name: 'Beheer' }).waitFor();
    const row = page.getByRole('row', { name: /Slimme revalidatie thuis/ });
    await row.getByText('Voldoet aan alle voorwaarden').waitFor();
    await expect(page.getByRole('row', { name: /Koelketen/ }).count()).resolves.toBe(0);
    await expectAccessible(page, 'screening queue');

    // screen: the error summary first, then admissible
    await row.getByRole('link', { name: 'Slimme revalidatie thuis' }).click();
    await expectHeading(page, 'Ontvankelijkheid van Slimme revalidatie thuis');
    await page.getByRole('button', { name: 'Beslissing bewaren' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.getByRole('link', { name: 'Kies of de aanvraag ontvankelijk is.' }).click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('outcome-admissible');
    await expectAccessible(page, 'screening with errors');
    await page.check('#outcome-admissible');
    await page.getByRole('button', { name: 'Beslissing bewaren' }).click();
    await page.getByText('Bewaard: Ontvankelijk.').waitFor();
    await expectAccessible(page, 'screened');

    // assignment: the conflict is on screen before assigning, with its reason
    await page.getByRole('link', { name: 'Beoordelaars kiezen' }).click();
    await expectHeading(page, 'Beoordelaars voor Slimme revalidatie thuis');
    const conrad = page.getByRole('row', { name: /Conrad Partner/ });
    await conrad.getByText(`${partnerName}, partner in ${first.reference}`).waitFor();
    await conrad.getByText('Niet toewijsbaar').waitFor();
    await expect(conrad.getByRole('button').count()).resolves.toBe(0);
    await expectAccessible(page, 'assignment');
    // a conflict that arises after the page was read: the API refuses, the screen says why
    await page.getByRole('button', { name: 'Toewijzen Rik Later' }).waitFor();
    await t.dataSource.query(
      `INSERT INTO organisation_member (organisation_id, user_id, role) VALUES ($1, $2, 'member')`,
      [partnerId, rik.id],
    );
    await page.getByRole('button', { name: 'Toewijzen Rik Later' }).click();
    const refused = page
      .getByRole('alert')
      .filter({ hasText: 'Rik Later kan deze aanvraag niet beoordelen' });
    await refused
      .getByText(`lid van ${partnerName}, partner in ${first.reference}`, { exact: false })
      .waitFor();
    await expectAccessible(page, 'assignment refused');
    await page.getByRole('button', { name: 'Toewijzen Eva Beoordelaar' }).click();
    await page.getByText('Eva Beoordelaar is toegewezen en krijgt een bericht.').waitFor();
    await page.getByRole('row', { name: /Eva Beoordelaar Verklaring nodig/ }).waitFor();

    // the evaluator, in a session of their own: declaration and review with the keyboard only
    const evaluatorContext = await newContext(browser, base);
    const evaluator = await evaluatorContext.newPage();
    const evaluatorErrors = watchErrors(evaluator);
    await signIn(evaluator, eva);
    await expectHeading(evaluator, 'Mijn beoordelingen');
    await evaluator
      .getByRole('row', { name: /Slimme revalidatie thuis/ })
      .getByText('Verklaring nodig')
      .waitFor();
    await expectAccessible(evaluator, 'my assignments');
    await tabTo(evaluator, 'a[href^="/beoordelingen/"]');
    await evaluator.keyboard.press('Enter');
    await expectHeading(evaluator, 'Slimme revalidatie thuis');
    await evaluator.getByRole('table', { name: 'Het consortium' }).getByText(partnerName).waitFor();
    await expect(evaluator.getByText('De aanvraag zoals ingediend').count()).resolves.toBe(0);
    await expectAccessible(evaluator, 'declaration');
    await tabTo(evaluator, '#declaration-none');
    await evaluator.keyboard.press('Space');
    await tabTo(evaluator, '#declare-submit');
    await evaluator.keyboard.press('Enter');
    await evaluator.getByRole('heading', { name: 'De aanvraag zoals ingediend' }).waitFor();
    await evaluator.getByText('Gewicht 40 · maximumscore 10.').waitFor();
    await expectAccessible(evaluator, 'review form');
    const fill = async (selector: string, text: string) => {
      await tabTo(evaluator, selector);
      await evaluator.keyboard.type(text);
    };
    await fill('#score-innovation', '8');
    await fill('#comment-innovation', 'Nieuw voor de regio.');
    await fill('#score-impact', '8');
    await tabTo(evaluator, '#review-save');
    await evaluator.keyboard.press('Enter');
    await evaluator.getByText(/Ontwerp bewaard/).waitFor();
    await tabTo(evaluator, '#review-submit-open');
    await evaluator.keyboard.press('Enter');
    // submitting checks every criterion: the summary links to what is missing
    const missing = evaluator.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await missing.getByRole('link', { name: 'Impact on Flemish Brabant: vul een toelichting in.' }).waitFor();
    await fill('#comment-impact', 'Banen in Vlaams-Brabant.');
    await fill('#score-feasibility', '7,5');
    await fill('#comment-feasibility', 'Haalbare planning.');
    await fill('#overall', 'Sterk project met een realistische aanpak.');
    await tabTo(evaluator, '#review-submit-open');
    await evaluator.keyboard.press('Enter');
    await evaluator.getByRole('dialog', { name: 'Beoordeling indienen' }).waitFor();
    await tabTo(evaluator, '#review-submit-confirm');
    await evaluator.keyboard.press('Enter');
    await evaluator.getByRole('heading', { name: 'Uw ingediende beoordeling' }).waitFor();
    await evaluator.getByText('78,5 / 100').waitFor();
    await expect(evaluator.locator('#score-innovation').count()).resolves.toBe(0);
    await expectAccessible(evaluator, 'submitted review');
    expect(evaluatorErrors).toEqual([]);
    await evaluatorContext.close();

    // the ranking: the funding line under the first application, the second below it
    await page
      .getByRole('navigation', { name: 'Beheer' })
      .getByRole('link', { name: 'Beoordeling en beslissing' })
      .click();
    await expectHeading(page, 'Beoordeling en beslissing');
    await expectAccessible(page, 'calls to review');
    await page.getByRole('link', { name: `Rangschikking en beslissingen — ${call.title}` }).click();
    await expectHeading(page, 'Rangschikking');
    await page.locator('#funding-line').waitFor();
    const order = (await page.evaluate(`[...document.querySelectorAll('table.ranking tbody tr')].map((r) =>
      r.id === 'funding-line' ? 'LINE' : r.querySelector('th').textContent)`)) as string[];
    expect(order).toEqual([
      expect.stringContaining(first.reference),
      'LINE',
      expect.stringContaining(second.reference),
    ]);
    await expect(page.locator('#funding-line').textContent()).resolves.toContain('Financieringslijn');
    await expect(page.locator('#budget-available').textContent()).resolves.toBe('€ 150.000,00');
    await expectAccessible(page, 'ranking');

    // approve the first within budget
    await page.getByRole('link', { name: `Beslissen ${first.reference}` }).click();
    await expectHeading(page, 'Beslissing over Slimme revalidatie thuis');
    await page.check('#outcome-approved');
    await expect(page.inputValue('#granted')).resolves.toBe('100.000,00');
    await page.fill('#motivation', 'Het project scoort 78,5 op 100 en past binnen het budget van de oproep.');
    // who decided, when and under which number (issue #17): the deputation by default, the meeting date
    // entered; a date in the future is refused on screen first
    await expect(page.isChecked('#decision-body-deputatie')).resolves.toBe(true);
    const meeting = new Date(Date.now() - 3 * 86_400_000);
    const enterDate = async (day: number, month: number, year: number) => {
      await page.fill('#decision-decided-on', String(day));
      await page.fill('#decision-decided-on-month', String(month));
      await page.fill('#decision-decided-on-year', String(year));
    };
    await enterDate(1, 1, meeting.getUTCFullYear() + 1);
    await page.fill('#decision-number', 'DEP/2026/0742');
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Er is een probleem' })
      .getByRole('link', {
        name: 'Datum van de vergadering of de ondertekening: die mag niet in de toekomst liggen.',
      })
      .click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('decision-decided-on');
    await enterDate(meeting.getUTCDate(), meeting.getUTCMonth() + 1, meeting.getUTCFullYear());
    await expectAccessible(page, 'decision form');
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page.getByRole('heading', { name: 'Beslissingsbrieven' }).waitFor();
    await page.locator('#budget-available').getByText('€ 50.000,00').waitFor();
    const meetingIso = meeting.toISOString().slice(0, 10);
    await expect(page.locator('#decided-number').textContent()).resolves.toBe('DEP/2026/0742');
    await expect(page.locator('#decided-body').textContent()).resolves.toBe('De deputatie');
    await expect(page.locator('#decided-date').textContent()).resolves.toBe(
      new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' }).format(meeting),
    );
    const stored = await t.http
      .get(`/api/applications/${first.id}/decision`)
      .set('Authorization', staff.auth);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      decisionNumber: 'DEP/2026/0742',
      decidedOn: meetingIso,
      decidingBody: 'deputatie',
      delegationReference: null,
    });

    // the letter, once made
    const letterButton = page.getByRole('button', { name: 'Versie 1 (NL) downloaden' });
    await letterButton.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), letterButton.click()]);
    expect(download.suggestedFilename()).toBe(`${first.reference}-beslissingsbrief-v1-nl.pdf`);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
    await expectAccessible(page, 'decision and letters');

    // the second would overspend: refused, shown as such, nothing committed
    await page.getByRole('link', { name: 'Terug naar de rangschikking' }).click();
    await page.getByRole('link', { name: `Beslissen ${second.reference}` }).click();
    await expectHeading(page, 'Beslissing over Koelketen voor korte ketens');
    await page.check('#outcome-approved');
    await page.fill('#motivation', 'Goedgekeurd in afwijking van de rangschikking.');
    // approving below the funding line departs from the ranking: the reason is asked for
    await page.fill('#derogation', 'Het project is dringend voor de voedselketen in de regio.');
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    const overspend = page
      .getByRole('alert')
      .filter({ hasText: 'Deze goedkeuring past niet in het budget.' });
    await overspend
      .getByText('U wilt € 100.000,00 toekennen, maar er is nog € 50.000,00 beschikbaar', { exact: false })
      .waitFor();
    await expect(page.locator('#budget-available').textContent()).resolves.toBe('€ 50.000,00');
    await expectAccessible(page, 'approval that would overspend');
    const status = await t.http.get(`/api/applications/${second.id}`).set('Authorization', staff.auth);
    expect(status.body.status).toBe('under_review');

    // refused instead, on two grounds, by an official under delegation (the reference asked for first)
    await page.check('#outcome-rejected');
    await choose(page, 'ground-0', 'Onder de financieringslijn');
    await page.getByRole('button', { name: 'Nog een grond toevoegen' }).click();
    await choose(page, 'ground-1', 'Andere grond');
    await page.fill(
      '#ground-text-1',
      'Het project overlapt met een lopend project van de provincie rond korte ketens.',
    );
    await page.check('#decision-body-delegated_official');
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Er is een probleem' })
      .getByRole('link', { name: 'Vul de referentie van het delegatiebesluit in.' })
      .waitFor();
    await expectAccessible(page, 'refusal on two grounds');
    await page.fill('#decision-delegation', 'DEP-2025-0142');
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page.getByRole('heading', { name: 'Beslissingsbrieven' }).waitFor();
    await expect(page.locator('#decided-body').textContent()).resolves.toBe(
      'Een ambtenaar met delegatie (delegatiebesluit DEP-2025-0142)',
    );
    await page.getByText('Het project overlapt met een lopend project').waitFor();
    await expectAccessible(page, 'refusal decided');
    const refusal = await t.http
      .get(`/api/applications/${second.id}/decision`)
      .set('Authorization', staff.auth);
    expect(refusal.body).toMatchObject({
      outcome: 'rejected',
      decidingBody: 'delegated_official',
      delegationReference: 'DEP-2025-0142',
      derogationReason: null,
    });
    expect(refusal.body.refusalGrounds.map((g: { type: string }) => g.type)).toEqual([
      'below_funding_line',
      'other',
    ]);

    expect(errors).toEqual([]);
    await staffContext.close();
  });
});
