import { describe, expect, it } from '@jest/globals';
import {
  DISAGREEMENT_LIMIT,
  evaluatorZScores,
  type RankingApplication,
  type RankingReview,
  rankApplications,
} from './ranking.js';
import { type Criterion, weightedScore } from './scoring.js';

const CRITERIA: Criterion[] = [
  { key: 'quality', label: 'Quality', weight: 2, maxScore: 10, threshold: 5 },
  { key: 'impact', label: 'Impact', weight: 1, maxScore: 5, threshold: 2 },
  { key: 'budget', label: 'Budget', weight: 1, maxScore: 10 },
];

function review(applicationId: string, evaluatorId: string, q: number, i: number, b: number): RankingReview {
  const scores = { quality: q, impact: i, budget: b };
  return {
    applicationId,
    evaluatorId,
    scores,
    weightedScore: weightedScore(
      CRITERIA,
      Object.entries(scores).map(([criterion, score]) => ({ criterion, score, comment: 'x' })),
    ),
  };
}

function app(id: string, requestedCents: number, submittedAt: string, reference = `REF-${id}`) {
  return {
    applicationId: id,
    reference,
    title: `Project ${id}`,
    status: 'under_review',
    requestedCents,
    submittedAt: new Date(submittedAt),
  } satisfies RankingApplication;
}

/*
 * The hand-computed example. Weighted score = (2·q/10 + i/5 + b/10) / 4 × 100.
 *
 * app  E1 (q,i,b) → score   E2 (q,i,b) → score   mean   thresholds        requested  submitted
 * A    8,4,6      → 75      6,3,8      → 65      70     met               100 000    01-10
 * B    7,4,8      → 75      7,3,6      → 65      70     met                80 000    01-12
 * C   10,1,10     → 80     10,1,10     → 80      80     impact 1 < 2      120 000    01-09
 * D    9,5,9      → 92.5    5,2,5      → 47.5    70     met (spread 45)    80 000    01-11
 * E    6,3,5      → 57.5    6,3,5      → 57.5    57.5   met                50 000    01-08
 * F    4,2,4      → 40      6,2,6      → 55      47.5   met (q 5 = 5)      10 000    01-07
 *
 * Order: C (80) · D, B, A (70: D and B request less than A; D was submitted before B) · E · F.
 * Budget € 300 000. Cumulative over fundable ones: C fails a threshold → 0, not within budget;
 * D 80 000 ✓, B 160 000 ✓, A 260 000 ✓, E 310 000 ✗, F 320 000 ✗ (not back-filled).
 */
const APPS = [
  app('A', 10_000_000, '2026-01-10T10:00:00Z'),
  app('B', 8_000_000, '2026-01-12T10:00:00Z'),
  app('C', 12_000_000, '2026-01-09T10:00:00Z'),
  app('D', 8_000_000, '2026-01-11T10:00:00Z'),
  app('E', 5_000_000, '2026-01-08T10:00:00Z'),
  app('F', 1_000_000, '2026-01-07T10:00:00Z'),
];
const REVIEWS = [
  review('A', 'E1', 8, 4, 6),
  review('A', 'E2', 6, 3, 8),
  review('B', 'E1', 7, 4, 8),
  review('B', 'E2', 7, 3, 6),
  review('C', 'E1', 10, 1, 10),
  review('C', 'E2', 10, 1, 10),
  review('D', 'E1', 9, 5, 9),
  review('D', 'E2', 5, 2, 5),
  review('E', 'E1', 6, 3, 5),
  review('E', 'E2', 6, 3, 5),
  review('F', 'E1', 4, 2, 4),
  review('F', 'E2', 6, 2, 6),
];

const rank = (overrides: Partial<Parameters<typeof rankApplications>[0]> = {}) =>
  rankApplications({
    criteria: CRITERIA,
    budgetCents: 30_000_000,
    minReviewsPerApplication: 2,
    applications: APPS,
    reviews: REVIEWS,
    ...overrides,
  });

