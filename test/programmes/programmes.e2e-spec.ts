import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

describe('programmes and calls', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;
  let evaluator: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [staff, applicant, evaluator] = await Promise.all([
      t.ctx.newStaff(),
      t.ctx.newApplicant(),
      t.ctx.newEvaluator(),
    ]);
  });
  afterAll(() => t.close());

  const criteria = [
    { key: 'innovation', label: 'Innovatie', weight: 30, maxScore: 10, threshold: 6 },
    { key: 'impact', label: 'Impact op Vlaams-Brabant', weight: 25, maxScore: 10 },
  ];
  const day = 86_400_000;
  const callBody = (programmeId: string, overrides: Record<string, unknown> = {}) => ({
    programmeId,
    title: 'Oproep',
    year: 2026,
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + day).toISOString(),
    budgetCents: 60_000_000,
    minReviewsPerApplication: 2,
    criteria,
    ...overrides,
  });

  it('creates a programme with the rules of the innovation subsidy by default', async () => {
    const res = await t.http
      .post('/api/programmes')
      .set('Authorization', staff.auth)
      .send({ code: 'ISX', name: 'Innovatiesubsidie Vlaams-Brabant', aidBasis: 'de_minimis' })
      .expect(201);
    expect(res.body).toMatchObject({
      code: 'ISX',
      aidBasis: 'de_minimis',
      legalBasis: expect.stringContaining('16 mei 2017'),
      rules: {
        maxGrantCents: 15_000_000,
        maxFundingRatePct: 50,
        maxFundingRateWithoutSmePct: 40,
        minPartners: 2,
        eligibleCostCategories: ['staff', 'operating', 'subcontracting'],
        clusters: ['health', 'food', 'logistics', 'cleantech', 'creativity', 'sports_tech'],
        advancePaymentPct: 50,
      },
    });
    const dup = await t.http
      .post('/api/programmes')
      .set('Authorization', staff.auth)
      .send({ code: 'ISX', name: 'Again', aidBasis: 'none' })
      .expect(409);
    expect(dup.body.code).toBe('ALREADY_EXISTS');
    const read = await t.http
      .get(`/api/programmes/${res.body.id}`)
      .set('Authorization', applicant.auth)
      .expect(200);
    expect(read.body.code).toBe('ISX');
  });

  it('overrides only the rules given and validates them', async () => {
    const res = await t.http
      .post('/api/programmes')
      .set('Authorization', staff.auth)
      .send({
        code: 'PART',
        name: 'Partial',
        aidBasis: 'none',
        rules: { minPartners: 3, maxGrantCents: 5_000_000 },
      })
      .expect(201);
    expect(res.body.rules).toMatchObject({ minPartners: 3, maxGrantCents: 5_000_000, maxFundingRatePct: 50 });

    for (const rules of [
      { maxFundingRatePct: 120 },
      { maxGrantCents: 100.5 },
      { maxGrantCents: -1 },
      { eligibleCostCategories: ['staff', 'lunch'] },
      { clusters: [] },
      { unknownRule: 1 },
    ]) {
      const bad = await t.http
        .post('/api/programmes')
        .set('Authorization', staff.auth)
        .send({ code: 'BAD', name: 'Bad', aidBasis: 'none', rules })
        .expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
    await t.http
      .post('/api/programmes')
      .set('Authorization', staff.auth)
      .send({ code: 'BAD', name: 'Bad', aidBasis: 'none', rules: { maxFundingRateWithoutSmePct: 60 } })
      .expect(400);
  });

  it('lets only staff create programmes and calls', async () => {
    await t.http
      .post('/api/programmes')
      .set('Authorization', applicant.auth)
      .send({ code: 'NOPE', name: 'No', aidBasis: 'none' })
      .expect(403);
    const programme = await t.ctx.newProgramme();
    await t.http
      .post('/api/calls')
      .set('Authorization', applicant.auth)
      .send(callBody(programme.id))
      .expect(403);
  });

  it('creates a call and validates its window and criteria', async () => {
    const programme = await t.ctx.newProgramme();
    const res = await t.http
      .post('/api/calls')
      .set('Authorization', staff.auth)
      .send(callBody(programme.id))
      .expect(201);
    expect(res.body).toMatchObject({
      programmeId: programme.id,
      programmeCode: programme.code,
      status: 'open',
      budgetCents: 60_000_000,
      minReviewsPerApplication: 2,
      criteria,
      rules: { maxGrantCents: 15_000_000 },
    });
    const cases: Record<string, unknown>[] = [
      { closesAt: new Date(Date.now() - 2 * day).toISOString() },
      { criteria: [criteria[0], { ...criteria[1], key: 'innovation' }] },
      { criteria: [{ ...criteria[0], threshold: 11 }] },
      { criteria: [{ ...criteria[0], weight: 0 }] },
      { criteria: [{ ...criteria[0], maxScore: 0 }] },
      { criteria: [] },
      { budgetCents: 1.5 },
      { opensAt: 'tomorrow' },
    ];
    for (const overrides of cases) {
      const bad = await t.http
        .post('/api/calls')
        .set('Authorization', staff.auth)
        .send(callBody(programme.id, overrides))
        .expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
    await t.http
      .post('/api/calls')
      .set('Authorization', staff.auth)
      .send(callBody('7a0c3c5e-3f7e-4b8a-9b0e-1d2c3b4a5f60'))
      .expect(404);
  });

  it('computes the status of calls and filters on it', async () => {
    const programme = await t.ctx.newProgramme();
    const open = await t.ctx.newCall({ programmeId: programme.id });
    const upcoming = await t.ctx.newCall({
      programmeId: programme.id,
      year: 2099,
      opensAt: new Date(Date.now() + 10 * day).toISOString(),
      closesAt: new Date(Date.now() + 20 * day).toISOString(),
    });
    const closed = await t.ctx.newCall({
      programmeId: programme.id,
      year: 2020,
      opensAt: new Date(Date.now() - 20 * day).toISOString(),
      closesAt: new Date(Date.now() - 10 * day).toISOString(),
    });
    const ids = async (status: string) => {
      const res = await t.http
        .get(`/api/calls?status=${status}&programmeId=${programme.id}`)
        .set('Authorization', evaluator.auth)
        .expect(200);
      for (const c of res.body.items) expect(c.status).toBe(status);
      return res.body.items.map((c: { id: string }) => c.id);
    };
    expect(await ids('open')).toEqual([open.id]);
    expect(await ids('upcoming')).toEqual([upcoming.id]);
    expect(await ids('closed')).toEqual([closed.id]);
    const all = await t.http
      .get(`/api/calls?programmeId=${programme.id}`)
      .set('Authorization', applicant.auth)
      .expect(200);
    expect(all.body.total).toBe(3);
    const one = await t.http
      .get(`/api/calls/${upcoming.id}`)
      .set('Authorization', applicant.auth)
      .expect(200);
    expect(one.body.status).toBe('upcoming');
    await t.http.get('/api/calls?status=ongoing').set('Authorization', applicant.auth).expect(400);
    await t.http
      .get('/api/calls/7a0c3c5e-3f7e-4b8a-9b0e-1d2c3b4a5f60')
      .set('Authorization', applicant.auth)
      .expect(404);
  });
});
