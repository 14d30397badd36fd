import { describe, expect, it } from '@jest/globals';
import { type Criterion, roundTo, validateReview, weightedScore } from './scoring.js';

const CRITERIA: Criterion[] = [
  { key: 'quality', label: 'Quality', weight: 2, maxScore: 10, threshold: 5 },
  { key: 'impact', label: 'Impact', weight: 1, maxScore: 5, threshold: 2 },
  { key: 'budget', label: 'Budget', weight: 1, maxScore: 10 },
];

const full = (q: number, i: number, b: number, comment = 'ok') => [
  { criterion: 'quality', score: q, comment },
  { criterion: 'impact', score: i, comment },
  { criterion: 'budget', score: b, comment },
];

describe('weightedScore', () => {
  it('weighs each criterion on its own scale and scales the result to 0–100', () => {
    // (2 × 8/10 + 1 × 4/5 + 1 × 6/10) / 4 × 100 = (1.6 + 0.8 + 0.6) / 4 × 100 = 75
    expect(weightedScore(CRITERIA, full(8, 4, 6))).toBeCloseTo(75, 10);
    // (1.2 + 0.6 + 0.8) / 4 × 100 = 65
    expect(weightedScore(CRITERIA, full(6, 3, 8))).toBeCloseTo(65, 10);
  });

  it('gives 0 for all zeros and 100 for all maxima', () => {
    expect(weightedScore(CRITERIA, full(0, 0, 0))).toBe(0);
    expect(weightedScore(CRITERIA, full(10, 5, 10))).toBeCloseTo(100, 10);
  });

  it('accepts decimal scores', () => {
    // (2 × 7.5/10 + 2.5/5 + 5/10) / 4 × 100 = (1.5 + 0.5 + 0.5) / 4 × 100 = 62.5
    expect(weightedScore(CRITERIA, full(7.5, 2.5, 5))).toBeCloseTo(62.5, 10);
  });

  it('ignores the order of the scores', () => {
    expect(weightedScore(CRITERIA, full(8, 4, 6).reverse())).toBeCloseTo(75, 10);
  });

  it('refuses to score a review that misses a criterion', () => {
    expect(() => weightedScore(CRITERIA, full(8, 4, 6).slice(0, 2))).toThrow(RangeError);
  });
});

describe('validateReview', () => {
  it('accepts a complete review for submission', () => {
    expect(validateReview(CRITERIA, { scores: full(8, 4, 6), comment: 'Strong' }, { submit: true })).toEqual(
      [],
    );
  });

  it('accepts an incomplete draft', () => {
    expect(
      validateReview(
        CRITERIA,
        { scores: [{ criterion: 'quality', score: 8, comment: '' }] },
        { submit: false },
      ),
    ).toEqual([]);
  });

  it('names every missing criterion, comment and the overall comment when submitting', () => {
    const errors = validateReview(
      CRITERIA,
      { scores: [{ criterion: 'quality', score: 8, comment: '  ' }], comment: '' },
      { submit: true },
    );
    expect(errors.map((e) => e.field).sort()).toEqual([
      'comment',
      'scores.budget',
      'scores.impact',
      'scores.quality.comment',
    ]);
  });

  it('refuses a score above maxScore or below 0, also in a draft', () => {
    const errors = validateReview(
      CRITERIA,
      {
        scores: [
          { criterion: 'quality', score: 11, comment: 'x' },
          { criterion: 'impact', score: -1, comment: 'x' },
          { criterion: 'budget', score: 10, comment: 'x' },
        ],
      },
      { submit: false },
    );
    expect(errors).toEqual([
      { field: 'scores.quality.score', message: 'score must be between 0 and 10' },
      { field: 'scores.impact.score', message: 'score must be between 0 and 5' },
    ]);
  });

  it('accepts the bounds 0 and maxScore', () => {
    expect(validateReview(CRITERIA, { scores: full(0, 5, 10), comment: 'x' }, { submit: true })).toEqual([]);
  });

  it('refuses more than two decimals, non-numbers, unknown and repeated criteria', () => {
    const errors = validateReview(
      CRITERIA,
      {
        scores: [
          { criterion: 'quality', score: 7.125, comment: 'x' },
          { criterion: 'quality', score: 7, comment: 'x' },
          { criterion: 'impact', score: Number.NaN, comment: 'x' },
          { criterion: 'novelty', score: 3, comment: 'x' },
        ],
      },
      { submit: false },
    );
    expect(errors.map((e) => e.field)).toEqual([
      'scores.quality.score',
      'scores.quality',
      'scores.impact.score',
      'scores.novelty',
    ]);
    expect(errors[3].message).toContain('not a criterion of this call');
  });

  it('accepts two decimals whose binary form is inexact', () => {
    expect(
      validateReview(CRITERIA, { scores: full(7.15, 2.33, 0.1), comment: 'x' }, { submit: true }),
    ).toEqual([]);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero despite binary noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(70.004999, 2)).toBe(70);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(Object.is(roundTo(-0.0001, 2), 0)).toBe(true);
  });
});
