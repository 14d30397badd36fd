import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { samplePdf, type TestUser } from '../utils/factories.js';

describe('final report evidence', () => {
  let t: TestApp;
  let applicant: TestUser;
  let other: TestUser;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [applicant, other, staff] = await Promise.all([
      t.ctx.newApplicant(),
      t.ctx.newApplicant(),
      t.ctx.newStaff(),
    ]);
  });
  afterAll(() => t.close());

  const upload = (user: TestUser, applicationId: string, title = 'Factuur') =>
    t.http
      .post(`/api/applications/${applicationId}/final-report/documents`)
      .set('Authorization', user.auth)
      .field('kind', 'invoice')
      .field('title', title)
      .attach('file', samplePdf(title), 'factuur.pdf');

  it('is attached while the grant runs, read by the application’s readers, fixed once the report is accepted', async () => {
    const app = await t.ctx.underReviewApplication(applicant);
    // Before a decision there is no grant to report on.
    expect((await upload(applicant, app.id)).status).toBe(409);
    await t.http
      .post(`/api/applications/${app.id}/decision`)
      .set('Authorization', staff.auth)
      .send({ outcome: 'approved', grantedCents: 5_000_000, motivation: 'Goedgekeurd' })
      .expect(201);
    const invoice = await upload(applicant, app.id).expect(201);
    expect(invoice.body).toMatchObject({ kind: 'invoice', contentType: 'application/pdf' });
    const list = await t.http
      .get(`/api/applications/${app.id}/final-report/documents`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(list.body.map((d: { id: string }) => d.id)).toEqual([invoice.body.id]);
    // Application documents and final report evidence are separate lists.
    const annexes = await t.http
      .get(`/api/applications/${app.id}/documents`)
      .set('Authorization', applicant.auth)
      .expect(200);
    expect(annexes.body).toEqual([]);
    await t.http
      .get(`/api/applications/${app.id}/documents/${invoice.body.id}`)
      .set('Authorization', applicant.auth)
      .expect(404);
    const hidden = await t.http
      .get(`/api/applications/${app.id}/final-report/documents/${invoice.body.id}`)
      .set('Authorization', other.auth);
    expect(hidden.status).toBe(404);
    expect((await upload(other, app.id)).status).toBe(404);

    const coordinator = app.partners.find((p) => p.role === 'coordinator')!;
    await t.http
      .post(`/api/applications/${app.id}/final-report`)
      .set('Authorization', applicant.auth)
      .send({
        summary: 'Het prototype is gevalideerd.',
        costs: [
          {
            organisationId: coordinator.organisationId,
            category: 'staff',
            description: 'Ingenieurs',
            amountCents: 10_000_000,
          },
        ],
      })
      .expect(200);
    const backToToday = t.ctx.afterProjectEnd();
    try {
      await t.http
        .post(`/api/applications/${app.id}/final-report/accept`)
        .set('Authorization', staff.auth)
        .send({ version: 1 })
        .expect(200);
    } finally {
      backToToday();
    }
    const late = await upload(applicant, app.id, 'Te laat');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('INVALID_TRANSITION');
    const remove = await t.http
      .delete(`/api/applications/${app.id}/final-report/documents/${invoice.body.id}`)
      .set('Authorization', applicant.auth);
    expect(remove.status).toBe(409);
  });
});
