import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApplicationsService } from '../../src/domains/applications/applications.service.js';
import { Clock } from '../../src/kernel/clock.js';
import type { CallView } from '../../src/domains/programmes/dto/programme.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.js';

const euro = (e: number) => e * 100;
const MISSING = '7a0c3c5e-3f7e-4b8a-9b0e-1d2c3b4a5f60';

describe('applications', () => {
  let t: TestApp;
  let applicant: TestUser;
  let other: TestUser;
  let staff: TestUser;
  let evaluator: TestUser;
  let call: CallView;

  beforeAll(async () => {
    t = await createTestApp();
    [applicant, other, staff, evaluator] = await Promise.all([
      t.ctx.newApplicant(),
      t.ctx.newApplicant(),
      t.ctx.newStaff(),
      t.ctx.newEvaluator(),
    ]);
    call = await t.ctx.newCall();
  });
  afterAll(() => t.close());

  /** A consortium of the applicant's organisation (coordinator) and a new one, with the given costs. */
  async function consortium(
    opts: {
      coordinatorKind?: 'sme' | 'large_enterprise';
      partnerKind?: 'knowledge_institution' | 'sme' | 'large_enterprise';
      coordinatorCosts?: { category: string; description: string; amountCents: number }[];
      partnerCosts?: { category: string; description: string; amountCents: number }[];
    } = {},
  ) {
    const coordinator = await t.ctx.newOrganisation(applicant, { kind: opts.coordinatorKind ?? 'sme' });
    const partner = await t.ctx.newOrganisation(undefined, {
      kind: opts.partnerKind ?? 'knowledge_institution',
    });
    return [
      {
        organisationId: coordinator.id,
        role: 'coordinator',
        costs: opts.coordinatorCosts ?? [
          { category: 'staff', description: 'Engineers', amountCents: euro(120_000) },
        ],
      },
      {
        organisationId: partner.id,
        role: 'partner',
        costs: opts.partnerCosts ?? [
          { category: 'operating', description: 'Materials', amountCents: euro(60_000) },
        ],
      },
    ];
  }

  const body = (partners: unknown, overrides: Record<string, unknown> = {}) => ({
    callId: call.id,
    title: 'Sneltest voor sepsis',
    acronym: 'SEPSIS-QT',
    summary: 'Een kmo en een universiteit ontwikkelen samen een sneltest.',
    cluster: 'health',
    startDate: '2027-01-01',
    endDate: '2028-12-31',
    requestedCents: euro(90_000),
    partners,
    ...overrides,
  });

  async function create(partners: unknown, overrides: Record<string, unknown> = {}) {
    const res = await t.http
      .post('/api/applications')
      .set('Authorization', applicant.auth)
      .send(body(partners, overrides))
      .expect(201);
    await t.ctx.acceptPartnerInvitations(res.body.id as string); // the partners consent
    return res.body as { id: string; reference: string; [k: string]: unknown };
  }

  const submit = (id: string, user: TestUser = applicant) =>
    t.http.post(`/api/applications/${id}/submit`).set('Authorization', user.auth);

  const auditActions = async (id: string) => {
    const res = await t.http
      .get(`/api/audit?entity=application&entityId=${id}`)
      .set('Authorization', staff.auth)
      .expect(200);
    return res.body.items as { action: string; data: Record<string, unknown> }[];
  };

  describe('drafting', () => {
    it('creates a draft with a reference per call year and shows the live verdict and figures', async () => {
      const app = await create(await consortium());
      expect(app).toMatchObject({
        status: 'draft',
        language: 'nl',
        reference: expect.stringMatching(new RegExp(`^${call.programmeCode}-${call.year}-\\d{4}$`)),
        requestedCents: euro(90_000),
        eligibility: { ok: true, violations: [] },
        figures: {
          totalCostsCents: euro(180_000),
          eligibleCostsCents: euro(180_000),
          maxFundingRatePct: 50,
          maxGrantCents: euro(90_000),
          requestedCents: euro(90_000),
        },
        snapshot: null,
      });
      expect((app.partners as { role: string }[]).map((p) => p.role)).toEqual(['coordinator', 'partner']);
      const read = await t.http
        .get(`/api/applications/${app.id}`)
        .set('Authorization', applicant.auth)
        .expect(200);
      expect(read.body.figures).toEqual(app.figures);
      expect((await auditActions(app.id)).map((e) => e.action)).toContain('application.created');
    });

    it('numbers references one after the other, also when created at the same time', async () => {
      const partners = await consortium();
      const created = await Promise.all(
        [1, 2, 3, 4].map(() =>
          t.http
            .post('/api/applications')
            .set('Authorization', applicant.auth)
            .send(body(partners))
            .expect(201),
        ),
      );
      const sequences = created
        .map((r) => Number((r.body.reference as string).split('-')[2]))
        .sort((a, b) => a - b);
      expect(new Set(sequences).size).toBe(4);
      expect(sequences[3] - sequences[0]).toBe(3);
    });

    it('accepts English and rejects fractional cents, bad dates and unknown fields with 400', async () => {
      const partners = await consortium();
      const en = await create(partners, { language: 'en' });
      expect(en.language).toBe('en');
      for (const overrides of [
        { requestedCents: 100.5 },
        { startDate: '2027-02-30' },
        { language: 'fr' },
        { colour: 'blue' },
        {
          partners: [{ ...partners[0], costs: [{ category: 'staff', description: 'x', amountCents: 0.1 }] }],
        },
        { partners: [{ ...partners[0], costs: [{ category: 'lunch', description: 'x', amountCents: 1 }] }] },
      ]) {
        const res = await t.http
          .post('/api/applications')
          .set('Authorization', applicant.auth)
          .send(body(partners, overrides))
          .expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('needs the applicant to be a member of the coordinator and exactly one coordinator', async () => {
      const partners = await consortium();
      const swapped = [
        { ...partners[0], role: 'partner' },
        { ...partners[1], role: 'coordinator' },
      ];
      const forbidden = await t.http
        .post('/api/applications')
        .set('Authorization', applicant.auth)
        .send(body(swapped))
        .expect(403);
      expect(forbidden.body.code).toBe('FORBIDDEN');
      const two = await t.http
        .post('/api/applications')
        .set('Authorization', applicant.auth)
        .send(body(partners.map((p) => ({ ...p, role: 'coordinator' }))))
        .expect(422);
      expect(two.body.details).toEqual([{ rule: 'one_coordinator', message: expect.any(String) }]);
      const missingOrg = await t.http
        .post('/api/applications')
        .set('Authorization', applicant.auth)
        .send(body([partners[0], { ...partners[1], organisationId: MISSING }]))
        .expect(404);
      expect(missingOrg.body.code).toBe('NOT_FOUND');
      await t.http
        .post('/api/applications')
        .set('Authorization', applicant.auth)
        .send(body(partners, { callId: MISSING }))
        .expect(404);
      await t.http
        .post('/api/applications')
        .set('Authorization', staff.auth)
        .send(body(partners))
        .expect(403);
    });
  });

  describe('eligibility on submission', () => {
    it('refuses a € 160.000 request with 422 ELIGIBILITY_FAILED naming the cap rule', async () => {
      const app = await create(
        await consortium({
          coordinatorCosts: [{ category: 'staff', description: 'Team', amountCents: euro(400_000) }],
        }),
        { requestedCents: euro(160_000) },
      );
      expect(app.eligibility).toEqual({
        ok: false,
        violations: [{ rule: 'max_grant', message: expect.stringContaining('€ 150.000,00') }],
      });
      const res = await submit(app.id).expect(422);
      expect(res.body.code).toBe('ELIGIBILITY_FAILED');
      expect(res.body.details).toEqual([{ rule: 'max_grant', message: expect.any(String) }]);
    });

    it('refuses € 100.000 on € 180.000 eligible costs: above 50 %', async () => {
      const app = await create(await consortium(), { requestedCents: euro(100_000) });
      const res = await submit(app.id).expect(422);
      expect(res.body.details.map((v: { rule: string }) => v.rule)).toEqual(['max_funding_rate']);
      const status = await t.http
        .get(`/api/applications/${app.id}`)
        .set('Authorization', applicant.auth)
        .expect(200);
      expect(status.body.status).toBe('draft');
    });

    it('holds a consortium without an SME to 40 %', async () => {
      const partners = await consortium({ coordinatorKind: 'large_enterprise' });
      const app = await create(partners, { requestedCents: euro(80_000) });
      expect(app.figures).toMatchObject({ maxFundingRatePct: 40, maxGrantCents: euro(72_000) });
      const res = await submit(app.id).expect(422);
      expect(res.body.details).toEqual([
        { rule: 'max_funding_rate', message: expect.stringContaining('40 % (no SME takes part)') },
      ]);
      await t.http
        .patch(`/api/applications/${app.id}`)
        .set('Authorization', applicant.auth)
        .send({ requestedCents: euro(72_000) })
        .expect(200);
      const ok = await submit(app.id).expect(200);
      expect(ok.body.status).toBe('submitted');
    });

    it('does not count investment costs as eligible', async () => {
      const app = await create(
        await consortium({
          coordinatorCosts: [
            { category: 'staff', description: 'Team', amountCents: euro(100_000) },
            { category: 'investment', description: 'Machine', amountCents: euro(80_000) },
          ],
        }),
        { requestedCents: euro(90_000) },
      );
      expect(app.figures).toMatchObject({
        totalCostsCents: euro(240_000),
        eligibleCostsCents: euro(160_000),
        maxGrantCents: euro(80_000),
      });
      const partners = app.partners as { eligibleCostsCents: number; totalCostsCents: number }[];
      expect(partners[0]).toMatchObject({
        totalCostsCents: euro(180_000),
        eligibleCostsCents: euro(100_000),
      });
      const res = await submit(app.id).expect(422);
      expect(res.body.details.map((v: { rule: string }) => v.rule)).toEqual(['max_funding_rate']);
    });

    it('refuses a consortium of one partner only', async () => {
      const [coordinator] = await consortium({
        coordinatorCosts: [{ category: 'staff', description: 'Team', amountCents: euro(200_000) }],
      });
      const app = await create([coordinator]);
      const res = await submit(app.id).expect(422);
      expect(res.body.details.map((v: { rule: string }) => v.rule)).toEqual(['min_partners']);
    });

    it('lists every violated rule at once', async () => {
      const app = await create(await consortium({ coordinatorKind: 'large_enterprise' }), {
        requestedCents: euro(200_000),
        cluster: 'space',
        startDate: '2028-01-01',
        endDate: '2027-01-01',
      });
      const res = await submit(app.id).expect(422);
      expect(res.body.details.map((v: { rule: string }) => v.rule)).toEqual([
        'cluster',
        'max_grant',
        'max_funding_rate',
        'project_dates',
      ]);
    });

    it('refuses submission after the closing time with 409 CALL_CLOSED', async () => {
      const app = await create(await consortium());
      const clock = t.ctx.get(Clock);
      clock.travelTo(new Date(new Date(call.closesAt).getTime() + 1_000));
      try {
        const res = await submit(app.id).expect(409);
        expect(res.body.code).toBe('CALL_CLOSED');
        const live = await t.http
          .get(`/api/applications/${app.id}`)
          .set('Authorization', applicant.auth)
          .expect(200);
        expect(live.body.eligibility.violations.map((v: { rule: string }) => v.rule)).toEqual(['call_open']);
      } finally {
        clock.reset();
      }
      await submit(app.id).expect(200);
    });
  });

  describe('access', () => {
    it('keeps another applicant out: 404 on read, absent from the list, 404 on write', async () => {
      const app = await create(await consortium());
      const res = await t.http
        .get(`/api/applications/${app.id}`)
        .set('Authorization', other.auth)
        .expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      const list = await t.http.get('/api/applications').set('Authorization', other.auth).expect(200);
      expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(app.id);
      await t.http
        .patch(`/api/applications/${app.id}`)
        .set('Authorization', other.auth)
        .send({ title: 'Mine' })
        .expect(404);
      await submit(app.id, other).expect(404);
      await t.http
        .post(`/api/applications/${app.id}/withdraw`)
        .set('Authorization', other.auth)
        .send({})
        .expect(404);
    });

    it('lets members of a partner organisation read but not change the application', async () => {
      const partnerUser = await t.ctx.newApplicant();
      const coordinator = await t.ctx.newOrganisation(applicant);
      const partnerOrg = await t.ctx.newOrganisation(partnerUser, { kind: 'knowledge_institution' });
      const app = await create([
        { organisationId: coordinator.id, role: 'coordinator', costs: [] },
        { organisationId: partnerOrg.id, role: 'partner', costs: [] },
      ]);
      await t.http.get(`/api/applications/${app.id}`).set('Authorization', partnerUser.auth).expect(200);
      const list = await t.http.get('/api/applications').set('Authorization', partnerUser.auth).expect(200);
      expect(list.body.items.map((a: { id: string }) => a.id)).toContain(app.id);
      await t.http
        .patch(`/api/applications/${app.id}`)
        .set('Authorization', partnerUser.auth)
        .send({ title: 'Ours' })
        .expect(403);
      await submit(app.id, partnerUser).expect(403);
    });

    it('lets staff see every application, filtered by call and status; evaluators nothing', async () => {
      const otherCall = await t.ctx.newCall();
      const mine = await t.ctx.newApplication(other, { callId: otherCall.id });
      const submitted = await t.ctx.submittedApplication(other, { callId: otherCall.id });
      const all = await t.http
        .get(`/api/applications?callId=${otherCall.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(all.body.total).toBe(2);
      const onlySubmitted = await t.http
        .get(`/api/applications?callId=${otherCall.id}&status=submitted`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(onlySubmitted.body.items).toEqual([
        expect.objectContaining({
          id: submitted.id,
          reference: submitted.reference,
          status: 'submitted',
          coordinatorName: expect.any(String),
          requestedCents: euro(100_000),
        }),
      ]);
      await t.http.get(`/api/applications/${mine.id}`).set('Authorization', staff.auth).expect(200);
      await t.http.get(`/api/applications/${mine.id}`).set('Authorization', evaluator.auth).expect(403);
      await t.http.get('/api/applications').set('Authorization', evaluator.auth).expect(403);
    });

    it('pages with the total in one answer, and gives each item its live verdict with ?eligibility=true', async () => {
      const otherCall = await t.ctx.newCall();
      const ok = await t.ctx.submittedApplication(other, { callId: otherCall.id });
      // € 160.000 breaks the per-project cap: created as a draft, its verdict lists the rule.
      const tooMuch = await t.ctx.newApplication(other, {
        callId: otherCall.id,
        requestedCents: euro(160_000),
      });
      const list = (query: string, user: TestUser = staff) =>
        t.http
          .get(`/api/applications?callId=${otherCall.id}${query}`)
          .set('Authorization', user.auth)
          .expect(200);

      const first = await list('&limit=1');
      expect(first.body).toEqual({ items: [expect.objectContaining({ id: tooMuch.id })], total: 2 });
      expect(first.body.items[0]).not.toHaveProperty('eligibility');
      const second = await list('&limit=1&offset=1');
      expect(second.body).toEqual({ items: [expect.objectContaining({ id: ok.id })], total: 2 });
      expect((await list('&offset=5')).body).toEqual({ items: [], total: 2 });

      const withVerdicts = await list('&eligibility=true');
      const verdictOf = (id: string) =>
        (withVerdicts.body.items as { id: string; eligibility: unknown }[]).find((i) => i.id === id)
          ?.eligibility;
      for (const id of [ok.id, tooMuch.id]) {
        const one = await t.http.get(`/api/applications/${id}`).set('Authorization', staff.auth).expect(200);
        expect(verdictOf(id)).toEqual(one.body.eligibility);
      }
      expect(verdictOf(ok.id)).toEqual({ ok: true, violations: [] });
      expect(verdictOf(tooMuch.id)).toEqual(
        expect.objectContaining({
          ok: false,
          violations: expect.arrayContaining([expect.objectContaining({ rule: 'max_grant' })]),
        }),
      );
      // the policy still keeps the list to what the actor may see, verdicts or not
      expect((await list('&eligibility=true', applicant)).body).toEqual({ items: [], total: 0 });
      await t.http.get('/api/applications?eligibility=yes').set('Authorization', staff.auth).expect(400);
    });
  });

  describe('the journey', () => {
    it('freezes the submitted content: editing a submitted application is 409', async () => {
      const app = await create(await consortium());
      const submitted = await submit(app.id).expect(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });
      expect(submitted.body.snapshot).toMatchObject({
        reference: app.reference,
        requestedCents: euro(90_000),
        figures: { eligibleCostsCents: euro(180_000), maxGrantCents: euro(90_000) },
      });
      const res = await t.http
        .patch(`/api/applications/${app.id}`)
        .set('Authorization', applicant.auth)
        .send({ requestedCents: euro(10_000) })
        .expect(409);
      expect(res.body.code).toBe('INVALID_TRANSITION');
      const again = await submit(app.id).expect(409);
      expect(again.body.code).toBe('INVALID_TRANSITION');
    });

    it('lets a returned application be edited and resubmitted, the snapshot keeping the submitted figures', async () => {
      const app = await create(await consortium(), { requestedCents: euro(90_000) });
      await submit(app.id).expect(200);

      await t.http
        .post(`/api/applications/${app.id}/screening`)
        .set('Authorization', staff.auth)
        .send({ outcome: 'returned' })
        .expect(400);
      const returned = await t.http
        .post(`/api/applications/${app.id}/screening`)
        .set('Authorization', staff.auth)
        .send({ outcome: 'returned', reason: 'De kostenstaat van de partner ontbreekt.' })
        .expect(200);
      expect(returned.body).toMatchObject({
        status: 'returned',
        screeningReason: 'De kostenstaat van de partner ontbreekt.',
      });

      const partners = (app.partners as { organisationId: string; role: string }[]).map((p) => ({
        organisationId: p.organisationId,
        role: p.role,
        costs: [{ category: 'staff', description: 'More work', amountCents: euro(100_000) }],
      }));
      const edited = await t.http
        .patch(`/api/applications/${app.id}`)
        .set('Authorization', applicant.auth)
        .send({ requestedCents: euro(95_000), partners, title: 'Sneltest voor sepsis, herwerkt' })
        .expect(200);
      expect(edited.body.figures).toMatchObject({
        eligibleCostsCents: euro(200_000),
        requestedCents: euro(95_000),
      });
      // Live content changed, the snapshot still holds what was submitted.
      expect(edited.body.snapshot).toMatchObject({
        title: 'Sneltest voor sepsis',
        requestedCents: euro(90_000),
        figures: { eligibleCostsCents: euro(180_000), requestedCents: euro(90_000) },
      });

      // Resubmission after a return is allowed even after the closing date (the return asked for it).
      const clock = t.ctx.get(Clock);
      clock.travelTo(new Date(new Date(call.closesAt).getTime() + 86_400_000));
      let resubmitted;
      try {
        resubmitted = await submit(app.id).expect(200);
      } finally {
        clock.reset();
      }
      expect(resubmitted.body.status).toBe('submitted');
      expect(resubmitted.body.snapshot).toMatchObject({
        title: 'Sneltest voor sepsis, herwerkt',
        requestedCents: euro(95_000),
        figures: { eligibleCostsCents: euro(200_000) },
      });

      const events = await auditActions(app.id);
      const actions = events.map((e) => e.action).reverse();
      expect(actions).toEqual([
        'application.created',
        'application.partner_invited',
        'application.partner_accepted',
        'application.submitted',
        'application.returned',
        'application.updated',
        'application.requested_amount_changed',
        'application.submitted',
      ]);
      expect(events.find((e) => e.action === 'application.requested_amount_changed')?.data).toMatchObject({
        oldCents: euro(90_000),
        newCents: euro(95_000),
      });
    });

    it('screens a submitted application as admissible or inadmissible, and nothing else', async () => {
      const admissible = await t.ctx.submittedApplication(applicant, { callId: call.id });
      await t.http
        .post(`/api/applications/${admissible.id}/screening`)
        .set('Authorization', applicant.auth)
        .send({ outcome: 'admissible' })
        .expect(403);
      const ok = await t.http
        .post(`/api/applications/${admissible.id}/screening`)
        .set('Authorization', staff.auth)
        .send({ outcome: 'admissible' })
        .expect(200);
      expect(ok.body).toMatchObject({ status: 'admissible', screenedAt: expect.any(String) });
      const twice = await t.http
        .post(`/api/applications/${admissible.id}/screening`)
        .set('Authorization', staff.auth)
        .send({ outcome: 'inadmissible', reason: 'Too late' })
        .expect(409);
      expect(twice.body.code).toBe('INVALID_TRANSITION');

      const inadmissible = await t.ctx.submittedApplication(applicant, { callId: call.id });
      await t.http
        .post(`/api/applications/${inadmissible.id}/screening`)
        .set('Authorization', staff.auth)
        .send({ outcome: 'inadmissible', reason: 'Geen samenwerkingsproject.' })
        .expect(200);
      const noWithdraw = await t.http
        .post(`/api/applications/${inadmissible.id}/withdraw`)
        .set('Authorization', applicant.auth)
        .send({})
        .expect(409);
      expect(noWithdraw.body.code).toBe('INVALID_TRANSITION');

      const draft = await t.ctx.newApplication(applicant, { callId: call.id });
      await t.http
        .post(`/api/applications/${draft.id}/screening`)
        .set('Authorization', staff.auth)
        .send({ outcome: 'admissible' })
        .expect(409);
    });

    it('lets the applicant withdraw before a decision', async () => {
      const draft = await t.ctx.newApplication(applicant, { callId: call.id });
      const res = await t.http
        .post(`/api/applications/${draft.id}/withdraw`)
        .set('Authorization', applicant.auth)
        .send({ reason: 'Het consortium valt uiteen.' })
        .expect(200);
      expect(res.body.status).toBe('withdrawn');
      await t.http
        .post(`/api/applications/${draft.id}/withdraw`)
        .set('Authorization', applicant.auth)
        .send({})
        .expect(409);
      await t.http
        .patch(`/api/applications/${draft.id}`)
        .set('Authorization', applicant.auth)
        .send({ title: 'Back' })
        .expect(409);
      const admissible = await t.ctx.admissibleApplication(applicant, { callId: call.id });
      await t.http
        .post(`/api/applications/${admissible.id}/withdraw`)
        .set('Authorization', applicant.auth)
        .send({})
        .expect(200);
      const events = await auditActions(draft.id);
      expect(events[0]).toMatchObject({
        action: 'application.withdrawn',
        data: { reason: 'Het consortium valt uiteen.' },
      });
    });

    it('offers transition() to later modules: under review, decided, closed, with timestamps', async () => {
      const app = await t.ctx.admissibleApplication(applicant, { callId: call.id });
      const service = t.ctx.get(ApplicationsService);
      await t.dataSource.transaction((m) => service.transition(m, app.id, 'under_review', SYSTEM_ACTOR));
      await expect(
        t.dataSource.transaction((m) => service.transition(m, app.id, 'closed', SYSTEM_ACTOR)),
      ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
      const approved = await t.dataSource.transaction((m) =>
        service.transition(m, app.id, 'approved', SYSTEM_ACTOR, { grantedCents: euro(100_000) }),
      );
      expect(approved.status).toBe('approved');
      expect(approved.decidedAt).toBeInstanceOf(Date);
      const read = await t.http
        .get(`/api/applications/${app.id}`)
        .set('Authorization', applicant.auth)
        .expect(200);
      expect(read.body).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
      await t.http
        .post(`/api/applications/${app.id}/withdraw`)
        .set('Authorization', applicant.auth)
        .send({})
        .expect(409);
      await t.dataSource.transaction((m) => service.transition(m, app.id, 'closed', SYSTEM_ACTOR));
      const events = await auditActions(app.id);
      expect(events.map((e) => e.action).slice(0, 3)).toEqual([
        'application.closed',
        'application.approved',
        'application.under_review',
      ]);
      expect(events[1].data).toMatchObject({
        from: 'under_review',
        to: 'approved',
        grantedCents: euro(100_000),
      });
    });
  });

  describe('simulate', () => {
    it('shows the verdict and figures of an unsaved draft', async () => {
      const partners = await consortium({ coordinatorKind: 'large_enterprise' });
      const before = await t.http.get('/api/applications').set('Authorization', applicant.auth).expect(200);
      const {
        callId: _callId,
        title: _title,
        summary: _summary,
        ...draft
      } = body(partners, {
        requestedCents: euro(80_000),
      });
      const res = await t.http
        .post(`/api/calls/${call.id}/simulate`)
        .set('Authorization', applicant.auth)
        .send(draft)
        .expect(200);
      expect(res.body).toEqual({
        eligibility: {
          ok: false,
          violations: [{ rule: 'max_funding_rate', message: expect.stringContaining('40 %') }],
        },
        figures: {
          totalCostsCents: euro(180_000),
          eligibleCostsCents: euro(180_000),
          maxFundingRatePct: 40,
          maxGrantCents: euro(72_000),
          requestedCents: euro(80_000),
        },
      });
      const after = await t.http.get('/api/applications').set('Authorization', applicant.auth).expect(200);
      expect(after.body.total).toBe(before.body.total);
    });

    it('reports duplicate partners, a missing coordinator and a closed call as rules', async () => {
      const [coordinator] = await consortium();
      const closed = await t.ctx.newCall({
        opensAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      });
      const { callId: _c, ...draft } = body([
        { ...coordinator, role: 'partner' },
        { ...coordinator, role: 'partner' },
      ]);
      const res = await t.http
        .post(`/api/calls/${closed.id}/simulate`)
        .set('Authorization', applicant.auth)
        .send(draft)
        .expect(200);
      expect(res.body.eligibility.violations.map((v: { rule: string }) => v.rule)).toEqual([
        'min_partners',
        'distinct_partners',
        'one_coordinator',
        'call_open',
      ]);
      await t.http
        .post(`/api/calls/${MISSING}/simulate`)
        .set('Authorization', applicant.auth)
        .send(draft)
        .expect(404);
      await t.http
        .post(`/api/calls/${call.id}/simulate`)
        .set('Authorization', applicant.auth)
        .send({ ...draft, partners: [{ ...coordinator, organisationId: MISSING }] })
        .expect(404);
    });
  });
});
