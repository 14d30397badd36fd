import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../../kernel/errors.js';
import {
  APPLICATION_STATUSES,
  assertEditable,
  assertTransition,
  canTransition,
  TRANSITIONS,
} from './state-machine.js';

describe('application state machine', () => {
  it('follows the journey of SPEC.md §4', () => {
    const path = [
      'draft',
      'submitted',
      'returned',
      'submitted',
      'admissible',
      'under_review',
      'approved',
      'closed',
    ] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i])).toBe(true);
    expect(canTransition('submitted', 'inadmissible')).toBe(true);
    expect(canTransition('under_review', 'rejected')).toBe(true);
  });

  it('allows withdrawal before a decision only', () => {
    for (const from of ['draft', 'submitted', 'returned', 'admissible', 'under_review'] as const) {
      expect(canTransition(from, 'withdrawn')).toBe(true);
    }
    for (const from of ['inadmissible', 'approved', 'rejected', 'withdrawn', 'closed'] as const) {
      expect(canTransition(from, 'withdrawn')).toBe(false);
    }
  });

  it('refuses anything else with INVALID_TRANSITION', () => {
    let refused = 0;
    for (const from of APPLICATION_STATUSES) {
      for (const to of APPLICATION_STATUSES) {
        if (TRANSITIONS[from].includes(to)) {
          expect(() => assertTransition(from, to)).not.toThrow();
        } else {
          refused += 1;
          expect(() => assertTransition(from, to)).toThrow(
            expect.objectContaining({ code: 'INVALID_TRANSITION' }) as unknown as DomainError,
          );
        }
      }
    }
    expect(refused).toBeGreaterThan(80);
    expect(canTransition('draft', 'approved')).toBe(false);
    expect(canTransition('approved', 'rejected')).toBe(false);
  });

  it('lets the content change only while draft or returned', () => {
    expect(() => assertEditable('draft')).not.toThrow();
    expect(() => assertEditable('returned')).not.toThrow();
    for (const s of APPLICATION_STATUSES.filter((x) => x !== 'draft' && x !== 'returned')) {
      expect(() => assertEditable(s)).toThrow(DomainError);
    }
  });
});
