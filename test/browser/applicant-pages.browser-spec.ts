import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import type { CallView } from '../../src/domains/programmes/dto/programme.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { samplePdf, type TestUser } from '../utils/factories.js';
import { waitFor } from '../utils/wait.js';
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
 * The applicant's pages beyond the first journey (portal.browser-spec.ts), in Chromium against the real
 * app (issue #21): the team of an organisation (join request, invitation by e-mail, roles, leaving), the
 * partner invitation by address, documents with the required annexes in the live calculator, the
 * notifications inbox, the final report, and a refusal with its grounds and the letter in Dutch and
 * English. axe runs on every page and state visited; staff act through the API.
 */
describe('portal, applicant pages (browser)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let staff: TestUser;
  let call: CallView;

  beforeAll(async () => {
    // a small document limit, so that the portal's 413 message can be seen without a 20 MB upload
    t = await createTestApp({ DOCUMENT_MAX_BYTES: '300000' });
    base = t.baseUrl;
    browser = await launchBrowser();
    staff = await t.ctx.newStaff();
    const programme = await t.ctx.newProgramme({
      rules: {
        requiredDocuments: [{ kind: 'partnership_agreement', label: 'Samenwerkingsovereenkomst' }],
      },
    });
    call = await t.ctx.newCall({
      programmeId: programme.id,
      title: 'Oproep met verplichte bijlagen',
      minReviewsPerApplication: 1,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const api = (user: TestUser) => ({
    get: (path: string) => t.http.get(path).set('Authorization', user.auth),
    post: (path: string, body: object) => t.http.post(path).set('Authorization', user.auth).send(body),
  });

  /** A new browser context signed in as `user` (through the login page), on `path` afterwards. */
  async function signedIn(
    user: { email: string; password: string },
    path = '/aanvragen',
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`/aanmelden?terug=${encodeURIComponent(path)}`);
    await page.fill('#email', user.email);
    await page.fill('#password', user.password);
    await page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL((url) => url.pathname !== '/aanmelden');
    return { context, page, errors };
  }

  async function bytesOf(download: Download): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('runs a team: join request approved, colleague invited by e-mail, roles, removal and leaving', async () => {
    const admin = await t.ctx.newApplicant();
    const organisation = await t.ctx.newOrganisation(admin, { name: 'Teambedrijf BV' });
    const joiner = await t.ctx.newApplicant();

    // the joiner asks to join, by KBO number
    const j = await signedIn(joiner, '/organisaties');
    await expectHeading(j.page, 'Mijn organisaties');
    await j.page.getByRole('link', { name: 'Aansluiten bij een organisatie' }).click();
    await expectHeading(j.page, 'Aansluiten bij een organisatie');
    await expectAccessible(j.page, 'join an organisation');
    await j.page.getByRole('button', { name: 'Vraag versturen' }).click();
    await j.page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await expectAccessible(j.page, 'join an organisation with errors');
    await j.page.fill('#join-kbo', organisation.enterpriseNumber);
    await j.page.getByText('✓ Geldig ondernemingsnummer').waitFor();
    await j.page.fill('#join-message', 'Ik ben de nieuwe projectleider.');
    await j.page.getByRole('button', { name: 'Vraag versturen' }).click();
    await j.page.getByText('Uw vraag is verstuurd naar de beheerders van Teambedrijf BV.').waitFor();
    await expectAccessible(j.page, 'join request sent');

    // the administrator approves it on the team page, with the keyboard
    const a = await signedIn(admin, '/organisaties');
    await a.page.getByRole('link', { name: 'Teambedrijf BV' }).click();
    await expectHeading(a.page, 'Teambedrijf BV');
    await a.page.getByRole('heading', { name: 'Vragen om aan te sluiten' }).waitFor();
    await a.page.getByRole('row', { name: /Ik ben de nieuwe projectleider/ }).waitFor();
    await expectAccessible(a.page, 'team page with a join request');
    await tabTo(a.page, `button[aria-label="Goedkeuren: vraag van ${joiner.fullName}"]`);
    await a.page.keyboard.press('Enter');
    await a.page.getByText(`${joiner.fullName} is nu lid van het team.`).waitFor();
    await a.page
      .getByRole('row', { name: new RegExp(joiner.email) })
      .getByText('Lid', { exact: true })
      .waitFor();
    await a.page.getByText('Er zijn geen vragen om aan te sluiten.').waitFor();

    // the only administrator cannot give up the role: the API's rule, said in words
    await a.page.getByRole('button', { name: `Beheerdersrol afnemen van ${admin.fullName}` }).click();
    await a.page.getByText('Een organisatie houdt altijd minstens één beheerder.').waitFor();
    await expectAccessible(a.page, 'team page, last administrator');
    await a.page.getByRole('button', { name: `Beheerder maken: ${joiner.fullName}` }).click();
    await a.page.getByText(`${joiner.fullName} is nu Beheerder.`).waitFor();

    // invite a colleague by e-mail: the error summary first
    await a.page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await a.page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await expectAccessible(a.page, 'invite form with errors');
    const colleagueEmail = `collega-${Date.now()}@test.example`;
    await a.page.fill('#invite-email', colleagueEmail);
    await a.page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await a.page.getByText(`De uitnodiging is verstuurd naar ${colleagueEmail}.`).waitFor();
    // the open invitations are listed, with the address, the role and the expiry
    const sent = a.page.getByRole('table', { name: 'Verstuurde uitnodigingen' });
    await sent.getByRole('row', { name: new RegExp(`${colleagueEmail}.*Lid`) }).waitFor();
    await expectAccessible(a.page, 'invitation sent');

    // the colleague opens the mail's link, signs in with that address and accepts
    const colleague = await t.ctx.newUser('applicant', { email: colleagueEmail });
    const token = await t.ctx.mailedToken(colleagueEmail, 'organisation-invitation');
    const c = await signedIn(colleague, `/invitations/organisation?token=${encodeURIComponent(token)}`);
    await expectHeading(c.page, 'Uitnodiging voor een team');
    await expectAccessible(c.page, 'organisation invitation');
    await c.page.getByRole('button', { name: 'Uitnodiging aanvaarden' }).click();
    await c.page.getByText('U bent nu lid van het team van de organisatie.').waitFor();
    await expectAccessible(c.page, 'organisation invitation accepted');
    await c.page.locator('main').getByRole('link', { name: 'Mijn organisaties' }).click();
    await c.page.getByRole('link', { name: 'Teambedrijf BV' }).waitFor();
    expect(c.errors).toEqual([]);
    await c.context.close();

    // the administrator removes the colleague, through the confirmation dialog (keyboard)
    await a.page.getByRole('link', { name: 'Mijn organisaties' }).click();
    await a.page.getByRole('link', { name: 'Teambedrijf BV' }).click();
    await a.page.getByRole('row', { name: new RegExp(colleagueEmail) }).waitFor();
    await tabTo(a.page, `button[aria-label="Verwijderen uit het team: ${colleague.fullName}"]`);
    await a.page.keyboard.press('Enter');
    const dialog = a.page.getByRole('dialog', { name: 'Lid verwijderen' });
    await dialog.waitFor();
    await expectAccessible(a.page, 'remove member dialog');
    await tabTo(a.page, 'button[data-action="confirm"]', 5);
    await a.page.keyboard.press('Enter');
    await a.page.getByText('Het lid is uit het team verwijderd.').waitFor();
    // the list is read again after the notice: wait for the row to go (a timeout fails the test)
    await a.page
      .getByRole('row', { name: new RegExp(colleagueEmail) })
      .first()
      .waitFor({ state: 'detached' });

    // the joiner leaves the organisation
    await j.page.getByRole('navigation').getByRole('link', { name: 'Mijn organisaties' }).click();
    await j.page.getByRole('link', { name: 'Teambedrijf BV' }).click();
    await j.page.getByRole('button', { name: 'Organisatie verlaten' }).click();
    await j.page
      .getByRole('dialog', { name: 'Organisatie verlaten' })
      .getByRole('button', { name: 'Ja, verlaten' })
      .click();
    await j.page.getByText('U hebt de organisatie verlaten.').waitFor();
    await j.page
      .getByText('U bent nog geen lid van een organisatie')
      .or(j.page.getByRole('table'))
      .first()
      .waitFor();
    await expect(j.page.getByRole('link', { name: 'Teambedrijf BV' }).count()).resolves.toBe(0);
    const members = await api(admin).get(`/api/organisations/${organisation.id}/members`);
    expect((members.body as { email: string }[]).map((m) => m.email)).toEqual([admin.email]);

    expect([...a.errors, ...j.errors]).toEqual([]);
    await a.context.close();
    await j.context.close();
  });

  it('lets a partner without members consent through the mailed link', async () => {
    const coordinator = await t.ctx.newApplicant();
    const own = await t.ctx.newOrganisation(coordinator, { name: 'Coördinator NV' });
    const partnerOrg = await t.ctx.newOrganisation(undefined, {
      name: 'Hogeschool Zonder Leden',
      kind: 'knowledge_institution',
    });
    const application = await t.ctx.newApplication(
      coordinator,
      {
        callId: call.id,
        title: 'Sensoren in de boomgaard',
        partners: [
          {
            organisationId: own.id,
            role: 'coordinator',
            costs: [{ category: 'staff', description: 'Ingenieur', amountCents: 10_000_000 }],
          },
          {
            organisationId: partnerOrg.id,
            role: 'partner',
            costs: [{ category: 'staff', description: 'Onderzoeker', amountCents: 6_000_000 }],
          },
        ],
      },
      { consent: false },
    );

    const co = await signedIn(coordinator, `/aanvragen/${application.id}`);
    await expectHeading(co.page, 'Sensoren in de boomgaard');
    const consent = co.page.locator('#partners');
    // a disclosure: most partners have members, who answer in the application itself
    await consent.getByText('Uitnodiging per e-mail voor Hogeschool Zonder Leden').click();
    const field = consent.getByRole('textbox', { name: 'E-mailadres' });
    await field.fill('geen adres');
    await consent.getByRole('button', { name: 'Uitnodiging mailen' }).click();
    await consent.getByText('Vul een geldig e-mailadres in').first().waitFor();
    await expectAccessible(co.page, 'mail a partner invitation, with an error');
    const address = `partner-${Date.now()}@test.example`;
    await field.fill(address);
    await consent.getByRole('button', { name: 'Uitnodiging mailen' }).click();
    await consent.getByText(`De uitnodiging is gemaild naar ${address}.`).waitFor();
    await expectAccessible(co.page, 'partner invitation mailed');

    // the person at the address: a link that does not work says so, the mailed one works
    const person = await t.ctx.newUser('applicant', { email: address });
    const p = await signedIn(person, '/invitations/partner?token=deze-link-werkt-niet');
    await expectHeading(p.page, 'Uitnodiging als partner');
    await p.page.getByRole('button', { name: 'Ja, de organisatie stemt in als partner' }).click();
    await p.page.getByText('Deze link werkt niet').waitFor();
    await expectAccessible(p.page, 'partner invitation, invalid link');
    const token = await t.ctx.mailedToken(address, 'partner-invitation-address');
    await p.page.goto(`/invitations/partner?token=${encodeURIComponent(token)}`);
    // a reload ends the in-memory session: the login page brings the user back to the link
    await expectHeading(p.page, 'Aanmelden');
    await p.page.fill('#email', person.email);
    await p.page.fill('#password', person.password);
    await p.page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
    await expectHeading(p.page, 'Uitnodiging als partner');
    await p.page.getByRole('heading', { name: 'Niet deelnemen?' }).waitFor();
    await expectAccessible(p.page, 'partner invitation');
    // declining asks for a confirmation; the coordinator's page then says so
    await p.page.getByRole('button', { name: 'Weigeren' }).click();
    const dialog = p.page.getByRole('dialog', { name: 'De uitnodiging weigeren?' });
    await dialog.waitFor();
    await expectAccessible(p.page, 'decline a partner invitation, confirmation');
    await dialog.getByRole('button', { name: 'Ja, weigeren' }).click();
    await p.page.getByText('Hogeschool Zonder Leden neemt niet deel als partner van de aanvraag').waitFor();
    await expectAccessible(p.page, 'partner invitation declined');
    await co.page.reload();
    await expectHeading(co.page, 'Aanmelden');
    await co.page.fill('#email', coordinator.email);
    await co.page.fill('#password', coordinator.password);
    await co.page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
    await co.page
      .locator('#partners')
      .getByRole('row', { name: /Hogeschool Zonder Leden/ })
      .getByText('Geweigerd')
      .waitFor();
    // the same link still takes a consent while it is valid
    await p.page.goto(`/invitations/partner?token=${encodeURIComponent(token)}`);
    await expectHeading(p.page, 'Aanmelden');
    await p.page.fill('#email', person.email);
    await p.page.fill('#password', person.password);
    await p.page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
    await expectHeading(p.page, 'Uitnodiging als partner');
    await p.page.getByRole('button', { name: 'Ja, de organisatie stemt in als partner' }).click();
    await p.page.getByText('Hogeschool Zonder Leden stemt in als partner van de aanvraag').waitFor();
    await expectAccessible(p.page, 'partner invitation accepted');
    expect(p.errors).toEqual([]);
    await p.context.close();

    await co.page.getByRole('link', { name: 'Mijn aanvragen' }).click();
    await co.page.getByRole('link', { name: 'Sensoren in de boomgaard' }).click();
    await co.page
      .locator('#partners')
      .getByRole('row', { name: /Hogeschool Zonder Leden/ })
      .getByText('Aanvaard')
      .waitFor();
    expect(co.errors).toEqual([]);
    await co.context.close();
  });

  it('attaches the required annexes, shows them in the calculator, and tells of it in the inbox', async () => {
    const applicant = await t.ctx.newApplicant();
    const draft = await t.ctx.newApplication(applicant, { callId: call.id, title: 'Slimme serre' });
    const { context, page, errors } = await signedIn(applicant, `/aanvragen/${draft.id}/bewerken`);
    await expectHeading(page, /Aanvraag .* bewerken/);

    // the calculator: the required annex is missing (the application's own verdict)
    const rule = page.locator('.rules li', { hasText: 'Verplichte bijlagen' });
    await rule.and(page.locator('.rule-broken')).waitFor();
    await rule.locator('.rule-docs').getByText('Samenwerkingsovereenkomst').waitFor();
    await page.getByText('✗ 1 voorwaarde is niet voldaan.').waitFor();
    await page.locator('#documents').getByText('nog niet toegevoegd').waitFor();
    await expectAccessible(page, 'application form with documents');

    // upload errors: nothing chosen, a file that is not what its name says, one too large
    const upload = page.locator('#documents');
    await upload.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kies een bestand' }).waitFor();
    await expectAccessible(page, 'upload with errors');
    await page.setInputFiles('#documents-file', {
      name: 'offerte.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ dit is geen pdf maar een programma'.repeat(20)),
    });
    await choose(page, 'documents-kind', 'Andere bijlage');
    await upload.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Dit soort bestand wordt niet aanvaard/ })
      .waitFor();
    await page.setInputFiles('#documents-file', {
      name: 'groot.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([samplePdf('groot'), Buffer.alloc(400_000, 32)]),
    });
    await upload.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Het bestand is te groot: hoogstens/ })
      .waitFor();
    await expectAccessible(page, 'upload refused');

    // the agreement, and a second annex that is removed again
    const agreement = samplePdf('Samenwerkingsovereenkomst Slimme serre');
    await page.setInputFiles('#documents-file', {
      name: 'overeenkomst.pdf',
      mimeType: 'application/pdf',
      buffer: agreement,
    });
    await choose(page, 'documents-kind', 'Samenwerkingsovereenkomst');
    await page.fill('#documents-title', 'Overeenkomst tussen de partners');
    await upload.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await page.getByText('„Overeenkomst tussen de partners” is toegevoegd.').waitFor();
    const row = page.getByRole('row', { name: /Overeenkomst tussen de partners/ });
    await row.getByText(sha256(agreement)).waitFor();
    await row.getByText('Niet gescand (geen scanner)').waitFor();
    await rule.and(page.locator('.rule-ok')).waitFor();
    await page.getByText('✓ Uw aanvraag voldoet aan alle voorwaarden.').waitFor();
    await expectAccessible(page, 'annex attached');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Downloaden: Overeenkomst tussen de partners' }).click(),
    ]);
    expect(sha256(await bytesOf(download))).toBe(sha256(agreement));

    await page.setInputFiles('#documents-file', {
      name: 'extra.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf('Extra'),
    });
    await choose(page, 'documents-kind', 'Andere bijlage');
    await page.fill('#documents-title', 'Extra bijlage');
    await upload.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await page.getByText('„Extra bijlage” is toegevoegd.').waitFor();
    await page.getByRole('button', { name: 'Verwijderen: Extra bijlage' }).click();
    await page.getByRole('dialog', { name: 'Bijlage verwijderen' }).waitFor();
    await expectAccessible(page, 'remove annex dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('„Extra bijlage” is verwijderd.').waitFor();
    // the list is read again after the notice: wait for the row to go (a timeout fails the test)
    await page
      .getByRole('row', { name: /Extra bijlage/ })
      .first()
      .waitFor({ state: 'detached' });

    // submit: the annexes are then fixed (no removal), and the inbox tells of the submission
    await page.getByRole('button', { name: 'Bewaren en naar overzicht' }).click();
    await expectHeading(page, 'Slimme serre');
    await page.getByRole('button', { name: 'Indienen…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, indienen' }).click();
    await page.getByText('Uw aanvraag is ingediend.').waitFor();
    await page.locator('#documents').getByText(sha256(agreement)).waitFor();
    await page
      .getByRole('button', { name: /^Verwijderen: / })
      .first()
      .waitFor({ state: 'detached' });
    await expectAccessible(page, 'application detail with frozen annexes');

    // staff return it (API): a second notification
    const returned = await api(staff).post(`/api/applications/${draft.id}/screening`, {
      outcome: 'returned',
      reason: 'Voeg de offerte van de sensoren toe.',
    });
    expect(returned.status).toBe(200);
    await page.getByRole('link', { name: 'Mijn aanvragen' }).click();
    const inboxLink = page.getByRole('link', { name: /^Meldingen \([2-9] ongelezen\)$/ });
    await inboxLink.waitFor();
    await inboxLink.click();
    await expectHeading(page, 'Meldingen');
    const item = page.locator('.inbox-item', { hasText: `${draft.reference} is ingediend` }).first();
    await item.getByText('Nieuw').waitFor();
    await expectAccessible(page, 'notifications inbox');
    const unreadBefore = (await api(applicant).get('/api/notifications')).body.unread as number;
    expect(unreadBefore).toBeGreaterThanOrEqual(2);
    await item.getByRole('button', { name: /^Gelezen: / }).click();
    await waitFor(
      async () => (await api(applicant).get('/api/notifications')).body.unread === unreadBefore - 1,
      { timeoutMs: 10_000, what: 'one notification read' },
    );
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await page.getByText('U hebt geen ongelezen meldingen.').waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    await expectAccessible(page, 'notifications inbox, all read');
    // a notification's link (/applications/:id) opens the application
    await page
      .locator('.inbox-item')
      .getByRole('link', { name: `Ontvangstbewijs: aanvraag ${draft.reference} is ingediend` })
      .first()
      .click();
    await page.waitForURL(new RegExp(`/aanvragen/${draft.id}$`));
    await expectHeading(page, 'Slimme serre');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('submits and corrects the final report with evidence, then shows it accepted', async () => {
    const applicant = await t.ctx.newApplicant();
    const granted = await t.ctx.approvedApplication(applicant, 10_000_000, {
      title: 'Drone voor dijkinspectie',
    });
    await t.ctx.paidAdvance(granted.id);
    const { context, page, errors } = await signedIn(applicant, `/aanvragen/${granted.id}`);
    await expectHeading(page, 'Drone voor dijkinspectie');
    await page.getByRole('link', { name: 'Naar het eindrapport' }).click();
    await expectHeading(page, 'Eindrapport');
    await page.getByText('Nog niet ingediend').waitFor();
    // the planned costs are the starting point
    await expect(page.inputValue('#r0-c0-amount')).resolves.toBe('120.000,00');
    await expectAccessible(page, 'final report form');
    await page.getByRole('button', { name: 'Eindrapport indienen…' }).click();
    await page.getByRole('alert').filter({ hasText: 'Beschrijf wat het project heeft bereikt' }).waitFor();
    await expectAccessible(page, 'final report with errors');
    await page.fill(
      '#report-summary',
      'De drone inspecteert 40 km dijk per dag; twee waterschappen gebruiken hem.',
    );
    await page.fill('#r0-c0-amount', '100.000');
    await page.getByRole('button', { name: 'Eindrapport indienen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eindrapport indienen' });
    await dialog.waitFor();
    await expectAccessible(page, 'final report confirmation');
    await dialog.getByRole('button', { name: 'Ja, indienen' }).click();
    await page.getByText('Het eindrapport is ingediend. De provincie kijkt het na.').waitFor();
    await page.getByText('Ingediend, wacht op de provincie').waitFor();
    const report = (await api(applicant).get(`/api/applications/${granted.id}/final-report`)).body as {
      version: number;
      finalGrantCents: number;
      eligibleCostsCents: number;
    };
    expect(report.eligibleCostsCents).toBe(23_000_000);
    // ⌊€ 100.000 × € 230.000 ÷ € 250.000⌋, as the API computed it
    expect(report.finalGrantCents).toBe(9_200_000);
    await page.getByTestId('final-grant').getByText('€ 92.000,00').waitFor();
    await page.getByTestId('balance').getByText('€ 42.000,00').waitFor();
    await expectAccessible(page, 'final report submitted');

    // corrected once, and evidence attached
    await page.getByRole('button', { name: 'Eindrapport verbeteren' }).click();
    await expect(page.inputValue('#r0-c0-amount')).resolves.toBe('100.000,00');
    await page.fill('#r0-c0-amount', '110.000');
    await page.getByRole('button', { name: 'Verbetering indienen…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, indienen' }).click();
    await page.getByText(/\(versie 2\)/).waitFor();
    await page.setInputFiles('#evidence-file', {
      name: 'factuur.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf('Factuur drone'),
    });
    await choose(page, 'evidence-kind', 'Factuur');
    await page.fill('#evidence-title', 'Factuur drone');
    await page.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    await page.getByText('„Factuur drone” is toegevoegd.').waitFor();
    await expectAccessible(page, 'final report with evidence');

    // staff accept it after the project's end (API); the page then shows the settled report
    const backToToday = t.ctx.afterProjectEnd();
    try {
      const accepted = await api(staff).post(`/api/applications/${granted.id}/final-report/accept`, {
        version: 2,
      });
      expect(accepted.status).toBe(200);
    } finally {
      backToToday();
    }
    await page.getByRole('link', { name: 'Mijn aanvragen' }).click();
    await page.getByRole('link', { name: 'Drone voor dijkinspectie' }).click();
    await page.getByRole('link', { name: 'Naar het eindrapport' }).click();
    await page.getByText('Aanvaard door de provincie').waitFor();
    await page.getByText(/De provincie heeft het eindrapport aanvaard op/).waitFor();
    await expect(page.getByRole('button', { name: 'Eindrapport verbeteren' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Bijlage toevoegen' }).count()).resolves.toBe(0);
    await page.getByRole('row', { name: /Factuur/ }).waitFor();
    await expectAccessible(page, 'final report accepted');

    // the grant was lowered: the application page shows that decision and downloads its own letter
    const decision = (await api(applicant).get(`/api/applications/${granted.id}/decision`)).body as {
      finalGrantCents: number;
      finalDecision: { decisionNumber: string } | null;
    };
    expect(decision.finalDecision).not.toBeNull();
    await waitFor(
      async () =>
        (await api(staff).get(`/api/applications/${granted.id}/decision-letter?letter=final_grant`))
          .status === 200,
      { timeoutMs: 60_000, what: 'the letter on the final grant' },
    );
    await page.getByRole('link', { name: 'Mijn aanvragen' }).click();
    await page.getByRole('link', { name: 'Drone voor dijkinspectie' }).click();
    await page.getByRole('heading', { name: 'Beslissing over de definitieve subsidie' }).waitFor();
    await page.locator('.final-decision').getByText(decision.finalDecision!.decisionNumber).waitFor();
    const euros = Math.floor(decision.finalGrantCents / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const cents = String(decision.finalGrantCents % 100).padStart(2, '0');
    await page.getByTestId('final-decision-grant').getByText(`€ ${euros},${cents}`).waitFor();
    const [finalLetter] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Brief over de definitieve subsidie downloaden (pdf)' }).click(),
    ]);
    expect(finalLetter.suggestedFilename()).toMatch(/-definitieve-subsidie\.pdf$/);
    expect((await bytesOf(finalLetter)).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'application with the decision on the final grant');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the grounds of a refusal and offers the Dutch letter and the English translation', async () => {
    const applicant = await t.ctx.newApplicant();
    const application = await t.ctx.underReviewApplication(applicant, {
      title: 'Robot for the greenhouse',
      language: 'en',
    });
    const decided = await api(staff).post(`/api/applications/${application.id}/decision`, {
      outcome: 'rejected',
      motivation: 'De aanvraag komt niet in aanmerking voor steun.',
      refusalGrounds: [
        { type: 'ineligible', rule: 'max_funding_rate' },
        {
          type: 'other',
          text: 'Het consortium toont niet aan dat het project in Vlaams-Brabant wordt uitgevoerd.',
        },
      ],
    });
    expect(decided.status).toBe(201);
    for (const lang of ['nl', 'en']) {
      await waitFor(
        async () =>
          (await api(staff).get(`/api/applications/${application.id}/decision-letter?lang=${lang}`))
            .status === 200,
        { timeoutMs: 60_000, what: `the ${lang} letter` },
      );
    }

    const { context, page, errors } = await signedIn(applicant, `/aanvragen/${application.id}`);
    await expectHeading(page, 'Robot for the greenhouse');
    await page.getByRole('heading', { name: 'Gronden van de weigering' }).waitFor();
    await page.getByText('De aanvraag voldoet niet aan de voorwaarde:').waitFor();
    await page.getByText('Het consortium toont niet aan dat het project in Vlaams-Brabant').waitFor();
    await expectAccessible(page, 'refused application with grounds');

    for (const [button, file] of [
      ['Beslissingsbrief downloaden (pdf, Nederlands: het besluit)', /-beslissingsbrief\.pdf$/],
      ['Engelse vertaling downloaden (pdf)', /-vertaling\.pdf$/],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(file);
      const bytes = await bytesOf(download);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      // the page shows the version and the SHA-256 of what was downloaded
      await page
        .locator('.letter', { has: page.getByRole('button', { name: button }) })
        .getByText(sha256(bytes))
        .waitFor();
    }
    await expectAccessible(page, 'letters downloaded');
    expect(errors).toEqual([]);
    await context.close();
  });
});
