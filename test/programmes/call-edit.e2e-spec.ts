import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../../src/kernel/clock.js';
import { MAX_CENTS } from '../../src/kernel/dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

/**
 * Issue #22: staff change a call's budget, review deadline, opening moment and criteria through the
 * same PATCH as its texts — each change audited with old and new values, each refusal with its code.
 */
describe("editing a call's budget, planning and criteria", () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;
  let clock: Clock;

  beforeAll(async () => {
    t = await createTestApp();
    [staff, applicant] = await Promise.all([t.ctx.newStaff(), t.ctx.newApplicant()]);
    clock = t.ctx.get(Clock);
  });
  afterAll(() => t.close());

  const patch = (id: string, body: object, user: TestUser = staff) =>
    t.http.patch(`/api/calls/${id}`).set('Authorization', user.auth).send(body);
  const updates = async (entityId: string) =>
    (
      (
        await t.http
          .get(`/api/audit?entity=call&entityId=${entityId}`)
          .set('Authorization', staff.auth)
          .expect(200)
      ).body.items as { action: string; data: Record<string, unknown> }[]
    ).filter((e) => e.action === 'call.updated');
  const day = (offsetDays: number) =>
    new Date(clock.now().getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

  it('changes the budget, audited; never below what the call has committed, nor above the maximum', async () => {
    const call = await t.ctx.newCall();
    await t.ctx.approvedApplication(applicant, 10_000_000, { callId: call.id });
    await patch(call.id, { budgetCents: 20_000_000 }, applicant).expect(403);
    await patch(call.id, { budgetCents: MAX_CENTS + 1 }).expect(400);
    await patch(call.id, { budgetCents: 1.5 }).expect(400);
    await patch(call.id, { budgetCents: null }).expect(400);
    const below = await patch(call.id, { budgetCents: 9_999_999 }).expect(422);
    expect(below.body).toMatchObject({
      code: 'BUDGET_EXCEEDED',
      details: { budgetCents: 9_999_999, committedCents: 10_000_000, currentBudgetCents: 60_000_000 },
    });
    const lowered = await patch(call.id, { budgetCents: 10_000_000 }).expect(200);
    expect(lowered.body.budgetCents).toBe(10_000_000);
    const budget = await t.http
      .get(`/api/calls/${call.id}/budget`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(budget.body).toMatchObject({ budgetCents: 10_000_000, committedCents: 10_000_000 });
    expect(await updates(call.id)).toContainEqual(
      expect.objectContaining({ data: { budgetCents: { from: 60_000_000, to: 10_000_000 } } }),
    );
    expect(await updates(call.id)).toHaveLength(1);
  });

  it('lets a lower budget and an approval never pass each other', async () => {
    const call = await t.ctx.newCall({ budgetCents: 30_000_000 });
    const first = await t.ctx.underReviewApplication(applicant, { callId: call.id });
    const second = await t.ctx.underReviewApplication(applicant, { callId: call.id });
    await t.ctx.approve(first.id, 10_000_000);
    // Either the budget drops to € 150.000 first and the second grant no longer fits, or the grant
    // comes first (€ 200.000 committed) and the lower budget is refused: never both.
    const [lowered, approval] = await Promise.all([
      patch(call.id, { budgetCents: 15_000_000 }),
      t.ctx.approve(second.id, 10_000_000).then(
        () => 'approved',
        (e: { code?: string }) => e.code,
      ),
    ]);
    if (lowered.status === 200) {
      expect(approval).toBe('BUDGET_EXCEEDED');
    } else {
      expect(lowered.status).toBe(422);
      expect(lowered.body.code).toBe('BUDGET_EXCEEDED');
      expect(approval).toBe('approved');
    }
  });

  it('sets the review deadline, not before the closing day', async () => {
    const call = await t.ctx.newCall({ closesOn: day(20) });
    const before = await patch(call.id, { reviewDeadline: day(19) }).expect(400);
    expect(before.body.code).toBe('VALIDATION_FAILED');
    await patch(call.id, { reviewDeadline: '2026-02-30' }).expect(400);
    const set = await patch(call.id, { reviewDeadline: day(20) }).expect(200);
    expect(set.body.reviewDeadline).toBe(day(20));
    const later = await patch(call.id, { reviewDeadline: day(40) }).expect(200);
    expect(later.body.reviewDeadline).toBe(day(40));
    const log = await updates(call.id);
    expect(log).toContainEqual(
      expect.objectContaining({ data: { reviewDeadline: { from: null, to: day(20) } } }),
    );
    expect(log).toContainEqual(
      expect.objectContaining({ data: { reviewDeadline: { from: day(20), to: day(40) } } }),
    );
  });

  it('moves the opening moment while the call has not opened, before it closes; not after it opened', async () => {
    const upcoming = await t.ctx.newCall({
      opensAt: new Date(clock.now().getTime() + 5 * 86_400_000).toISOString(),
      closesOn: day(30),
    });
    expect(upcoming.status).toBe('upcoming');
    const tooLate = await patch(upcoming.id, { opensAt: `${day(31)}T08:00:00Z` }).expect(400);
    expect(tooLate.body.code).toBe('VALIDATION_FAILED');
    const opensAt = new Date(clock.now().getTime() + 10 * 86_400_000);
    const moved = await patch(upcoming.id, { opensAt: opensAt.toISOString() }).expect(200);
    expect(moved.body).toMatchObject({ opensAt: opensAt.toISOString(), status: 'upcoming' });
    expect(await updates(upcoming.id)).toContainEqual(
      expect.objectContaining({
        data: { opensAt: { from: upcoming.opensAt, to: opensAt.toISOString() } },
      }),
    );

    const open = await t.ctx.newCall();
    expect(open.status).toBe('open');
    const refused = await patch(open.id, { opensAt: new Date().toISOString() }).expect(409);
    expect(refused.body.code).toBe('INVALID_TRANSITION');
    // The same moment again is no change and no refusal.
    await patch(open.id, { opensAt: open.opensAt }).expect(200);
    expect(await updates(open.id)).toHaveLength(0);
  });

  it('replaces the criteria with the validation of creation, until an evaluator is assigned', async () => {
    const call = await t.ctx.newCall();
    const criteria = [
      { key: 'innovation', label: 'Innovatie', weight: 50, maxScore: 10, threshold: 6 },
      { key: 'impact', label: 'Impact', weight: 50, maxScore: 5 },
    ];
    await patch(call.id, { criteria: [] }).expect(400);
    await patch(call.id, { criteria: [{ ...criteria[0], weight: 0 }] }).expect(400);
    await patch(call.id, { criteria: [{ ...criteria[1], maxScore: 0 }] }).expect(400);
    const threshold = await patch(call.id, { criteria: [{ ...criteria[1], threshold: 6 }] }).expect(400);
    expect(threshold.body.details).toContainEqual(expect.objectContaining({ field: 'criteria.0.threshold' }));
    await patch(call.id, { criteria: [criteria[0], criteria[0]] }).expect(400);
    const changed = await patch(call.id, { criteria }).expect(200);
    expect(changed.body).toMatchObject({ criteria, criteriaEditable: true });
    expect(await updates(call.id)).toContainEqual(
      expect.objectContaining({ data: { criteria: { from: call.criteria, to: criteria } } }),
    );

    const application = await t.ctx.admissibleApplication(applicant, { callId: call.id });
    await t.ctx.assignEvaluator(application.id, await t.ctx.newEvaluator());
    const read = await t.http.get(`/api/calls/${call.id}`).set('Authorization', staff.auth).expect(200);
    expect(read.body.criteriaEditable).toBe(false);
    const refused = await patch(call.id, { criteria: [criteria[0]] }).expect(409);
    expect(refused.body.code).toBe('INVALID_TRANSITION');
    expect(refused.body.message).toContain('evaluator');
    // The same criteria again are no change: no refusal, no audit entry.
    const before = (await updates(call.id)).length;
    await patch(call.id, { criteria }).expect(200);
    expect(await updates(call.id)).toHaveLength(before);
    // The texts and the budget still change.
    await patch(call.id, { budgetCents: 50_000_000 }).expect(200);
  });
});
