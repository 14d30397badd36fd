import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestApp, type TestApp } from '../utils/create-app.js';

describe('audit trail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('records organisation changes with actor and data, readable by staff only', async () => {
    const applicant = await t.ctx.newApplicant();
    const staff = await t.ctx.newStaff();
    const org = await t.ctx.newOrganisation(applicant, {}, { verified: false });
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

  it('chains an event right after its transaction commits, without anyone asking', async () => {
    const org = await t.ctx.newOrganisation();
    let row: { chain_seq: string | null; hash: string | null } | undefined;
    for (let i = 0; i < 60; i++) {
      [row] = (await t.dataSource.query(
        `SELECT chain_seq::text AS chain_seq, hash FROM audit_event WHERE entity_id = $1`,
        [org.id],
      )) as { chain_seq: string | null; hash: string | null }[];
      if (row?.chain_seq) break;
      await sleep(50);
    }
    expect(row?.chain_seq).not.toBeNull();
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives concurrent events one chain without gaps or forks', async () => {
    const staff = await t.ctx.newStaff();
    await Promise.all(Array.from({ length: 20 }, () => t.ctx.newOrganisation()));
    const res = await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200);
    const [{ n }] = (await t.dataSource.query('SELECT count(*)::int AS n FROM audit_event')) as {
      n: number;
    }[];
    expect(res.body).toMatchObject({ ok: true, checked: n, pending: 0 });
    const [links] = (await t.dataSource.query(
      `SELECT count(DISTINCT chain_seq)::int AS places, min(chain_seq)::int AS first, max(chain_seq)::int AS last,
              count(DISTINCT prev_hash)::int AS prevs
         FROM audit_event`,
    )) as { places: number; first: number; last: number; prevs: number }[];
    expect(links).toEqual({ places: n, first: 1, last: n, prevs: n });
  });

  it("lets the chainer fill in an event's chain columns once, and nothing else", async () => {
    const org = await t.ctx.newOrganisation();
    await t.http
      .get('/api/audit/verify')
      .set('Authorization', (await t.ctx.newStaff()).auth)
      .expect(200);
    // A chained event: its links are as fixed as its content.
    await expect(
      t.dataSource.query(`UPDATE audit_event SET hash = repeat('0', 64) WHERE entity_id = $1`, [org.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(
        `UPDATE audit_event SET chain_seq = NULL, prev_hash = NULL, hash = NULL WHERE entity_id = $1`,
        [org.id],
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM audit_event WHERE entity_id = $1`, [org.id]),
    ).rejects.toThrow(/append-only/);
    // An event not chained yet: filling in the links may not change its content at the same time.
    await t.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO audit_event (at, actor_role, action, entity, entity_id, data)
         VALUES (now(), 'system', 'test.unchained', 'test', 'unchained', '{}')`,
      );
      await m.query('SAVEPOINT s1');
      await expect(
        m.query(`UPDATE audit_event SET data = '{"forged":true}' WHERE entity_id = 'unchained'`),
      ).rejects.toThrow(/append-only/);
      await m.query('ROLLBACK TO SAVEPOINT s1');
      await expect(
        m.query(
          `UPDATE audit_event SET chain_seq = 999999, prev_hash = repeat('0', 64), hash = repeat('1', 64),
                  action = 'test.forged' WHERE entity_id = 'unchained'`,
        ),
      ).rejects.toThrow(/append-only/);
      await m.query('ROLLBACK TO SAVEPOINT s1');
      await m.query(
        `UPDATE audit_event SET chain_seq = 999999, prev_hash = repeat('0', 64), hash = repeat('1', 64)
          WHERE entity_id = 'unchained'`,
      );
      await m.query('ROLLBACK TO SAVEPOINT s1');
    });
  });

  // Needs two sessions at once: PGlite runs one transaction at a time.
  (process.env.DATABASE_URL ? it : it.skip)(
    'chains an event that commits after a later one, in commit order',
    async () => {
      const staff = await t.ctx.newStaff();
      const early = t.dataSource.createQueryRunner();
      await early.connect();
      try {
        await early.startTransaction();
        await early.query(
          `INSERT INTO audit_event (at, actor_role, action, entity, entity_id, data)
           VALUES (now(), 'system', 'test.slow', 'test', 'slow', '{}')`,
        );
        const later = await t.ctx.newOrganisation(); // commits while the slow one is still open
        await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200);
        await early.commitTransaction();
        const res = await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200);
        expect(res.body).toMatchObject({ ok: true, pending: 0 });
        const rows = (await t.dataSource.query(
          `SELECT entity_id, seq::int AS seq, chain_seq::int AS chain_seq FROM audit_event
            WHERE entity_id IN ('slow', $1) ORDER BY seq`,
          [later.id],
        )) as { entity_id: string; seq: number; chain_seq: number }[];
        expect(rows.map((r) => r.entity_id)).toEqual(['slow', later.id]);
        expect(rows[0].chain_seq).toBeGreaterThan(rows[1].chain_seq);
      } finally {
        if (early.isTransactionActive) await early.rollbackTransaction();
        await early.release();
      }
    },
  );

  // Last: it breaks the chain of this file's database.
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
