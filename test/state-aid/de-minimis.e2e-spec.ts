import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DeMinimisService } from '../../src/domains/state-aid/de-minimis.service.js';
import { Clock } from '../../src/kernel/clock.js';
import { DomainError } from '../../src/kernel/errors.js';
import type { OrganisationView } from '../../src/domains/organisations/dto/organisation.dto.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import { newDeMinimisAid, type TestUser } from '../utils/factories.js';

const EUR = (euros: number) => euros * 100;

describe('de minimis', () => {
  let t: TestApp;
  let staff: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let service: DeMinimisService;

  beforeAll(async () => {
    t = await createTestApp();
    // Business "today" is fixed so the windows below are hand-computed.
    t.ctx.get(Clock).travelTo(new Date('2026-03-15T10:00:00Z'));
    staff = await t.ctx.newStaff();
    member = await t.ctx.newApplicant();
    outsider = await t.ctx.newApplicant();
    service = t.ctx.get(DeMinimisService);
  });
  afterAll(async () => {
    t.ctx.get(Clock).reset();
    await t.close();
  });

  /** A parent with a subsidiary: one single undertaking. */
  async function group(
    parentMember?: TestUser,
  ): Promise<{ parent: OrganisationView; child: OrganisationView }> {
    const parent = await t.ctx.newOrganisation(parentMember, { kind: 'large_enterprise' });
    const child = await t.ctx.newOrganisation(undefined, { kind: 'large_enterprise' });
    await t.http
      .post(`/api/organisations/${parent.id}/links`)
      .set('Authorization', staff.auth)
      .send({ linkedOrganisationId: child.id, relation: 'subsidiary' })
      .expect(201);
    return { parent, child };
  }

  function registerAid(organisationId: string, body: Record<string, unknown>, user = staff) {
    return t.http
      .post(`/api/organisations/${organisationId}/de-minimis-aid`)
      .set('Authorization', user.auth)
      .send({ grantor: 'VLAIO', ...body });
  }

  describe('registering aid from other grantors and reading the usage', () => {
    it('sums the aid of a subsidiary into its parent, within the three years ending on the date asked', async () => {
      const { parent, child } = await group(member);
      const created = await registerAid(child.id, {
        grantedOn: '2024-05-02',
        amountCents: EUR(120_000),
        reference: 'HBC.2024.0001',
        description: 'Development project',
      }).expect(201);
      expect(created.body).toMatchObject({
        organisationId: child.id,
        grantor: 'VLAIO',
        grantedOn: '2024-05-02',
        amountCents: EUR(120_000),
        regulation: '2023/2831',
        source: 'external',
        reference: 'HBC.2024.0001',
      });
      await registerAid(parent.id, { grantedOn: '2023-03-16', amountCents: EUR(50_000) }).expect(201); // 1407/2013
      await registerAid(parent.id, { grantedOn: '2023-03-15', amountCents: EUR(70_000) }).expect(201); // 3 years before

      const res = await t.http
        .get(`/api/organisations/${parent.id}/de-minimis`)
        .set('Authorization', member.auth)
        .expect(200);
      expect(res.body).toMatchObject({
        organisationId: parent.id,
        on: '2026-03-15', // the clock's today
        regulation: '2023/2831',
        ceilingCents: EUR(300_000),
        usedCents: EUR(170_000),
        availableCents: EUR(130_000),
        windowStart: '2023-03-16',
        windowEnd: '2026-03-15',
      });
      expect(res.body.undertaking.map((m: { id: string }) => m.id).sort()).toEqual(
        [parent.id, child.id].sort(),
      );
      expect(
        res.body.aid.map((a: { grantedOn: string; regulation: string }) => [a.grantedOn, a.regulation]),
      ).toEqual([
        ['2024-05-02', '2023/2831'],
        ['2023-03-16', '1407/2013'],
      ]);

      // One day later, the aid of 2023-03-16 drops out of the window.
      const later = await t.http
        .get(`/api/organisations/${child.id}/de-minimis?on=2026-03-16`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(later.body).toMatchObject({ usedCents: EUR(120_000), windowStart: '2023-03-17' });

      // Asked on a date under 1407/2013: three fiscal years and EUR 200,000.
      const old = await t.http
        .get(`/api/organisations/${parent.id}/de-minimis?on=2023-12-31`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(old.body).toMatchObject({
        regulation: '1407/2013',
        ceilingCents: EUR(200_000),
        windowStart: '2021-01-01',
        usedCents: EUR(120_000),
        availableCents: EUR(80_000),
      });
    });

    it('audits the registration', async () => {
      const org = await t.ctx.newOrganisation();
      const created = await registerAid(org.id, { grantedOn: '2025-01-10', amountCents: 12_345 }).expect(201);
      const audit = await t.http
        .get(`/api/audit?entity=organisation&entityId=${org.id}`)
        .set('Authorization', staff.auth)
        .expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'de_minimis_aid.recorded',
        actor: { id: staff.id, role: 'staff' },
        data: { aidId: created.body.id, amountCents: 12_345, source: 'external', grantedOn: '2025-01-10' },
      });
    });

    it('validates the amount, the date (not in the future) and refuses a duplicate reference', async () => {
      const org = await t.ctx.newOrganisation();
      for (const amountCents of [0, -5, 10.5, '100']) {
        const res = await registerAid(org.id, { grantedOn: '2025-01-10', amountCents }).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details.map((d: { field: string }) => d.field)).toContain('amountCents');
      }
      const badDate = await registerAid(org.id, { grantedOn: '2025-02-29', amountCents: 100 }).expect(400);
      expect(badDate.body.details).toEqual([expect.objectContaining({ field: 'grantedOn' })]);
      const future = await registerAid(org.id, { grantedOn: '2026-03-16', amountCents: 100 }).expect(400);
      expect(future.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'grantedOn' }] });
      await registerAid(org.id, { grantedOn: '2026-03-15', amountCents: 100, source: 'internal' }).expect(
        400,
      );
      await registerAid(org.id, { grantedOn: '2026-03-15', amountCents: 100, reference: 'R-1' }).expect(201);
      const dup = await registerAid(org.id, {
        grantedOn: '2026-03-01',
        amountCents: 200,
        reference: 'R-1',
      }).expect(409);
      expect(dup.body.code).toBe('ALREADY_EXISTS');
      await registerAid('7a0c3c5e-3f7e-4b8a-9b0e-1d2c3b4a5f60', {
        grantedOn: '2026-03-15',
        amountCents: 1,
      }).expect(404);
    });

    it('lets only staff register aid, and only staff or members read the usage', async () => {
      const org = await t.ctx.newOrganisation(member);
      await registerAid(org.id, { grantedOn: '2025-01-10', amountCents: 100 }, member).expect(403);
      const res = await t.http
        .get(`/api/organisations/${org.id}/de-minimis`)
        .set('Authorization', outsider.auth)
        .expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      const evaluator = await t.ctx.newEvaluator(org.id);
      await t.http
        .get(`/api/organisations/${org.id}/de-minimis`)
        .set('Authorization', evaluator.auth)
        .expect(403);
      await t.http
        .get(`/api/organisations/${org.id}/de-minimis`)
        .set('Authorization', member.auth)
        .expect(200);
      await t.http
        .get(`/api/organisations/${org.id}/de-minimis?on=2026-02-30`)
        .set('Authorization', member.auth)
        .expect(400);
      await t.http
        .get('/api/organisations/7a0c3c5e-3f7e-4b8a-9b0e-1d2c3b4a5f60/de-minimis')
        .set('Authorization', staff.auth)
        .expect(404);
    });
  });

  describe('assertWithinCeiling', () => {
    it('names the undertaking and the figures, summing two partners of the same undertaking', async () => {
      const { parent, child } = await group();
      const university = await t.ctx.newOrganisation(undefined, { kind: 'knowledge_institution' });
      await registerAid(child.id, { grantedOn: '2025-06-01', amountCents: EUR(270_000) }).expect(201);

      const attempt = t.dataSource.transaction((manager) =>
        service.assertWithinCeiling(manager, {
          grantedOn: '2026-03-15',
          shares: [
            { organisationId: parent.id, amountCents: EUR(20_000), counts: true },
            { organisationId: child.id, amountCents: EUR(10_000) + 1, counts: true },
            // Not state aid: never counted, however large.
            { organisationId: university.id, amountCents: EUR(900_000), counts: false },
          ],
        }),
      );
      await expect(attempt).rejects.toBeInstanceOf(DomainError);
      const error = (await attempt.catch((e: unknown) => e)) as DomainError;
      expect(error.code).toBe('DE_MINIMIS_EXCEEDED');
      expect(error.message).toContain(parent.name);
      expect(error.message).toContain(child.enterpriseNumber);
      expect(error.message).toContain('€ 270.000,00');
      expect(error.details).toEqual([
        expect.objectContaining({
          rule: 'de_minimis_ceiling',
          regulation: '2023/2831',
          ceilingCents: EUR(300_000),
          usedCents: EUR(270_000),
          aidCents: EUR(30_000) + 1,
          availableCents: EUR(30_000),
          excessCents: 1,
          windowStart: '2023-03-16',
          windowEnd: '2026-03-15',
          organisationIds: [parent.id, child.id],
        }),
      ]);
      const detail = (error.details as { undertaking: { id: string; enterpriseNumber: string }[] }[])[0];
      expect(detail.undertaking.map((m) => m.id).sort()).toEqual([parent.id, child.id].sort());

      // Exactly up to the ceiling fits; the knowledge institution's share is still ignored.
      const checks = await t.dataSource.transaction((manager) =>
        service.assertWithinCeiling(manager, {
          grantedOn: '2026-03-15',
          shares: [
            { organisationId: parent.id, amountCents: EUR(20_000), counts: true },
            { organisationId: child.id, amountCents: EUR(10_000), counts: true },
            { organisationId: university.id, amountCents: EUR(900_000), counts: false },
          ],
        }),
      );
      expect(checks).toHaveLength(1);
      expect(checks[0]).toMatchObject({ fits: true, usedCents: EUR(270_000), aidCents: EUR(30_000) });
    });

    it('records internal aid after the check, which then counts for the next grant', async () => {
      const org = await t.ctx.newOrganisation();
      const applicationId = globalThis.crypto.randomUUID();
      await t.dataSource.transaction(async (manager) => {
        await service.assertWithinCeiling(manager, {
          grantedOn: '2026-03-15',
          shares: [{ organisationId: org.id, amountCents: EUR(250_000), counts: true }],
        });
        await service.recordAid(manager, staff.actor, {
          organisationId: org.id,
          amountCents: EUR(250_000),
          grantedOn: '2026-03-15',
          grantor: 'Provincie Vlaams-Brabant',
          regulation: '2023/2831',
          source: 'internal',
          applicationId,
          reference: 'IS-2026-001',
        });
      });
      const usage = await service.usage(org.id, '2026-03-15');
      expect(usage).toMatchObject({ usedCents: EUR(250_000), availableCents: EUR(50_000) });
      expect(usage.aid[0]).toMatchObject({ source: 'internal', reference: 'IS-2026-001' });
      await expect(
        t.dataSource.transaction((manager) =>
          service.assertWithinCeiling(manager, {
            grantedOn: '2026-03-15',
            shares: [{ organisationId: org.id, amountCents: EUR(50_000) + 1, counts: true }],
          }),
        ),
      ).rejects.toMatchObject({ code: 'DE_MINIMIS_EXCEEDED' });
    });

    it('lets exactly one of two concurrent grants through when together they pass the ceiling', async () => {
      const { parent, child } = await group();
      await newDeMinimisAid(t.ctx, staff, parent.id, { grantedOn: '2025-09-01', amountCents: EUR(200_000) });
      // After its check, each grant waits (at most 500 ms) for the other to finish its check too. Without
      // the lock both checks would see EUR 200,000 used and both grants would pass; with it, the second
      // check waits for the first grant to commit and sees EUR 260,000.
      let checked = 0;
      const waiting: (() => void)[] = [];
      const rendezvous = () =>
        new Promise<void>((resolve) => {
          checked += 1;
          if (checked === 2) waiting.splice(0).forEach((wake) => wake());
          else waiting.push(resolve);
          setTimeout(resolve, 500);
          if (checked === 2) resolve();
        });
      const grant = (organisationId: string, reference: string) =>
        t.dataSource.transaction(async (manager) => {
          await service.assertWithinCeiling(manager, {
            grantedOn: '2026-03-15',
            shares: [{ organisationId, amountCents: EUR(60_000), counts: true }],
          });
          await rendezvous();
          await service.recordAid(manager, staff.actor, {
            organisationId,
            amountCents: EUR(60_000),
            grantedOn: '2026-03-15',
            grantor: 'Provincie Vlaams-Brabant',
            regulation: '2023/2831',
            source: 'internal',
            applicationId: globalThis.crypto.randomUUID(),
            reference,
          });
        });
      // The two grants go to different members of the same undertaking.
      const results = await Promise.allSettled([grant(parent.id, 'IS-A'), grant(child.id, 'IS-B')]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toMatchObject({ code: 'DE_MINIMIS_EXCEEDED' });
      const usage = await service.usage(parent.id, '2026-03-15');
      expect(usage.usedCents).toBe(EUR(260_000));
    });
  });
});
