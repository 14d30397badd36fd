import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../../src/kernel/clock.js';
import { addDays } from '../../src/domains/state-aid/de-minimis.js';
import { DeMinimisService } from '../../src/domains/state-aid/de-minimis.service.js';
import { DomainError } from '../../src/kernel/errors.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

/** Issue #18, item 12: other de minimis aid declared on honour, confirmed or corrected by staff. */
describe('declared de minimis aid', () => {
  let t: TestApp;
  let staff: TestUser;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
    applicant = await t.ctx.newApplicant();
  });
  afterAll(() => t.close());

  it('12. takes the declaration before submission, counts it until staff confirm or correct it, and says which', async () => {
    const today = t.ctx.get(Clock).today();
    const draft = await t.ctx.newApplication(applicant);
    const coordinator = draft.partners.find((p) => p.role === 'coordinator')!.organisationId;
    const url = `/api/applications/${draft.id}/declared-aid`;
    const body = {
      organisationId: coordinator,
      grantor: 'VLAIO (Agentschap Innoveren & Ondernemen)',
      grantedOn: addDays(today, -100),
      amountCents: 29_000_000,
      onHonour: true,
    };
    await t.http
      .post(url)
      .set('Authorization', applicant.auth)
      .send({ ...body, onHonour: false })
      .expect(400);
    const stranger = (await t.ctx.newOrganisation()).id;
    await t.http
      .post(url)
      .set('Authorization', applicant.auth)
      .send({ ...body, organisationId: stranger })
      .expect(400);
    await t.http.post(url).set('Authorization', staff.auth).send(body).expect(403);
    const declared = await t.http.post(url).set('Authorization', applicant.auth).send(body).expect(201);
    expect(declared.body).toMatchObject({
      status: 'declared',
      amountCents: 29_000_000,
      regulation: '2023/2831',
    });
    const list = await t.http.get(url).set('Authorization', staff.auth).expect(200);
    expect(list.body).toHaveLength(1);

    // The cumulation check counts the unconfirmed declaration and says so.
    const service = t.ctx.get(DeMinimisService);
    const check = (amountCents: number) =>
      t.dataSource.transaction((manager) =>
        service.assertWithinCeiling(manager, {
          grantedOn: today,
          shares: [{ organisationId: coordinator, amountCents, counts: true }],
        }),
      );
    const refused = await check(2_000_000).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('DE_MINIMIS_EXCEEDED');
    expect((refused as DomainError).details).toEqual([
      expect.objectContaining({
        recordedCents: 0,
        declaredCents: 29_000_000,
        declaredAidIds: [declared.body.id],
      }),
    ]);
    expect((refused as DomainError).message).toContain('not yet confirmed');

    // Staff correct the amount from the grant letter: it becomes a record of external aid.
    const reviewed = await t.http
      .post(`/api/declared-aid/${declared.body.id}/review`)
      .set('Authorization', staff.auth)
      .send({ amountCents: 10_000_000, note: 'Grant letter: € 100.000' })
      .expect(200);
    expect(reviewed.body).toMatchObject({ status: 'corrected', aidId: expect.any(String) });
    await t.http
      .post(`/api/declared-aid/${declared.body.id}/review`)
      .set('Authorization', staff.auth)
      .send({})
      .expect(409);
    const [fits] = await check(2_000_000);
    expect(fits).toMatchObject({
      fits: true,
      recordedCents: 10_000_000,
      declaredCents: 0,
      declaredAidIds: [],
    });
    const usage = await t.http
      .get(`/api/organisations/${coordinator}/de-minimis`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(usage.body.usedCents).toBe(10_000_000);
    const actions = (await t.dataSource.query(
      `SELECT action FROM audit_event WHERE entity = 'application' AND entity_id = $1 AND action LIKE 'de_minimis_aid.%' ORDER BY seq`,
      [draft.id],
    )) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual([
      'de_minimis_aid.declared',
      'de_minimis_aid.declaration_corrected',
    ]);
  });

  it('12. refuses a declaration once the application is submitted', async () => {
    const submitted = await t.ctx.submittedApplication(applicant);
    const coordinator = submitted.partners.find((p) => p.role === 'coordinator')!.organisationId;
    const res = await t.http
      .post(`/api/applications/${submitted.id}/declared-aid`)
      .set('Authorization', applicant.auth)
      .send({
        organisationId: coordinator,
        grantor: 'Stad Leuven',
        grantedOn: '2025-01-10',
        amountCents: 100_000,
        onHonour: true,
      })
      .expect(409);
    expect(res.body.code).toBe('INVALID_TRANSITION');
  });
});
