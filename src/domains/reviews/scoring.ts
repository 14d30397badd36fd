/**
 * Scoring one review against a call's criteria (SPEC.md §4 "Reviews"). Pure: no database, no clock.
 *
 * A review gives every criterion of the call a score between 0 and the criterion's `maxScore`
 * (whole numbers or decimals with at most two digits, e.g. 7.5) and a comment. Its weighted score,
 * scaled to 0–100, is
 *
 *     Σ (weight × score / maxScore) / Σ weight × 100
 *
 * so a criterion's share of the result is its weight, whatever its scale.
 */
import type { FieldError } from '../../kernel/errors.js';

/** An evaluation criterion of a call. `threshold` is on the criterion's own scale (0..maxScore). */
export interface Criterion {
  key: string;
  label: string;
  weight: number;
  maxScore: number;
  threshold?: number | null;
}

/** One criterion's score in a review. */
export interface CriterionScore {
  criterion: string;
  score: number;
  comment: string;
}

/** What an evaluator writes: draft or to be submitted. */
export interface ReviewInput {
  scores: { criterion: string; score: number; comment?: string | null }[];
  comment?: string | null;
}

/** Longest comment accepted, per criterion and overall. */
export const MAX_COMMENT_LENGTH = 10_000;

/** Digits after the decimal point a score may have (7.5 and 7.25 are fine, 7.125 is not). */
export const SCORE_DECIMALS = 2;

/** Rounds to `digits` decimals, half away from zero, without the 1.005 → 1.00 surprise. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  // A nudge of two ulps absorbs the binary noise of the multiplication (1.005 × 100 = 100.49999999999999).
  const scaled = Math.abs(value) * factor;
  return (Math.sign(value) * Math.round(scaled * (1 + 2 * Number.EPSILON))) / factor || 0;
}

function hasAtMostDecimals(value: number, digits: number): boolean {
  const factor = 10 ** digits;
  return Math.abs(Math.round(value * factor) - value * factor) < 1e-6;
}

/**
 * The weighted score of a review, scaled to 0–100, not rounded. Every criterion must have a score:
 * callers validate with {@link validateReview} first; a missing one is a programming error.
 */
export function weightedScore(criteria: readonly Criterion[], scores: readonly CriterionScore[]): number {
  if (criteria.length === 0) throw new RangeError('A call needs at least one criterion to be scored');
  const byKey = new Map(scores.map((s) => [s.criterion, s.score]));
  let weighted = 0;
  let totalWeight = 0;
  for (const c of criteria) {
    const score = byKey.get(c.key);
    if (score === undefined) throw new RangeError(`No score for criterion ${c.key}`);
    weighted += (c.weight * score) / c.maxScore;
    totalWeight += c.weight;
  }
  if (totalWeight <= 0) throw new RangeError('The criteria weights must add up to more than 0');
  return (weighted / totalWeight) * 100;
}

/**
 * Checks a review against the criteria. Always: every score names a criterion of the call, once,
 * and is a number in `0..maxScore` with at most two decimals. When `submit` is set, also: every
 * criterion has a score and a non-blank comment, and the review has an overall comment.
 * Returns one error per problem (empty when the review is fine); fields are named
 * `scores.<criterion>.score`, `scores.<criterion>.comment`, `scores.<criterion>` and `comment`.
 */
export function validateReview(
  criteria: readonly Criterion[],
  review: ReviewInput,
  options: { submit: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(criteria.map((c) => [c.key, c]));
  const seen = new Set<string>();
  for (const s of review.scores) {
    const criterion = byKey.get(s.criterion);
    const field = `scores.${s.criterion}`;
    if (!criterion) {
      errors.push({
        field,
        message: `${s.criterion} is not a criterion of this call (known: ${[...byKey.keys()].join(', ')})`,
      });
      continue;
    }
    if (seen.has(s.criterion)) {
      errors.push({ field, message: `${s.criterion} is scored more than once` });
      continue;
    }
    seen.add(s.criterion);
    if (typeof s.score !== 'number' || !Number.isFinite(s.score)) {
      errors.push({ field: `${field}.score`, message: 'score must be a number' });
    } else if (s.score < 0 || s.score > criterion.maxScore) {
      errors.push({
        field: `${field}.score`,
        message: `score must be between 0 and ${criterion.maxScore}`,
      });
    } else if (!hasAtMostDecimals(s.score, SCORE_DECIMALS)) {
      errors.push({ field: `${field}.score`, message: `score may have at most ${SCORE_DECIMALS} decimals` });
    }
    if (typeof s.comment === 'string' && s.comment.length > MAX_COMMENT_LENGTH) {
      errors.push({ field: `${field}.comment`, message: `comment is longer than ${MAX_COMMENT_LENGTH}` });
    } else if (options.submit && (typeof s.comment !== 'string' || s.comment.trim() === '')) {
      errors.push({ field: `${field}.comment`, message: 'every criterion needs a comment to submit' });
    }
  }
  if (options.submit) {
    for (const c of criteria) {
      if (!review.scores.some((s) => s.criterion === c.key)) {
        errors.push({ field: `scores.${c.key}`, message: `${c.label} (${c.key}) needs a score to submit` });
      }
    }
    if (typeof review.comment !== 'string' || review.comment.trim() === '') {
      errors.push({ field: 'comment', message: 'a review needs an overall comment to submit' });
    }
  }
  if (typeof review.comment === 'string' && review.comment.length > MAX_COMMENT_LENGTH) {
    errors.push({ field: 'comment', message: `comment is longer than ${MAX_COMMENT_LENGTH}` });
  }
  return errors;
}
