import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApplicationView } from '../../src/domains/applications/dto/application.dto.js';
import { Clock } from '../../src/kernel/clock.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

interface LedgerRow {
  kind: string;
  amount_cents: string;
  application_id: string | null;
}

describe('Decisions and the call budget', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
    applicant = await t.ctx.newApplicant();
  });
  afterAll(() => t.close());

  const decide = (applicationId: string, body: Record<string, unknown>, key?: string) => {
    const req = t.http.post(`/api/applications/${applicationId}/decision`).set('Authorization', staff.auth);
    if (key) req.set('Idempotency-Key', key);
    return req.send(body);
  };
  const budget = async (callId: string) =>
    (await t.http.get(`/api/calls/${callId}/budget`).set('Authorization', staff.auth).expect(200)).body as {
      budgetCents: number;
      committedCents: number;
      paidCents: number;
      availableCents: number;
    };
  const ledger = (callId: string) =>
    t.dataSource.query(
      'SELECT kind, amount_cents::text AS amount_cents, application_id FROM budget_ledger_entry WHERE call_id = $1 ORDER BY seq',
      [callId],
    ) as Promise<LedgerRow[]>;
  const callTotals = async (callId: string) =>
    (
      (await t.dataSource.query(
        'SELECT committed_cents::text AS committed, paid_cents::text AS paid FROM call WHERE id = $1',
        [callId],
      )) as { committed: string; paid: string }[]
    )[0];

  describe('approving', () => {
    let callId: string;
    let application: ApplicationView;

    beforeAll(async () => {
      callId = (await t.ctx.newCall({ budgetCents: 30_000_000 })).id;
      application = await t.ctx.underReviewApplication(applicant, { callId });
    });

    it('approves within the limits and commits the grant against the call budget', async () => {
      const res = await decide(application.id, {
        outcome: 'approved',
        grantedCents: 9_876_543,
        motivation: 'Sterk project, gerangschikt als eerste.',
      }).expect(201);
      expect(res.body).toMatchObject({
        applicationId: application.id,
        callId,
        reference: application.reference,
        outcome: 'approved',
        grantedCents: 9_876_543,
        finalGrantCents: null,
        fundingRatePct: 39.5, // 39,506 %, rounded down: 39,5 % × € 250.000 ≤ the grant
        maxFundingRatePct: 50,
        eligibleCostsCents: 25_000_000,
        requestedCents: 10_000_000,
        paidCents: 0,
        decidedOn: t.ctx.get(Clock).today(),
        decidedBy: staff.id,
      });
      expect(await t.ctx.applicationStatus(application.id)).toBe('approved');
      expect(await budget(callId)).toEqual({
        callId,
        budgetCents: 30_000_000,
        committedCents: 9_876_543,
        paidCents: 0,
        availableCents: 20_123_457,
      });
      expect(await ledger(callId)).toEqual([
        { kind: 'budget', amount_cents: '30000000', application_id: null },
        { kind: 'commitment', amount_cents: '9876543', application_id: application.id },
      ]);
      expect(await callTotals(callId)).toEqual({ committed: '9876543', paid: '0' });
    });

    it('lets the applicant read the decision, and nobody outside the consortium', async () => {
      const own = await t.http
        .get(`/api/applications/${application.id}/decision`)
        .set('Authorization', applicant.auth)
        .expect(200);
      expect(own.body.grantedCents).toBe(9_876_543);
      const stranger = await t.ctx.newApplicant();
      await t.http
        .get(`/api/applications/${application.id}/decision`)
        .set('Authorization', stranger.auth)
        .expect(404);
    });

    it('audits the decision, the commitment and the state change in the same transaction', async () => {
      const events = (await t.dataSource.query(
        `SELECT action, entity, data FROM audit_event
          WHERE (entity = 'decision' AND data->>'applicationId' = $1)
             OR (entity = 'call' AND entity_id = $2 AND action = 'budget.committed')
             OR (entity = 'application' AND entity_id = $1 AND action = 'application.approved')
          ORDER BY seq`,
        [application.id, callId],
      )) as { action: string; data: Record<string, unknown> }[];
      expect(events.map((e) => e.action)).toEqual([
        'application.approved',
        'budget.committed',
        'decision.approved',
      ]);
      expect(events[2].data).toMatchObject({
        grantedCents: 9_876_543,
        motivation: 'Sterk project, gerangschikt als eerste.',
      });
      const verify = await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200);
      expect(verify.body).toMatchObject({ ok: true });
    });

    it('answers 409 to a second decision and moves no money', async () => {
      const again = await decide(application.id, {
        outcome: 'approved',
        grantedCents: 1_000_000,
        motivation: 'Nog eens',
      }).expect(409);
      expect(again.body.code).toBe('INVALID_TRANSITION');
      const reject = await decide(application.id, {
        outcome: 'rejected',
        refusalGrounds: [
          { type: 'ineligible', rule: 'De aanvraag voldoet niet aan artikel 4 van het reglement (test).' },
        ],
        motivation: 'Toch niet',
      }).expect(409);
      expect(reject.body.code).toBe('INVALID_TRANSITION');
      expect((await budget(callId)).committedCents).toBe(9_876_543);
      expect(await ledger(callId)).toHaveLength(2);
    });

    it('is for staff only', async () => {
      const other = await t.ctx.underReviewApplication(applicant, { callId });
      await t.http
        .post(`/api/applications/${other.id}/decision`)
        .set('Authorization', applicant.auth)
        .send({ outcome: 'approved', grantedCents: 100, motivation: 'Zelf goedgekeurd' })
        .expect(403);
      await t.http.get(`/api/calls/${callId}/budget`).set('Authorization', applicant.auth).expect(403);
    });
  });

  describe('the limits of a grant', () => {
    it('refuses more than was requested (422) and leaves everything as it was', async () => {
      const call = await t.ctx.newCall({ budgetCents: 50_000_000 });
      const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      const res = await decide(app.id, {
        outcome: 'approved',
        grantedCents: 10_000_001,
        motivation: 'Te veel',
      }).expect(422);
      expect(res.body.code).toBe('ELIGIBILITY_FAILED');
      expect(res.body.details.map((d: { rule: string }) => d.rule)).toEqual(['granted_within_requested']);
      expect(await t.ctx.applicationStatus(app.id)).toBe('under_review');
      expect((await budget(call.id)).committedCents).toBe(0);
      expect(
        await t.dataSource.query('SELECT 1 FROM decision WHERE application_id = $1', [app.id]),
      ).toHaveLength(0);
    });

    it('refuses more than the programme cap and the funding rate in force when deciding', async () => {
      const call = await t.ctx.newCall({ budgetCents: 50_000_000 });
      const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      // The programme's rules as they stand at the decision apply: a lower cap and rate than at submission.
      await t.dataSource.query(
        `UPDATE programme SET rules = rules || '{"maxGrantCents": 8000000, "maxFundingRatePct": 30}'::jsonb
          WHERE id = $1`,
        [call.programmeId],
      );
      const above = await decide(app.id, {
        outcome: 'approved',
        grantedCents: 8_000_001,
        motivation: 'Boven het plafond',
      }).expect(422);
      expect(above.body.details.map((d: { rule: string }) => d.rule)).toEqual([
        'granted_within_max_grant',
        'granted_within_funding_rate',
      ]);
      // 30 % of € 250.000,00 eligible costs is € 75.000,00.
      const rate = await decide(app.id, {
        outcome: 'approved',
        grantedCents: 7_500_001,
        motivation: 'Boven het percentage',
      }).expect(422);
      expect(rate.body.details.map((d: { rule: string }) => d.rule)).toEqual(['granted_within_funding_rate']);
      const ok = await decide(app.id, {
        outcome: 'approved',
        grantedCents: 7_500_000,
        motivation: 'Binnen alle grenzen',
      }).expect(201);
      expect(ok.body).toMatchObject({ fundingRatePct: 30, maxFundingRatePct: 30 });
    });

    it('answers 422 BUDGET_EXCEEDED when the grant does not fit in what is left', async () => {
      const call = await t.ctx.newCall({ budgetCents: 15_000_000 });
      const first = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      const second = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      await decide(first.id, { outcome: 'approved', grantedCents: 10_000_000, motivation: 'Eerste' }).expect(
        201,
      );
      const res = await decide(second.id, {
        outcome: 'approved',
        grantedCents: 5_000_001,
        motivation: 'Tweede',
      }).expect(422);
      expect(res.body.code).toBe('BUDGET_EXCEEDED');
      expect(res.body.details).toEqual({
        budgetCents: 15_000_000,
        committedCents: 10_000_000,
        availableCents: 5_000_000,
        amountCents: 5_000_001,
      });
      expect(await t.ctx.applicationStatus(second.id)).toBe('under_review');
      await decide(second.id, {
        outcome: 'approved',
        grantedCents: 5_000_000,
        motivation: 'Past precies',
      }).expect(201);
      expect(await budget(call.id)).toMatchObject({ committedCents: 15_000_000, availableCents: 0 });
    });

    it('refuses a decision on an application that is not under review (409)', async () => {
      const call = await t.ctx.newCall();
      const submitted = await t.ctx.submittedApplication(applicant, { callId: call.id });
      const res = await decide(submitted.id, {
        outcome: 'approved',
        grantedCents: 1_000,
        motivation: 'Te vroeg',
      }).expect(409);
      expect(res.body.code).toBe('INVALID_TRANSITION');
    });
  });

  describe('rejecting', () => {
    it('needs a motivation, takes no amount, and commits nothing', async () => {
      const call = await t.ctx.newCall({ budgetCents: 20_000_000 });
      const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      const none = await decide(app.id, { outcome: 'rejected' }).expect(400);
      expect(none.body.code).toBe('VALIDATION_FAILED');
      await decide(app.id, {
        outcome: 'rejected',
        refusalGrounds: [
          { type: 'ineligible', rule: 'De aanvraag voldoet niet aan artikel 4 van het reglement (test).' },
        ],
        motivation: '   ',
      }).expect(400);
      const withAmount = await decide(app.id, {
        outcome: 'rejected',
        refusalGrounds: [
          { type: 'ineligible', rule: 'De aanvraag voldoet niet aan artikel 4 van het reglement (test).' },
        ],
        grantedCents: 100,
        motivation: 'Onvoldoende score',
      }).expect(400);
      expect(withAmount.body.details[0].field).toBe('grantedCents');
      const res = await decide(app.id, {
        outcome: 'rejected',
        refusalGrounds: [
          { type: 'ineligible', rule: 'De aanvraag voldoet niet aan artikel 4 van het reglement (test).' },
        ],
        motivation: 'Het project haalt de drempel voor innovatie niet.',
      }).expect(201);
      expect(res.body).toMatchObject({
        outcome: 'rejected',
        refusalGrounds: [
          { type: 'ineligible', rule: 'De aanvraag voldoet niet aan artikel 4 van het reglement (test).' },
        ],
        grantedCents: null,
      });
      expect(await t.ctx.applicationStatus(app.id)).toBe('rejected');
      expect(await budget(call.id)).toMatchObject({ committedCents: 0, availableCents: 20_000_000 });
    });

    it('an approval needs an amount', async () => {
      const call = await t.ctx.newCall();
      const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      const res = await decide(app.id, { outcome: 'approved', motivation: 'Goed' }).expect(400);
      expect(res.body.details[0].field).toBe('grantedCents');
    });
  });

  describe('Idempotency-Key', () => {
    it('returns the first decision to a repeat and commits the grant once', async () => {
      const call = await t.ctx.newCall({ budgetCents: 30_000_000 });
      const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      const body = { outcome: 'approved', grantedCents: 4_000_000, motivation: 'Goed project' };
      const first = await decide(app.id, body, 'decide-1').expect(201);
      const again = await decide(app.id, body, 'decide-1').expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await budget(call.id)).toMatchObject({ committedCents: 4_000_000 });
      expect((await ledger(call.id)).filter((e) => e.kind === 'commitment')).toHaveLength(1);
      const events = (await t.dataSource.query(
        `SELECT 1 FROM audit_event WHERE action = 'decision.approved' AND data->>'applicationId' = $1`,
        [app.id],
      )) as unknown[];
      expect(events).toHaveLength(1);
    });
  });

  describe('de minimis', () => {
    it('splits the grant over the partners by eligible costs and records only the shares that count', async () => {
      const call = await t.ctx.newCall({ budgetCents: 30_000_000 });
      const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      await decide(app.id, { outcome: 'approved', grantedCents: 10_000_000, motivation: 'Goed' }).expect(201);
      const aid = (await t.dataSource.query(
        `SELECT a.organisation_id, a.amount_cents::text AS amount, a.source, a.grantor, a.reference, o.kind
           FROM de_minimis_aid a JOIN organisation o ON o.id = a.organisation_id
          WHERE a.application_id = $1`,
        [app.id],
      )) as { amount: string; kind: string; source: string; reference: string }[];
      // € 150.000 of the € 250.000 eligible costs are the SME's: 60 % of the grant. The knowledge
      // institution's share (non-economic activity) is not state aid and is not recorded.
      expect(aid).toEqual([
        expect.objectContaining({
          amount: '6000000',
          kind: 'sme',
          source: 'internal',
          reference: app.reference,
        }),
      ]);
    });

    it('refuses a grant that would take an undertaking past its ceiling, and commits nothing', async () => {
      const call = await t.ctx.newCall({ budgetCents: 30_000_000 });
      const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      const coordinator = app.partners.find((p) => p.role === 'coordinator')!.organisationId;
      await t.http
        .post(`/api/organisations/${coordinator}/de-minimis-aid`)
        .set('Authorization', staff.auth)
        .send({
          grantor: 'VLAIO',
          grantedOn: t.ctx.get(Clock).today(),
          amountCents: 29_000_000,
          reference: `VLAIO-${app.reference}`,
        })
        .expect(201);
      const res = await decide(app.id, {
        outcome: 'approved',
        grantedCents: 10_000_000,
        motivation: 'Goed',
      }).expect(422);
      expect(res.body.code).toBe('DE_MINIMIS_EXCEEDED');
      expect(await t.ctx.applicationStatus(app.id)).toBe('under_review');
      expect((await budget(call.id)).committedCents).toBe(0);
      // € 10.000 is left under the ceiling: a grant whose SME share is € 9.000 fits.
      await decide(app.id, { outcome: 'approved', grantedCents: 1_500_000, motivation: 'Kleiner' }).expect(
        201,
      );
    });
  });

  describe('the grantor as a partner (issue #17, 8)', () => {
    const PROVINCE = '0253.973.219'; // PROVINCE_ENTERPRISE_NUMBER's default

    it('refuses to submit an application in which the province itself is a partner', async () => {
      const call = await t.ctx.newCall({ budgetCents: 30_000_000 });
      const coordinator = await t.ctx.newOrganisation(applicant);
      const province = await t.ctx.newOrganisation(undefined, {
        name: 'Provincie Vlaams-Brabant',
        enterpriseNumber: PROVINCE,
        kind: 'public_body',
      });
      const draft = await t.ctx.newApplication(applicant, {
        callId: call.id,
        partners: [
          {
            organisationId: coordinator.id,
            role: 'coordinator',
            costs: [{ category: 'staff', description: 'Engineers', amountCents: 20_000_000 }],
          },
          {
            organisationId: province.id,
            role: 'partner',
            costs: [{ category: 'operating', description: 'Afstemming', amountCents: 1_000_000 }],
          },
        ],
      });
      const res = await t.http
        .post(`/api/applications/${draft.id}/submit`)
        .set('Authorization', applicant.auth)
        .expect(422);
      expect(res.body.code).toBe('ELIGIBILITY_FAILED');
      expect(res.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: 'grantor_not_partner' })]),
      );
    });

    it('refuses to approve one submitted with the province as a partner; records no aid to it', async () => {
      const call = await t.ctx.newCall({ budgetCents: 30_000_000 });
      const app = await t.ctx.underReviewApplication(applicant, { callId: call.id });
      // As if submitted before the rule existed: the snapshot names the province as the partner.
      await t.dataSource.query(
        `UPDATE application SET snapshot = jsonb_set(snapshot, '{partners,1,enterpriseNumber}', to_jsonb($2::text))
          WHERE id = $1`,
        [app.id, PROVINCE],
      );
      const res = await decide(app.id, { outcome: 'approved', grantedCents: 5_000_000, motivation: 'Goed' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('ELIGIBILITY_FAILED');
      expect(res.body.details).toEqual([expect.objectContaining({ rule: 'grantor_not_partner' })]);
      expect(await t.ctx.applicationStatus(app.id)).toBe('under_review');
      const aid = (await t.dataSource.query(`SELECT 1 FROM de_minimis_aid WHERE application_id = $1`, [
        app.id,
      ])) as unknown[];
      expect(aid).toHaveLength(0);
      expect((await budget(call.id)).committedCents).toBe(0);
    });
  });

  describe('concurrency', () => {
    it('lets exactly 20 of 100 concurrent approvals through when the budget fits 20', async () => {
      const grant = 1_234_567;
      // One consortium applies 100 times (aid basis 'none' keeps de minimis out of this test).
      const programme = await t.ctx.newProgramme({ aidBasis: 'none' });
      const busy = await t.ctx.newCall({ budgetCents: 20 * grant, programmeId: programme.id });
      const apps = await t.ctx.underReviewApplications(applicant, busy.id, 100);

      const results = await Promise.all(
        apps.map((a) =>
          decide(a.id, { outcome: 'approved', grantedCents: grant, motivation: 'Gelijke kansen' }),
        ),
      );
      const ok = results.filter((r) => r.status === 201);
      const refused = results.filter((r) => r.status === 422);
      expect(ok).toHaveLength(20);
      expect(refused).toHaveLength(80);
      for (const r of refused) expect(r.body.code).toBe('BUDGET_EXCEEDED');

      const figures = await budget(busy.id);
      expect(figures).toEqual({
        callId: busy.id,
        budgetCents: 20 * grant,
        committedCents: 20 * grant,
        paidCents: 0,
        availableCents: 0,
      });
      expect(figures.committedCents).toBe(figures.budgetCents - figures.availableCents);
      const commitments = (await ledger(busy.id)).filter((e) => e.kind === 'commitment');
      expect(commitments).toHaveLength(20);
      expect(commitments.reduce((sum, e) => sum + Number(e.amount_cents), 0)).toBe(20 * grant);
      expect(await callTotals(busy.id)).toEqual({ committed: String(20 * grant), paid: '0' });
      const approved = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM application WHERE call_id = $1 AND status = 'approved'`,
        [busy.id],
      )) as { n: number }[];
      expect(approved[0].n).toBe(20);
      const decisions = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM decision WHERE call_id = $1`,
        [busy.id],
      )) as { n: number }[];
      expect(decisions[0].n).toBe(20);
      // Setting up 100 applications under review takes most of the time on a busy machine.
    }, 180_000);
  });
});