describe('rankApplications on the hand-computed example', () => {
  const ranking = rank();
  const byId = Object.fromEntries(ranking.items.map((i) => [i.applicationId, i]));

  it('orders by score, then thresholds, then lower request, then earlier submission', () => {
    expect(ranking.items.map((i) => i.applicationId)).toEqual(['C', 'D', 'B', 'A', 'E', 'F']);
    expect(ranking.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ranking.items.map((i) => i.score)).toEqual([80, 70, 70, 70, 57.5, 47.5]);
  });

  it('computes the mean per criterion and the thresholds', () => {
    expect(byId.C.criterionMeans).toEqual({ quality: 10, impact: 1, budget: 10 });
    expect(byId.C.meetsThresholds).toBe(false);
    expect(byId.C.failedThresholds).toEqual(['impact']);
    // A threshold is met when the mean reaches it exactly.
    expect(byId.F.criterionMeans.quality).toBe(5);
    expect(byId.F.meetsThresholds).toBe(true);
  });

  it('adds up the requested amounts of fundable applications and draws the funding line', () => {
    expect(ranking.items.map((i) => [i.applicationId, i.cumulativeRequestedCents, i.withinBudget])).toEqual([
      ['C', 0, false],
      ['D', 8_000_000, true],
      ['B', 16_000_000, true],
      ['A', 26_000_000, true],
      ['E', 31_000_000, false],
      ['F', 32_000_000, false],
    ]);
    expect(ranking.fundingLine).toEqual({
      budgetCents: 30_000_000,
      requestedWithinBudgetCents: 26_000_000,
      remainingCents: 4_000_000,
      lastRankWithinBudget: 4,
      applicationsWithinBudget: 3,
    });
  });

  it('counts an application exactly at the budget as within it', () => {
    const exact = rank({ budgetCents: 31_000_000 });
    expect(exact.items.find((i) => i.applicationId === 'E')?.withinBudget).toBe(true);
    expect(exact.fundingLine.lastRankWithinBudget).toBe(5);
  });

  it('measures the spread between evaluators and flags disagreement above the limit', () => {
    expect(byId.D.spread).toBe(45);
    expect(byId.D.disagreement).toBe(true);
    expect(byId.F.spread).toBe(15);
    expect(byId.F.disagreement).toBe(false);
    expect(byId.E.spread).toBe(0);
    expect(DISAGREEMENT_LIMIT).toBe(20);
    // Exactly at the limit is not yet a disagreement.
    expect(rank({ disagreementLimit: 15 }).items.find((i) => i.applicationId === 'F')?.disagreement).toBe(
      false,
    );
  });

  it('reports the review count and whether the minimum is reached', () => {
    expect(byId.A.reviewCount).toBe(2);
    expect(byId.A.reviewsComplete).toBe(true);
    expect(rank({ minReviewsPerApplication: 3 }).items.every((i) => !i.reviewsComplete)).toBe(true);
  });

  it('gives the same result whatever the input order', () => {
    const shuffled = rank({ applications: [...APPS].reverse(), reviews: [...REVIEWS].reverse() });
    expect(shuffled.items.map((i) => i.applicationId)).toEqual(['C', 'D', 'B', 'A', 'E', 'F']);
    expect(shuffled.items.map((i) => i.normalisedRank)).toEqual(ranking.items.map((i) => i.normalisedRank));
  });
});

describe('tie-breaks', () => {
  const tied = (a: RankingApplication, b: RankingApplication) =>
    rankApplications({
      criteria: CRITERIA,
      budgetCents: 100_000_000,
      minReviewsPerApplication: 1,
      applications: [a, b],
      reviews: [review(a.applicationId, 'E1', 8, 4, 6), review(b.applicationId, 'E2', 8, 4, 6)],
    }).items.map((i) => i.applicationId);

  it('falls back to the reference when score, request and submission tie', () => {
    expect(
      tied(
        app('X', 1_000, '2026-01-01T00:00:00Z', 'CALL-2026-002'),
        app('Y', 1_000, '2026-01-01T00:00:00Z', 'CALL-2026-001'),
      ),
    ).toEqual(['Y', 'X']);
  });

  it('puts an application that meets the thresholds before one with the same score that does not', () => {
    // P: (2·10/10 + 1/5 + 2/10)/4 = 60 with impact 1 < 2; Q: (2·6/10 + 3/5 + 6/10)/4 = 60.
    const items = rankApplications({
      criteria: CRITERIA,
      budgetCents: 100_000_000,
      minReviewsPerApplication: 1,
      applications: [app('P', 1, '2026-01-01T00:00:00Z'), app('Q', 2, '2026-01-02T00:00:00Z')],
      reviews: [review('P', 'E1', 10, 1, 2), review('Q', 'E1', 6, 3, 6)],
    }).items;
    expect(items.map((i) => [i.applicationId, i.score, i.meetsThresholds])).toEqual([
      ['Q', 60, true],
      ['P', 60, false],
    ]);
  });

  it('compares scores at two decimals, so floating-point noise does not decide', () => {
    const items = rankApplications({
      criteria: [{ key: 'q', label: 'Q', weight: 1, maxScore: 3 }],
      budgetCents: 100,
      minReviewsPerApplication: 1,
      applications: [app('S', 20, '2026-01-01T00:00:00Z'), app('T', 10, '2026-01-02T00:00:00Z')],
      reviews: [
        { applicationId: 'S', evaluatorId: 'E', weightedScore: 0.1 + 0.2, scores: { q: 1 } },
        { applicationId: 'T', evaluatorId: 'E', weightedScore: 0.3, scores: { q: 1 } },
      ],
    }).items;
    expect(items.map((i) => i.applicationId)).toEqual(['T', 'S']);
  });

  it('puts applications without reviews last, unranked and never within budget', () => {
    const items = rank({ applications: [...APPS, app('N', 1, '2026-01-01T00:00:00Z')] }).items;
    const last = items[items.length - 1];
    expect(last).toMatchObject({
      applicationId: 'N',
      rank: null,
      score: null,
      reviewCount: 0,
      meetsThresholds: false,
      withinBudget: false,
      cumulativeRequestedCents: 32_000_000,
      normalisedScore: null,
      normalisedRank: null,
      spread: null,
    });
  });
});

