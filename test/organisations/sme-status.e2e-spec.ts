import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../../src/kernel/clock.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

/** Issue #18, item 6: SME status follows the links, and staff confirm an SME's size. */
describe('SME status', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [staff, applicant] = await Promise.all([t.ctx.newStaff(), t.ctx.newApplicant()]);
  });
  afterAll(() => t.close());

  const link = (id: string, linkedOrganisationId: string, relation: string) =>
    t.http
      .post(`/api/organisations/${id}/links`)
      .set('Authorization', staff.auth)
      .send({ linkedOrganisationId, relation })
      .expect(201);
  const getApplication = async (id: string) =>
    (await t.http.get(`/api/applications/${id}`).set('Authorization', applicant.auth).expect(200)).body as {
      figures: { maxFundingRatePct: number; maxGrantCents: number };
      eligibility: { violations: { rule: string; message: string }[] };
      partners: { organisationId: string; kind: string; smeForRate?: boolean; undertaking?: string }[];
    };

  it('takes the lower rate for an SME linked to a large enterprise, in the draft and the submission', async () => {
    // € 250.000 eligible costs; € 120.000 is 48 %: within the SME rate (50 %), above the other (40 %).
    const draft = await t.ctx.newApplication(applicant, { requestedCents: 12_000_000 });
    const sme = draft.partners.find((p) => p.role === 'coordinator')!;
    const before = await getApplication(draft.id);
    expect(before.figures.maxFundingRatePct).toBe(50);
    expect(before.eligibility.violations).toEqual([]);
    expect(before.partners.find((p) => p.organisationId === sme.organisationId)?.smeForRate).toBe(true);

    // The SME's parent is a large enterprise (through an intermediate holding: links are transitive).
    const holding = await t.ctx.newOrganisation(undefined, { kind: 'non_profit' });
    const group = await t.ctx.newOrganisation(undefined, { kind: 'large_enterprise' });
    await link(sme.organisationId, holding.id, 'parent');
    await link(holding.id, group.id, 'parent');

    const after = await getApplication(draft.id);
    expect(after.figures.maxFundingRatePct).toBe(40);
    expect(after.partners.find((p) => p.organisationId === sme.organisationId)).toMatchObject({
      kind: 'sme',
      smeForRate: false,
    });
    const violation = after.eligibility.violations.find((v) => v.rule === 'max_funding_rate');
    expect(violation?.message).toContain('linked to a large enterprise');

    const organisation = await t.http
      .get(`/api/organisations/${sme.organisationId}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(organisation.body).toMatchObject({ kind: 'sme', smeForRate: false });
    const undertaking = await t.http
      .get(`/api/organisations/${sme.organisationId}/single-undertaking`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(undertaking.body.includesLargeEnterprise).toBe(true);

    // Within 40 % it is submitted; the snapshot keeps the rate that applied.
    await t.http
      .patch(`/api/applications/${draft.id}`)
      .set('Authorization', applicant.auth)
      .send({ requestedCents: 10_000_000 })
      .expect(200);
    const submitted = await t.http
      .post(`/api/applications/${draft.id}/submit`)
      .set('Authorization', applicant.auth)
      .expect(200);
    expect(submitted.body.snapshot.figures.maxFundingRatePct).toBe(40);
    expect(
      submitted.body.snapshot.partners.find(
        (p: { organisationId: string }) => p.organisationId === sme.organisationId,
      ),
    ).toMatchObject({ smeForRate: false });
  });

  it('counts distinct single undertakings for min_partners, not organisations', async () => {
    const coordinator = await t.ctx.newOrganisation(applicant);
    const subsidiary = await t.ctx.newOrganisation(undefined, { kind: 'sme' });
    const costs = [{ category: 'staff' as const, description: 'Engineers', amountCents: 10_000_000 }];
    const draft = await t.ctx.newApplication(applicant, {
      requestedCents: 5_000_000,
      partners: [
        { organisationId: coordinator.id, role: 'coordinator', costs },
        { organisationId: subsidiary.id, role: 'partner', costs },
      ],
    });
    expect((await getApplication(draft.id)).eligibility.violations).toEqual([]);

    await link(coordinator.id, subsidiary.id, 'subsidiary');
    const linked = await getApplication(draft.id);
    expect(linked.eligibility.violations.map((v) => v.rule)).toEqual(['min_partners']);
    expect(linked.eligibility.violations[0].message).toContain('single undertaking');
    const undertakings = new Set(linked.partners.map((p) => p.undertaking));
    expect(undertakings.size).toBe(1);

    const refused = await t.http
      .post(`/api/applications/${draft.id}/submit`)
      .set('Authorization', applicant.auth)
      .expect(422);
    expect(refused.body.code).toBe('ELIGIBILITY_FAILED');
    expect(refused.body.details.map((v: { rule: string }) => v.rule)).toContain('min_partners');
  });

  it('lets staff confirm an SME size with the date and evidence, audited; unconfirmed it shows as declared', async () => {
    const organisation = await t.ctx.newOrganisation(applicant, { kind: 'sme', smeSize: 'small' });
    const asStaff = await t.http
      .get(`/api/organisations/${organisation.id}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(asStaff.body).toMatchObject({ smeSize: 'small', smeStatus: 'declared', smeConfirmation: null });

    const today = t.ctx.get(Clock).today();
    const evidence = 'Jaarrekening 2025 (NBB): 62 VTE, balanstotaal € 9 mln; geen verbonden onderneming';
    const confirm = (user: TestUser, body: object) =>
      t.http
        .post(`/api/organisations/${organisation.id}/sme-confirmation`)
        .set('Authorization', user.auth)
        .send(body);

    await confirm(applicant, { smeSize: 'medium', confirmedOn: today, evidence }).expect(403);
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await confirm(staff, { smeSize: 'medium', confirmedOn: tomorrow, evidence }).expect(400);
    expect(future.body.code).toBe('VALIDATION_FAILED');
    await confirm(staff, { smeSize: 'medium', confirmedOn: today }).expect(400);

    const confirmed = await confirm(staff, { smeSize: 'medium', confirmedOn: today, evidence }).expect(200);
    expect(confirmed.body).toMatchObject({
      smeSize: 'medium', // staff found a medium-sized enterprise, not the declared small one
      smeStatus: 'confirmed',
      smeConfirmation: { smeSize: 'medium', confirmedOn: today, evidence, confirmedBy: staff.id },
    });
    const asApplicant = await t.http
      .get(`/api/organisations/${organisation.id}`)
      .set('Authorization', applicant.auth)
      .expect(200);
    expect(asApplicant.body).toMatchObject({ smeStatus: 'confirmed', smeConfirmation: null });

    const audit = await t.http
      .get(`/api/audit?entity=organisation&entityId=${organisation.id}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({
        action: 'organisation.sme_confirmed',
        actor: expect.objectContaining({ id: staff.id }),
        data: { declaredSize: 'small', confirmedSize: 'medium', confirmedOn: today, evidence },
      }),
    );

    // A later change of the size is only declared again.
    const changed = await t.http
      .patch(`/api/organisations/${organisation.id}`)
      .set('Authorization', staff.auth)
      .send({ smeSize: 'small' })
      .expect(200);
    expect(changed.body).toMatchObject({ smeSize: 'small', smeStatus: 'declared', smeConfirmation: null });

    // Only an SME has a size to confirm.
    const university = await t.ctx.newOrganisation(undefined, { kind: 'knowledge_institution' });
    expect(university.smeStatus).toBe('not_sme');
    await t.http
      .post(`/api/organisations/${university.id}/sme-confirmation`)
      .set('Authorization', staff.auth)
      .send({ smeSize: 'small', confirmedOn: today, evidence })
      .expect(400);
  });
});
