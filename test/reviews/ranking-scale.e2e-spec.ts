import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntitySubscriberInterface } from 'typeorm';
import { RankingService } from '../../src/domains/reviews/ranking.service.js';
import { createTestApp, type TestApp } from '../utils/create-app.js';

/**
 * A call with 2,000 applications × 3 submitted reviews, written straight into the tables: the
 * ranking must stay a handful of queries (no query per application). Its speed is measured by the
 * benchmark (`npm run bench`, bench/README.md), not here.
 */
describe('ranking at scale', () => {
  let t: TestApp;
  let callId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const [applicant, staff] = await Promise.all([t.ctx.newApplicant(), t.ctx.newStaff()]);
    const call = await t.ctx.newCall({ budgetCents: 500_000_000, minReviewsPerApplication: 3 });
    callId = call.id;
    await t.dataSource.query(
      `INSERT INTO application (call_id, reference, title, summary, cluster, start_date, end_date,
                                requested_cents, status, created_by, submitted_at, snapshot)
       SELECT $1, 'PERF-' || lpad(g::text, 5, '0'), 'Project ' || g, 'Scale test', 'health',
              '2027-01-01', '2028-12-31', (g % 100 + 1) * 100000, 'under_review', $2,
              now() - g * interval '1 minute', '{}'::jsonb
         FROM generate_series(1, 2000) g`,
      [callId, applicant.id],
    );
    await t.dataSource.query(
      `INSERT INTO app_user (email, full_name, role, password_hash)
       SELECT 'perf-evaluator-' || lpad(g::text, 2, '0') || '@test.example', 'Evaluator ' || g, 'evaluator', 'x'
         FROM generate_series(0, 29) g`,
    );
    await t.dataSource.query(
      `INSERT INTO review_assignment (application_id, evaluator_id, status, has_conflict, declared_at, assigned_by)
       SELECT p.id, e.id, 'submitted', false, now(), $2
         FROM (SELECT id, row_number() OVER (ORDER BY reference) AS rn FROM application WHERE call_id = $1) p
        CROSS JOIN generate_series(0, 2) k
         JOIN (SELECT id, row_number() OVER (ORDER BY email) - 1 AS idx
                 FROM app_user WHERE email LIKE 'perf-evaluator-%') e ON e.idx = (p.rn + k * 7) % 30`,
      [callId, staff.id],
    );
    // Scores 0..10 per criterion; weighted = (40·i + 30·m + 30·f) / 10 (criteria of the factory call).
    await t.dataSource.query(
      `INSERT INTO review (assignment_id, scores, comment, weighted_score, submitted_at)
       SELECT s.id,
              jsonb_build_array(
                jsonb_build_object('criterion', 'innovation', 'score', s.i, 'comment', 'x'),
                jsonb_build_object('criterion', 'impact', 'score', s.m, 'comment', 'x'),
                jsonb_build_object('criterion', 'feasibility', 'score', s.f, 'comment', 'x')),
              'x', (40 * s.i + 30 * s.m + 30 * s.f) / 10.0, now()
         FROM (SELECT a.id, abs(hashtext(a.id::text)) % 11 AS i, abs(hashtext(a.id::text || 'm')) % 11 AS m,
                      abs(hashtext(a.id::text || 'f')) % 11 AS f
                 FROM review_assignment a JOIN application p ON p.id = a.application_id
                WHERE p.call_id = $1) s`,
      [callId],
    );
  });
  afterAll(() => t.close());

  it('ranks 2,000 applications with 6,000 reviews in a few queries', async () => {
    const service = t.ctx.get(RankingService);
    await service.ranking(callId); // warm-up
    const statements: string[] = [];
    const counter: EntitySubscriberInterface = { beforeQuery: (event) => void statements.push(event.query) };
    t.dataSource.subscribers.push(counter);
    let ranking: Awaited<ReturnType<RankingService['ranking']>>;
    try {
      ranking = await service.ranking(callId);
    } finally {
      t.dataSource.subscribers.splice(t.dataSource.subscribers.indexOf(counter), 1);
    }
    expect(ranking.total).toBe(2000);
    expect(ranking.items.every((i) => i.reviewCount === 3 && i.rank !== null)).toBe(true);
    expect(ranking.items.map((i) => i.rank)).toEqual(Array.from({ length: 2000 }, (_, k) => k + 1));
    expect(statements.length).toBeGreaterThan(0);
    // The ranking itself takes four; the job dispatcher and the audit chain's sweep may add a few of
    // theirs meanwhile. A statement per application would be thousands.
    expect(statements.length).toBeLessThanOrEqual(20);
  });
});
