import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { ApplicationView } from '../../src/domains/applications/dto/application.dto.js';
import type { CallView } from '../../src/domains/programmes/dto/programme.dto.js';
import { RankingService } from '../../src/domains/reviews/ranking.service.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

/** The criteria of the hand-computed example in src/reviews/ranking.spec.ts. */
const CRITERIA = [
  { key: 'quality', label: 'Quality', weight: 2, maxScore: 10, threshold: 5 },
  { key: 'impact', label: 'Impact', weight: 1, maxScore: 5, threshold: 2 },
  { key: 'budget', label: 'Budget', weight: 1, maxScore: 10 },
];

const scores = (quality: number, impact: number, budget: number) => [
  { criterion: 'quality', score: quality, comment: 'Quality comment' },
  { criterion: 'impact', score: impact, comment: 'Impact comment' },
  { criterion: 'budget', score: budget, comment: 'Budget comment' },
];

describe('reviews', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [staff, applicant] = await Promise.all([t.ctx.newStaff(), t.ctx.newApplicant()]);
  });
  afterAll(() => t.close());

  const assign = (applicationId: string, evaluatorId: string, as: TestUser = staff) =>
    t.http
      .post(`/api/applications/${applicationId}/assignments`)
      .set('Authorization', as.auth)
      .send({ evaluatorId });
  const declare = (evaluator: TestUser, assignmentId: string, hasConflict = false, statement?: string) =>
    t.http
      .post(`/api/assignments/${assignmentId}/declaration`)
      .set('Authorization', evaluator.auth)
      .send({ hasConflict, ...(statement ? { statement } : {}) });
  const putReview = (evaluator: TestUser, assignmentId: string, body: Record<string, unknown>) =>
    t.http.put(`/api/assignments/${assignmentId}/review`).set('Authorization', evaluator.auth).send(body);
  const statusOf = async (applicationId: string) =>
    (await t.http.get(`/api/applications/${applicationId}`).set('Authorization', staff.auth).expect(200)).body
      .status as string;

  /** An admissible application in `call` whose partners are `coordinator` (applicant's) and `partner`. */
  async function admissibleWith(
    call: CallView,
    partnerId: string,
    overrides: Record<string, unknown> = {},
  ): Promise<ApplicationView> {
    const coordinator = await t.ctx.newOrganisation(applicant);
    return t.ctx.admissibleApplication(applicant, {
      callId: call.id,
      partners: [
        {
          organisationId: coordinator.id,
          role: 'coordinator',
          costs: [{ category: 'staff', description: 'Engineers', amountCents: 15_000_000 }],
        },
        {
          organisationId: partnerId,
          role: 'partner',
          costs: [{ category: 'staff', description: 'Researchers', amountCents: 10_000_000 }],
        },
      ],
      ...overrides,
    });
  }

  describe('conflicts of interest', () => {
    let call: CallView;
    let university: { id: string; name: string };
    let application: ApplicationView;

    beforeAll(async () => {
      call = await t.ctx.newCall({ criteria: CRITERIA });
      university = await t.ctx.newOrganisation(undefined, { kind: 'knowledge_institution' });
      application = await admissibleWith(call, university.id);
    });

    it('refuses an evaluator whose organisation is a partner with 422 naming it', async () => {
      const insider = await t.ctx.newEvaluator(university.id);
      const res = await assign(application.id, insider.id).expect(422);
      expect(res.body).toMatchObject({
        code: 'CONFLICT_OF_INTEREST',
        details: [{ organisationId: university.id, name: university.name, relation: 'own_organisation' }],
      });
      expect(res.body.message).toContain(university.name);
    });

    it('refuses an evaluator whose organisation is linked to a partner', async () => {
      const spinOff = await t.ctx.newOrganisation();
      await t.http
        .post(`/api/organisations/${university.id}/links`)
        .set('Authorization', staff.auth)
        .send({ linkedOrganisationId: spinOff.id, relation: 'subsidiary' })
        .expect(201);
      const linked = await t.ctx.newEvaluator(spinOff.id);
      const res = await assign(application.id, linked.id).expect(422);
      expect(res.body.code).toBe('CONFLICT_OF_INTEREST');
      expect(res.body.details).toEqual([
        expect.objectContaining({ organisationId: university.id, relation: 'linked' }),
      ]);
    });

    it('lists the evaluators with the conflicts an assignment would be refused for, before assigning', async () => {
      const insider = await t.ctx.newEvaluator(university.id);
      const institute = await t.ctx.newOrganisation(undefined, { name: 'Instituut Verbonden' });
      await t.http
        .post(`/api/organisations/${university.id}/links`)
        .set('Authorization', staff.auth)
        .send({ linkedOrganisationId: institute.id, relation: 'subsidiary' })
        .expect(201);
      const linked = await t.ctx.newEvaluator(institute.id);
      const free = await t.ctx.newEvaluator();
      const assigned = await t.ctx.newEvaluator();
      await assign(application.id, assigned.id).expect(201);
      const res = await t.http
        .get(`/api/applications/${application.id}/evaluator-candidates?limit=100`)
        .set('Authorization', staff.auth)
        .expect(200);
      const of = (id: string) =>
        (res.body.items as { evaluatorId: string }[]).find((i) => i.evaluatorId === id);
      expect(of(insider.id)).toMatchObject({
        fullName: insider.fullName,
        organisationName: university.name,
        assignmentId: null,
        conflicts: [
          {
            organisationId: university.id,
            name: university.name,
            relation: 'own_organisation',
            partnerRole: 'partner',
            via: null,
          },
        ],
      });
      expect(of(linked.id)).toMatchObject({
        conflicts: [
          {
            organisationId: university.id,
            relation: 'linked',
            partnerRole: 'partner',
            via: 'Instituut Verbonden',
          },
        ],
      });
      expect(of(free.id)).toMatchObject({ conflicts: [], assignmentId: null, assignmentStatus: null });
      expect(of(assigned.id)).toMatchObject({ conflicts: [], assignmentStatus: 'assigned' });
      expect(res.body.total).toBeGreaterThanOrEqual(4);
      // what the list shows is what the assignment enforces
      const refused = await assign(application.id, linked.id).expect(422);
      expect(refused.body.details).toEqual([
        expect.objectContaining({ relation: 'linked', via: 'Instituut Verbonden', partnerRole: 'partner' }),
      ]);
      await t.http
        .get(`/api/applications/${application.id}/evaluator-candidates`)
        .set('Authorization', free.auth)
        .expect(403);
      await t.http
        .get(`/api/applications/00000000-0000-4000-8000-000000000000/evaluator-candidates`)
        .set('Authorization', staff.auth)
        .expect(404);
    });

    it('assigns an independent evaluator, once', async () => {
      const independent = await t.ctx.newEvaluator((await t.ctx.newOrganisation()).id);
      const res = await assign(application.id, independent.id).expect(201);
      expect(res.body).toMatchObject({
        applicationId: application.id,
        evaluatorId: independent.id,
        status: 'assigned',
        callId: call.id,
        applicationReference: application.reference,
      });
      const again = await assign(application.id, independent.id).expect(409);
      expect(again.body.code).toBe('ALREADY_EXISTS');
    });

    it('refuses to assign someone who is not an evaluator, and only staff assign', async () => {
      const other = await t.ctx.newApplicant();
      expect((await assign(application.id, other.id).expect(400)).body.code).toBe('VALIDATION_FAILED');
      const evaluator = await t.ctx.newEvaluator();
      await assign(application.id, evaluator.id, applicant).expect(403);
      await assign(application.id, evaluator.id, evaluator).expect(403);
    });

    it('refuses assignments before the application is admissible', async () => {
      const submitted = await t.ctx.submittedApplication(applicant, { callId: call.id });
      const res = await assign(submitted.id, (await t.ctx.newEvaluator()).id).expect(409);
      expect(res.body.code).toBe('INVALID_TRANSITION');
    });

    it('keeps the content closed until the declaration, and a declared conflict recuses', async () => {
      const evaluator = await t.ctx.newEvaluator();
      const assignment = (await assign(application.id, evaluator.id).expect(201)).body;

      // Before the declaration: who takes part (to judge a conflict), but not the content.
      const before = await t.http
        .get(`/api/assignments/${assignment.id}`)
        .set('Authorization', evaluator.auth)
        .expect(200);
      expect(before.body.application).toBeNull();
      expect(before.body.consortium.map((m: { organisationId: string }) => m.organisationId)).toContain(
        university.id,
      );
      const closed = await t.http
        .get(`/api/assignments/${assignment.id}/application`)
        .set('Authorization', evaluator.auth)
        .expect(403);
      expect(closed.body.code).toBe('FORBIDDEN');
      await putReview(evaluator, assignment.id, { scores: scores(5, 3, 5) }).expect(403);

      const declared = await declare(evaluator, assignment.id, true, 'I co-authored the proposal').expect(
        200,
      );
      expect(declared.body).toMatchObject({ status: 'recused', hasConflict: true, application: null });
      await t.http
        .get(`/api/assignments/${assignment.id}/application`)
        .set('Authorization', evaluator.auth)
        .expect(403);
      await putReview(evaluator, assignment.id, { scores: scores(5, 3, 5) }).expect(403);
      await t.http
        .get(`/api/applications/${application.id}/reviews`)
        .set('Authorization', evaluator.auth)
        .expect(403);
      expect((await declare(evaluator, assignment.id, false).expect(409)).body.code).toBe(
        'INVALID_TRANSITION',
      );

      // The recusal stays recorded: the same evaluator cannot come back, someone else can.
      expect((await assign(application.id, evaluator.id).expect(409)).body.code).toBe('ALREADY_EXISTS');
      await assign(application.id, (await t.ctx.newEvaluator()).id).expect(201);

      const audit = await t.http
        .get(`/api/audit?entity=review_assignment&entityId=${assignment.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
        'review.recused',
        'review.assigned',
      ]);
      expect(audit.body.items[0].data).toMatchObject({
        hasConflict: true,
        statement: 'I co-authored the proposal',
      });
    });

    it('opens the submitted content after declaring no conflict', async () => {
      const evaluator = await t.ctx.newEvaluator();
      const assignment = (await assign(application.id, evaluator.id).expect(201)).body;
      const declared = await declare(evaluator, assignment.id, false).expect(200);
      expect(declared.body.status).toBe('declared');
      expect(declared.body.application).toMatchObject({
        reference: application.reference,
        title: application.title,
      });
      const content = await t.http
        .get(`/api/assignments/${assignment.id}/application`)
        .set('Authorization', evaluator.auth)
        .expect(200);
      expect(content.body).toMatchObject({ reference: application.reference, summary: application.summary });
      expect(content.body.partners).toHaveLength(2);
      expect(declared.body.criteria.map((c: { key: string }) => c.key)).toEqual([
        'quality',
        'impact',
        'budget',
      ]);
    });
  });

  describe('scoring', () => {
    let call: CallView;
    let application: ApplicationView;
    let a: TestUser;
    let b: TestUser;
    let assignmentA: string;
    let assignmentB: string;

    beforeAll(async () => {
      call = await t.ctx.newCall({ criteria: CRITERIA, minReviewsPerApplication: 2 });
      application = await admissibleWith(call, (await t.ctx.newOrganisation()).id);
      [a, b] = await Promise.all([t.ctx.newEvaluator(), t.ctx.newEvaluator()]);
      assignmentA = (await assign(application.id, a.id).expect(201)).body.id;
      assignmentB = (await assign(application.id, b.id).expect(201)).body.id;
      await declare(a, assignmentA).expect(200);
      await declare(b, assignmentB).expect(200);
    });

    it('saves an incomplete draft', async () => {
      const res = await putReview(a, assignmentA, {
        scores: [{ criterion: 'quality', score: 8, comment: 'Promising' }],
      }).expect(200);
      expect(res.body).toMatchObject({ status: 'draft', weightedScore: null, submittedAt: null });
      expect(res.body.scores).toEqual([{ criterion: 'quality', score: 8, comment: 'Promising' }]);
    });

    it('refuses to submit with a missing criterion, naming it', async () => {
      const res = await putReview(a, assignmentA, {
        scores: scores(8, 4, 6).slice(0, 2),
        comment: 'Overall fine',
        submit: true,
      }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'scores.budget' })]);
    });

    it('refuses a score outside 0..maxScore', async () => {
      const res = await putReview(a, assignmentA, {
        scores: scores(8, 6, 6),
        comment: 'Overall fine',
        submit: true,
      }).expect(400);
      expect(res.body.details).toEqual([
        { field: 'scores.impact.score', message: 'score must be between 0 and 5' },
      ]);
      await putReview(a, assignmentA, { scores: scores(-1, 4, 6), comment: 'x', submit: true }).expect(400);
    });

    it('refuses to submit without comments and an unknown criterion even in a draft', async () => {
      const res = await putReview(a, assignmentA, {
        scores: scores(8, 4, 6).map((s) => ({ ...s, comment: '' })),
        submit: true,
      }).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([
        'scores.quality.comment',
        'scores.impact.comment',
        'scores.budget.comment',
        'comment',
      ]);
      await putReview(a, assignmentA, { scores: [{ criterion: 'novelty', score: 1 }] }).expect(400);
    });

    it('submits a review with its weighted score, and keeps the application admissible below the minimum', async () => {
      const res = await putReview(a, assignmentA, {
        scores: scores(8, 4, 6),
        comment: 'A solid consortium',
        submit: true,
      }).expect(200);
      expect(res.body).toMatchObject({
        status: 'submitted',
        weightedScore: 75,
        comment: 'A solid consortium',
      });
      expect(await statusOf(application.id)).toBe('admissible');
      const audit = await t.http
        .get(`/api/audit?entity=review&entityId=${res.body.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          action: 'review.submitted',
          actor: { id: a.id, role: 'evaluator' },
          data: expect.objectContaining({ applicationId: application.id, weightedScore: 75 }),
        }),
      ]);
    });

    it('never changes a submitted review', async () => {
      const res = await putReview(a, assignmentA, {
        scores: scores(1, 1, 1),
        comment: 'Changed my mind',
      }).expect(409);
      expect(res.body.code).toBe('ALREADY_SUBMITTED');
      await putReview(a, assignmentA, { scores: scores(1, 1, 1), comment: 'x', submit: true }).expect(409);
      // The database refuses it too, whatever the code does.
      await expect(
        t.dataSource.query(`UPDATE review SET comment = 'tampered' WHERE assignment_id = $1`, [assignmentA]),
      ).rejects.toThrow(/submitted review cannot change/);
      const reviews = await t.http
        .get(`/api/applications/${application.id}/reviews`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(reviews.body.items).toEqual([expect.objectContaining({ evaluatorId: a.id, weightedScore: 75 })]);
    });

    it('does not let evaluator A read evaluator B’s review, before or after submitting', async () => {
      await putReview(b, assignmentB, { scores: scores(6, 3, 8), comment: 'Draft of B' }).expect(200);
      await t.http.get(`/api/assignments/${assignmentB}`).set('Authorization', a.auth).expect(404);
      await t.http
        .get(`/api/assignments/${assignmentB}/application`)
        .set('Authorization', a.auth)
        .expect(404);
      await putReview(a, assignmentB, { scores: scores(1, 1, 1) }).expect(404);
      const seenByA = await t.http
        .get(`/api/applications/${application.id}/reviews`)
        .set('Authorization', a.auth)
        .expect(200);
      expect(seenByA.body.items.map((r: { evaluatorId: string }) => r.evaluatorId)).toEqual([a.id]);
      const seenByB = await t.http
        .get(`/api/applications/${application.id}/reviews`)
        .set('Authorization', b.auth)
        .expect(200);
      expect(seenByB.body.items).toEqual([expect.objectContaining({ evaluatorId: b.id, status: 'draft' })]);
      // Staff do not see B's draft either.
      const staffView = await t.http
        .get(`/api/applications/${application.id}/reviews`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(staffView.body.total).toBe(1);
    });

    it('moves the application to under_review when the minimum number of reviews is in', async () => {
      await putReview(b, assignmentB, { scores: scores(6, 3, 8), comment: 'Fine', submit: true }).expect(200);
      expect(await statusOf(application.id)).toBe('under_review');
      const seenByA = await t.http
        .get(`/api/applications/${application.id}/reviews`)
        .set('Authorization', a.auth)
        .expect(200);
      expect(seenByA.body.items.map((r: { evaluatorId: string }) => r.evaluatorId)).toEqual([a.id]);
      const audit = await t.http
        .get(`/api/audit?entity=application&entityId=${application.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'application.under_review',
        data: { from: 'admissible', to: 'under_review', reviewCount: 2 },
      });
    });

    it('lets an evaluator list only their own assignments', async () => {
      const mine = await t.http.get('/api/assignments').set('Authorization', a.auth).expect(200);
      expect(mine.body.items.map((x: { id: string }) => x.id)).toEqual([assignmentA]);
      const byStaff = await t.http
        .get(`/api/assignments?applicationId=${application.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(byStaff.body.total).toBe(2);
    });

    it('moves the application only once when the last two reviews are submitted at the same time', async () => {
      const app2 = await admissibleWith(call, (await t.ctx.newOrganisation()).id);
      const [c, d] = await Promise.all([t.ctx.newEvaluator(), t.ctx.newEvaluator()]);
      const ids: string[] = [];
      for (const evaluator of [c, d]) {
        const id = (await assign(app2.id, evaluator.id).expect(201)).body.id as string;
        await declare(evaluator, id).expect(200);
        ids.push(id);
      }
      const results = await Promise.all(
        [c, d].map((evaluator, i) =>
          putReview(evaluator, ids[i], { scores: scores(7, 3, 7), comment: 'ok', submit: true }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect(await statusOf(app2.id)).toBe('under_review');
      const audit = await t.http
        .get(`/api/audit?entity=application&entityId=${app2.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(
        audit.body.items.filter((e: { action: string }) => e.action === 'application.under_review'),
      ).toHaveLength(1);
    });
  });

  describe('ranking of a hand-computed call', () => {
    let call: CallView;
    const apps: Record<string, ApplicationView> = {};
    let e1: TestUser;
    let e2: TestUser;

    /*
     * Same example as src/reviews/ranking.spec.ts. Weighted = (2·q/10 + i/5 + b/10) / 4 × 100.
     * app  E1 → score    E2 → score    mean  requested  note
     * F    4,2,4  → 40    6,2,6  → 55   47.5   10 000    submitted 1st
     * E    6,3,5  → 57.5  6,3,5  → 57.5 57.5   50 000    2nd
     * C   10,1,10 → 80   10,1,10 → 80   80    120 000    3rd; impact mean 1 < threshold 2
     * A    8,4,6  → 75    6,3,8  → 65   70    100 000    4th
     * D    9,5,9  → 92.5  5,2,5  → 47.5 70     80 000    5th; spread 45
     * B    7,4,8  → 75    7,3,6  → 65   70     80 000    6th
     * Budget € 300 000: order C, D, B, A, E, F; cumulative 0, 80k, 160k, 260k, 310k, 320k.
     */
    const plan: [string, number, [number, number, number], [number, number, number]][] = [
      ['F', 1_000_000, [4, 2, 4], [6, 2, 6]],
      ['E', 5_000_000, [6, 3, 5], [6, 3, 5]],
      ['C', 12_000_000, [10, 1, 10], [10, 1, 10]],
      ['A', 10_000_000, [8, 4, 6], [6, 3, 8]],
      ['D', 8_000_000, [9, 5, 9], [5, 2, 5]],
      ['B', 8_000_000, [7, 4, 8], [7, 3, 6]],
    ];

    beforeAll(async () => {
      call = await t.ctx.newCall({
        criteria: CRITERIA,
        minReviewsPerApplication: 2,
        budgetCents: 30_000_000,
      });
      [e1, e2] = await Promise.all([t.ctx.newEvaluator(), t.ctx.newEvaluator()]);
      for (const [name, requestedCents] of plan) {
        apps[name] = await admissibleWith(call, (await t.ctx.newOrganisation()).id, {
          requestedCents,
          title: `Project ${name}`,
        });
      }
      for (const [name, , first, second] of plan) {
        for (const [evaluator, s] of [
          [e1, first],
          [e2, second],
        ] as const) {
          const id = (await assign(apps[name].id, evaluator.id).expect(201)).body.id as string;
          await declare(evaluator, id).expect(200);
          await putReview(evaluator, id, {
            scores: scores(...s),
            comment: `Review of ${name}`,
            submit: true,
          }).expect(200);
        }
      }
    });

    const ranking = async () =>
      (await t.http.get(`/api/calls/${call.id}/ranking`).set('Authorization', staff.auth).expect(200)).body;
    const byName = (items: { applicationId: string }[]) => {
      const names = Object.fromEntries(Object.entries(apps).map(([name, a]) => [a.id, name]));
      return items.map((i) => names[i.applicationId]);
    };

    it('orders by score with the documented tie-breaks and draws the funding line', async () => {
      const body = await ranking();
      expect(byName(body.items)).toEqual(['C', 'D', 'B', 'A', 'E', 'F']);
      expect(
        body.items.map((i: Record<string, unknown>) => [
          i.rank,
          i.score,
          i.meetsThresholds,
          i.reviewCount,
          i.cumulativeRequestedCents,
          i.withinBudget,
        ]),
      ).toEqual([
        [1, 80, false, 2, 0, false],
        [2, 70, true, 2, 8_000_000, true],
        [3, 70, true, 2, 16_000_000, true],
        [4, 70, true, 2, 26_000_000, true],
        [5, 57.5, true, 2, 31_000_000, false],
        [6, 47.5, true, 2, 32_000_000, false],
      ]);
      expect(body.items[0]).toMatchObject({
        reference: apps.C.reference,
        title: 'Project C',
        requestedCents: 12_000_000,
        failedThresholds: ['impact'],
        status: 'under_review',
      });
      expect(body.fundingLine).toEqual({
        budgetCents: 30_000_000,
        requestedWithinBudgetCents: 26_000_000,
        remainingCents: 4_000_000,
        lastRankWithinBudget: 4,
        applicationsWithinBudget: 3,
      });
      expect(body.total).toBe(6);
      expect(body.order).toHaveLength(5);
    });

    it('computes the ranking once for the decisions that ask for it at the same time', async () => {
      const service = t.app.get(RankingService);
      const compute = jest.spyOn(service, 'ranking');
      try {
        const [a, b, c] = await Promise.all([1, 2, 3].map(() => service.rankingShared(call.id)));
        expect(compute).toHaveBeenCalledTimes(1);
        expect(a).toBe(b);
        expect(b).toBe(c);
        expect(byName(a.items)).toEqual(['C', 'D', 'B', 'A', 'E', 'F']);
        // Once it is done, the next caller gets a fresh ranking.
        await service.rankingShared(call.id);
        expect(compute).toHaveBeenCalledTimes(2);
      } finally {
        compute.mockRestore();
      }
    });

    it('shows the spread, flags disagreement, and ranks on scores normalised per evaluator', async () => {
      const body = await ranking();
      const d = body.items[1];
      expect(d).toMatchObject({ spread: 45, disagreement: true });
      expect(body.items.filter((i: { disagreement: boolean }) => i.disagreement)).toHaveLength(1);
      expect(body.items.map((i: { normalisedRank: number }) => i.normalisedRank).sort()).toEqual([
        1, 2, 3, 4, 5, 6,
      ]);
      expect(typeof d.normalisedScore).toBe('number');
    });

    it('lets a staff consensus replace the mean, audited', async () => {
      const res = await t.http
        .post(`/api/applications/${apps.D.id}/consensus`)
        .set('Authorization', staff.auth)
        .send({ score: 60, justification: 'Panel: the budget is underestimated' })
        .expect(201);
      expect(res.body).toMatchObject({ score: 60, meanScore: 70 });
      const body = await ranking();
      expect(byName(body.items)).toEqual(['C', 'B', 'A', 'D', 'E', 'F']);
      expect(body.items[3]).toMatchObject({
        score: 60,
        meanScore: 70,
        consensus: { score: 60, justification: 'Panel: the budget is underestimated', by: staff.id },
      });
      const audit = await t.http
        .get(`/api/audit?entity=application&entityId=${apps.D.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'review.consensus',
        data: { score: 60, meanScore: 70 },
      });
    });

    it('refuses a consensus before the reviews are in, and out of range', async () => {
      const early = await admissibleWith(call, (await t.ctx.newOrganisation()).id);
      const res = await t.http
        .post(`/api/applications/${early.id}/consensus`)
        .set('Authorization', staff.auth)
        .send({ score: 50, justification: 'x' })
        .expect(409);
      expect(res.body.code).toBe('INVALID_TRANSITION');
      await t.http
        .post(`/api/applications/${apps.A.id}/consensus`)
        .set('Authorization', staff.auth)
        .send({ score: 101, justification: 'x' })
        .expect(400);
    });

    it('is for staff only', async () => {
      await t.http.get(`/api/calls/${call.id}/ranking`).set('Authorization', e1.auth).expect(403);
      await t.http.get(`/api/calls/${call.id}/ranking`).set('Authorization', applicant.auth).expect(403);
    });

    it('keeps an evaluator out of another call’s applications', async () => {
      const otherCall = await t.ctx.newCall({ criteria: CRITERIA });
      const other = await admissibleWith(otherCall, (await t.ctx.newOrganisation()).id);
      const stranger = await t.ctx.newEvaluator();
      const strangerAssignment = (await assign(other.id, stranger.id).expect(201)).body.id as string;

      const listed = await t.http
        .get(`/api/assignments?callId=${otherCall.id}`)
        .set('Authorization', e1.auth)
        .expect(200);
      expect(listed.body).toEqual({ items: [], total: 0 });
      await t.http.get(`/api/applications/${other.id}/reviews`).set('Authorization', e1.auth).expect(404);
      await t.http.get(`/api/assignments/${strangerAssignment}`).set('Authorization', e1.auth).expect(404);
      await t.http
        .get(`/api/assignments/${strangerAssignment}/application`)
        .set('Authorization', e1.auth)
        .expect(404);
      await declare(e1, strangerAssignment).expect(404);
      const direct = await t.http.get(`/api/applications/${other.id}`).set('Authorization', e1.auth);
      expect([403, 404]).toContain(direct.status);
      await t.http.get(`/api/calls/${otherCall.id}/ranking`).set('Authorization', e1.auth).expect(403);
    });
  });
});