describe('consensus', () => {
  it('replaces the mean and moves the application, keeping the mean visible', () => {
    const ranking = rankApplications({
      criteria: CRITERIA,
      budgetCents: 30_000_000,
      minReviewsPerApplication: 2,
      applications: APPS,
      reviews: REVIEWS,
      consensus: [
        {
          applicationId: 'D',
          score: 60,
          justification: 'Panel agreed the budget is weak',
          by: 'staff-1',
          at: new Date('2026-02-01T09:00:00Z'),
        },
      ],
    });
    expect(ranking.items.map((i) => i.applicationId)).toEqual(['C', 'B', 'A', 'D', 'E', 'F']);
    const d = ranking.items.find((i) => i.applicationId === 'D')!;
    expect(d).toMatchObject({
      score: 60,
      meanScore: 70,
      rank: 4,
      cumulativeRequestedCents: 26_000_000,
      withinBudget: true,
      consensus: { score: 60, justification: 'Panel agreed the budget is weak', by: 'staff-1' },
    });
    // D's budget is now spent after A's, so E is still out.
    expect(ranking.items.find((i) => i.applicationId === 'E')?.cumulativeRequestedCents).toBe(31_000_000);
  });
});

describe('calibration for evaluator severity', () => {
  it('computes z-scores over each evaluator’s own reviews', () => {
    const z = evaluatorZScores([
      { applicationId: 'X', evaluatorId: 'harsh', weightedScore: 40, scores: {} },
      { applicationId: 'Y', evaluatorId: 'harsh', weightedScore: 50, scores: {} },
      { applicationId: 'Z', evaluatorId: 'lenient', weightedScore: 90, scores: {} },
      { applicationId: 'W', evaluatorId: 'lenient', weightedScore: 80, scores: {} },
      { applicationId: 'V', evaluatorId: 'alone', weightedScore: 99, scores: {} },
      { applicationId: 'X', evaluatorId: 'flat', weightedScore: 70, scores: {} },
      { applicationId: 'Y', evaluatorId: 'flat', weightedScore: 70, scores: {} },
    ]);
    // harsh: mean 45, sd 5 → −1, +1; lenient: mean 85, sd 5 → +1, −1; one review or no variance → 0.
    expect(z).toEqual([-1, 1, 1, -1, 0, 0, 0]);
  });

  it('ranks on the mean z beside the raw rank, so a harsh evaluator’s best moves up', () => {
    const one = [{ key: 'q', label: 'Q', weight: 1, maxScore: 100 }];
    const r = (applicationId: string, evaluatorId: string, score: number): RankingReview => ({
      applicationId,
      evaluatorId,
      weightedScore: score,
      scores: { q: score },
    });
    const items = rankApplications({
      criteria: one,
      budgetCents: 1_000,
      minReviewsPerApplication: 1,
      applications: ['X', 'Y', 'Z', 'W'].map((id) => app(id, 100, '2026-01-01T00:00:00Z')),
      reviews: [r('X', 'harsh', 40), r('Y', 'harsh', 50), r('Z', 'lenient', 90), r('W', 'lenient', 80)],
    }).items;
    expect(items.map((i) => [i.applicationId, i.rank, i.normalisedScore, i.normalisedRank])).toEqual([
      ['Z', 1, 1, 1],
      ['W', 2, -1, 3],
      ['Y', 3, 1, 2],
      ['X', 4, -1, 4],
    ]);
  });

  it('averages the z-scores of an application’s reviewers', () => {
    const byId = Object.fromEntries(rank().items.map((i) => [i.applicationId, i]));
    // E1 gave 75, 75, 80, 92.5, 57.5, 40 (mean 70); E2 gave 65, 65, 80, 47.5, 57.5, 55 (mean 61.67).
    const e1 = [75, 75, 80, 92.5, 57.5, 40];
    const e2 = [65, 65, 80, 47.5, 57.5, 55];
    const zOf = (xs: number[], x: number) => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, v) => a + (v - m) ** 2, 0) / xs.length);
      return (x - m) / sd;
    };
    expect(byId.A.normalisedScore).toBeCloseTo((zOf(e1, 75) + zOf(e2, 65)) / 2, 3);
    expect(byId.C.normalisedScore).toBeCloseTo((zOf(e1, 80) + zOf(e2, 80)) / 2, 3);
    expect(byId.C.normalisedRank).toBe(1);
  });
});
