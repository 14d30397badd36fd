/**
 * Ranking a call's applications on their reviews, against the call budget (SPEC.md §4 "Reviews").
 * Pure: no database, no clock. The service loads the call's applications and submitted reviews in
 * two queries and hands them here.
 *
 * Score: the mean, over an application's submitted reviews, of each review's weighted score (0–100,
 * see scoring.ts), rounded to 2 decimals. A staff consensus score, when there is one, replaces it.
 *
 * Thresholds: an application meets them when, for every criterion with a threshold, the mean of
 * that criterion's scores over its reviews reaches (≥) the threshold. Without reviews it does not.
 *
 * Order (deterministic; every rule only decides when all earlier ones tie):
 *   1. score, highest first (compared at 0.01; applications without a score come last, unranked);
 *   2. meeting the thresholds before not meeting them;
 *   3. lower requested amount first (the same budget funds more);
 *   4. earlier submission first;
 *   5. reference, ascending; 6. application id, ascending (only to make the order total).
 * `rank` is the 1-based position in that order; applications without a submitted review get none.
 *
 * Funding line: walking down the ranking, the requested amount of every *fundable* application
 * (scored and meeting the thresholds) is added to `cumulativeRequestedCents`; it is `withinBudget`
 * while that running total stays within the call budget. An application that fails a threshold is
 * never within budget and takes no budget: its `cumulativeRequestedCents` repeats the total above
 * it, so it does not push the applications below it out. Once one fundable application exceeds the
 * budget, every one below it does too (the line is not back-filled with smaller projects: the order
 * of merit decides, and staff can still decide otherwise, which the decision motivates).
 * Applications whose reviews are not complete yet (`reviewsComplete` false) are ranked and counted
 * on their provisional score, so staff see where the line would fall if it stays so.
 *
 * Disagreement: `spread` is the highest minus the lowest weighted score of the application's
 * reviewers; above {@link DISAGREEMENT_LIMIT} points it is flagged as `disagreement`, a cue for a
 * consensus meeting.
 *
 * Calibration for evaluator severity: each review's weighted score becomes a z-score over the
 * submitted reviews of the same evaluator in the call, z = (x − mean) / sd (population standard
 * deviation). An evaluator with one review, or who gave every application the same score, cannot
 * be calibrated: z = 0. `normalisedScore` is the mean z of an application's reviews (0 = as good as
 * the average application its evaluators read; +1 = one standard deviation better), rounded to
 * 3 decimals; `normalisedRank` orders the scored applications on it, ties broken as above starting
 * with the raw score. Where `normalisedRank` differs from `rank`, calibration changes the order.
 */
import { type Criterion, roundTo } from './scoring.js';

/** Spread between evaluators (points on 0–100) above which the disagreement flag is raised. */
export const DISAGREEMENT_LIMIT = 20;

export interface RankingApplication {
  applicationId: string;
  reference: string;
  title: string;
  status: string;
  requestedCents: number;
  submittedAt: Date | null;
}

export interface RankingReview {
  applicationId: string;
  evaluatorId: string;
  /** The review's weighted score, 0–100, as computed by `weightedScore`. */
  weightedScore: number;
  /** Score per criterion key. */
  scores: Readonly<Record<string, number>>;
}

export interface RankingConsensus {
  applicationId: string;
  score: number;
  justification: string;
  by: string | null;
  at: Date;
}

export interface RankingInput {
  criteria: readonly Criterion[];
  budgetCents: number;
  minReviewsPerApplication: number;
  applications: readonly RankingApplication[];
  /** Submitted reviews of the call's applications (drafts must not be passed). */
  reviews: readonly RankingReview[];
  /** The current consensus per application, at most one each. */
  consensus?: readonly RankingConsensus[];
  disagreementLimit?: number;
}

