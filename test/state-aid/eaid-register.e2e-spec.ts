import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../../src/kernel/clock.js';
import { DeMinimisService } from '../../src/domains/state-aid/de-minimis.service.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

const EUR = (euros: number) => euros * 100;

/** Issue #18, items 8 and 11: bounded external aid, append-only corrections, the eAid register. */
describe('de minimis aid: corrections, bounds and the eAid register', () => {
  let t: TestApp;
  let staff: TestUser;
  let service: DeMinimisService;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.ctx.newStaff();
    service = t.ctx.get(DeMinimisService);
  });
  afterAll(() => t.close());

  const grant = async (organisationId: string, grantedOn: string, amountCents: number) => {
    const applicationId = globalThis.crypto.randomUUID();
    const aid = await t.dataSource.transaction((manager) =>
      service.recordAid(manager, staff.actor, {
        organisationId,
        amountCents,
        grantedOn,
        grantor: 'Provincie Vlaams-Brabant',
        regulation: '2023/2831',
        source: 'internal',
        applicationId,
      }),
    );
    return { aid, applicationId };
  };

  it('8. bounds external aid by the ceiling of its regulation (2^53−1 cents is refused, not a 500)', async () => {
    const org = await t.ctx.newOrganisation();
    const url = `/api/organisations/${org.id}/de-minimis-aid`;
    const body = { grantor: 'Another authority', grantedOn: '2023-05-01' };
    for (const amountCents of [Number.MAX_SAFE_INTEGER, EUR(300_000) + 1]) {
      const res = await t.http
        .post(url)
        .set('Authorization', staff.auth)
        .send({ ...body, amountCents })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    // Under 1407/2013 (before 2024) the ceiling is € 200.000.
    await t.http
      .post(url)
      .set('Authorization', staff.auth)
      .send({ ...body, amountCents: EUR(200_000) + 1 })
      .expect(400);
    await t.http
      .post(url)
      .set('Authorization', staff.auth)
      .send({ ...body, amountCents: EUR(200_000) })
      .expect(201);
    const usage = await t.http
      .get(`/api/organisations/${org.id}/de-minimis?on=2023-06-01`)
      .set('Authorization', staff.auth)
      .expect(200);
    expect(usage.body.usedCents).toBe(EUR(200_000));
  });

  it('8. lowers recorded aid with a correcting record, never in place', async () => {
    const [a, b] = [await t.ctx.newOrganisation(), await t.ctx.newOrganisation()];
    const applicationId = globalThis.crypto.randomUUID();
    const originals = await t.dataSource.transaction(async (manager) => [
      await service.recordAid(manager, staff.actor, {
        organisationId: a.id,
        amountCents: EUR(60_000),
        grantedOn: '2026-03-02',
        grantor: 'Provincie Vlaams-Brabant',
        regulation: '2023/2831',
        source: 'internal',
        applicationId,
      }),
      await service.recordAid(manager, staff.actor, {
        organisationId: b.id,
        amountCents: EUR(40_000),
        grantedOn: '2026-03-02',
        grantor: 'Provincie Vlaams-Brabant',
        regulation: '2023/2831',
        source: 'internal',
        applicationId,
      }),
    ]);
    const corrections = await t.dataSource.transaction((manager) =>
      service.correctAidOfApplication(manager, staff.actor, {
        applicationId,
        grantedCents: EUR(100_000),
        finalGrantCents: EUR(50_000),
        correctedOn: '2026-09-01',
        reason: 'Final report: lower eligible costs',
      }),
    );
    expect(Object.fromEntries(corrections.map((c) => [c.organisationId, c.amountCents]))).toEqual({
      [a.id]: -EUR(30_000),
      [b.id]: -EUR(20_000),
    });
    const usage = await service.usage(a.id, '2026-09-01');
    expect(usage.usedCents).toBe(EUR(30_000));
    // Lowering again to the same grant changes nothing.
    const again = await t.dataSource.transaction((manager) =>
      service.correctAidOfApplication(manager, staff.actor, {
        applicationId,
        grantedCents: EUR(100_000),
        finalGrantCents: EUR(50_000),
        correctedOn: '2026-09-02',
        reason: 'again',
      }),
    );
    expect(again).toEqual([]);
    await expect(
      t.dataSource.query('UPDATE de_minimis_aid SET amount_cents = 1 WHERE id = $1', [originals[0].id]),
    ).rejects.toThrow(/append-only/);
    const [row] = (await t.dataSource.query(
      `SELECT register_by::text AS register_by FROM de_minimis_aid WHERE corrects_aid_id = $1`,
      [originals[0].id],
    )) as { register_by: string }[];
    // The correction is registered in eAid too: 2026-09-01 + 20 working days.
    expect(row.register_by).toBe('2026-09-29');
  });

  it('11. lists aid due and overdue for eAid, records the registration (audited) and exports the CSV', async () => {
    const clock = t.ctx.get(Clock);
    const org = await t.ctx.newOrganisation();
    // Decided on Friday 2026-01-02: register by 2026-01-30 (1 January is a holiday; 20 working days).
    const early = await grant(org.id, '2026-01-02', EUR(10_000));
    const late = await grant(org.id, '2026-02-09', EUR(5_000));
    const before2026 = await grant(org.id, '2025-12-15', EUR(1_000));
    expect(before2026.aid).toBeDefined();
    clock.travelTo(new Date('2026-02-10T10:00:00Z'));
    try {
      const overdue = await t.http
        .get('/api/state-aid/register?status=overdue&limit=200')
        .set('Authorization', staff.auth)
        .expect(200);
      const mine = overdue.body.items.filter((i: { organisationId: string }) => i.organisationId === org.id);
      expect(mine).toEqual([
        expect.objectContaining({
          aidId: early.aid.id,
          status: 'overdue',
          registerBy: '2026-01-30',
          workingDaysLeft: -7,
        }),
      ]);
      const due = await t.http
        .get('/api/state-aid/register?status=due&limit=200')
        .set('Authorization', staff.auth)
        .expect(200);
      expect(due.body.items.filter((i: { organisationId: string }) => i.organisationId === org.id)).toEqual([
        expect.objectContaining({ aidId: late.aid.id, status: 'due', registerBy: '2026-03-09' }),
      ]);
      // Aid granted before 2026 is not registered in eAid.
      await t.http
        .post(`/api/state-aid/register/${before2026.aid.id}`)
        .set('Authorization', staff.auth)
        .send({ eaidReference: 'X-1', registeredOn: '2026-02-10' })
        .expect(409);
      await t.http
        .post(`/api/state-aid/register/${early.aid.id}`)
        .set('Authorization', staff.auth)
        .send({ eaidReference: 'BE-DM-2026-1', registeredOn: '2026-02-11' })
        .expect(400);
      const registered = await t.http
        .post(`/api/state-aid/register/${early.aid.id}`)
        .set('Authorization', staff.auth)
        .send({ eaidReference: 'BE-DM-2026-1', registeredOn: '2026-02-10' })
        .expect(200);
      expect(registered.body).toMatchObject({
        status: 'registered',
        eaidReference: 'BE-DM-2026-1',
        registeredOn: '2026-02-10',
      });
      await t.http
        .post(`/api/state-aid/register/${early.aid.id}`)
        .set('Authorization', staff.auth)
        .send({ eaidReference: 'BE-DM-2026-2', registeredOn: '2026-02-10' })
        .expect(409);
      const list = await t.http
        .get('/api/state-aid/register?status=registered&limit=200')
        .set('Authorization', staff.auth)
        .expect(200);
      expect(list.body.items.map((i: { aidId: string }) => i.aidId)).toContain(early.aid.id);
      const [audit] = (await t.dataSource.query(
        `SELECT data FROM audit_event WHERE action = 'de_minimis_aid.registered_in_eaid' AND entity_id = $1`,
        [org.id],
      )) as { data: { late: boolean; eaidReference: string } }[];
      expect(audit.data).toMatchObject({ eaidReference: 'BE-DM-2026-1', late: true });

      const csv = await t.http
        .get('/api/state-aid/register/export?status=due')
        .set('Authorization', staff.auth)
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toContain(
        'begunstigde;ondernemingsnummer;soort_organisatie;steunverlener;datum_toekenning',
      );
      const line = lines.find((l) => l.includes(late.aid.id))!;
      expect(line).toContain(org.enterpriseNumber);
      expect(line).toContain(';5000,00;');
      expect(line).toContain(';2026-02-09;');
    } finally {
      clock.reset();
    }
  });

  it('refuses the worklist to applicants and an unknown status; lists all without a status', async () => {
    await t.http.get('/api/state-aid/register').set('Authorization', staff.auth).expect(200);
    const applicant = await t.ctx.newApplicant();
    await t.http.get('/api/state-aid/register').set('Authorization', applicant.auth).expect(403);
    await t.http.get('/api/state-aid/register?status=late').set('Authorization', staff.auth).expect(400);
  });
});
