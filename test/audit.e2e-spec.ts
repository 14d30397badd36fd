import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './utils/create-app.js';

describe('audit trail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('records organisation changes with actor and data, readable by staff only', async () => {
    const applicant = await t.ctx.newApplicant();
    const staff = await t.ctx.newStaff();
    const org = await t.ctx.newOrganisation(applicant);
    const res = await t.http
      .get(`/api/audit?entity=organisation&entityId=${org.id}`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({
      action: 'organisation.created',
      entity: 'organisation',
      entityId: org.id,
      actor: { id: applicant.id, role: 'applicant' },
      data: { enterpriseNumber: org.enterpriseNumber },
    });
    await t.http.get('/api/audit').set('Authorization', applicant.auth).expect(403);
    await t.http.get('/api/audit/verify').set('Authorization', applicant.auth).expect(403);
  });

  it('verifies a chain of more than nine events in numeric order (seq 10 comes after 9, not after 1)', async () => {
    const staff = await t.ctx.newStaff();
    for (let i = 0; i < 12; i++) await t.ctx.newOrganisation();
    const res = await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200);
    expect(res.body).toMatchObject({ ok: true });
    expect(res.body.checked).toBeGreaterThanOrEqual(13);
  });

  it('verifies an intact chain, and reports the first row altered directly in the database', async () => {
    const staff = await t.ctx.newStaff();
    for (let i = 0; i < 5; i++) await t.ctx.newOrganisation();
    const intact = await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200);
    expect(intact.body.ok).toBe(true);
    expect(intact.body.checked).toBeGreaterThanOrEqual(7);

    const [victim] = (await t.dataSource.query(
      `SELECT seq::int AS seq, id FROM audit_event WHERE action = 'organisation.created' ORDER BY seq LIMIT 1 OFFSET 2`,
    )) as { seq: number; id: string }[];
    // The table refuses updates; an attacker with direct database access would disable the trigger.
    await expect(
      t.dataSource.query(`UPDATE audit_event SET data = '{}' WHERE id = $1`, [victim.id]),
    ).rejects.toThrow(/append-only/);
    await t.dataSource.transaction(async (m) => {
      await m.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change');
      await m.query(`UPDATE audit_event SET data = jsonb_set(data, '{name}', '"Forged"') WHERE id = $1`, [
        victim.id,
      ]);
      await m.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change');
    });
    const broken = await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200);
    expect(broken.body.ok).toBe(false);
    expect(broken.body.broken).toMatchObject({ seq: victim.seq, id: victim.id });
  });
});
