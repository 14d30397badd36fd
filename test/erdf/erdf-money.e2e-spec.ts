import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ErdfProjectView } from '../../src/domains/erdf/dto/erdf.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

/** Issue #18, ERDF items 1–5: caps, one invoice one expense, payments, real dates, office costs. */
describe('ERDF money, round two', () => {
  let t: TestApp;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
  });
  afterAll(() => t.close());

  let invoices = 0;
  const addExpense = (project: ErdfProjectView, body: Record<string, unknown>, status = 201) =>
    t.http
      .post(`/api/erdf-projects/${project.id}/expenses`)
      .set('Authorization', staff.auth)
      .send({
        category: 'travel',
        incurredOn: '2017-07-01',
        paidOn: '2017-07-31',
        description: 'Costs',
        invoiceRef: `INV-${++invoices}`,
        ...body,
      })
      .expect(status);

  const claim = async (project: ErdfProjectView, periodFrom: string, periodTo: string) =>
    (
      await t.http
        .post(`/api/erdf-projects/${project.id}/claims`)
        .set('Authorization', staff.auth)
        .send({ periodFrom, periodTo })
        .expect(201)
    ).body as {
      id: string;
      totals: { erdfCents: number; erdfCappedCents: number };
      partners: { organisationId: string; erdfCents: number; erdfCappedCents: number }[];
    };

  const report = async (project: ErdfProjectView) =>
    (await t.http.get(`/api/erdf-projects/${project.id}/report`).set('Authorization', staff.auth).expect(200))
      .body as {
      partners: {
        organisationId: string;
        remainingCents: number;
        notClaimableCents: number;
        erdfClaimedCents: number;
        erdfCapCents: number;
      }[];
      totals: { erdfClaimedCents: number; erdfApprovedCents: number; notClaimableCents: number };
    };

  it('1. caps a partner at rate × budget over all claims and reports spending above the budget as not claimable', async () => {
    // The reproduced case: a partner with a € 300.000 budget at 40 % may receive at most € 120.000.
    const org = await t.ctx.newOrganisation(undefined, { kind: 'non_profit' });
    const project = await t.ctx.newErdfProject(staff, {
      coordinatorOrganisationId: org.id,
      partners: [{ organisationId: org.id, budgetCents: 30_000_000 }],
    });
    await addExpense(project, { partnerOrganisationId: org.id, amountCents: 25_000_000 });
    const first = await claim(project, '2017-06-01', '2017-09-30');
    expect(first.totals).toMatchObject({ erdfCents: 10_000_000, erdfCappedCents: 0 });
    await addExpense(project, {
      partnerOrganisationId: org.id,
      amountCents: 88_732_000,
      incurredOn: '2017-10-05',
      paidOn: '2017-10-31',
    });
    const second = await claim(project, '2017-10-01', '2018-01-31');
    // 40 % of 887 320 € would be 354 928 €; only 20 000 € of the cap are left.
    expect(second.totals).toMatchObject({ erdfCents: 2_000_000, erdfCappedCents: 33_492_800 });
    const r = await report(project);
    expect(r.partners[0]).toMatchObject({
      remainingCents: 0,
      notClaimableCents: 83_732_000,
      erdfClaimedCents: 12_000_000,
      erdfCapCents: 12_000_000,
    });
    expect(r.totals.erdfClaimedCents).toBeLessThanOrEqual(r.totals.erdfApprovedCents);
  });

  it('1. keeps the project within its approved ERDF amount', async () => {
    const [a, b] = await Promise.all([
      t.ctx.newOrganisation(undefined, { kind: 'non_profit' }),
      t.ctx.newOrganisation(undefined, { kind: 'non_profit' }),
    ]);
    const tooMuch = await t.http
      .post('/api/erdf-projects')
      .set('Authorization', staff.auth)
      .send({
        projectNumber: `AP-${Date.now()}`,
        title: 'Approved above the rate',
        startDate: '2017-06-01',
        endDate: '2019-05-31',
        coordinatorOrganisationId: a.id,
        partners: [{ organisationId: a.id, budgetCents: 1_000_000 }],
        financing: { erdfRatePct: 40, provinceRatePct: 40, ownContributionRatePct: 20 },
        erdfApprovedCents: 400_001,
      })
      .expect(422);
    expect(tooMuch.body.code).toBe('ELIGIBILITY_FAILED');
    const project = await t.ctx.newErdfProject(staff, {
      coordinatorOrganisationId: a.id,
      partners: [
        { organisationId: a.id, budgetCents: 10_000_000 },
        { organisationId: b.id, budgetCents: 10_000_000 },
      ],
      erdfApprovedCents: 5_000_000,
    });
    expect(project.erdfApprovedCents).toBe(5_000_000);
    await addExpense(project, { partnerOrganisationId: a.id, amountCents: 10_000_000 });
    await addExpense(project, { partnerOrganisationId: b.id, amountCents: 10_000_000 });
    const c = await claim(project, '2017-06-01', '2017-09-30');
    expect(c.totals).toMatchObject({ erdfCents: 5_000_000, erdfCappedCents: 3_000_000 });
    const r = await report(project);
    expect(r.totals).toMatchObject({ erdfClaimedCents: 5_000_000, erdfApprovedCents: 5_000_000 });
  });

  it('2. records one invoice of a partner once: a second expense with it is 409 ALREADY_EXISTS', async () => {
    const project = await t.ctx.newErdfProject(staff);
    const [a, b] = project.partners.map((p) => p.organisationId);
    const first = await addExpense(project, {
      partnerOrganisationId: a,
      amountCents: 1000,
      invoiceRef: 'F-1',
    });
    const again = await addExpense(
      project,
      { partnerOrganisationId: a, amountCents: 500, invoiceRef: 'F-1' },
      409,
    );
    expect(again.body).toMatchObject({ code: 'ALREADY_EXISTS' });
    expect(again.body.message).toContain(first.body.id);
    // Another partner's invoice may carry the same number; a correction keeps its own reference.
    await addExpense(project, { partnerOrganisationId: b, amountCents: 1000, invoiceRef: 'F-1' });
    await t.http
      .post(`/api/erdf-projects/${project.id}/expenses/${first.body.id}/corrections`)
      .set('Authorization', staff.auth)
      .send({
        amountCents: -100,
        incurredOn: '2017-08-01',
        paidOn: '2017-08-01',
        description: 'Credit',
        invoiceRef: 'F-1',
      })
      .expect(201);
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM erdf_expense WHERE project_id = $1 AND invoice_ref = 'F-1' AND corrects_expense_id IS NULL`,
      [project.id],
    )) as { n: number }[];
    expect(n).toBe(2);
  });

  it('3 and 4. submits on a past date and records partial and full payments, never above the claimed ERDF', async () => {
    const project = await t.ctx.newErdfProject(staff);
    const a = project.partners[0].organisationId;
    await addExpense(project, { partnerOrganisationId: a, amountCents: 1_000_000 });
    const c = await claim(project, '2017-06-01', '2017-09-30');
    expect(c.totals.erdfCents).toBe(400_000);
    const url = `/api/erdf-projects/${project.id}/claims/${c.id}`;

    // Real dates: before the period ends, after the programme's last day for requests, or in the future: 400.
    for (const submittedOn of ['2017-09-29', '2024-08-01', '2999-01-01']) {
      const bad = await t.http
        .post(`${url}/submit`)
        .set('Authorization', staff.auth)
        .send({ submittedOn })
        .expect(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'submittedOn' })]);
    }
    const submitted = await t.http
      .post(`${url}/submit`)
      .set('Authorization', staff.auth)
      .send({ submittedOn: '2017-10-20' })
      .expect(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      submittedOn: '2017-10-20',
      dueBy: '2018-01-20',
    });

    // The README's example: paid on 2017-12-15, here in two parts.
    const above = await t.http
      .post(`${url}/paid`)
      .set('Authorization', staff.auth)
      .send({ paidOn: '2017-12-15', paidCents: 400_001 })
      .expect(422);
    expect(above.body.code).toBe('PAYMENT_EXCEEDS_GRANT');
    const part = await t.http
      .post(`${url}/paid`)
      .set('Authorization', staff.auth)
      .send({ paidOn: '2017-12-15', paidCents: 300_000 })
      .expect(200);
    expect(part.body).toMatchObject({ status: 'partially_paid', paidCents: 300_000, paidOn: '2017-12-15' });
    await t.http
      .post(`${url}/paid`)
      .set('Authorization', staff.auth)
      .send({ paidOn: '2018-01-10', paidCents: 100_001 })
      .expect(422);
    const rest = await t.http
      .post(`${url}/paid`)
      .set('Authorization', staff.auth)
      .send({ paidOn: '2018-01-10', paidCents: 100_000 })
      .expect(200);
    expect(rest.body).toMatchObject({
      status: 'paid',
      paidCents: 400_000,
      paidOn: '2018-01-10',
      payments: [
        { paidOn: '2017-12-15', amountCents: 300_000 },
        { paidOn: '2018-01-10', amountCents: 100_000 },
      ],
    });
    await t.http
      .post(`${url}/paid`)
      .set('Authorization', staff.auth)
      .send({ paidOn: '2018-01-11', paidCents: 1 })
      .expect(409);
    const actions = (await t.dataSource.query(
      `SELECT action FROM audit_event WHERE entity = 'erdf_claim' AND entity_id = $1 ORDER BY seq`,
      [c.id],
    )) as { action: string }[];
    expect(actions.map((x) => x.action)).toEqual([
      'erdf_claim.created',
      'erdf_claim.submitted',
      'erdf_claim.partially_paid',
      'erdf_claim.paid',
    ]);
  });

  it('5. refuses office and administration costs while the 15 % flat rate applies, accepts them without it', async () => {
    const withFlat = await t.ctx.newErdfProject(staff);
    const refused = await addExpense(
      withFlat,
      {
        partnerOrganisationId: withFlat.partners[0].organisationId,
        category: 'office_admin',
        amountCents: 1000,
      },
      422,
    );
    expect(refused.body.code).toBe('EXPENSE_NOT_ELIGIBLE');
    expect(refused.body.details.map((d: { rule: string }) => d.rule)).toEqual([
      'office_admin_under_flat_rate',
    ]);

    const real = await t.ctx.newErdfProject(staff, { officeFlatRate: false });
    const p = real.partners[0].organisationId;
    await addExpense(real, { partnerOrganisationId: p, category: 'office_admin', amountCents: 10_000 });
    await addExpense(real, { partnerOrganisationId: p, category: 'staff', amountCents: 100_000 });
    const c = await claim(real, '2017-06-01', '2017-09-30');
    expect(c.partners[0]).toMatchObject({ erdfCents: 44_000 });
    expect((c as unknown as { totals: { flatRateCents: number } }).totals.flatRateCents).toBe(0);
  });
});
