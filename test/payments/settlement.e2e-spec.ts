import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApplicationView } from '../../src/domains/applications/dto/application.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { TEST_PAYEE_IBAN, type TestUser } from '../utils/factories.js';

/** Issue #18, items 7–9: the settlement rule, final report integrity, de minimis aid following the grant. */
describe('settlement rule and final report integrity', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
    applicant = await t.ctx.newApplicant();
  });
  afterAll(() => t.close());

  /** Approved for `grantedCents` on eligible costs of € 250.000 (the factories' application). */
  async function approved(grantedCents: number, settlement?: 'proportional' | 'rate_cap') {
    const programme = await t.ctx.newProgramme(settlement ? { rules: { settlement } } : {});
    const call = await t.ctx.newCall({ programmeId: programme.id });
    return t.ctx.approvedApplication(applicant, grantedCents, { callId: call.id }, staff);
  }
  const finalReport = (application: ApplicationView, coordinatorCents: number, partnerCents: number) => ({
    summary: 'Eindrapport',
    costs: [
      {
        organisationId: application.partners.find((p) => p.role === 'coordinator')!.organisationId,
        category: 'staff',
        description: 'Ingenieurs',
        amountCents: coordinatorCents,
      },
      {
        organisationId: application.partners.find((p) => p.role === 'partner')!.organisationId,
        category: 'staff',
        description: 'Onderzoekers',
        amountCents: partnerCents,
      },
    ],
  });
  const submit = (id: string, body: object) =>
    t.http.post(`/api/applications/${id}/final-report`).set('Authorization', applicant.auth).send(body);
  const accept = (id: string, version: number) =>
    t.http
      .post(`/api/applications/${id}/final-report/accept`)
      .set('Authorization', staff.auth)
      .send({ version });
  const pay = (id: string, body: object) =>
    t.http.post(`/api/applications/${id}/payments`).set('Authorization', staff.auth).send(body);

  it('7. settles proportionally by default and with the rate cap when the programme says so', async () => {
    const programme = await t.ctx.newProgramme();
    expect(programme.rules.settlement).toBe('proportional');
    // Granted € 80.000 on € 250.000 (32 %); actual eligible costs € 220.000.
    const prop = await approved(8_000_000);
    const cap = await approved(8_000_000, 'rate_cap');
    const backToToday = t.ctx.afterProjectEnd();
    try {
      await submit(prop.id, finalReport(prop, 12_000_000, 10_000_000)).expect(200);
      const p = await accept(prop.id, 1).expect(200);
      // ⌊8 000 000 × 22 000 000 ÷ 25 000 000⌋
      expect(p.body).toMatchObject({ settlement: 'proportional', finalGrantCents: 7_040_000 });

      await submit(cap.id, finalReport(cap, 12_000_000, 10_000_000)).expect(200);
      const c = await accept(cap.id, 1).expect(200);
      // min(8 000 000, max rate (≥ 40 %) × 22 000 000, 15 000 000): the grant stands.
      expect(c.body).toMatchObject({ settlement: 'rate_cap', finalGrantCents: 8_000_000, decommitCents: 0 });
    } finally {
      backToToday();
    }
  });

  it('7. caps at the maximum rate of the actual eligible costs under rate_cap', async () => {
    const application = await approved(10_000_000, 'rate_cap');
    const [{ rate }] = (await t.dataSource.query(
      'SELECT max_funding_rate_pct::text AS rate FROM decision WHERE application_id = $1',
      [application.id],
    )) as { rate: string }[];
    const backToToday = t.ctx.afterProjectEnd();
    try {
      await submit(application.id, finalReport(application, 8_000_000, 7_000_000)).expect(200);
      const res = await accept(application.id, 1).expect(200);
      expect(res.body.finalGrantCents).toBe(
        Math.min(10_000_000, Math.floor((15_000_000 * Number(rate)) / 100)),
      );
    } finally {
      backToToday();
    }
  });

  it('9. accepts only the version staff reviewed, only after the project ended; pays the balance after it too', async () => {
    const application = await approved(10_000_000);
    await pay(application.id, { kind: 'advance', payeeIban: TEST_PAYEE_IBAN }).expect(201);
    await submit(application.id, finalReport(application, 15_000_000, 10_000_000)).expect(200);
    // The project runs until 2028-12-31.
    const early = await accept(application.id, 1).expect(409);
    expect(early.body).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(early.body.message).toContain('2028-12-31');

    await submit(application.id, finalReport(application, 15_000_000, 10_000_000)).expect(200);
    const backToToday = t.ctx.afterProjectEnd();
    try {
      const stale = await accept(application.id, 1).expect(409);
      expect(stale.body).toMatchObject({
        code: 'VERSION_CONFLICT',
        details: { reviewedVersion: 1, currentVersion: 2 },
      });
      await accept(application.id, 2).expect(200);
    } finally {
      backToToday();
    }
    // The balance, too, waits for the end of the project.
    const balanceEarly = await pay(application.id, { kind: 'balance', payeeIban: TEST_PAYEE_IBAN }).expect(
      409,
    );
    expect(balanceEarly.body.message).toContain('2028-12-31');
  });

  it('9. records the payee IBAN of every payment, and requires a valid one', async () => {
    const application = await approved(10_000_000);
    const missing = await pay(application.id, { kind: 'advance' }).expect(400);
    expect(missing.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'payeeIban' })]),
    );
    await pay(application.id, { kind: 'advance', payeeIban: 'BE68 5390 0754 7035' }).expect(400);
    const paid = await pay(application.id, { kind: 'advance', payeeIban: 'be68 5390 0754 7034' }).expect(201);
    expect(paid.body.payeeIban).toBe('BE68539007547034');
    const [row] = (await t.dataSource.query('SELECT payee_iban FROM payment WHERE id = $1', [
      paid.body.id,
    ])) as {
      payee_iban: string;
    }[];
    expect(row.payee_iban).toBe('BE68539007547034');
  });

  it('8. lowers the recorded de minimis aid with correcting records when the final report lowers the grant', async () => {
    const application = await approved(10_000_000);
    const net = async () =>
      Number(
        (
          (await t.dataSource.query(
            `SELECT COALESCE(SUM(amount_cents), 0)::text AS n FROM de_minimis_aid WHERE application_id = $1`,
            [application.id],
          )) as { n: string }[]
        )[0].n,
      );
    const before = await net();
    expect(before).toBeGreaterThan(0);
    const backToToday = t.ctx.afterProjectEnd();
    try {
      await submit(application.id, finalReport(application, 7_500_000, 5_000_000)).expect(200);
      const res = await accept(application.id, 1).expect(200);
      expect(res.body.finalGrantCents).toBe(5_000_000);
    } finally {
      backToToday();
    }
    const corrections = (await t.dataSource.query(
      `SELECT amount_cents::text AS amount, corrects_aid_id FROM de_minimis_aid
        WHERE application_id = $1 AND corrects_aid_id IS NOT NULL`,
      [application.id],
    )) as { amount: string; corrects_aid_id: string }[];
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) expect(Number(c.amount)).toBeLessThan(0);
    // The aid that counted follows the grant: halved, as the grant was.
    expect(await net()).toBe(Math.floor(before / 2));
  });
});
