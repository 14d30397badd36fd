import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApplicationView } from '../../src/domains/applications/dto/application.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { TEST_PAYEE_IBAN, type TestUser } from '../utils/factories.js';

describe('Payments and the final report', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;

  let backToToday: () => void;
  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
    applicant = await t.ctx.newApplicant();
    // Final reports are accepted, and balances paid, once the projects (ending 2028-12-31) have ended.
    backToToday = t.ctx.afterProjectEnd();
  });
  afterAll(() => {
    backToToday();
    return t.close();
  });

  /** An application approved for `grantedCents` (eligible costs € 250.000, 50 %). */
  async function approved(grantedCents: number, budgetCents = 50_000_000) {
    const call = await t.ctx.newCall({ budgetCents });
    const application = await t.ctx.approvedApplication(applicant, grantedCents, { callId: call.id }, staff);
    return { call, application };
  }
  const pay = (applicationId: string, body: Record<string, unknown>, key?: string) => {
    const req = t.http.post(`/api/applications/${applicationId}/payments`).set('Authorization', staff.auth);
    if (key) req.set('Idempotency-Key', key);
    return req.send({ payeeIban: TEST_PAYEE_IBAN, ...body });
  };
  const budget = async (callId: string) =>
    (await t.http.get(`/api/calls/${callId}/budget`).set('Authorization', staff.auth).expect(200)).body;
  const count = async (sql: string, params: unknown[]) =>
    ((await t.dataSource.query(sql, params)) as { n: number }[])[0].n;
  /** Actual costs as the coordinator reports them: each partner's eligible staff costs. */
  const report = (application: ApplicationView, coordinatorCents: number, partnerCents: number) => ({
    summary: 'Het prototype is gevalideerd.',
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
      {
        organisationId: application.partners.find((p) => p.role === 'partner')!.organisationId,
        category: 'investment',
        description: 'Labo-uitrusting (niet subsidiabel)',
        amountCents: 1_000_000,
      },
    ],
  });
  const submitReport = (applicationId: string, body: object, user: TestUser = applicant) =>
    t.http.post(`/api/applications/${applicationId}/final-report`).set('Authorization', user.auth).send(body);
  const accept = (applicationId: string, version = 1) =>
    t.http
      .post(`/api/applications/${applicationId}/final-report/accept`)
      .set('Authorization', staff.auth)
      .send({ version });

  it('pays the advance at the programme percentage of the grant by default, rounded down', async () => {
    const { call, application } = await approved(9_999_999);
    const res = await pay(application.id, { kind: 'advance' }).expect(201);
    expect(res.body).toMatchObject({
      applicationId: application.id,
      kind: 'advance',
      amountCents: 4_999_999,
    });
    expect(await budget(call.id)).toMatchObject({ committedCents: 9_999_999, paidCents: 4_999_999 });
    const list = await t.http
      .get(`/api/applications/${application.id}/payments`)
      .set('Authorization', applicant.auth)
      .expect(200);
    expect(list.body).toMatchObject({
      total: 1,
      grantCents: 9_999_999,
      paidCents: 4_999_999,
      remainingCents: 5_000_000,
    });
    const audit = await count(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'payment.advance' AND entity_id = $1`,
      [res.body.id],
    );
    expect(audit).toBe(1);
    // One advance per grant.
    const again = await pay(application.id, { kind: 'advance', amountCents: 1 }).expect(409);
    expect(again.body.code).toBe('ALREADY_EXISTS');
  });

  it('never pays more than the grant (422 PAYMENT_EXCEEDS_GRANT) and moves no money then', async () => {
    const { call, application } = await approved(5_000_000);
    const res = await pay(application.id, { kind: 'advance', amountCents: 5_000_001 }).expect(422);
    expect(res.body.code).toBe('PAYMENT_EXCEEDS_GRANT');
    expect(res.body.details).toMatchObject({
      grantCents: 5_000_000,
      paidCents: 0,
      remainingCents: 5_000_000,
    });
    expect(await budget(call.id)).toMatchObject({ paidCents: 0 });
    expect(
      await count('SELECT count(*)::int AS n FROM payment WHERE application_id = $1', [application.id]),
    ).toBe(0);
    await pay(application.id, { kind: 'advance', amountCents: 5_000_000 }).expect(201);
    // The balance waits for the final report; afterwards nothing is left to pay.
    const early = await pay(application.id, { kind: 'balance' }).expect(409);
    expect(early.body.code).toBe('INVALID_TRANSITION');
  });

  it('refuses payments on applications that are not approved', async () => {
    const call = await t.ctx.newCall();
    const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
    const res = await pay(app.id, { kind: 'advance' }).expect(409);
    expect(res.body.code).toBe('INVALID_TRANSITION');
    await t.http
      .post(`/api/applications/${app.id}/payments`)
      .set('Authorization', applicant.auth)
      .send({ kind: 'advance' })
      .expect(403);
  });

  it('moves no money on a repeated Idempotency-Key', async () => {
    const { call, application } = await approved(8_000_000);
    const first = await pay(application.id, { kind: 'advance' }, 'advance-1').expect(201);
    const again = await pay(application.id, { kind: 'advance' }, 'advance-1').expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(
      await count('SELECT count(*)::int AS n FROM payment WHERE application_id = $1', [application.id]),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM budget_ledger_entry WHERE application_id = $1 AND kind = 'payment'`,
        [application.id],
      ),
    ).toBe(1);
    expect(await budget(call.id)).toMatchObject({ paidCents: 4_000_000 });
  });

  it('pays the balance after the final report and closes the application', async () => {
    const { call, application } = await approved(10_000_000);
    await pay(application.id, { kind: 'advance' }).expect(201);
    // Actual eligible costs € 260.000 carry the whole grant (50 % = € 130.000 ≥ € 100.000).
    const submitted = await submitReport(application.id, report(application, 14_000_000, 12_000_000)).expect(
      200,
    );
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      totalCostsCents: 27_000_000,
      eligibleCostsCents: 26_000_000,
      grantedCents: 10_000_000,
      finalGrantCents: 10_000_000,
      decommitCents: 0,
      balanceCents: 5_000_000,
    });
    const accepted = await accept(application.id).expect(200);
    expect(accepted.body.status).toBe('accepted');
    expect(await t.ctx.applicationStatus(application.id)).toBe('approved');
    const over = await pay(application.id, { kind: 'balance', amountCents: 5_000_001 }).expect(422);
    expect(over.body.code).toBe('PAYMENT_EXCEEDS_GRANT');
    const balance = await pay(application.id, { kind: 'balance' }).expect(201);
    expect(balance.body.amountCents).toBe(5_000_000);
    expect(await t.ctx.applicationStatus(application.id)).toBe('closed');
    expect(await budget(call.id)).toEqual({
      callId: call.id,
      budgetCents: 50_000_000,
      committedCents: 10_000_000,
      paidCents: 10_000_000,
      availableCents: 40_000_000,
    });
    const after = await pay(application.id, { kind: 'balance' }).expect(409);
    expect(after.body.code).toBe('INVALID_TRANSITION');
  });

  it('lowers the grant in proportion to the actual eligible costs and de-commits the difference', async () => {
    const { call, application } = await approved(10_000_000);
    await pay(application.id, { kind: 'advance' }).expect(201);
    // The grant is 40 % of the € 250.000 planned eligible costs. Actual eligible costs € 160.000,01 →
    // 40 % = € 64.000,004 → € 64.000,00 (rounded down): € 36.000 goes back to the call.
    await submitReport(application.id, report(application, 9_000_001, 7_000_000)).expect(200);
    const accepted = await accept(application.id).expect(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      eligibleCostsCents: 16_000_001,
      grantedCents: 10_000_000,
      finalGrantCents: 6_400_000,
      decommitCents: 3_600_000,
      recoverCents: 0,
      balanceCents: 1_400_000,
    });
    expect(await budget(call.id)).toEqual({
      callId: call.id,
      budgetCents: 50_000_000,
      committedCents: 6_400_000,
      paidCents: 5_000_000,
      availableCents: 43_600_000,
    });
    const entries = (await t.dataSource.query(
      `SELECT kind, amount_cents::text AS amount FROM budget_ledger_entry WHERE application_id = $1 ORDER BY seq`,
      [application.id],
    )) as { kind: string; amount: string }[];
    expect(entries).toEqual([
      { kind: 'commitment', amount: '10000000' },
      { kind: 'payment', amount: '5000000' },
      { kind: 'decommitment', amount: '-3600000' },
    ]);
    const decision = await t.http
      .get(`/api/applications/${application.id}/decision`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(decision.body).toMatchObject({ grantedCents: 10_000_000, finalGrantCents: 6_400_000 });
    const balance = await pay(application.id, { kind: 'balance' }).expect(201);
    expect(balance.body.amountCents).toBe(1_400_000);
    expect(await t.ctx.applicationStatus(application.id)).toBe('closed');
    const audit = await count(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'budget.decommitted' AND entity_id = $1`,
      [call.id],
    );
    expect(audit).toBe(1);
  });

  it('books a recovery when more was paid than the lowered grant, and closes the application', async () => {
    const { call, application } = await approved(10_000_000);
    await pay(application.id, { kind: 'advance', amountCents: 8_000_000 }).expect(201);
    // € 100.000 actual eligible costs → final grant 40 % = € 40.000: € 40.000 of the € 80.000 paid to recover.
    await submitReport(application.id, report(application, 6_000_000, 4_000_000)).expect(200);
    const accepted = await accept(application.id).expect(200);
    expect(accepted.body).toMatchObject({
      finalGrantCents: 4_000_000,
      decommitCents: 6_000_000,
      recoverCents: 4_000_000,
      balanceCents: 0,
    });
    expect(await t.ctx.applicationStatus(application.id)).toBe('closed');
    const entries = (await t.dataSource.query(
      `SELECT kind, amount_cents::text AS amount FROM budget_ledger_entry WHERE application_id = $1 ORDER BY seq`,
      [application.id],
    )) as { kind: string; amount: string }[];
    expect(entries).toEqual([
      { kind: 'commitment', amount: '10000000' },
      { kind: 'payment', amount: '8000000' },
      { kind: 'decommitment', amount: '-6000000' },
      { kind: 'recovery', amount: '-4000000' },
    ]);
    expect(await budget(call.id)).toMatchObject({
      committedCents: 4_000_000,
      paidCents: 4_000_000,
      availableCents: 46_000_000,
    });
    const list = await t.http
      .get(`/api/applications/${application.id}/payments`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(list.body).toMatchObject({
      grantCents: 4_000_000,
      paidCents: 4_000_000,
      recoveredCents: 4_000_000,
      remainingCents: 0,
    });
  });

  it('takes the final report from the coordinator only, and lets it be corrected until accepted', async () => {
    const { application } = await approved(10_000_000);
    const outsider = await t.ctx.newApplicant();
    await submitReport(application.id, report(application, 1, 1), outsider).expect(404);
    const wrongPartner = report(application, 1, 1);
    wrongPartner.costs[0].organisationId = (await t.ctx.newOrganisation()).id;
    const bad = await submitReport(application.id, wrongPartner).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await submitReport(application.id, report(application, 1_000_000, 1_000_000)).expect(200);
    const corrected = await submitReport(application.id, report(application, 15_000_000, 10_000_000)).expect(
      200,
    );
    expect(corrected.body).toMatchObject({
      eligibleCostsCents: 25_000_000,
      finalGrantCents: 10_000_000,
      version: 2,
    });
    // Staff reviewed version 1: the applicant changed it since.
    const stale = await accept(application.id, 1).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    await accept(application.id, 2).expect(200);
    const late = await submitReport(application.id, report(application, 1, 1)).expect(409);
    expect(late.body.code).toBe('ALREADY_SUBMITTED');
    const twice = await accept(application.id, 2).expect(409);
    expect(twice.body.code).toBe('INVALID_TRANSITION');
  });

  it('keeps the call totals equal to the sum of the ledger', async () => {
    const rows = (await t.dataSource.query(
      `SELECT c.id, c.budget_cents::text AS budget, c.committed_cents::text AS committed, c.paid_cents::text AS paid,
              COALESCE(SUM(e.amount_cents) FILTER (WHERE e.kind = 'budget'), 0)::text AS l_budget,
              COALESCE(SUM(e.amount_cents) FILTER (WHERE e.kind IN ('commitment','decommitment')), 0)::text AS l_committed,
              COALESCE(SUM(e.amount_cents) FILTER (WHERE e.kind IN ('payment','recovery')), 0)::text AS l_paid
         FROM call c LEFT JOIN budget_ledger_entry e ON e.call_id = c.id GROUP BY c.id`,
    )) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect([r.l_budget, r.l_committed, r.l_paid]).toEqual([r.budget, r.committed, r.paid]);
    }
  });
});
