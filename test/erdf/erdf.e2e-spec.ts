import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../../src/kernel/clock.js';
import type { ErdfProjectView } from '../../src/domains/erdf/dto/erdf.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

describe('ERDF projects', () => {
  let t: TestApp;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
  });
  afterAll(() => t.close());

  // One invoice, one expense: every expense of the factory has an invoice reference of its own.
  let invoices = 0;
  const expense = (partnerOrganisationId: string, overrides: Record<string, unknown> = {}) => ({
    partnerOrganisationId,
    category: 'staff',
    amountCents: 100_000,
    incurredOn: '2018-03-01',
    paidOn: '2018-03-31',
    description: 'Salary costs, March 2018',
    invoiceRef: `PAY-2018-${++invoices}`,
    ...overrides,
  });

  const addExpense = async (project: ErdfProjectView, body: Record<string, unknown>) =>
    (
      await t.http
        .post(`/api/erdf-projects/${project.id}/expenses`)
        .set('Authorization', staff.auth)
        .send(body)
        .expect(201)
    ).body as { id: string; amountCents: number };

  describe('projects and the financing plan', () => {
    it('creates a project with partners, budgets, financing and its four-month reporting periods', async () => {
      const [coordinator, partner] = await Promise.all([
        t.ctx.newOrganisation(undefined, { kind: 'public_body' }),
        t.ctx.newOrganisation(undefined, { kind: 'non_profit' }),
      ]);
      const res = await t.http
        .post('/api/erdf-projects')
        .set('Authorization', staff.auth)
        .send({
          projectNumber: '9001',
          title: 'Internationalisation test',
          startDate: '2017-06-01',
          endDate: '2019-05-31',
          coordinatorOrganisationId: coordinator.id,
          partners: [
            { organisationId: partner.id, budgetCents: 20_000_000 },
            { organisationId: coordinator.id, budgetCents: 30_000_000 },
          ],
          financing: { erdfRatePct: 40, provinceRatePct: 40, ownContributionRatePct: 20 },
        })
        .expect(201);
      expect(res.body).toMatchObject({
        projectNumber: '9001',
        coordinatorOrganisationId: coordinator.id,
        financing: { erdfRatePct: 40, provinceRatePct: 40, ownContributionRatePct: 20 },
        budgetCents: 50_000_000,
      });
      expect(res.body.partners[0]).toMatchObject({ organisationId: coordinator.id, budgetCents: 30_000_000 });
      expect(res.body.periods).toHaveLength(6);
      expect(res.body.periods[5]).toEqual({ number: 6, from: '2019-02-01', to: '2019-05-31' });

      const audit = await t.http
        .get(`/api/audit?entity=erdf_project&entityId=${res.body.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(audit.body.items[0]).toMatchObject({ action: 'erdf_project.created' });

      const dup = await t.http
        .post('/api/erdf-projects')
        .set('Authorization', staff.auth)
        .send({
          projectNumber: '9001',
          title: 'Again',
          startDate: '2017-06-01',
          endDate: '2019-05-31',
          coordinatorOrganisationId: coordinator.id,
          partners: [{ organisationId: coordinator.id, budgetCents: 1 }],
          financing: { erdfRatePct: 40, provinceRatePct: 40, ownContributionRatePct: 20 },
        })
        .expect(409);
      expect(dup.body.code).toBe('ALREADY_EXISTS');
    });

    it('rejects a financing plan with ERDF 45 % and an own contribution of 10 %', async () => {
      const org = await t.ctx.newOrganisation();
      const res = await t.http
        .post('/api/erdf-projects')
        .set('Authorization', staff.auth)
        .send({
          projectNumber: '9002',
          title: 'Too generous',
          startDate: '2017-06-01',
          endDate: '2019-05-31',
          coordinatorOrganisationId: org.id,
          partners: [{ organisationId: org.id, budgetCents: 1_000_000 }],
          financing: { erdfRatePct: 45, provinceRatePct: 45, ownContributionRatePct: 10 },
        })
        .expect(422);
      expect(res.body.code).toBe('ELIGIBILITY_FAILED');
      expect(res.body.details.map((d: { rule: string }) => d.rule)).toEqual([
        'erdf_rate_max',
        'own_contribution_min',
      ]);
      const count = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM erdf_project WHERE project_number = '9002'`,
      )) as { n: number }[];
      expect(count[0].n).toBe(0);
    });

    it('rejects shares that do not add up to 100 % and a coordinator who is not a partner', async () => {
      const [a, b] = await Promise.all([t.ctx.newOrganisation(), t.ctx.newOrganisation()]);
      const body = {
        projectNumber: '9003',
        title: 'Broken plan',
        startDate: '2017-06-01',
        endDate: '2019-05-31',
        coordinatorOrganisationId: a.id,
        partners: [{ organisationId: a.id, budgetCents: 1_000_000 }],
        financing: { erdfRatePct: 40, provinceRatePct: 30, ownContributionRatePct: 20 },
      };
      const sum = await t.http
        .post('/api/erdf-projects')
        .set('Authorization', staff.auth)
        .send(body)
        .expect(422);
      expect(sum.body.details).toEqual([expect.objectContaining({ rule: 'shares_sum_100' })]);
      const coordinator = await t.http
        .post('/api/erdf-projects')
        .set('Authorization', staff.auth)
        .send({
          ...body,
          coordinatorOrganisationId: b.id,
          financing: { erdfRatePct: 40, provinceRatePct: 40, ownContributionRatePct: 20 },
        })
        .expect(400);
      expect(coordinator.body.details).toEqual([
        expect.objectContaining({ field: 'coordinatorOrganisationId' }),
      ]);
    });

    it('enforces the financing rules in the database too', async () => {
      const project = await t.ctx.newErdfProject(staff);
      await expect(
        t.dataSource.query(
          `UPDATE erdf_project SET erdf_rate_pct = 45, province_rate_pct = 35 WHERE id = $1`,
          [project.id],
        ),
      ).rejects.toThrow(/erdf_project_erdf_rate/);
    });

    it('lets only staff create projects', async () => {
      const applicant = await t.ctx.newApplicant();
      const res = await t.http
        .post('/api/erdf-projects')
        .set('Authorization', applicant.auth)
        .send({})
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });
  });

  describe('expenses', () => {
    let project: ErdfProjectView;
    let partnerId: string;

    beforeAll(async () => {
      project = await t.ctx.newErdfProject(staff);
      partnerId = project.partners[1].organisationId;
    });

    it('records an eligible expense and audits it', async () => {
      const created = await addExpense(
        project,
        expense(partnerId, { category: 'travel', amountCents: 45_678 }),
      );
      expect(created).toMatchObject({ amountCents: 45_678, claimId: null, correctsExpenseId: null });
      const audit = await t.http
        .get(`/api/audit?entity=erdf_expense&entityId=${created.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'erdf_expense.recorded',
        data: { amountCents: 45_678, partnerOrganisationId: partnerId },
      });
    });

    it('rejects an expense incurred before the project start with 422 EXPENSE_NOT_ELIGIBLE', async () => {
      const res = await t.http
        .post(`/api/erdf-projects/${project.id}/expenses`)
        .set('Authorization', staff.auth)
        .send(expense(partnerId, { incurredOn: '2017-05-31' }))
        .expect(422);
      expect(res.body.code).toBe('EXPENSE_NOT_ELIGIBLE');
      expect(res.body.details).toEqual([
        { rule: 'incurred_within_project_period', message: expect.stringContaining('2017-05-31') },
      ]);
    });

    it('rejects an expense paid after 31 Dec 2023, even when the project runs longer', async () => {
      const late = await t.ctx.newErdfProject(staff, { startDate: '2022-01-01', endDate: '2024-06-30' });
      const res = await t.http
        .post(`/api/erdf-projects/${late.id}/expenses`)
        .set('Authorization', staff.auth)
        .send(expense(late.partners[0].organisationId, { incurredOn: '2023-12-15', paidOn: '2024-01-05' }))
        .expect(422);
      expect(res.body.code).toBe('EXPENSE_NOT_ELIGIBLE');
      expect(res.body.details.map((d: { rule: string }) => d.rule)).toEqual(['paid_within_programme_window']);
    });

    it('rejects an organisation that is not a partner and an unknown category with 422', async () => {
      const stranger = await t.ctx.newOrganisation();
      const res = await t.http
        .post(`/api/erdf-projects/${project.id}/expenses`)
        .set('Authorization', staff.auth)
        .send(expense(stranger.id, { category: 'catering' }))
        .expect(422);
      expect(res.body.code).toBe('EXPENSE_NOT_ELIGIBLE');
      expect(res.body.details.map((d: { rule: string }) => d.rule)).toEqual([
        'partner_in_project',
        'category_known',
      ]);
    });

    it('rejects a negative amount and unknown fields with 400', async () => {
      const res = await t.http
        .post(`/api/erdf-projects/${project.id}/expenses`)
        .set('Authorization', staff.auth)
        .send(expense(partnerId, { amountCents: -5, vat: 21 }))
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['amountCents', 'vat']);
    });

    it('answers an unknown project with 404', async () => {
      await t.http
        .post(`/api/erdf-projects/${globalThis.crypto.randomUUID()}/expenses`)
        .set('Authorization', staff.auth)
        .send(expense(partnerId))
        .expect(404);
    });

    it('keeps the history of corrections and withdrawals', async () => {
      const original = await addExpense(project, expense(partnerId, { amountCents: 50_000 }));
      const correction = await t.http
        .post(`/api/erdf-projects/${project.id}/expenses/${original.id}/corrections`)
        .set('Authorization', staff.auth)
        .send({
          amountCents: -20_000,
          incurredOn: '2018-04-02',
          paidOn: '2018-04-02',
          description: 'Credit note',
          invoiceRef: 'CN-1',
        })
        .expect(201);
      expect(correction.body).toMatchObject({
        amountCents: -20_000,
        correctsExpenseId: original.id,
        category: 'staff',
        partnerOrganisationId: partnerId,
      });
      const tooMuch = await t.http
        .post(`/api/erdf-projects/${project.id}/expenses/${original.id}/corrections`)
        .set('Authorization', staff.auth)
        .send({
          amountCents: -30_001,
          incurredOn: '2018-04-02',
          paidOn: '2018-04-02',
          description: 'Credit note',
          invoiceRef: 'CN-2',
        })
        .expect(422);
      expect(tooMuch.body.details).toEqual([expect.objectContaining({ rule: 'correction_within_expense' })]);

      const other = await addExpense(project, expense(partnerId, { amountCents: 7_000 }));
      const withdrawn = await t.http
        .post(`/api/erdf-projects/${project.id}/expenses/${other.id}/withdraw`)
        .set('Authorization', staff.auth)
        .send({ reason: 'Booked on the wrong project' })
        .expect(200);
      expect(withdrawn.body).toMatchObject({ withdrawnReason: 'Booked on the wrong project' });
      expect(withdrawn.body.withdrawnAt).toEqual(expect.any(String));
      await t.http
        .post(`/api/erdf-projects/${project.id}/expenses/${other.id}/withdraw`)
        .set('Authorization', staff.auth)
        .send({ reason: 'again' })
        .expect(409);

      // Nothing is deleted: the list still shows the original, its correction and the withdrawn one.
      const list = await t.http
        .get(`/api/erdf-projects/${project.id}/expenses?partnerOrganisationId=${partnerId}&limit=50`)
        .set('Authorization', staff.auth)
        .expect(200);
      const ids = list.body.items.map((e: { id: string }) => e.id);
      expect(ids).toEqual(expect.arrayContaining([original.id, correction.body.id, other.id]));
      const actions = (await t.dataSource.query(
        `SELECT action FROM audit_event WHERE entity = 'erdf_expense' AND entity_id = ANY($1) ORDER BY seq`,
        [[correction.body.id, other.id]],
      )) as { action: string }[];
      expect(actions.map((a) => a.action)).toEqual([
        'erdf_expense.corrected',
        'erdf_expense.recorded',
        'erdf_expense.withdrawn',
      ]);
    });
  });

  describe('claims', () => {
    it('computes the flat rate and the ERDF share per partner to the cent, then submits and pays', async () => {
      const project = await t.ctx.newErdfProject(staff);
      const [a, b] = project.partners.map((p) => p.organisationId);
      // Hand-computed (see src/erdf/claims.spec.ts):
      // A: staff 1 234 567 + travel 100 001; flat 185 185; eligible 1 519 753; ERDF 40 % → 607 901.
      // B: staff 333 333 + equipment 50 000; flat 49 999; eligible 433 332; ERDF 40 % → 173 332.
      await addExpense(project, expense(a, { amountCents: 1_234_567, paidOn: '2018-02-28' }));
      await addExpense(project, expense(a, { category: 'travel', amountCents: 100_001 }));
      await addExpense(project, expense(b, { amountCents: 333_333, paidOn: '2018-05-31' }));
      await addExpense(project, expense(b, { category: 'equipment', amountCents: 50_000 }));
      // Paid outside the period: not in this claim.
      await addExpense(project, expense(a, { amountCents: 999, paidOn: '2018-06-01' }));

      const res = await t.http
        .post(`/api/erdf-projects/${project.id}/claims`)
        .set('Authorization', staff.auth)
        .send({ periodFrom: '2018-02-01', periodTo: '2018-05-31' })
        .expect(201);
      expect(res.body).toMatchObject({
        number: 1,
        status: 'draft',
        expenseCount: 4,
        dueBy: null,
        totals: {
          expensesCents: 1_717_901,
          staffCents: 1_567_900,
          flatRateCents: 235_184,
          eligibleCents: 1_953_085,
          erdfCents: 781_233,
        },
      });
      const byPartner = Object.fromEntries(
        res.body.partners.map((p: { organisationId: string }) => [p.organisationId, p]),
      );
      expect(byPartner[a]).toMatchObject({
        flatRateCents: 185_185,
        eligibleCents: 1_519_753,
        erdfCents: 607_901,
      });
      expect(byPartner[b]).toMatchObject({
        flatRateCents: 49_999,
        eligibleCents: 433_332,
        erdfCents: 173_332,
      });

      const clock = t.ctx.get(Clock);
      clock.travelTo(new Date('2018-06-10T09:00:00Z'));
      try {
        const submitted = await t.http
          .post(`/api/erdf-projects/${project.id}/claims/${res.body.id}/submit`)
          .set('Authorization', staff.auth)
          .send({ submittedOn: '2018-06-10' })
          .expect(200);
        expect(submitted.body).toMatchObject({
          status: 'submitted',
          submittedOn: '2018-06-10',
          dueBy: '2018-09-10',
        });
        await t.http
          .post(`/api/erdf-projects/${project.id}/claims/${res.body.id}/submit`)
          .set('Authorization', staff.auth)
          .send({ submittedOn: '2018-06-10' })
          .expect(409);
        const early = await t.http
          .post(`/api/erdf-projects/${project.id}/claims/${res.body.id}/paid`)
          .set('Authorization', staff.auth)
          .send({ paidOn: '2018-06-01', paidCents: 781_233 })
          .expect(400);
        expect(early.body.details).toEqual([expect.objectContaining({ field: 'paidOn' })]);
        const paid = await t.http
          .post(`/api/erdf-projects/${project.id}/claims/${res.body.id}/paid`)
          .set('Authorization', staff.auth)
          .send({ paidOn: '2018-06-10', paidCents: 781_233 })
          .expect(200);
        expect(paid.body).toMatchObject({ status: 'paid', paidOn: '2018-06-10', paidCents: 781_233 });
      } finally {
        clock.reset();
      }
      const actions = (await t.dataSource.query(
        `SELECT action FROM audit_event WHERE entity = 'erdf_claim' AND entity_id = $1 ORDER BY seq`,
        [res.body.id],
      )) as { action: string }[];
      expect(actions.map((x) => x.action)).toEqual([
        'erdf_claim.created',
        'erdf_claim.submitted',
        'erdf_claim.paid',
      ]);
    });

    it('never includes an expense in two claims over overlapping periods', async () => {
      const project = await t.ctx.newErdfProject(staff);
      const p = project.partners[0].organisationId;
      const march = await addExpense(project, expense(p, { paidOn: '2018-03-15' }));
      const april = await addExpense(project, expense(p, { paidOn: '2018-04-15' }));
      const first = await t.http
        .post(`/api/erdf-projects/${project.id}/claims`)
        .set('Authorization', staff.auth)
        .send({ periodFrom: '2018-02-01', periodTo: '2018-05-31' })
        .expect(201);
      expect(first.body.expenseIds.sort()).toEqual([march.id, april.id].sort());

      const july = await addExpense(project, expense(p, { paidOn: '2018-07-01', incurredOn: '2018-06-15' }));
      const second = await t.http
        .post(`/api/erdf-projects/${project.id}/claims`)
        .set('Authorization', staff.auth)
        .send({ periodFrom: '2018-04-01', periodTo: '2018-09-30' })
        .expect(201);
      expect(second.body.expenseIds).toEqual([july.id]);
      expect(second.body.number).toBe(2);

      const again = await t.http
        .post(`/api/erdf-projects/${project.id}/claims`)
        .set('Authorization', staff.auth)
        .send({ periodFrom: '2018-01-01', periodTo: '2018-12-31' })
        .expect(409);
      expect(again.body.code).toBe('ALREADY_EXISTS');

      // A claimed expense cannot be withdrawn: it is corrected instead.
      await t.http
        .post(`/api/erdf-projects/${project.id}/expenses/${march.id}/withdraw`)
        .set('Authorization', staff.auth)
        .send({ reason: 'wrong' })
        .expect(409);

      // The database refuses a second claim line for the same expense, whatever the code does.
      await expect(
        t.dataSource.query(
          `INSERT INTO erdf_claim_line (claim_id, expense_id, amount_cents) VALUES ($1, $2, 1)`,
          [second.body.id, march.id],
        ),
      ).rejects.toThrow(/erdf_claim_line_expense_key/);
    });

    it('lets only one of two concurrent claims over the same period take the expenses', async () => {
      const project = await t.ctx.newErdfProject(staff);
      const p = project.partners[1].organisationId;
      const ids: string[] = [];
      for (const day of ['10', '11', '12', '13']) {
        ids.push((await addExpense(project, expense(p, { paidOn: `2018-03-${day}` }))).id);
      }
      const claim = () =>
        t.http
          .post(`/api/erdf-projects/${project.id}/claims`)
          .set('Authorization', staff.auth)
          .send({ periodFrom: '2018-02-01', periodTo: '2018-05-31' });
      const results = await Promise.all([claim(), claim()]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const winner = results.find((r) => r.status === 201)!;
      expect(winner.body.expenseIds.sort()).toEqual(ids.sort());
      const lines = (await t.dataSource.query(
        `SELECT l.expense_id FROM erdf_claim_line l JOIN erdf_claim c ON c.id = l.claim_id WHERE c.project_id = $1`,
        [project.id],
      )) as { expense_id: string }[];
      expect(lines).toHaveLength(4);
    });

    it('claims the next reporting period when no dates are given', async () => {
      const project = await t.ctx.newErdfProject(staff);
      const p = project.partners[0].organisationId;
      await addExpense(project, expense(p, { incurredOn: '2017-07-01', paidOn: '2017-07-31' }));
      await addExpense(project, expense(p, { incurredOn: '2017-11-01', paidOn: '2017-11-30' }));
      const first = await t.http
        .post(`/api/erdf-projects/${project.id}/claims`)
        .set('Authorization', staff.auth)
        .send({})
        .expect(201);
      expect(first.body).toMatchObject({ periodFrom: '2017-06-01', periodTo: '2017-09-30', expenseCount: 1 });
      const second = await t.http
        .post(`/api/erdf-projects/${project.id}/claims`)
        .set('Authorization', staff.auth)
        .send({})
        .expect(201);
      expect(second.body).toMatchObject({
        periodFrom: '2017-10-01',
        periodTo: '2018-01-31',
        expenseCount: 1,
      });
    });
  });

  describe('indicators, activities and the report', () => {
    it('reports per partner and category, with totals equal to the sum of the expenses', async () => {
      const project = await t.ctx.newErdfProject(staff);
      const [a, b, c] = project.partners.map((p) => p.organisationId);
      const amounts: [string, string, number, string][] = [
        [a, 'staff', 1_000_000, '2018-03-01'],
        [a, 'travel', 123_456, '2018-03-05'],
        [a, 'external_expertise', 250_000, '2018-07-05'],
        [b, 'staff', 500_001, '2018-03-10'],
        [b, 'equipment', 75_000, '2018-08-01'],
        [c, 'other', 9_999, '2018-09-01'],
      ];
      const ids: string[] = [];
      for (const [partner, category, amountCents, paidOn] of amounts) {
        ids.push((await addExpense(project, expense(partner, { category, amountCents, paidOn }))).id);
      }
      // A correction lowers A's staff costs; a withdrawn expense does not count.
      await t.http
        .post(`/api/erdf-projects/${project.id}/expenses/${ids[0]}/corrections`)
        .set('Authorization', staff.auth)
        .send({
          amountCents: -100_000,
          incurredOn: '2018-08-01',
          paidOn: '2018-08-01',
          description: 'fix',
          invoiceRef: 'CN',
        })
        .expect(201);
      const gone = await addExpense(project, expense(c, { amountCents: 42, paidOn: '2018-09-02' }));
      await t.http
        .post(`/api/erdf-projects/${project.id}/expenses/${gone.id}/withdraw`)
        .set('Authorization', staff.auth)
        .send({ reason: 'duplicate' })
        .expect(200);
      const claim = await t.http
        .post(`/api/erdf-projects/${project.id}/claims`)
        .set('Authorization', staff.auth)
        .send({ periodFrom: '2018-02-01', periodTo: '2018-05-31' })
        .expect(201);

      await t.http
        .post(`/api/erdf-projects/${project.id}/indicators`)
        .set('Authorization', staff.auth)
        .send({ code: 'O1', name: 'Companies supported', kind: 'output', unit: 'companies', target: 60 })
        .expect(201);
      await t.http
        .post(`/api/erdf-projects/${project.id}/indicators`)
        .set('Authorization', staff.auth)
        .send({ code: 'R1', name: 'Companies exporting', kind: 'result', unit: 'companies', target: 20 })
        .expect(201);
      const dupIndicator = await t.http
        .post(`/api/erdf-projects/${project.id}/indicators`)
        .set('Authorization', staff.auth)
        .send({ code: 'O1', name: 'Again', kind: 'output', unit: 'x', target: 1 })
        .expect(409);
      expect(dupIndicator.body.code).toBe('ALREADY_EXISTS');
      for (const [code, on, value] of [
        ['O1', '2018-03-31', 20],
        ['O1', '2018-09-30', 25],
        ['R1', '2018-12-31', 12],
        ['R1', '2018-06-30', 5],
      ] as const) {
        await t.http
          .post(`/api/erdf-projects/${project.id}/indicators/${code}/values`)
          .set('Authorization', staff.auth)
          .send({ on, value })
          .expect(201);
      }
      await t.http
        .post(`/api/erdf-projects/${project.id}/indicators/NOPE/values`)
        .set('Authorization', staff.auth)
        .send({ on: '2018-01-01', value: 1 })
        .expect(404);
      const activity = await t.http
        .post(`/api/erdf-projects/${project.id}/activities`)
        .set('Authorization', staff.auth)
        .send({
          kind: 'conference',
          title: 'Life-on-Chip',
          startDate: '2019-02-12',
          place: 'Leuven',
          participants: 143,
          indicatorCodes: ['O1'],
        })
        .expect(201);
      expect(activity.body).toMatchObject({ participants: 143, indicatorCodes: ['O1'], endDate: null });
      await t.http
        .post(`/api/erdf-projects/${project.id}/activities`)
        .set('Authorization', staff.auth)
        .send({ kind: 'training', title: 'Late', startDate: '2019-06-01', place: 'Leuven' })
        .expect(400);

      const report = await t.http
        .get(`/api/erdf-projects/${project.id}/report`)
        .set('Authorization', staff.auth)
        .expect(200);
      const [sums] = (await t.dataSource.query(
        `SELECT SUM(amount_cents)::int AS spent FROM erdf_expense WHERE project_id = $1 AND withdrawn_at IS NULL`,
        [project.id],
      )) as { spent: number }[];
      const expectedSpent = amounts.reduce((s, [, , cents]) => s + cents, 0) - 100_000;
      expect(sums.spent).toBe(expectedSpent);
      expect(report.body.totals).toMatchObject({
        budgetCents: 24_000_000,
        spentCents: expectedSpent,
        claimedCents: 1_000_000 + 123_456 + 500_001,
        remainingCents: 24_000_000 - expectedSpent,
        flatRateClaimedCents: claim.body.totals.flatRateCents,
        erdfClaimedCents: claim.body.totals.erdfCents,
        erdfPaidCents: 0,
      });
      const partnerA = report.body.partners.find((p: { organisationId: string }) => p.organisationId === a);
      expect(partnerA).toMatchObject({
        budgetCents: 10_000_000,
        spentCents: 1_273_456,
        claimedCents: 1_123_456,
      });
      expect(partnerA.categories).toEqual([
        { category: 'external_expertise', spentCents: 250_000, claimedCents: 0 },
        { category: 'staff', spentCents: 900_000, claimedCents: 1_000_000 },
        { category: 'travel', spentCents: 123_456, claimedCents: 123_456 },
      ]);
      const partnerC = report.body.partners.find((p: { organisationId: string }) => p.organisationId === c);
      expect(partnerC).toMatchObject({
        spentCents: 9_999,
        claimedCents: 0,
        remainingCents: 6_000_000 - 9_999,
      });
      // Totals equal the sum over partners and categories.
      const categorySum = report.body.partners
        .flatMap((p: { categories: { spentCents: number }[] }) => p.categories)
        .reduce((s: number, cat: { spentCents: number }) => s + cat.spentCents, 0);
      expect(categorySum).toBe(report.body.totals.spentCents);
      expect(report.body.claims).toHaveLength(1);
      expect(report.body.indicators).toEqual([
        expect.objectContaining({ code: 'O1', target: 60, achieved: 45, achievedPct: 75, activityCount: 1 }),
        expect.objectContaining({ code: 'R1', target: 20, achieved: 12, achievedPct: 60, activityCount: 0 }),
      ]);
      const valueAudit = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'erdf_indicator.value_recorded' AND data->>'projectId' = $1`,
        [project.id],
      )) as { n: number }[];
      expect(valueAudit[0].n).toBe(4);
    });
  });

  describe('access', () => {
    it('lets members of a partner organisation read their project, never write, and keeps others out', async () => {
      const member = await t.ctx.newApplicant();
      const outsider = await t.ctx.newApplicant();
      const org = await t.ctx.newOrganisation(member, { kind: 'non_profit' });
      const other = await t.ctx.newOrganisation(undefined, { kind: 'non_profit' });
      const project = await t.ctx.newErdfProject(staff, {
        coordinatorOrganisationId: other.id,
        partners: [
          { organisationId: other.id, budgetCents: 1_000_000 },
          { organisationId: org.id, budgetCents: 500_000 },
        ],
      });
      await t.http
        .get(`/api/erdf-projects/${project.id}/report`)
        .set('Authorization', member.auth)
        .expect(200);
      await t.http.get(`/api/erdf-projects/${project.id}`).set('Authorization', member.auth).expect(200);
      const mine = await t.http.get('/api/erdf-projects').set('Authorization', member.auth).expect(200);
      expect(mine.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: project.id })] });
      await t.http
        .post(`/api/erdf-projects/${project.id}/expenses`)
        .set('Authorization', member.auth)
        .send(expense(org.id))
        .expect(403);
      await t.http
        .get(`/api/erdf-projects/${project.id}/report`)
        .set('Authorization', outsider.auth)
        .expect(404);
      const none = await t.http.get('/api/erdf-projects').set('Authorization', outsider.auth).expect(200);
      expect(none.body).toEqual({ items: [], total: 0 });
      const evaluator = await t.ctx.newEvaluator();
      await t.http.get(`/api/erdf-projects/${project.id}`).set('Authorization', evaluator.auth).expect(403);
    });
  });
});
