/**
 * Anchors of the audit chain (issue #20, item 6): the chain head, signed with AUDIT_ANCHOR_KEY and
 * appended to a file outside the database, lets /api/audit/verify see what the hash chain alone
 * cannot: the newest events removed (truncation), or a tail rewritten with fresh hashes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { loadConfig } from '../../src/kernel/config/config.js';
import { AuditAnchors } from '../../src/platform/audit/audit-anchors.js';
import { chainedFields } from '../../src/platform/audit/audit-chain.js';
import { chainHash } from '../../src/platform/audit/hash-chain.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';
import type { TestUser } from '../utils/factories.js';

const KEY = 'anchor-key-for-tests-0123456789abcdef';

describe('audit anchors', () => {
  let t: TestApp;
  let staff: TestUser;
  let file: string;

  beforeEach(async () => {
    t = await createTestApp({ AUDIT_ANCHOR_KEY: KEY, AUDIT_ANCHOR_INTERVAL: '0' });
    file = t.config.auditAnchorFile;
    staff = await t.ctx.newStaff();
    await t.ctx.newOrganisation();
    await t.ctx.newOrganisation();
  }, 60_000);
  afterEach(() => t.close());

  const anchor = () => t.http.post('/api/audit/anchors').set('Authorization', staff.auth).expect(200);
  const verify = async () =>
    (await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200)).body;
  /** Changes the chain as someone with write access to the database could (triggers off). */
  const asDatabaseOwner = (work: (m: EntityManager) => Promise<unknown>) =>
    t.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await work(m);
    });

  it('writes a signed anchor of the chain head to the file, and verify checks it', async () => {
    const written = (await anchor()).body;
    expect(written).toMatchObject({
      chainSeq: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1) as string)).toEqual(written);
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: true, anchors: { checked: 1, lastChainSeq: written.chainSeq } });
  });

  it('detects the newest events removed (truncation)', async () => {
    const written = (await anchor()).body;
    expect((await verify()).ok).toBe(true);
    await asDatabaseOwner((m) =>
      m.query(`DELETE FROM audit_event WHERE chain_seq >= $1`, [written.chainSeq - 1]),
    );
    const verdict = await verify();
    expect(verdict.ok).toBe(false);
    expect(verdict.broken).toBeUndefined(); // the chain alone still looks whole
    expect(verdict.anchors.problem).toMatch(/events were removed/);
  });

  it('detects a tail rewritten with fresh hashes', async () => {
    const written = (await anchor()).body;
    await asDatabaseOwner(async (m) => {
      const rows = (await m.query(
        `SELECT id, chain_seq::int AS chain_seq, at, actor_id, actor_role, action, entity, entity_id, data, prev_hash
           FROM audit_event WHERE chain_seq >= $1 ORDER BY chain_seq`,
        [written.chainSeq - 1],
      )) as {
        id: string;
        chain_seq: number;
        at: Date;
        actor_id: string | null;
        actor_role: string;
        action: string;
        entity: string;
        entity_id: string;
        data: unknown;
        prev_hash: string;
      }[];
      let prev = rows[0].prev_hash;
      for (const row of rows) {
        const data = { ...(row.data as object), forged: true };
        const hash = chainHash(prev, chainedFields({ ...row, data }));
        await m.query(`UPDATE audit_event SET data = $2::jsonb, prev_hash = $3, hash = $4 WHERE id = $1`, [
          row.id,
          JSON.stringify(data),
          prev,
          hash,
        ]);
        prev = hash;
      }
    });
    const verdict = await verify();
    expect(verdict.ok).toBe(false);
    expect(verdict.anchors.problem).toMatch(/rewritten/);
  });

  it('refuses an anchor file whose signature does not match the key', async () => {
    const written = (await anchor()).body;
    writeFileSync(file, JSON.stringify({ ...written, hash: '0'.repeat(64) }) + '\n');
    const verdict = await verify();
    expect(verdict.ok).toBe(false);
    expect(verdict.anchors.problem).toMatch(/no valid signature/);
  });

  it('writes a scheduled anchor only when the head moved or one is due', async () => {
    const anchors = t.ctx.get(AuditAnchors);
    await anchors.anchorIfDue();
    await anchors.anchorIfDue();
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
    await t.ctx.newOrganisation();
    await anchors.anchorIfDue();
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

describe('audit anchors without a key in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
  }, 60_000);
  afterAll(() => t.close());

  it('needs a long key', () => {
    expect(() => loadConfig({ AUDIT_ANCHOR_KEY: 'short', JWT_SECRET: 'x'.repeat(40) })).toThrow(
      /AUDIT_ANCHOR_KEY/,
    );
  });

  it('answers 503 to an anchor request, and verify reports no anchor check', async () => {
    const staff = await t.ctx.newStaff();
    const res = await t.http.post('/api/audit/anchors').set('Authorization', staff.auth);
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
    const verdict = (await t.http.get('/api/audit/verify').set('Authorization', staff.auth).expect(200)).body;
    expect(verdict.anchors).toBeUndefined();
  });
});