export interface RankingItem {
  applicationId: string;
  reference: string;
  title: string;
  status: string;
  requestedCents: number;
  submittedAt: string | null;
  reviewCount: number;
  reviewsComplete: boolean;
  /** Mean of the reviews' weighted scores, 0–100; null without reviews. */
  meanScore: number | null;
  /** The ranking score: the consensus score if any, else `meanScore`. */
  score: number | null;
  criterionMeans: Record<string, number>;
  meetsThresholds: boolean;
  /** Keys of the criteria whose mean is below the threshold (or that have no scores yet). */
  failedThresholds: string[];
  rank: number | null;
  cumulativeRequestedCents: number;
  withinBudget: boolean;
  spread: number | null;
  disagreement: boolean;
  normalisedScore: number | null;
  normalisedRank: number | null;
  consensus: { score: number; justification: string; by: string | null; at: string } | null;
}

export interface FundingLine {
  budgetCents: number;
  /** Requested amounts of the applications within budget. */
  requestedWithinBudgetCents: number;
  remainingCents: number;
  /** Rank of the last application within budget; null when none fits. */
  lastRankWithinBudget: number | null;
  applicationsWithinBudget: number;
}

export interface Ranking {
  items: RankingItem[];
  fundingLine: FundingLine;
}

/** z-score of every review over its evaluator's reviews (see the module comment). */
export function evaluatorZScores(reviews: readonly RankingReview[]): number[] {
  const byEvaluator = new Map<string, number[]>();
  for (const r of reviews) {
    const list = byEvaluator.get(r.evaluatorId) ?? [];
    list.push(r.weightedScore);
    byEvaluator.set(r.evaluatorId, list);
  }
  const stats = new Map<string, { mean: number; sd: number; n: number }>();
  for (const [evaluatorId, scores] of byEvaluator) {
    const n = scores.length;
    const mean = scores.reduce((a, b) => a + b, 0) / n;
    const variance = scores.reduce((a, x) => a + (x - mean) ** 2, 0) / n;
    stats.set(evaluatorId, { mean, sd: Math.sqrt(variance), n });
  }
  return reviews.map((r) => {
    const s = stats.get(r.evaluatorId)!;
    // 1e-9: a variance that is only floating-point noise counts as none.
    if (s.n < 2 || s.sd < 1e-9) return 0;
    return (r.weightedScore - s.mean) / s.sd;
  });
}

const hundredths = (score: number) => Math.round(score * 100);

function compareTail(a: RankingItem, b: RankingItem): number {
  if (a.meetsThresholds !== b.meetsThresholds) return a.meetsThresholds ? -1 : 1;
  if (a.requestedCents !== b.requestedCents) return a.requestedCents - b.requestedCents;
  if (a.submittedAt !== b.submittedAt) {
    if (a.submittedAt === null) return 1;
    if (b.submittedAt === null) return -1;
    return a.submittedAt < b.submittedAt ? -1 : 1;
  }
  if (a.reference !== b.reference) return a.reference < b.reference ? -1 : 1;
  return a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0;
}

/** The raw ranking order: score, thresholds, requested amount, submission, reference, id. */
export function compareForRanking(a: RankingItem, b: RankingItem): number {
  if (a.score === null || b.score === null) {
    if (a.score !== b.score) return a.score === null ? 1 : -1;
  } else if (hundredths(a.score) !== hundredths(b.score)) {
    return hundredths(b.score) - hundredths(a.score);
  }
  return compareTail(a, b);
}

function compareNormalised(a: RankingItem, b: RankingItem): number {
  const za = Math.round((a.normalisedScore ?? 0) * 1000);
  const zb = Math.round((b.normalisedScore ?? 0) * 1000);
  if (za !== zb) return zb - za;
  return compareForRanking(a, b);
}

