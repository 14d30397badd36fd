import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { ApplicationView } from '../../src/domains/applications/dto/application.dto.js';
import type { ErdfProjectView } from '../../src/domains/erdf/dto/erdf.dto.js';
import { formatEuro } from '../../src/kernel/money.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { samplePdf, type TestUser } from '../utils/factories.js';
import {
  choose,
  expectAccessible,
  expectHeading,
  launchBrowser,
  newContext,
  watchErrors,
} from './browser.js';

/**
 * The staff and admin screens of the portal (issue #22, second half), in Chromium against the real app:
 * every page visited with axe; staff pay an advance to an IBAN and download the XLSX budget report; an
 * admin disables a signed-in user, whose next action lands on the login page. The world is built through
 * the services and the API (one approved application, an ERDF project with an indicator).
 */
describe('staff and admin screens (browser)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let staff: TestUser;
  let admin: TestUser;
  let application: ApplicationView;
  let coordinatorName: string;
  let coordinatorId: string;
  let project: ErdfProjectView;

  beforeAll(async () => {
    t = await createTestApp();
    base = t.baseUrl;
    browser = await launchBrowser();
    staff = await t.ctx.newStaff();
    admin = await t.ctx.newAdmin();
    const applicant = await t.ctx.newApplicant();
    application = await t.ctx.approvedApplication(applicant, 8_000_000, {}, staff);
    const coordinator = application.partners.find((p) => p.role === 'coordinator');
    coordinatorName = coordinator?.name as string;
    coordinatorId = coordinator?.organisationId as string;
    project = await t.ctx.newErdfProject(staff);
    const as = (path: string, body: object) =>
      t.http.post(path).set('Authorization', staff.auth).send(body).expect(201);
    await as(`/api/erdf-projects/${project.id}/indicators`, {
      code: 'O1',
      name: 'Ondersteunde bedrijven',
      kind: 'output',
      unit: 'bedrijven',
      target: 60,
    });
    await as(`/api/erdf-projects/${project.id}/indicators/O1/values`, { on: '2018-09-30', value: 15 });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(page: Page, user: TestUser, back: string): Promise<void> {
    await page.goto(`/aanmelden?terug=${encodeURIComponent(back)}`);
    await expectHeading(page, 'Aanmelden');
    await page.fill('#email', user.email);
    await page.fill('#password', user.password);
    await page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
  }

  it('lets staff run programmes, payments, state aid, ERDF, reports and the audit trail', async () => {
    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, staff, '/beheer/programmas');

    // programmes and calls, with the criteria of the call; the forms with their error summary
    await expectHeading(page, "Programma's en oproepen");
    const staffNav = page.getByRole('navigation', { name: 'Beheer' });
    await staffNav.getByRole('link', { name: 'Betalingen' }).waitFor();
    await page.getByText('Innovation: gewicht 40, max. 10, drempel 5').first().waitFor();
    await expectAccessible(page, 'programmes and calls');
    await page.getByRole('link', { name: 'Nieuwe oproep' }).click();
    await expectHeading(page, 'Nieuwe oproep');
    await page.getByRole('button', { name: 'Oproep aanmaken' }).click();
    await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await page.getByRole('link', { name: 'Criterium 1: vul de omschrijving in' }).click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('c0-label');
    await expectAccessible(page, 'new call with errors');
    // (no page.goto once signed in: the token lives in memory only, a reload signs out)
    await staffNav.getByRole('link', { name: "Programma's en oproepen" }).click();
    await page.getByRole('link', { name: 'Nieuw programma' }).click();
    await expectHeading(page, 'Nieuw programma');
    await page.fill('#code', 'BT');
    await page.fill('#name', 'Browsertestprogramma');
    await choose(page, 'aidBasis', 'De-minimis');
    await page.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await page.fill('#doc0-kind', 'samenwerkingsovereenkomst');
    await page.fill('#doc0-label', 'Samenwerkingsovereenkomst');
    await expectAccessible(page, 'new programme');
    await page.getByRole('button', { name: 'Programma aanmaken' }).click();
    await expectHeading(page, "Programma's en oproepen");
    await page.getByText('Browsertestprogramma is aangemaakt.').waitFor();
    await page.getByText('Samenwerkingsovereenkomst').waitFor();

    // payments: the advance paid to an IBAN checked as it is typed
    await staffNav.getByRole('link', { name: 'Betalingen' }).click();
    await expectHeading(page, 'Betalingen en eindrapporten');
    await expectAccessible(page, 'payments');
    await page.getByRole('link', { name: application.title }).click();
    await expectHeading(page, application.title);
    await page.getByText('Er is nog geen eindrapport ingediend.').waitFor();
    await page.getByRole('button', { name: 'Betaling registreren' }).click();
    await page.getByRole('link', { name: 'Vul een geldig Belgisch rekeningnummer in' }).waitFor();
    await page.fill('#payIban', 'BE68 5390 0754 7034');
    await page.getByText('✓ Geldig rekeningnummer: BE68 5390 0754 7034').waitFor();
    await page.getByRole('button', { name: 'Betaling registreren' }).click();
    // the programme's 50 % advance of € 80.000
    await page.getByText('€ 40.000,00 betaald op BE68 5390 0754 7034.').waitFor();
    await page.getByRole('cell', { name: 'BE68 5390 0754 7034' }).waitFor();
    await expectAccessible(page, 'payment detail, advance paid');

    // the audit trail of the application, and the chain verified
    await page.getByRole('link', { name: 'Audittrail van dit dossier' }).click();
    await expectHeading(page, 'Audittrail');
    await page.getByRole('cell', { name: 'application.submitted' }).first().waitFor();
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page.getByText('De keten is intact.').waitFor();
    await expectAccessible(page, 'audit trail');

    // state aid: the decision's de minimis aid waits for eAid; the organisation's de minimis view
    await staffNav.getByRole('link', { name: 'Staatssteun' }).click();
    await expectHeading(page, 'Registratie in eAid');
    const row = page.getByRole('row', { name: new RegExp(coordinatorName) });
    await row.getByText('Te registreren').waitFor();
    await expectAccessible(page, 'eAid worklist');
    await row.getByRole('button', { name: /Registratie noteren/ }).click();
    await page.fill('#eaidReference', 'BE-DM-2026-000123');
    await expectAccessible(page, 'eAid registration dialog');
    await page.getByRole('button', { name: 'Registratie bewaren' }).click();
    await page.getByText(/Registratie BE-DM-2026-000123 genoteerd/).waitFor();
    await row.getByRole('link', { name: coordinatorName }).click();
    await expectHeading(page, 'De-minimissteun');
    // the figures of the API, as the page writes them (the coordinator's share of the grant)
    const usage = await t.http
      .get(`/api/organisations/${coordinatorId}/de-minimis`)
      .set('Authorization', staff.auth)
      .expect(200);
    const { usedCents, ceilingCents } = usage.body as { usedCents: number; ceilingCents: number };
    expect(usedCents).toBeGreaterThan(0);
    await page.getByText(`${formatEuro(usedCents)} van ${formatEuro(ceilingCents)} gebruikt`).waitFor();
    await expectAccessible(page, 'de minimis');
    // aid from another grantor, registered against the ceiling
    await page.fill('#aidGrantor', 'VLAIO (demo)');
    await page.fill('#aidAmount', '12.500');
    await page.fill('#aidGrantedOn', '10');
    await page.fill('#aidGrantedOn-month', '4');
    await page.fill('#aidGrantedOn-year', '2025');
    await page.fill('#aidReference', 'HBC.2025.0412');
    await page.getByRole('button', { name: 'Steun registreren' }).click();
    await page.getByText('Steun van VLAIO (demo) geregistreerd: € 12.500,00.').waitFor();
    await page
      .getByText(`${formatEuro(usedCents + 1_250_000)} van ${formatEuro(ceilingCents)} gebruikt`)
      .waitFor();
    await expectAccessible(page, 'de minimis, external aid registered');

    // ERDF: the plan, the indicator's progress
    await staffNav.getByRole('link', { name: 'EFRO' }).click();
    await expectHeading(page, 'EFRO-projecten');
    await expectAccessible(page, 'ERDF projects');
    await page.getByRole('link', { name: project.title }).click();
    await expectHeading(page, project.title);
    await page.getByRole('progressbar', { name: 'O1 Ondersteunde bedrijven' }).waitFor();
    await page.getByText('15 van 60 bedrijven (25 %)').waitFor();
    await expectAccessible(page, 'ERDF project');

    // reports: charts with their tables; the XLSX workbook downloaded
    await staffNav.getByRole('link', { name: 'Rapporten' }).click();
    await expectHeading(page, 'Budgetrapport');
    await page.getByRole('img', { name: /Vastgelegd tegenover budget per oproep/ }).waitFor();
    await page
      .getByRole('table', { name: 'Aanvragen per status' })
      .getByRole('row', { name: /Goedgekeurd/ })
      .waitFor();
    await expectAccessible(page, 'budget report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`budgetrapport-${new Date().getFullYear()}.xlsx`);
    const file = await readFile(await download.path());
    expect(file.subarray(0, 2).toString()).toBe('PK'); // a workbook is a zip
    await page.getByText('XLSX is gedownload.').waitFor();

    // users (staff read) and organisations
    await staffNav.getByRole('link', { name: 'Gebruikers' }).click();
    await expectHeading(page, 'Gebruikers');
    await expect(page.getByRole('button', { name: 'Account aanmaken' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'users (staff)');
    await staffNav.getByRole('link', { name: 'Organisaties' }).click();
    await expectHeading(page, 'Organisaties');
    await expectAccessible(page, 'organisations');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets staff extend a call, change a budget, confirm an SME size and record an ERDF expense with its invoice', async () => {
    // set-up through the services: an open call, a declared SME, a fresh ERDF project
    const call = await t.ctx.newCall();
    await t.http
      .patch(`/api/calls/${call.id}`)
      .set('Authorization', staff.auth)
      .send({
        reviewDeadline: new Date(Date.parse(`${call.closesOn}T00:00Z`) + 7 * 86_400_000)
          .toISOString()
          .slice(0, 10),
      })
      .expect(200);
    const sme = await t.ctx.newOrganisation(undefined, { name: `Kmo Browsertest ${call.id.slice(0, 6)}` });
    const own = await t.ctx.newErdfProject(staff);
    const report = await t.http
      .get(`/api/erdf-projects/${own.id}/report`)
      .set('Authorization', staff.auth)
      .expect(200);
    const partnerName = (report.body as { partners: { name: string }[] }).partners[1].name;
    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const longDate = (iso: string) =>
      new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00Z`),
      );
    const fill = async (id: string, iso: string) => {
      const [y, m, d] = iso.split('-');
      await page.fill(`#${id}`, String(Number(d)));
      await page.fill(`#${id}-month`, String(Number(m)));
      await page.fill(`#${id}-year`, y);
    };

    await signIn(page, staff, `/beheer/oproepen/${call.id}`);

    // the call: a day that is not later is refused on screen; a later one extends it
    await expectHeading(page, call.title);
    const closing = `tot en met ${longDate(call.closesOn)} 23:59 (Brussel)`;
    await page.getByText(closing).first().waitFor();
    await fill('closesOn', call.closesOn);
    await page.fill('#extendReason', 'Verlengd wegens storing van het e-loket');
    await page.getByRole('button', { name: 'Sluitingsdatum verlengen' }).click();
    await page
      .getByRole('link', { name: `Kies een dag na de huidige sluitingsdag (nu ${closing})` })
      .waitFor();
    await expectAccessible(page, 'call extension with errors');
    // never past the review deadline (here the day it is extended to): refused on screen
    const later = new Date(Date.parse(`${call.closesOn}T00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const beyond = new Date(Date.parse(`${later}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await fill('closesOn', beyond);
    await page.getByRole('button', { name: 'Sluitingsdatum verlengen' }).click();
    await page.getByRole('link', { name: /^Kies een dag tot en met de beoordelingstermijn/ }).waitFor();
    await fill('closesOn', later);
    await page.getByRole('button', { name: 'Sluitingsdatum verlengen' }).click();
    await page
      .getByText(`De oproep ${call.title} loopt nu tot en met ${longDate(later)} 23:59 (Brussel).`)
      .waitFor();
    const extended = await t.http.get(`/api/calls/${call.id}`).set('Authorization', staff.auth).expect(200);
    expect(extended.body.closesOn).toBe(later);
    await expectAccessible(page, 'call extended');

    // the budget of the call with the approved application: below what it committed is refused on
    // screen, a valid one is saved
    const before = await t.http
      .get(`/api/calls/${application.callId}`)
      .set('Authorization', staff.auth)
      .expect(200);
    const staffNav = page.getByRole('navigation', { name: 'Beheer' });
    await staffNav.getByRole('link', { name: "Programma's en oproepen" }).click();
    await expectHeading(page, "Programma's en oproepen");
    await page.getByRole('link', { name: `${before.body.title} bewerken of verlengen`, exact: true }).click();
    await expectHeading(page, before.body.title);
    await page.getByRole('heading', { name: 'Budget, planning en criteria' }).waitFor();
    // no evaluator assigned yet: the criteria rows are there to edit, filled in
    expect(await page.inputValue('#c0-key')).toBe(before.body.criteria[0].key);
    await page.fill('#planBudget', '79.999,99');
    await page.getByRole('button', { name: 'Budget, planning en criteria bewaren' }).click();
    await page
      .getByRole('link', {
        name: `Het budget kan niet lager zijn dan wat de oproep al heeft vastgelegd (${formatEuro(8_000_000)})`,
      })
      .waitFor();
    await expectAccessible(page, 'call budget below committed');
    const unchanged = await t.http
      .get(`/api/calls/${application.callId}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(unchanged.body.budgetCents).toBe(before.body.budgetCents); // the refusal changed nothing
    await page.fill('#planBudget', '450.000');
    await page.getByRole('button', { name: 'Budget, planning en criteria bewaren' }).click();
    await page
      .getByText(`Budget, planning en criteria van de oproep ${before.body.title} zijn bijgewerkt.`)
      .waitFor();
    const budget = await t.http
      .get(`/api/calls/${application.callId}/budget`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(budget.body).toMatchObject({ budgetCents: 45_000_000, committedCents: 8_000_000 });
    await expectAccessible(page, 'call budget saved');

    // the organisation's SME size, declared, confirmed by staff with the evidence
    await staffNav.getByRole('link', { name: 'Organisaties' }).click();
    await expectHeading(page, 'Organisaties');
    await page.fill('#orgSearch', sme.name);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const smeRow = page.getByRole('row', { name: new RegExp(sme.name) });
    await smeRow.getByText('opgegeven, nog niet bevestigd door de provincie').waitFor();
    await smeRow.getByRole('button', { name: `Kmo-grootte bevestigen van ${sme.name}` }).click();
    await page.getByRole('button', { name: 'Bevestiging bewaren' }).click();
    await page.getByRole('link', { name: 'Vul in wat u nakeek' }).waitFor();
    await choose(page, 'smeSize', 'Middelgrote onderneming');
    await page.fill('#smeEvidence', 'Jaarrekening 2025 (NBB) en aandeelhoudersregister nagekeken');
    await expectAccessible(page, 'SME confirmation dialog');
    await page.getByRole('button', { name: 'Bevestiging bewaren' }).click();
    await page.getByText(`De kmo-grootte van ${sme.name} is bevestigd: Middelgrote onderneming.`).waitFor();
    await smeRow.getByText('bevestigd door de provincie').waitFor();
    const confirmed = await t.http
      .get(`/api/organisations/${sme.id}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(confirmed.body).toMatchObject({ smeStatus: 'confirmed', smeSize: 'medium' });
    await expectAccessible(page, 'organisations, SME confirmed');

    // ERDF: an expense with its invoice, in a new claim that is submitted
    await staffNav.getByRole('link', { name: 'EFRO' }).click();
    await expectHeading(page, 'EFRO-projecten');
    await page.getByRole('link', { name: own.title }).click();
    await expectHeading(page, own.title);
    await page.getByRole('button', { name: 'Uitgave registreren' }).click();
    await page.getByRole('link', { name: 'Kies het bestand van de factuur' }).waitFor();
    await choose(page, 'expensePartner', new RegExp(`^${partnerName}$`));
    await choose(page, 'expenseCategory', 'Reizen');
    await page.fill('#expenseDescription', 'Reis naar een matchmakingevent');
    await page.fill('#expenseInvoiceRef', 'FB-TRV-2017-014');
    await page.fill('#expenseAmount', '486,50');
    await fill('expenseIncurredOn', '2017-07-03');
    await fill('expensePaidOn', '2017-07-20');
    await page.setInputFiles('#expenseInvoice', {
      name: 'factuur.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf('Factuur FB-TRV-2017-014'),
    });
    await expectAccessible(page, 'ERDF expense form');
    await page.getByRole('button', { name: 'Uitgave registreren' }).click();
    await page.getByText('Uitgave FB-TRV-2017-014 van € 486,50 geregistreerd, met de factuur.').waitFor();
    await page.getByRole('cell', { name: /Reis naar een matchmakingevent/ }).waitFor();
    const listed = await t.http
      .get(`/api/erdf-projects/${own.id}/expenses`)
      .set('Authorization', staff.auth)
      .expect(200);
    const expense = (listed.body as { items: { id: string; amountCents: number }[] }).items[0];
    expect(expense.amountCents).toBe(48_650);
    const documents = await t.http
      .get(`/api/erdf-projects/${own.id}/expenses/${expense.id}/documents`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(documents.body).toEqual([
      expect.objectContaining({ kind: 'invoice', contentType: 'application/pdf' }),
    ]);
    await page.getByRole('button', { name: 'Nieuwe declaratie' }).click();
    await page.getByText('Declaratie 1 aangemaakt met 1 uitgaven.').waitFor();
    await page.getByRole('button', { name: 'Indienen Declaratie 1' }).click();
    await fill('submittedOn-1', '2017-10-02');
    await page.getByRole('dialog').getByRole('button', { name: 'Indienen' }).click();
    await page
      .getByRole('row', { name: /Declaratie 1/ })
      .getByText('ingediend op 2 oktober 2017')
      .waitFor();
    await expectAccessible(page, 'ERDF project, claim submitted');
    // the payment received: the amount due is proposed, the day is today
    await page.getByRole('button', { name: 'Betaling noteren Declaratie 1' }).click();
    await expectAccessible(page, 'ERDF claim payment dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Betaling noteren' }).click();
    await page
      .getByRole('row', { name: /Declaratie 1/ })
      .getByRole('cell', { name: /^Betaald/ })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets staff change a programme's rules until an application is submitted, then shows them fixed", async () => {
    const fresh = await t.ctx.newProgramme({ name: `Regelprogramma ${Date.now().toString(36)}` });
    const used = await t.http
      .get(`/api/calls/${application.callId}`)
      .set('Authorization', staff.auth)
      .expect(200);
    const usedName = (used.body as { programmeName: string }).programmeName;
    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, staff, '/beheer/programmas');
    await expectHeading(page, "Programma's en oproepen");

    // an unused programme: its rules in the fields of the new-programme form, filled in
    await page.getByRole('link', { name: `${fresh.name} bewerken`, exact: true }).click();
    await expectHeading(page, fresh.name);
    await page.getByRole('heading', { name: 'Steunkader, rechtsgrond en regels' }).waitFor();
    expect(await page.inputValue('#rate')).toBe('50');
    expect(await page.inputValue('#rateWithoutSme')).toBe('40');
    await expectAccessible(page, 'programme edit');
    // a rate with an SME below the rate without one is refused on screen, nothing saved
    await page.fill('#rate', '35');
    await page.getByRole('button', { name: 'Regels bewaren' }).click();
    await page
      .getByRole('link', { name: 'Het steunpercentage zonder kmo mag niet hoger zijn dan dat met een kmo' })
      .click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('rateWithoutSme');
    await expectAccessible(page, 'programme rules with errors');
    await page.fill('#rate', '60');
    await page.getByRole('button', { name: 'Regels bewaren' }).click();
    await page.getByText(`De regels van het programma ${fresh.name} zijn bijgewerkt.`).waitFor();
    const saved = await t.http
      .get(`/api/programmes/${fresh.id}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(saved.body.rules).toMatchObject({ maxFundingRatePct: 60, maxFundingRateWithoutSmePct: 40 });
    expect(await page.inputValue('#rate')).toBe('60');
    await expectAccessible(page, 'programme rules saved');
    // back on the list, the new rate is shown
    await page.getByRole('link', { name: "Terug naar programma's en oproepen" }).click();
    await expectHeading(page, "Programma's en oproepen");
    await page
      .getByRole('region', { name: new RegExp(fresh.name) })
      .getByText('60 % met een kmo in het consortium, 40 % zonder')
      .waitFor();

    // the programme of the approved application: the rules are fixed and said why; the name still changes
    await page.getByRole('link', { name: `${usedName} bewerken`, exact: true }).click();
    await expectHeading(page, usedName);
    await page.getByText(/Er is al een aanvraag ingediend in een oproep van dit programma/).waitFor();
    await expect(page.locator('#rate').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Regels bewaren' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'programme rules fixed');
    await page.fill('#editName', `${usedName} (hernoemd)`);
    await page.getByRole('button', { name: 'Naam bewaren' }).click();
    await page.getByText(`Het programma ${usedName} (hernoemd) is bijgewerkt.`).waitFor();
    await expectHeading(page, `${usedName} (hernoemd)`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an admin disable a user, who is signed out at their next action', async () => {
    const victim = await t.ctx.newStaff();
    const victimContext = await newContext(browser, base);
    const victimPage = await victimContext.newPage();
    const victimErrors = watchErrors(victimPage);
    await signIn(victimPage, victim, '/beheer/rapporten');
    await expectHeading(victimPage, 'Budgetrapport');

    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, admin, '/beheer/gebruikers');
    await expectHeading(page, 'Gebruikers');
    // admins do not move money: no payments link
    const adminNav = page.getByRole('navigation', { name: 'Beheer' });
    await adminNav.getByRole('link', { name: 'Rapporten' }).waitFor();
    await expect(adminNav.getByRole('link', { name: 'Betalingen' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'users (admin)');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('link', { name: 'Kies de rol' }).waitFor();
    await expectAccessible(page, 'new user with errors');
    await page.getByRole('button', { name: `${victim.fullName} uitschakelen` }).click();
    await page.getByText(`${victim.fullName} is uitgeschakeld en afgemeld.`).waitFor();
    await page
      .getByRole('row', { name: new RegExp(victim.fullName) })
      .getByText('Uitgeschakeld')
      .waitFor();

    // the disabled user's next click: the API refuses the session, the portal shows the login page
    await victimPage
      .getByRole('navigation', { name: 'Beheer' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    await expectHeading(victimPage, 'Aanmelden');
    await victimPage.getByText(/Uw sessie is verlopen/).waitFor();
    expect(victimPage.url()).toContain('/aanmelden?terug=');
    // and signing in again is refused
    await victimPage.fill('#email', victim.email);
    await victimPage.fill('#password', victim.password);
    await victimPage.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
    await victimPage.getByRole('alert').waitFor();
    await expectHeading(victimPage, 'Aanmelden');
    expect(errors).toEqual([]);
    expect(victimErrors).toEqual([]);
    await victimContext.close();
    await context.close();
  });
});
