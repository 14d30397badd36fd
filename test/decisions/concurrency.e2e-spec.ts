/**
 * Concurrency (issue #9): the same write fired many times at once, and conflicting writes racing each
 * other, must leave exactly one winner, clean refusals (never a 5xx) and a database whose invariants
 * hold. Concurrent approvals against one budget are in decisions.e2e-spec.ts ("100 concurrent
 * approvals"), concurrent claims over one period in erdf.e2e-spec.ts, the last two reviews submitted
 * together in reviews.e2e-spec.ts; this file adds submissions, screening and withdrawal, reviews,
 * decisions, payments and final reports, and ends by checking every invariant from the database:
 * - an application's status is the `to` of its last transition in the audit trail;
 * - a submitted application has exactly its snapshot, taken at its (last) submission;
 * - a decision exists exactly for decided applications, and at most one;
 * - per grant: paid = Σ payments − recoveries ≤ the grant as it stands, Σ payments ≤ granted;
 * - an accepted final report fixed the final grant by the rule, from the costs it stores;
 * - per call: budget, committed and paid equal the sums of the budget ledger;
 * - the audit chain verifies (`GET /api/audit/verify`).
 * On PGlite transactions run one at a time; on PostgreSQL they really race (both run in CI).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import type { ApplicationView, PartnerDto } from '../../src/domains/applications/dto/application.dto.js';
import type { CallView } from '../../src/domains/programmes/dto/programme.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { TEST_PAYEE_IBAN, type TestUser } from '../utils/factories.js';

const N = 8;

describe('concurrency', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;
  let call: CallView;
  let partners: PartnerDto[];

  beforeAll(async () => {
    t = await createTestApp();
    [staff, applicant] = await Promise.all([t.ctx.newStaff(), t.ctx.newApplicant()]);
    const programme = await t.ctx.newProgramme({ aidBasis: 'none' });
    call = await t.ctx.newCall({ programmeId: programme.id, budgetCents: 100_000_000 });
    const first = await t.ctx.newApplication(applicant, { callId: call.id });
    partners = t.ctx.sameConsortium(first);
  }, 60_000);
  afterAll(() => t.close());

  /** Every application of this file: the same consortium, in the same call. */
  const mine = () => ({ callId: call.id, partners });
  const draft = () => t.ctx.newApplication(applicant, mine());
  const submitted = () => t.ctx.submittedApplication(applicant, mine());
  const underReview = () => t.ctx.underReviewApplication(applicant, mine());

  const post = (user: TestUser, path: string, body: object = {}, key?: string) => {
    const req = t.http.post(path).set('Authorization', user.auth);
    if (key) req.set('Idempotency-Key', key);
    return req.send(body);
  };
  const approve = (id: string, grantedCents: number) =>
    post(staff, `/api/applications/${id}/decision`, {
      outcome: 'approved',
      grantedCents,
      motivation: 'Goedgekeurd',
    });
  const pay = (id: string, body: object) =>
    post(staff, `/api/applications/${id}/payments`, { payeeIban: TEST_PAYEE_IBAN, ...body });
  const accept = (id: string) => post(staff, `/api/applications/${id}/final-report/accept`, { version: 1 });
  const report = (application: ApplicationView, coordinatorCents: number) => ({
    summary: 'Eindrapport',
    costs: [
      {
        organisationId: application.partners.find((p) => p.role === 'coordinator')!.organisationId,
        category: 'staff',
        description: 'Ingenieurs',
        amountCents: coordinatorCents,
      },
    ],
  });
  const approved = (grantedCents: number) =>
    t.ctx.approvedApplication(applicant, grantedCents, mine(), staff);

  const query = async <T>(sql: string, params: unknown[] = []) =>
    (await t.dataSource.query(sql, params)) as T[];
  const events = async (entityId: string, action: string) =>
    (
      await query<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = $2',
        [entityId, action],
      )
    )[0].n;

  /** Exactly one response with `winner`, the others with one of `refusals`, and never a 5xx. */
  function oneWinner(results: Response[], winner: number, refusals: Record<number, string[]>): Response {
    for (const r of results) expect(r.status).toBeLessThan(500);
    const won = results.filter((r) => r.status === winner);
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x !== won[0])) {
      expect(Object.keys(refusals).map(Number)).toContain(r.status);
      expect(refusals[r.status]).toContain(r.body.code);
    }
    return won[0];
  }

  describe('submission', () => {
    it(`submits a draft once when it is submitted ${N} times at once, with one snapshot`, async () => {
      const application = await draft();
      const results = await Promise.all(
        Array.from({ length: N }, () => post(applicant, `/api/applications/${application.id}/submit`)),
      );
      const won = oneWinner(results, 200, { 409: ['INVALID_TRANSITION'] });
      expect(won.body.status).toBe('submitted');
      expect(await events(application.id, 'application.submitted')).toBe(1);
      const [row] = await query<{ snapshot: { submittedAt: string; reference: string }; submitted_at: Date }>(
        'SELECT snapshot, submitted_at FROM application WHERE id = $1',
        [application.id],
      );
      expect(row.snapshot.reference).toBe(application.reference);
      expect(new Date(row.snapshot.submittedAt).toISOString()).toBe(new Date(row.submitted_at).toISOString());
    });

    it('submits once when the same Idempotency-Key arrives several times at once', async () => {
      const application = await draft();
      const results = await Promise.all(
        Array.from({ length: N }, () =>
          post(applicant, `/api/applications/${application.id}/submit`, {}, `submit-${application.id}`),
        ),
      );
      for (const r of results) {
        expect(r.status).toBeLessThan(500);
        if (r.status === 409) expect(r.body.code).toBe('IDEMPOTENCY_CONFLICT');
        else expect(r.status).toBe(200);
      }
      expect(results.filter((r) => r.status === 200 && !r.headers['idempotent-replayed'])).toHaveLength(1);
      expect(await events(application.id, 'application.submitted')).toBe(1);
    });
  });

  describe('screening and withdrawal', () => {
    it('lets one screening and one withdrawal through at most, in an order the state machine allows', async () => {
      for (let round = 0; round < 4; round++) {
        const application = await submitted();
        const path = `/api/applications/${application.id}`;
        const requests = [
          post(staff, `${path}/screening`, { outcome: 'admissible' }),
          post(staff, `${path}/screening`, { outcome: 'inadmissible', reason: 'Buiten de oproep' }),
          post(staff, `${path}/screening`, { outcome: 'returned', reason: 'Kostenstaat ontbreekt' }),
          post(applicant, `${path}/withdraw`, { reason: 'Consortium valt uiteen' }),
          post(staff, `${path}/withdraw`, { reason: 'Op vraag van de aanvrager' }),
        ];
        // Vary who is first out of the gate from round to round.
        const order = [...requests.keys()].map((i) => (i + round) % requests.length);
        const settled = await Promise.all(order.map((i) => requests[i]));
        const results: Response[] = [];
        order.forEach((i, k) => (results[i] = settled[k]));
        for (const r of results) {
          expect([200, 409]).toContain(r.status);
          if (r.status === 409) expect(r.body.code).toBe('INVALID_TRANSITION');
        }
        const screenings = results.slice(0, 3).filter((r) => r.status === 200);
        const withdrawals = results.slice(3).filter((r) => r.status === 200);
        expect(screenings.length).toBeLessThanOrEqual(1);
        expect(withdrawals.length).toBeLessThanOrEqual(1);
        expect(screenings.length + withdrawals.length).toBeGreaterThanOrEqual(1);
        // A withdrawal is final; without one, the screening decided. Inadmissible cannot be withdrawn.
        const status = await t.ctx.applicationStatus(application.id);
        if (withdrawals.length === 1) expect(status).toBe('withdrawn');
        else expect(status).toBe(screenings[0].body.status);
        if (screenings[0]?.body.status === 'inadmissible') expect(withdrawals).toHaveLength(0);
        // Every success is one transition in the audit trail, and nothing else is.
        const [{ n }] = await query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1
              AND action IN ('application.admissible', 'application.inadmissible', 'application.returned', 'application.withdrawn')`,
          [application.id],
        );
        expect(n).toBe(screenings.length + withdrawals.length);
      }
    });

    it('never lets a withdrawal and a decision both win', async () => {
      for (let round = 0; round < 3; round++) {
        const application = await underReview();
        const [decision, withdrawal] = await Promise.all([
          approve(application.id, 1_000_000),
          post(applicant, `/api/applications/${application.id}/withdraw`, { reason: 'Toch niet' }),
        ]);
        expect([decision.status, withdrawal.status].sort()).toEqual(
          decision.status === 201 ? [201, 409] : [200, 409],
        );
        const [{ n }] = await query<{ n: number }>(
          'SELECT count(*)::int AS n FROM decision WHERE application_id = $1',
          [application.id],
        );
        expect(n).toBe(decision.status === 201 ? 1 : 0);
        expect(await t.ctx.applicationStatus(application.id)).toBe(
          decision.status === 201 ? 'approved' : 'withdrawn',
        );
      }
    });
  });

  describe('reviews', () => {
    it('takes a review once when its evaluator submits it several times at once', async () => {
      const application = await t.ctx.admissibleApplication(applicant, mine());
      const { assignment, evaluator } = await t.ctx.assignEvaluator(application.id, undefined, staff);
      await t.ctx.declareNoConflict(evaluator, assignment.id);
      const body = {
        scores: ['innovation', 'impact', 'feasibility'].map((criterion) => ({
          criterion,
          score: 7,
          comment: 'Goed',
        })),
        comment: 'Financierbaar',
        submit: true,
      };
      const results = await Promise.all(
        Array.from({ length: N }, () =>
          t.http
            .put(`/api/assignments/${assignment.id}/review`)
            .set('Authorization', evaluator.auth)
            .send(body),
        ),
      );
      const won = oneWinner(results, 200, { 409: ['ALREADY_SUBMITTED'] });
      expect(await events(won.body.id, 'review.submitted')).toBe(1);
    });

    it('moves the application to under_review once when three last reviews arrive together', async () => {
      const application = await t.ctx.admissibleApplication(applicant, mine());
      const assigned = [];
      for (let i = 0; i < 3; i++) {
        const a = await t.ctx.assignEvaluator(application.id, undefined, staff);
        await t.ctx.declareNoConflict(a.evaluator, a.assignment.id);
        assigned.push(a);
      }
      const results = await Promise.all(
        assigned.map(({ assignment, evaluator }) => t.ctx.submitReview(evaluator, assignment.id, 7)),
      );
      expect(results.every((r) => r.status === 'submitted')).toBe(true);
      expect(await t.ctx.applicationStatus(application.id)).toBe('under_review');
      expect(await events(application.id, 'application.under_review')).toBe(1);
    });
  });

  describe('decisions', () => {
    it('decides an application once when approvals and refusals arrive together', async () => {
      const application = await underReview();
      const results = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          i % 2 === 0
            ? approve(application.id, 2_000_000)
            : post(staff, `/api/applications/${application.id}/decision`, {
                outcome: 'rejected',
                refusalGrounds: [
                  {
                    type: 'ineligible',
                    rule: 'De aanvraag voldoet niet aan artikel 4 van het reglement (test).',
                  },
                ],
                motivation: 'Onvoldoende',
              }),
        ),
      );
      const won = oneWinner(results, 201, { 409: ['INVALID_TRANSITION'] });
      const [{ n }] = await query<{ n: number }>(
        'SELECT count(*)::int AS n FROM decision WHERE application_id = $1',
        [application.id],
      );
      expect(n).toBe(1);
      const [{ committed }] = await query<{ committed: string }>(
        `SELECT COALESCE(sum(amount_cents), 0)::text AS committed FROM budget_ledger_entry
          WHERE application_id = $1 AND kind = 'commitment'`,
        [application.id],
      );
      expect(Number(committed)).toBe(won.body.outcome === 'approved' ? 2_000_000 : 0);
    });
  });

  describe('payments', () => {
    // Final reports are accepted, and balances paid, once the projects (ending 2028-12-31) have ended.
    let backToToday: (() => void) | undefined;
    afterEach(() => {
      backToToday?.();
      backToToday = undefined;
    });

    it(`pays the advance once when it is requested ${N} times at once`, async () => {
      const application = await approved(3_000_000);
      const results = await Promise.all(
        Array.from({ length: N }, () => pay(application.id, { kind: 'advance' })),
      );
      const won = oneWinner(results, 201, { 409: ['ALREADY_EXISTS'] });
      expect(won.body.amountCents).toBe(1_500_000);
      expect(await events(won.body.id, 'payment.advance')).toBe(1);
    });

    it('never pays more than the grant, however the advances race', async () => {
      const application = await approved(3_000_000);
      const over = await Promise.all(
        Array.from({ length: N }, () => pay(application.id, { kind: 'advance', amountCents: 3_000_001 })),
      );
      for (const r of over) {
        expect(r.status).toBe(422);
        expect(r.body.code).toBe('PAYMENT_EXCEEDS_GRANT');
      }
      const whole = await Promise.all(
        Array.from({ length: N }, () => pay(application.id, { kind: 'advance', amountCents: 3_000_000 })),
      );
      oneWinner(whole, 201, { 409: ['ALREADY_EXISTS'] });
      const [{ paid }] = await query<{ paid: string }>(
        'SELECT paid_cents::text AS paid FROM decision WHERE application_id = $1',
        [application.id],
      );
      expect(Number(paid)).toBe(3_000_000);
    });

    it('settles a final report once and pays its balance once, whatever races with it', async () => {
      const application = await approved(4_000_000);
      await post(
        applicant,
        `/api/applications/${application.id}/final-report`,
        report(application, 15_000_000),
      ).expect(200);
      backToToday = t.ctx.afterProjectEnd();
      // The advance races the acceptance: either order is fine, paid stays within the final grant.
      const [advance, ...accepts] = await Promise.all([
        pay(application.id, { kind: 'advance' }),
        ...Array.from({ length: 4 }, () => accept(application.id)),
      ]);
      expect([201, 409]).toContain(advance.status);
      oneWinner(accepts, 200, { 409: ['INVALID_TRANSITION'] });
      expect(await events(application.id, 'budget.decommitted')).toBeLessThanOrEqual(1);
      const [{ n: decommitments }] = await query<{ n: number }>(
        `SELECT count(*)::int AS n FROM budget_ledger_entry WHERE application_id = $1 AND kind = 'decommitment'`,
        [application.id],
      );
      expect(decommitments).toBe(1);

      // Then balances and late advances together: one balance, which closes the application.
      const results = await Promise.all([
        ...Array.from({ length: 4 }, () => pay(application.id, { kind: 'balance' })),
        pay(application.id, { kind: 'advance', amountCents: 1 }),
      ]);
      const won = oneWinner(results, 201, { 409: ['INVALID_TRANSITION', 'ALREADY_EXISTS'] });
      expect(won.body.kind).toBe('balance');
      expect(await t.ctx.applicationStatus(application.id)).toBe('closed');
      const [d] = await query<{ paid: string; final: string }>(
        'SELECT paid_cents::text AS paid, final_grant_cents::text AS final FROM decision WHERE application_id = $1',
        [application.id],
      );
      expect(d.paid).toBe(d.final);
    });

    it('keeps the report the coordinator corrects while staff accept it consistent with the settlement', async () => {
      const application = await approved(5_000_000);
      await post(
        applicant,
        `/api/applications/${application.id}/final-report`,
        report(application, 20_000_000),
      ).expect(200);
      backToToday = t.ctx.afterProjectEnd();
      const results = await Promise.all([
        accept(application.id),
        post(applicant, `/api/applications/${application.id}/final-report`, report(application, 10_000_000)),
        post(applicant, `/api/applications/${application.id}/final-report`, report(application, 12_500_000)),
      ]);
      for (const r of results) expect(r.status).toBeLessThan(500);
      // Staff accept version 1: unless a correction came first (then 409 VERSION_CONFLICT), it wins.
      if (results[0].status !== 200) {
        expect(results[0].status).toBe(409);
        expect(results[0].body.code).toBe('VERSION_CONFLICT');
        // Staff review the corrected report and accept the version they read.
        const current = await t.http
          .get(`/api/applications/${application.id}/final-report`)
          .set('Authorization', staff.auth)
          .expect(200);
        await post(staff, `/api/applications/${application.id}/final-report/accept`, {
          version: current.body.version as number,
        }).expect(200);
      }
      // Checked with every other grant by the invariants below.
    });
  });

  describe('afterwards, from the database', () => {
    it('keeps every status in line with the audit trail', async () => {
      const rows = await query<{ id: string; status: string; last: string | null }>(
        `SELECT a.id, a.status,
                (SELECT e.data->>'to' FROM audit_event e
                  WHERE e.entity = 'application' AND e.entity_id = a.id::text AND e.data ? 'to'
                    AND e.action LIKE 'application.%'
                  ORDER BY e.seq DESC LIMIT 1) AS last
           FROM application a`,
      );
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.filter((r) => r.status !== (r.last ?? 'draft'))).toEqual([]);
    });

    it('keeps one snapshot per submitted application, taken at its last submission', async () => {
      const rows = await query<{
        id: string;
        status: string;
        snapshot_at: string | null;
        submitted_at: Date | null;
        submissions: number;
      }>(
        `SELECT a.id, a.status, a.snapshot->>'submittedAt' AS snapshot_at, a.submitted_at,
                (SELECT count(*)::int FROM audit_event e
                  WHERE e.entity_id = a.id::text AND e.action = 'application.submitted') AS submissions
           FROM application a`,
      );
      for (const r of rows) {
        expect({ id: r.id, snapshot: r.snapshot_at !== null }).toEqual({
          id: r.id,
          snapshot: r.submissions > 0,
        });
        if (r.snapshot_at !== null) {
          expect(new Date(r.snapshot_at).toISOString()).toBe(new Date(r.submitted_at!).toISOString());
        }
      }
    });

    it('has a decision exactly for decided applications', async () => {
      const rows = await query<{ id: string; status: string; decisions: number }>(
        `SELECT a.id, a.status, (SELECT count(*)::int FROM decision d WHERE d.application_id = a.id) AS decisions
           FROM application a`,
      );
      const decided = new Set(['approved', 'rejected', 'closed']);
      expect(rows.filter((r) => r.decisions !== (decided.has(r.status) ? 1 : 0))).toEqual([]);
    });

    it('never pays more than granted, and paid equals payments minus recoveries', async () => {
      const rows = await query<{
        application_id: string;
        granted: string;
        final: string | null;
        paid: string;
        payments: string;
        ledger_paid: string;
        recovered: string;
      }>(
        `SELECT d.application_id, d.granted_cents::text AS granted, d.final_grant_cents::text AS final,
                d.paid_cents::text AS paid,
                (SELECT COALESCE(sum(p.amount_cents), 0) FROM payment p WHERE p.application_id = d.application_id)::text AS payments,
                (SELECT COALESCE(sum(l.amount_cents), 0) FROM budget_ledger_entry l
                  WHERE l.application_id = d.application_id AND l.kind IN ('payment', 'recovery'))::text AS ledger_paid,
                (SELECT COALESCE(sum(l.amount_cents), 0) FROM budget_ledger_entry l
                  WHERE l.application_id = d.application_id AND l.kind = 'recovery')::text AS recovered
           FROM decision d WHERE d.outcome = 'approved'`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const r of rows) {
        const grant = Number(r.final ?? r.granted);
        expect(Number(r.paid)).toBeLessThanOrEqual(grant);
        expect(Number(r.payments)).toBeLessThanOrEqual(Number(r.granted));
        expect(Number(r.paid)).toBe(Number(r.ledger_paid));
        expect(Number(r.paid)).toBe(Number(r.payments) + Number(r.recovered));
      }
    });

    it('fixed every final grant by the rule, from the costs the accepted report stores', async () => {
      const rows = await query<{ granted: string; eligible: string; actual: string; final: string }>(
        `SELECT d.granted_cents::text AS granted, d.eligible_costs_cents::text AS eligible,
                r.eligible_costs_cents::text AS actual, d.final_grant_cents::text AS final
           FROM final_report r JOIN decision d ON d.id = r.decision_id WHERE r.status = 'accepted'`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const r of rows) {
        const granted = BigInt(r.granted);
        const rule = (granted * BigInt(r.actual)) / BigInt(r.eligible);
        expect(r.final).toBe(String(rule < granted ? rule : granted));
      }
    });

    it('keeps every call’s running totals equal to the sums of its ledger', async () => {
      const rows = await query<Record<string, string>>(
        `SELECT c.id, c.budget_cents::text AS budget, c.committed_cents::text AS committed, c.paid_cents::text AS paid,
                COALESCE(sum(l.amount_cents) FILTER (WHERE l.kind = 'budget'), 0)::text AS l_budget,
                COALESCE(sum(l.amount_cents) FILTER (WHERE l.kind IN ('commitment', 'decommitment')), 0)::text AS l_committed,
                COALESCE(sum(l.amount_cents) FILTER (WHERE l.kind IN ('payment', 'recovery')), 0)::text AS l_paid,
                (SELECT COALESCE(sum(COALESCE(d.final_grant_cents, d.granted_cents)), 0) FROM decision d
                  WHERE d.call_id = c.id AND d.outcome = 'approved')::text AS grants
           FROM call c LEFT JOIN budget_ledger_entry l ON l.call_id = c.id GROUP BY c.id`,
      );
      for (const r of rows) {
        expect(r.budget).toBe(r.l_budget);
        expect(r.committed).toBe(r.l_committed);
        expect(r.paid).toBe(r.l_paid);
        expect(r.committed).toBe(r.grants);
        expect(Number(r.committed)).toBeLessThanOrEqual(Number(r.budget));
      }
    });

    it('keeps the audit chain intact', async () => {
      const res = await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200);
      expect(res.body).toMatchObject({ ok: true });
      expect(res.body.checked).toBeGreaterThan(100);
    });
  });
});
