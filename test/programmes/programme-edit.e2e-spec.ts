import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_LEGAL_CITATIONS } from '../../src/domains/programmes/legal-basis.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';
import { ProgrammesRepository } from '../../src/domains/programmes/programmes.repository.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

/**
 * Issue #22: staff change a programme after its creation — its names always, its aid basis, legal basis
 * and rules only while no application in one of its calls has been submitted (those were judged
 * against the rules in force). Every change audited with old and new values.
 */
describe("editing a programme's names, legal basis and rules", () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [staff, applicant] = await Promise.all([t.ctx.newStaff(), t.ctx.newApplicant()]);
  });
  afterAll(() => t.close());

  const patch = (id: string, body: object, user: TestUser = staff) =>
    t.http.patch(`/api/programmes/${id}`).set('Authorization', user.auth).send(body);
  const get = (path: string, user: TestUser = staff) =>
    t.http.get(path).set('Authorization', user.auth).expect(200);
  const updates = async (entityId: string) =>
    (
      (await get(`/api/audit?entity=programme&entityId=${entityId}`)).body.items as {
        action: string;
        data: Record<string, unknown>;
      }[]
    ).filter((e) => e.action === 'programme.updated');

  it('changes the rules of an unused programme: shown on the programme and its calls, audited', async () => {
    const programme = await t.ctx.newProgramme();
    const call = await t.ctx.newCall({ programmeId: programme.id });
    expect(programme.rulesEditable).toBe(true);
    const citations = [{ ...DEFAULT_LEGAL_CITATIONS[0], article: 'art. 3' }];
    const changed = await patch(programme.id, {
      name: 'Innovatiecheque',
      nameEn: 'Innovation voucher',
      aidBasis: 'gber',
      legalBasis: 'Reglement Innovatiecheque, provincieraad 1 juli 2025',
      legalCitations: citations,
      rules: {
        maxFundingRatePct: 60,
        maxFundingRateWithoutSmePct: 45,
        advancePaymentPct: 30,
        requiredDocuments: [{ kind: 'business_plan', label: 'Ondernemingsplan' }],
        settlement: 'rate_cap',
      },
    }).expect(200);
    const rules = {
      ...programme.rules,
      maxFundingRatePct: 60,
      maxFundingRateWithoutSmePct: 45,
      advancePaymentPct: 30,
      requiredDocuments: [{ kind: 'business_plan', label: 'Ondernemingsplan' }],
      settlement: 'rate_cap',
    };
    const expected = {
      id: programme.id,
      code: programme.code,
      name: 'Innovatiecheque',
      nameEn: 'Innovation voucher',
      aidBasis: 'gber',
      legalBasis: 'Reglement Innovatiecheque, provincieraad 1 juli 2025',
      legalCitations: citations,
      rules,
      rulesEditable: true,
    };
    expect(changed.body).toMatchObject(expected);
    expect((await get(`/api/programmes/${programme.id}`, applicant)).body).toMatchObject(expected);
    const listed = (await get('/api/programmes?limit=100')).body.items as { id: string }[];
    expect(listed.find((p) => p.id === programme.id)).toMatchObject(expected);
    expect((await get(`/api/calls/${call.id}`, applicant)).body).toMatchObject({
      programmeName: 'Innovatiecheque',
      rules,
    });

    const log = await updates(programme.id);
    expect(log).toHaveLength(1);
    expect(log[0].data).toEqual({
      name: { from: programme.name, to: 'Innovatiecheque' },
      nameEn: { from: null, to: 'Innovation voucher' },
      aidBasis: { from: 'de_minimis', to: 'gber' },
      legalBasis: { from: programme.legalBasis, to: 'Reglement Innovatiecheque, provincieraad 1 juli 2025' },
      legalCitations: { from: programme.legalCitations, to: citations },
      'rules.maxFundingRatePct': { from: 50, to: 60 },
      'rules.maxFundingRateWithoutSmePct': { from: 40, to: 45 },
      'rules.advancePaymentPct': { from: 50, to: 30 },
      'rules.requiredDocuments': {
        from: [],
        to: [{ kind: 'business_plan', label: 'Ondernemingsplan' }],
      },
      'rules.settlement': { from: 'proportional', to: 'rate_cap' },
    });

    // The rules left out stay; the same values again are no change and no audit entry.
    const again = await patch(programme.id, { rules: { maxFundingRatePct: 60 }, aidBasis: 'gber' }).expect(
      200,
    );
    expect(again.body.rules).toEqual(rules);
    expect(await updates(programme.id)).toHaveLength(1);
    // The English name can be cleared.
    await patch(programme.id, { nameEn: null }).expect(200);
    expect((await get(`/api/programmes/${programme.id}`)).body.nameEn).toBeNull();
  });

  it('validates as at creation: the rate without an SME never above the rate with one', async () => {
    const programme = await t.ctx.newProgramme();
    const above = await patch(programme.id, { rules: { maxFundingRateWithoutSmePct: 55 } }).expect(400);
    expect(above.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'rules.maxFundingRateWithoutSmePct' })],
    });
    // Lowering the rate with an SME below the current rate without one is the same mistake.
    await patch(programme.id, { rules: { maxFundingRatePct: 30 } }).expect(400);
    await patch(programme.id, { rules: { maxFundingRatePct: 101 } }).expect(400);
    await patch(programme.id, { rules: { minPartners: 0 } }).expect(400);
    await patch(programme.id, { rules: { settlement: 'all_of_it' } }).expect(400);
    await patch(programme.id, { rules: { maxFundingRatePct: null } }).expect(400);
    await patch(programme.id, { name: '' }).expect(400);
    await patch(programme.id, { name: null }).expect(400);
    await patch(programme.id, { aidBasis: 'state' }).expect(400);
    await patch(programme.id, { legalCitations: [] }).expect(400);
    // The code is the prefix of references: it never changes.
    await patch(programme.id, { code: 'XX' }).expect(400);
    expect((await get(`/api/programmes/${programme.id}`)).body).toMatchObject({
      name: programme.name,
      rules: programme.rules,
    });
    expect(await updates(programme.id)).toHaveLength(0);
  });

  it('lets drafts see changed rules at once', async () => {
    const call = await t.ctx.newCall();
    // € 250.000 eligible costs, € 100.000 requested: 40 %, within the 50 % of the defaults.
    const draft = await t.ctx.newApplication(applicant, { callId: call.id });
    expect(draft.eligibility.ok).toBe(true);
    await patch(call.programmeId, {
      rules: { maxFundingRatePct: 30, maxFundingRateWithoutSmePct: 30 },
    }).expect(200);
    const read = await get(`/api/applications/${draft.id}`, applicant);
    expect(read.body.figures.maxFundingRatePct).toBe(30);
    expect(read.body.eligibility.violations).toContainEqual(
      expect.objectContaining({ rule: 'max_funding_rate' }),
    );
  });

  it('keeps the rules once an application is submitted; the names still change', async () => {
    const call = await t.ctx.newCall();
    const programmeId = call.programmeId;
    const draft = await t.ctx.newApplication(applicant, { callId: call.id });
    // A draft alone, or one withdrawn before submission, does not bind the rules.
    await t.http
      .post(`/api/applications/${draft.id}/withdraw`)
      .set('Authorization', applicant.auth)
      .send({})
      .expect(200);
    await patch(programmeId, { rules: { advancePaymentPct: 40 } }).expect(200);

    await t.ctx.submittedApplication(applicant, { callId: call.id });
    expect((await get(`/api/programmes/${programmeId}`)).body.rulesEditable).toBe(false);
    const refused = await patch(programmeId, { rules: { advancePaymentPct: 30 } }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringContaining('submitted'),
      details: { submittedApplications: 1, fields: ['rules'] },
    });
    for (const body of [
      { aidBasis: 'gber' },
      { legalBasis: 'Een ander reglement' },
      { legalCitations: [{ ...DEFAULT_LEGAL_CITATIONS[0], article: 'art. 9' }] },
    ]) {
      const res = await patch(programmeId, body).expect(409);
      expect(res.body.code).toBe('INVALID_TRANSITION');
    }
    // Nothing of it changed; the same rules again are no change and no refusal.
    await patch(programmeId, { rules: { advancePaymentPct: 40 }, aidBasis: 'de_minimis' }).expect(200);
    const renamed = await patch(programmeId, { name: 'Hernoemd programma', nameEn: 'Renamed' }).expect(200);
    expect(renamed.body).toMatchObject({
      name: 'Hernoemd programma',
      nameEn: 'Renamed',
      aidBasis: 'de_minimis',
      rules: { advancePaymentPct: 40 },
      rulesEditable: false,
    });
    const log = await updates(programmeId);
    expect(log).toHaveLength(2);
    expect(log).toContainEqual(
      expect.objectContaining({
        data: {
          name: { from: expect.any(String), to: 'Hernoemd programma' },
          nameEn: { from: null, to: 'Renamed' },
        },
      }),
    );
  });

  // A change of the rules in progress holds the programme's rules lock (here: this test's own
  // transaction); a submission must wait for it and be judged against the new rules. On PostgreSQL only:
  // the embedded database has one connection, so a second transaction cannot be held open beside the app.
  (process.env.DATABASE_URL ? it : it.skip)(
    'makes a submission wait for a change of the rules in progress and judges it against the new rules',
    async () => {
      const call = await t.ctx.newCall();
      // € 100.000 requested on € 250.000 eligible costs: 40 %, within 50 %, not within 30 %.
      const draft = await t.ctx.newApplication(applicant, { callId: call.id });
      const change = t.dataSource.createQueryRunner();
      await change.connect();
      try {
        await change.startTransaction();
        // as PATCH /api/programmes/:id does: the row, and the rules' lock
        await t.ctx.get(ProgrammesRepository).lockProgramme(change.manager, call.programmeId);
        const submission = t.http
          .post(`/api/applications/${draft.id}/submit`)
          .set('Authorization', applicant.auth)
          .send({})
          .then((res) => res);
        // The submission waits for the programme's rules: this transaction blocks it.
        const deadline = Date.now() + 10_000;
        for (;;) {
          const [{ n }] = (await change.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND pg_backend_pid() = ANY(pg_blocking_pids(pid))`,
          )) as { n: number }[];
          if (n > 0) break;
          if (Date.now() > deadline) throw new Error("the submission did not wait for the programme's rules");
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await change.query(
          `UPDATE programme SET rules = rules || '{"maxFundingRatePct":30,"maxFundingRateWithoutSmePct":30}'
            WHERE id = $1`,
          [call.programmeId],
        );
        await change.commitTransaction();
        const submitted = await submission;
        expect(submitted.status).toBe(422);
        expect(submitted.body).toMatchObject({
          code: 'ELIGIBILITY_FAILED',
          details: [expect.objectContaining({ rule: 'max_funding_rate' })],
        });
      } finally {
        if (change.isTransactionActive) await change.rollbackTransaction();
        await change.release();
      }
    },
  );

  it('is for staff only, and 404 for an unknown programme', async () => {
    const programme = await t.ctx.newProgramme();
    const refused = await patch(programme.id, { name: 'Van een aanvrager' }, applicant).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const missing = await patch(MISSING, { name: 'Niemand' }).expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    await patch('not-a-uuid', { name: 'Niemand' }).expect(400);
    expect((await get(`/api/programmes/${programme.id}`)).body.name).toBe(programme.name);
  });
});