export function rankApplications(input: RankingInput): Ranking {
  const limit = input.disagreementLimit ?? DISAGREEMENT_LIMIT;
  const z = evaluatorZScores(input.reviews);
  const reviewsOf = new Map<string, { review: RankingReview; z: number }[]>();
  input.reviews.forEach((review, i) => {
    const list = reviewsOf.get(review.applicationId) ?? [];
    list.push({ review, z: z[i] });
    reviewsOf.set(review.applicationId, list);
  });
  const consensusOf = new Map((input.consensus ?? []).map((c) => [c.applicationId, c]));

  const criteria = input.criteria;
  const items: RankingItem[] = input.applications.map((app) => {
    const reviews = reviewsOf.get(app.applicationId) ?? [];
    const n = reviews.length;
    // Plain loops: this runs for every application of a call (thousands), keep it allocation-light.
    let sum = 0;
    let zSum = 0;
    let max = -Infinity;
    let min = Infinity;
    for (const { review, z: zScore } of reviews) {
      sum += review.weightedScore;
      zSum += zScore;
      if (review.weightedScore > max) max = review.weightedScore;
      if (review.weightedScore < min) min = review.weightedScore;
    }
    const criterionMeans: Record<string, number> = {};
    const failedThresholds: string[] = [];
    for (const c of criteria) {
      let total = 0;
      let count = 0;
      for (const { review } of reviews) {
        const v = review.scores[c.key];
        if (typeof v === 'number') {
          total += v;
          count += 1;
        }
      }
      const m = count > 0 ? total / count : null;
      if (m !== null) criterionMeans[c.key] = roundTo(m, 2);
      // 1e-9: a mean that reaches the threshold but for floating-point noise reaches it.
      if (c.threshold !== undefined && c.threshold !== null && (m === null || m < c.threshold - 1e-9)) {
        failedThresholds.push(c.key);
      }
    }
    const meanScore = n > 0 ? roundTo(sum / n, 2) : null;
    const spread = n > 0 ? roundTo(max - min, 2) : null;
    const consensus = consensusOf.get(app.applicationId) ?? null;
    return {
      applicationId: app.applicationId,
      reference: app.reference,
      title: app.title,
      status: app.status,
      requestedCents: app.requestedCents,
      submittedAt: app.submittedAt ? app.submittedAt.toISOString() : null,
      reviewCount: n,
      reviewsComplete: n >= input.minReviewsPerApplication,
      meanScore,
      score: consensus ? roundTo(consensus.score, 2) : meanScore,
      criterionMeans,
      meetsThresholds: n > 0 && failedThresholds.length === 0,
      failedThresholds,
      rank: null,
      cumulativeRequestedCents: 0,
      withinBudget: false,
      spread,
      disagreement: spread !== null && spread > limit,
      normalisedScore: n > 0 ? roundTo(zSum / n, 3) : null,
      normalisedRank: null,
      consensus: consensus
        ? {
            score: roundTo(consensus.score, 2),
            justification: consensus.justification,
            by: consensus.by,
            at: consensus.at.toISOString(),
          }
        : null,
    };
  });

  items.sort(compareForRanking);
  let cumulative = 0;
  let lastRankWithinBudget: number | null = null;
  let withinCount = 0;
  let withinCents = 0;
  items.forEach((item, i) => {
    if (item.score === null) {
      item.cumulativeRequestedCents = cumulative;
      return;
    }
    item.rank = i + 1;
    if (item.meetsThresholds) {
      cumulative += item.requestedCents;
      item.withinBudget = cumulative <= input.budgetCents;
      if (item.withinBudget) {
        lastRankWithinBudget = item.rank;
        withinCount += 1;
        withinCents = cumulative;
      }
    }
    item.cumulativeRequestedCents = cumulative;
  });

  const scored = items.filter((item) => item.reviewCount > 0).sort(compareNormalised);
  scored.forEach((item, i) => (item.normalisedRank = i + 1));

  return {
    items,
    fundingLine: {
      budgetCents: input.budgetCents,
      requestedWithinBudgetCents: withinCents,
      remainingCents: input.budgetCents - withinCents,
      lastRankWithinBudget,
      applicationsWithinBudget: withinCount,
    },
  };
}
