import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../../src/kernel/clock.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

/**
 * Issue #18, item 10: a call closes at the end of its closing day, Brussels time; staff extend it
 * (before it closes) and change its texts; no new drafts after it closed; reviews start after it
 * closed (unless the call says otherwise), and decisions come after the reviews.
 */
describe('the rules of a call', () => {
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

  const criteria = [
    { key: 'innovation', label: 'Innovatie', weight: 60, maxScore: 10, threshold: 5 },
    { key: 'impact', label: 'Impact op Vlaams-Brabant', weight: 40, maxScore: 10 },
  ];
  const createCall = (programmeId: string, window: Record<string, string>) =>
    t.http
      .post('/api/calls')
      .set('Authorization', staff.auth)
      .send({
        programmeId,
        title: 'Oproep najaar 2026',
        year: 2026,
        opensAt: '2026-09-01T00:00:00+02:00',
        budgetCents: 60_000_000,
        minReviewsPerApplication: 2,
        criteria,
        ...window,
      });
  const submit = (id: string) =>
    t.http.post(`/api/applications/${id}/submit`).set('Authorization', applicant.auth);
  const assign = (applicationId: string, evaluatorId: string) =>
    t.http
      .post(`/api/applications/${applicationId}/assignments`)
      .set('Authorization', staff.auth)
      .send({ evaluatorId });
  const audit = async (entityId: string) =>
    (
      await t.http
        .get(`/api/audit?entity=call&entityId=${entityId}`)
        .set('Authorization', staff.auth)
        .expect(200)
    ).body.items as { action: string; data: Record<string, unknown> }[];

  it('stores the closing day and ends the call at the next 00:00 Brussels time', async () => {
    const programme = await t.ctx.newProgramme();
    // 25 October 2026 is the day the clocks go back: the call ends on the 26th at 00:00 CET (UTC+1).
    const dst = await createCall(programme.id, { closesOn: '2026-10-25' }).expect(201);
    expect(dst.body).toMatchObject({
      closesOn: '2026-10-25',
      closesAt: '2026-10-25T23:00:00.000Z',
      reviewsDuringCall: false,
    });
    // The older form names the day: its last second or the next midnight, the call ends at midnight.
    for (const closesAt of ['2026-10-15T23:59:59+02:00', '2026-10-16T00:00:00+02:00']) {
      const legacy = await createCall(programme.id, { closesAt }).expect(201);
      expect(legacy.body).toMatchObject({ closesOn: '2026-10-15', closesAt: '2026-10-15T22:00:00.000Z' });
    }
    const both = await createCall(programme.id, {
      closesOn: '2026-10-15',
      closesAt: '2026-10-15T23:59:59+02:00',
    }).expect(400);
    expect(both.body.code).toBe('VALIDATION_FAILED');
    await createCall(programme.id, {}).expect(400);
  });

  it('takes submissions until 23:59:59 of the closing day, refuses them and new drafts at 00:00, then reviews and decides', async () => {
    const programme = await t.ctx.newProgramme();
    const call = (await createCall(programme.id, { closesOn: '2026-10-25' }).expect(201)).body as {
      id: string;
    };
    const evaluators = await Promise.all([t.ctx.newEvaluator(), t.ctx.newEvaluator()]);
    try {
      clock.travelTo(new Date('2026-10-25T22:59:30Z')); // 23:59:30 CET on the closing day
      expect(
        (await t.http.get(`/api/calls/${call.id}`).set('Authorization', applicant.auth).expect(200)).body
          .status,
      ).toBe('open');
      const onTime = await t.ctx.newApplication(applicant, { callId: call.id });
      await submit(onTime.id).expect(200);
      const late = await t.ctx.newApplication(applicant, {
        callId: call.id,
        partners: t.ctx.sameConsortium(onTime),
      });
      await t.http
        .post(`/api/applications/${onTime.id}/screening`)
        .set('Authorization', staff.auth)
        .send({ outcome: 'admissible' })
        .expect(200);
      // Reviews wait for the call to close.
      const early = await assign(onTime.id, evaluators[0].id).expect(409);
      expect(early.body.code).toBe('CALL_STILL_OPEN');

      clock.travelTo(new Date('2026-10-25T23:00:00Z')); // 00:00 CET on 26 October
      const closed = await submit(late.id).expect(409);
      expect(closed.body.code).toBe('CALL_CLOSED');
      expect(closed.body.message).toContain('25 October 2026 at 23:59');
      const draft = await t.http
        .post('/api/applications')
        .set('Authorization', applicant.auth)
        .send({
          callId: call.id,
          title: 'Te laat',
          summary: 'Een aanvraag na de sluiting',
          cluster: 'health',
          startDate: '2027-01-01',
          endDate: '2028-12-31',
          requestedCents: 10_000_000,
          partners: t.ctx.sameConsortium(onTime),
        })
        .expect(409);
      expect(draft.body.code).toBe('CALL_CLOSED');

      // The call is closed: the reviews start; the decision waits for the last of them.
      const first = await t.ctx.assignEvaluator(onTime.id, evaluators[0]);
      await t.ctx.declareNoConflict(evaluators[0], first.assignment.id);
      await t.ctx.submitReview(evaluators[0], first.assignment.id);
      const decide = () =>
        t.http
          .post(`/api/applications/${onTime.id}/decision`)
          .set('Authorization', staff.auth)
          .send({ outcome: 'approved', grantedCents: 10_000_000, motivation: 'Goedgekeurd' });
      const tooSoon = await decide().expect(409);
      expect(tooSoon.body.code).toBe('INVALID_TRANSITION');
      const second = await t.ctx.assignEvaluator(onTime.id, evaluators[1]);
      await t.ctx.declareNoConflict(evaluators[1], second.assignment.id);
      await t.ctx.submitReview(evaluators[1], second.assignment.id);
      await decide().expect(201);
    } finally {
      clock.reset();
    }
  });

  it('lets reviews start during the call when the call says so', async () => {
    const call = await t.ctx.newCall({ reviewsDuringCall: false });
    const application = await t.ctx.admissibleApplication(applicant, { callId: call.id });
    const evaluator = await t.ctx.newEvaluator();
    expect((await assign(application.id, evaluator.id).expect(409)).body.code).toBe('CALL_STILL_OPEN');
    const changed = await t.http
      .patch(`/api/calls/${call.id}`)
      .set('Authorization', staff.auth)
      .send({ reviewsDuringCall: true })
      .expect(200);
    expect(changed.body.reviewsDuringCall).toBe(true);
    await assign(application.id, evaluator.id).expect(201);
    expect(await audit(call.id)).toContainEqual(
      expect.objectContaining({
        action: 'call.updated',
        data: { reviewsDuringCall: { from: false, to: true } },
      }),
    );
  });

  it('extends an open call to a later closing day, audited; never a closed one', async () => {
    const call = await t.ctx.newCall({ closesOn: clock.today() });
    const extend = (user: TestUser, body: object) =>
      t.http.post(`/api/calls/${call.id}/extension`).set('Authorization', user.auth).send(body);
    const later = new Date(Date.parse(`${call.closesOn}T12:00:00Z`) + 14 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const reason = 'Verlengd wegens een storing van het e-loket';

    await extend(applicant, { closesOn: later, reason }).expect(403);
    await extend(staff, { closesOn: call.closesOn, reason }).expect(400);
    await extend(staff, { closesOn: later }).expect(400);
    const extended = await extend(staff, { closesOn: later, reason }).expect(200);
    expect(extended.body).toMatchObject({ closesOn: later, status: 'open' });
    expect(new Date(extended.body.closesAt).getTime()).toBeGreaterThan(
      new Date(call.closesAt).getTime() + 13 * 86_400_000,
    );
    expect(await audit(call.id)).toContainEqual(
      expect.objectContaining({
        action: 'call.extended',
        data: expect.objectContaining({
          from: { closesOn: call.closesOn, closesAt: call.closesAt },
          to: { closesOn: later, closesAt: extended.body.closesAt },
          reason,
        }),
      }),
    );

    // Never past the review deadline: that moves first, then the call is extended.
    const reviewDeadline = new Date(Date.parse(`${later}T12:00:00Z`) + 30 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const beyond = new Date(Date.parse(`${reviewDeadline}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    await t.http
      .patch(`/api/calls/${call.id}`)
      .set('Authorization', staff.auth)
      .send({ reviewDeadline })
      .expect(200);
    const refused = await extend(staff, { closesOn: beyond, reason }).expect(400);
    expect(JSON.stringify(refused.body)).toContain(`review deadline ${reviewDeadline}`);
    const untilDeadline = await extend(staff, { closesOn: reviewDeadline, reason }).expect(200);
    expect(untilDeadline.body).toMatchObject({ closesOn: reviewDeadline, reviewDeadline });

    try {
      clock.travelTo(new Date(new Date(untilDeadline.body.closesAt).getTime()));
      const closed = await extend(staff, { closesOn: '2099-01-01', reason }).expect(409);
      expect(closed.body.code).toBe('CALL_CLOSED');
    } finally {
      clock.reset();
    }
  });

  it("changes a call's texts, audited with the old and new value", async () => {
    const call = await t.ctx.newCall();
    const patch = (user: TestUser, body: object) =>
      t.http.patch(`/api/calls/${call.id}`).set('Authorization', user.auth).send(body);
    await patch(applicant, { title: 'Gekaapt' }).expect(403);
    await patch(staff, { title: null }).expect(400);
    const description = 'Samenwerkingsprojecten rond gezondheid en voeding in Vlaams-Brabant.';
    const changed = await patch(staff, { title: 'Oproep Innovatiesubsidie 2026 (bis)', description }).expect(
      200,
    );
    expect(changed.body).toMatchObject({ title: 'Oproep Innovatiesubsidie 2026 (bis)', description });
    const read = await t.http.get(`/api/calls/${call.id}`).set('Authorization', applicant.auth).expect(200);
    expect(read.body).toMatchObject({ title: 'Oproep Innovatiesubsidie 2026 (bis)', description });
    expect(await audit(call.id)).toContainEqual(
      expect.objectContaining({
        action: 'call.updated',
        data: {
          title: { from: call.title, to: 'Oproep Innovatiesubsidie 2026 (bis)' },
          description: { from: null, to: description },
        },
      }),
    );
  });
});
