import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { CallView } from '../../src/domains/programmes/dto/programme.dto.js';
import { enterpriseNumberFromBody } from '../../src/kernel/identifiers.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { type TestUser, uniqueEnterpriseNumber } from '../utils/factories.js';
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
 * The applicant's journey in the portal, in Chromium against the real app (issue #21): register →
 * organisation → draft with the live calculator → submit → returned by staff → edit and resubmit →
 * decided by staff → decision letter downloaded, payments seen. axe runs on every page visited.
 * Staff act through the API, as they have no screens yet.
 */
describe('portal (browser)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let staff: TestUser;
  let call: CallView;
  let partnerKbo: string;
  let partner: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    base = t.baseUrl;
    browser = await launchBrowser();
    staff = await t.ctx.newStaff();
    call = await t.ctx.newCall({
      title: 'Oproep Innovatiesubsidie browsertest',
      minReviewsPerApplication: 1,
    });
    // the partner: another applicant's knowledge institution, found by its KBO number
    partner = await t.ctx.newApplicant();
    partnerKbo = uniqueEnterpriseNumber();
    await t.ctx.newOrganisation(partner, {
      name: 'Universiteit Testdorp',
      enterpriseNumber: partnerKbo,
      kind: 'knowledge_institution',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const staffApi = () => ({
    post: (path: string, body: object) => t.http.post(path).set('Authorization', staff.auth).send(body),
  });

  it('serves the portal under a CSP that allows only its own scripts', async () => {
    const context = await newContext(browser, base, false);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expectHeading(page, 'Subsidies van de Provincie Vlaams-Brabant');
    await page.goto('/toegankelijkheid');
    await expectHeading(page, 'Toegankelijkheidsverklaring');
    await expect(page.getByText('WCAG 2.1 niveau AA').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    // an inline script is refused
    await page.evaluate(`{
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.head.append(s);
    }`);
    await expect(page.evaluate('window.inlineRan === true')).resolves.toBe(false);
    // API and health answer as before; an unknown portal path loads the app (SPA fallback)
    const api = await page.request.get('/api/nothing-here');
    expect(api.status()).toBe(404);
    const deep = await page.request.get('/aanvragen/iets');
    expect(deep.status()).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    await context.close();
  });

  it('takes an applicant from registration to the decision letter', async () => {
    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);

    // public home: the open calls, without an account
    await page.goto('/');
    await expectHeading(page, 'Subsidies van de Provincie Vlaams-Brabant');
    await page.getByRole('link', { name: call.title }).waitFor();
    await expectAccessible(page, 'home (anonymous)');
    await page.goto('/toegankelijkheid');
    await expectHeading(page, 'Toegankelijkheidsverklaring');
    await expectAccessible(page, 'accessibility statement');

    // register: the error summary first, linking to the fields
    await page.goto('/registreren');
    await expectHeading(page, 'Account aanmaken');
    await expectAccessible(page, 'register');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    await expect(page.evaluate(`document.activeElement.classList.contains('error-summary')`)).resolves.toBe(
      true,
    );
    await expectAccessible(page, 'register with errors');
    await summary.getByRole('link', { name: /12 tekens/ }).click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('password');
    const email = `aanvrager-${Date.now()}@test.example`;
    await page.fill('#fullName', 'Test Aanvrager');
    await page.fill('#email', email);
    await page.fill('#password', 'een lang genoeg wachtwoord');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();

    // 202: the page says to check the mail; login is refused until the address is confirmed
    await expectHeading(page, 'Controleer uw mailbox');
    await page.getByText(`We hebben een mail gestuurd naar ${email}.`).waitFor();
    await expectAccessible(page, 'register, mail sent');
    await page.goto('/aanmelden');
    await page.fill('#email', email);
    await page.fill('#password', 'een lang genoeg wachtwoord');
    await page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('link', { name: /Bevestig eerst uw e-mailadres/ }).waitFor();

    // the link of the verification mail, opened in the browser
    const token = await t.ctx.mailedToken(email, 'email-verification');
    await page.goto(`/verify-email?token=${encodeURIComponent(token)}`);
    await expectHeading(page, 'E-mailadres bevestigen');
    await page.getByText('Uw e-mailadres is bevestigd.').waitFor();
    await expectAccessible(page, 'e-mail verified');
    await page.locator('main').getByRole('link', { name: 'Aanmelden' }).click();
    await expectHeading(page, 'Aanmelden');
    await page.fill('#email', email);
    await page.fill('#password', 'een lang genoeg wachtwoord');
    await page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();

    // organisation: KBO and IBAN checked while typing
    await expectHeading(page, 'Organisatie registreren');
    await expectAccessible(page, 'new organisation');
    const kbo = enterpriseNumberFromBody('04567812');
    await page.fill('#kbo', '0456.781.299');
    await page.getByText('✗ Vul een geldig ondernemingsnummer in').waitFor();
    await page.fill('#kbo', kbo);
    await page.getByText(`✓ Geldig ondernemingsnummer: ${kbo}`).waitFor();
    await page.fill('#iban', 'BE68 5390 0754 7035');
    await page.getByText('✗ Vul een geldig Belgisch rekeningnummer in').waitFor();
    await page.fill('#iban', 'be68539007547034');
    await page.getByText('✓ Geldig rekeningnummer: BE68 5390 0754 7034').waitFor();
    await page.fill('#name', 'Testbedrijf Innovatie BV');
    await choose(page, 'kind', 'Kmo');
    await choose(page, 'size', 'Kleine onderneming');
    await expectAccessible(page, 'new organisation, filled in');
    await page.getByRole('button', { name: 'Organisatie registreren' }).click();
    await expectHeading(page, 'Mijn organisaties');
    await page.getByRole('rowheader', { name: 'Testbedrijf Innovatie BV' }).waitFor();
    await expectAccessible(page, 'my organisations');
    // staff verify the new organisation (API): a pending one cannot submit (organisation_verified)
    const session = await t.http
      .post('/api/auth/login')
      .send({ email, password: 'een lang genoeg wachtwoord' })
      .expect(200);
    const own = await t.http
      .get('/api/organisations')
      .set('Authorization', `Bearer ${session.body.accessToken}`);
    const organisationId = (own.body.items as { id: string; status: string }[])[0].id;
    expect(own.body.items[0].status).toBe('pending');
    expect((await staffApi().post(`/api/organisations/${organisationId}/verify`, {})).status).toBe(200);

    // the open call, signed in
    await page.getByRole('link', { name: 'Oproepen', exact: true }).click();
    await page.getByRole('link', { name: call.title }).click();
    await expectHeading(page, call.title);
    await page.getByText('U krijgt hoogstens € 150.000,00 per project.').waitFor();
    await expectAccessible(page, 'call');
    await page.getByRole('link', { name: 'Aanvraag starten' }).click();

    // the guided form with the live calculator
    await expectHeading(page, 'Nieuwe aanvraag');
    await page.getByText('Om te rekenen is nog nodig:').waitFor();
    await expectAccessible(page, 'application form, empty');
    await page.fill('#title', 'Slimme pleister die wonden bewaakt');
    await page.fill('#acronym', 'PLEISTER');
    await page.fill('#summary', 'Een kmo en een universiteit ontwikkelen een pleister met sensoren.');
    await choose(page, 'cluster', 'Gezondheid');
    await page.fill('#startDate', '1');
    await page.fill('#startDate-month', '3');
    await page.fill('#startDate-year', String(new Date().getFullYear() + 1));
    await page.fill('#endDate', '28');
    await page.fill('#endDate-month', '2');
    await page.fill('#endDate-year', String(new Date().getFullYear() + 3));
    await page.fill('#partnerKbo', partnerKbo);
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByRole('group', { name: /Universiteit Testdorp/ }).waitFor();
    await choose(page, 'p0-c0-category', 'Personeelskosten');
    await page.fill('#p0-c0-description', 'Ingenieur 1 VTE gedurende 24 maanden');
    await page.fill('#p0-c0-amount', '100.000');
    await choose(page, 'p1-c0-category', 'Personeelskosten');
    await page.fill('#p1-c0-description', 'Onderzoeker 0,5 VTE');
    await page.fill('#p1-c0-amount', '60.000,00');
    const maxGrant = page.getByTestId('max-grant');
    // 50 % of € 160.000 eligible costs
    await waitFor(async () => (await maxGrant.textContent()) === '€ 80.000,00', {
      timeoutMs: 20_000,
      what: 'max grant € 80.000,00',
    });
    await page.getByText('Er wordt een bedrag gevraagd').waitFor();
    await expect(page.locator('.rule-broken').count()).resolves.toBe(1); // requested_positive only
    await page.fill('#p1-c0-amount', '140.000,00');
    // the calculator follows the costs: 50 % of € 240.000
    await waitFor(async () => (await maxGrant.textContent()) === '€ 120.000,00', {
      timeoutMs: 20_000,
      what: 'max grant € 120.000,00',
    });
    // an investment is not eligible: total costs grow, eligible costs do not
    await page.getByRole('button', { name: 'Kost toevoegen voor Testbedrijf Innovatie BV' }).click();
    await choose(page, 'p0-c1-category', /Investeringen/);
    await page.fill('#p0-c1-description', 'Meetapparatuur');
    await page.fill('#p0-c1-amount', '20.000');
    await page.getByText('€ 260.000,00').waitFor();
    await expect(maxGrant.textContent()).resolves.toBe('€ 120.000,00');
    await page.fill('#requested', '130.000');
    await page.getByText('1 voorwaarde is niet voldaan.').waitFor();
    await page.locator('.rule-broken', { hasText: 'Binnen het maximale steunpercentage' }).waitFor();
    await page.getByRole('button', { name: 'Het maximum vragen' }).click();
    await page.getByText('Uw aanvraag voldoet aan alle voorwaarden.').waitFor();
    await expectAccessible(page, 'application form, filled in');
    await page.getByRole('button', { name: 'Ontwerp bewaren' }).click();
    await page.waitForURL(/\/aanvragen\/[0-9a-f-]+\/bewerken/);
    await page.getByText(/Ontwerp bewaard/).waitFor();
    const applicationId = /aanvragen\/([0-9a-f-]+)\//.exec(page.url())?.[1] as string;
    // the partner accepts its invitation in the portal (partner_consent), from the mail's link
    const partnerContext = await newContext(browser, base);
    const partnerPage = await partnerContext.newPage();
    const partnerErrors = watchErrors(partnerPage);
    await partnerPage.goto(`/applications/${applicationId}/partners`);
    await expectHeading(partnerPage, 'Aanmelden');
    await partnerPage.fill('#email', partner.email);
    await partnerPage.fill('#password', partner.password);
    await partnerPage.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
    await expectHeading(partnerPage, 'Slimme pleister die wonden bewaakt');
    const consent = partnerPage.locator('#partners');
    await consent
      .getByRole('row', { name: /Universiteit Testdorp/ })
      .getByText('Nog niet beantwoord')
      .waitFor();
    await expectAccessible(partnerPage, 'partner consent, pending');
    await consent.getByRole('button', { name: 'Uitnodiging aanvaarden voor Universiteit Testdorp' }).click();
    await consent.getByText('Uw antwoord is bewaard.').waitFor();
    await consent
      .getByRole('row', { name: /Universiteit Testdorp/ })
      .getByText('Aanvaard')
      .waitFor();
    await expectAccessible(partnerPage, 'partner consent, accepted');
    expect(partnerErrors).toEqual([]);
    await partnerContext.close();

    // submit with a summary to confirm
    await page.getByRole('button', { name: 'Bewaren en naar overzicht' }).click();
    await page.waitForURL(new RegExp(`/aanvragen/${applicationId}$`));
    await expectHeading(page, 'Slimme pleister die wonden bewaakt');
    await expectAccessible(page, 'application detail, draft');
    await page.getByRole('button', { name: 'Indienen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aanvraag indienen' });
    await dialog.waitFor();
    await dialog.getByText('€ 120.000,00').first().waitFor();
    await expectAccessible(page, 'submit dialog');
    await dialog.getByRole('button', { name: 'Ja, indienen' }).click();
    await page.getByText('Uw aanvraag is ingediend.').waitFor();
    await page.locator('.tag', { hasText: 'Ingediend' }).waitFor();
    expect(await t.ctx.applicationStatus(applicationId)).toBe('submitted');

    // staff return it for a correction (API)
    const returned = await staffApi().post(`/api/applications/${applicationId}/screening`, {
      outcome: 'returned',
      reason: 'Voeg de offerte van de meetapparatuur toe en verlaag de investering.',
    });
    expect(returned.status).toBe(200);

    await page.getByRole('link', { name: 'Mijn aanvragen' }).click();
    await expectHeading(page, 'Mijn aanvragen');
    await page.locator('.tag', { hasText: 'Teruggestuurd' }).waitFor();
    await expectAccessible(page, 'my applications');
    await page.getByRole('link', { name: 'Slimme pleister die wonden bewaakt' }).click();
    await page.getByText('Voeg de offerte van de meetapparatuur toe').first().waitFor();
    await expectAccessible(page, 'application detail, returned');
    await page.getByRole('link', { name: 'Aanvraag bewerken' }).click();
    await expectHeading(page, /Aanvraag .* bewerken/);
    await expect(page.inputValue('#p0-c1-amount')).resolves.toBe('20.000,00');
    await page.fill('#p0-c1-amount', '10.000');
    await page.getByText('€ 250.000,00').waitFor();
    await page.getByRole('button', { name: 'Bewaren en naar overzicht' }).click();
    await page.waitForURL(new RegExp(`/aanvragen/${applicationId}$`));
    await page.getByRole('button', { name: 'Opnieuw indienen…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, indienen' }).click();
    await page.getByText('Uw aanvraag is ingediend.').waitFor();
    await page.getByText('Opnieuw ingediend').waitFor();
    await expectAccessible(page, 'application detail, resubmitted');

    // staff screen, review and decide (API), then pay the advance
    const screened = await staffApi().post(`/api/applications/${applicationId}/screening`, {
      outcome: 'admissible',
    });
    expect(screened.status).toBe(200);
    const evaluator = await t.ctx.newEvaluator();
    const assigned = await staffApi().post(`/api/applications/${applicationId}/assignments`, {
      evaluatorId: evaluator.id,
    });
    expect(assigned.status).toBe(201);
    await t.ctx.declareNoConflict(evaluator, assigned.body.id as string);
    await t.ctx.submitReview(evaluator, assigned.body.id as string, 8);
    const decided = await staffApi().post(`/api/applications/${applicationId}/decision`, {
      outcome: 'approved',
      grantedCents: 12_000_000,
      motivation: 'Sterk consortium met een duidelijke impact op Vlaams-Brabant.',
      decidingBody: 'deputatie',
    });
    expect(decided.status).toBe(201);
    // nothing is paid before the coordinator accepts the grant
    const early = await staffApi().post(`/api/applications/${applicationId}/payments`, {
      kind: 'advance',
      payeeIban: 'BE68539007547034',
    });
    expect(early.status).toBeGreaterThanOrEqual(400);

    // the applicant accepts the grant in the portal, after a confirmation
    await page.getByRole('link', { name: 'Mijn aanvragen' }).click();
    await page.getByRole('link', { name: 'Slimme pleister die wonden bewaakt' }).click();
    await page.getByRole('heading', { name: 'Beslissing', level: 2 }).waitFor();
    await page.getByText('Aanvaard de subsidie.').waitFor();
    await expectAccessible(page, 'application detail, approved');
    await page.getByRole('button', { name: 'Subsidie aanvaarden…' }).click();
    const acceptDialog = page.getByRole('dialog', { name: 'Subsidie aanvaarden' });
    await acceptDialog.getByText(/€ 120\.000,00/).waitFor();
    await expectAccessible(page, 'accept grant dialog');
    await acceptDialog.getByRole('button', { name: 'Ja, aanvaarden' }).click();
    await page.getByText(/U hebt de subsidie aanvaard op/).waitFor();
    const decision = await t.http
      .get(`/api/applications/${applicationId}/decision`)
      .set('Authorization', staff.auth);
    expect(decision.body.acceptedAt).toEqual(expect.any(String));

    const paid = await staffApi().post(`/api/applications/${applicationId}/payments`, {
      kind: 'advance',
      payeeIban: 'BE68539007547034',
    });
    expect(paid.status).toBe(201);
    await waitFor(
      async () => {
        const r = await t.http
          .get(`/api/applications/${applicationId}/decision-letter`)
          .set('Authorization', staff.auth);
        return r.status === 200;
      },
      { timeoutMs: 60_000, what: 'the decision letter' },
    );

    await page.getByRole('link', { name: 'Mijn aanvragen' }).click();
    await page.getByRole('link', { name: 'Slimme pleister die wonden bewaakt' }).click();
    await page.getByRole('heading', { name: 'Beslissing', level: 2 }).waitFor();
    await page.getByText(/U hebt de subsidie aanvaard op/).waitFor();
    await page.getByText('Sterk consortium met een duidelijke impact').waitFor();
    await page.getByRole('heading', { name: 'Betalingen' }).waitFor();
    await page.getByRole('cell', { name: 'Voorschot' }).waitFor();
    await page.getByRole('cell', { name: '€ 60.000,00' }).waitFor();
    await expectAccessible(page, 'application detail, decided');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Beslissingsbrief downloaden (pdf)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-beslissingsbrief\.pdf$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');

    // profile: the portal in English
    await page.getByRole('link', { name: 'Profiel' }).click();
    await expectHeading(page, 'Profiel');
    await expectAccessible(page, 'profile');
    await page.locator('label.radio', { hasText: 'English' }).click();
    await expectHeading(page, 'Profile');
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('en');
    await page.getByRole('link', { name: 'My applications' }).click();
    await page.locator('.tag', { hasText: 'Approved' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    await page.getByRole('link', { name: call.title }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('completes and submits the application form with the keyboard only', async () => {
    const applicant = await t.ctx.newApplicant();
    const org = await t.ctx.newOrganisation(applicant, { name: 'Toetsenbord BV' });
    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`/aanmelden?terug=${encodeURIComponent(`/aanvragen/nieuw?oproep=${call.id}`)}`);
    await expectHeading(page, 'Aanmelden');
    await expectAccessible(page, 'login');

    const type = async (selector: string, text: string) => {
      await tabTo(page, selector);
      await page.keyboard.type(text);
    };
    /** A react-aria Select: open with the keyboard, type the start of the option, Enter. */
    const select = async (selector: string, text: string) => {
      await tabTo(page, selector);
      await page.keyboard.press('Enter');
      await page.getByRole('listbox').waitFor();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    };
    const press = async (selector: string) => {
      await tabTo(page, selector);
      await page.keyboard.press('Enter');
    };

    await type('#email', applicant.email);
    await type('#password', applicant.password);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Nieuwe aanvraag');
    await page.locator('#coordinator', { hasText: 'Toetsenbord BV' }).waitFor();

    // saving an empty form: the error summary takes the focus and its links lead to the fields
    await press('button[type=submit]');
    await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await expect(page.evaluate(`document.activeElement.classList.contains('error-summary')`)).resolves.toBe(
      true,
    );
    await expectAccessible(page, 'application form with errors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('title');

    await page.keyboard.type('Toegankelijk aanvragen');
    await type('#summary', 'Alles met het toetsenbord.');
    await select('#cluster', 'Gez');
    await type('#startDate', '1');
    await type('#startDate-month', '1');
    await type('#startDate-year', String(new Date().getFullYear() + 1));
    await type('#endDate', '31');
    await type('#endDate-month', '12');
    await type('#endDate-year', String(new Date().getFullYear() + 2));
    await type('#partnerKbo', partnerKbo);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Partner toevoegen
    await page.getByRole('group', { name: /Universiteit Testdorp/ }).waitFor();
    await select('#p0-c0-category', 'Pers');
    await type('#p0-c0-description', 'Ontwikkelaar');
    await type('#p0-c0-amount', '50.000');
    await select('#p1-c0-category', 'Werk');
    await type('#p1-c0-description', 'Testpanel');
    await type('#p1-c0-amount', '30.000');
    await waitFor(async () => (await page.getByTestId('max-grant').textContent()) === '€ 40.000,00', {
      timeoutMs: 20_000,
      what: 'max grant € 40.000,00',
    });
    await type('#requested', '40.000');
    await page.getByText('Uw aanvraag voldoet aan alle voorwaarden.').waitFor();
    await press('button[type=submit]');
    await page.getByText(/Ontwerp bewaard/).waitFor();
    const draftId = /aanvragen\/([0-9a-f-]+)\//.exec(page.url())?.[1] as string;
    await t.ctx.acceptPartnerInvitations(draftId);
    await press('#save-and-review');
    await expectHeading(page, 'Toegankelijk aanvragen');
    await press('#submit-open');
    const dialog = page.getByRole('dialog', { name: 'Aanvraag indienen' });
    await dialog.waitFor();
    await press('#submit-confirm');
    await page.getByText('Uw aanvraag is ingediend.').waitFor();
    const mine = await t.http.get('/api/applications').set('Authorization', applicant.auth);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ coordinatorOrganisationId: org.id, status: 'submitted' }),
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resets a forgotten password through the mailed link', async () => {
    const user = await t.ctx.newApplicant();
    const context = await newContext(browser, base);
    const page = await context.newPage();
    const errors = watchErrors(page);

    // a link that does not work says so
    await page.goto('/verify-email?token=deze-link-bestaat-helemaal-niet');
    await expectHeading(page, 'E-mailadres bevestigen');
    await page.getByText('Deze link werkt niet.').waitFor();
    await expectAccessible(page, 'verify e-mail, invalid link');

    await page.goto('/aanmelden');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await expectHeading(page, 'Wachtwoord vergeten');
    await expectAccessible(page, 'forgot password');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await expectAccessible(page, 'forgot password with errors');
    await page.fill('#email', user.email);
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByText(`Als er een account bestaat voor ${user.email}`).waitFor();
    await expectAccessible(page, 'forgot password, mail sent');

    const token = await t.ctx.mailedToken(user.email, 'password-reset');
    await page.goto(`/reset-password?token=${encodeURIComponent(token)}`);
    await expectHeading(page, 'Nieuw wachtwoord kiezen');
    await expectAccessible(page, 'reset password');
    await page.fill('#password', 'te kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await expectAccessible(page, 'reset password with errors');
    await page.fill('#password', 'een nieuw en lang wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Uw nieuwe wachtwoord is opgeslagen.').waitFor();
    await expectAccessible(page, 'reset password, done');

    // the link works once
    await page.goto(`/reset-password?token=${encodeURIComponent(token)}`);
    await page.fill('#password', 'nog een ander wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Deze link werkt niet').first().waitFor();

    // the new password signs in, in the portal
    await page.goto('/aanmelden');
    await page.fill('#email', user.email);
    await page.fill('#password', 'een nieuw en lang wachtwoord');
    await page.locator('main').getByRole('button', { name: 'Aanmelden' }).click();
    await expectHeading(page, 'Mijn aanvragen');
    expect(errors).toEqual([]);
    await context.close();
  });
});
