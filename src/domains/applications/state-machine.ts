/**
 * The life of an application (SPEC.md §4):
 * draft → submitted → (returned → submitted)* → admissible | inadmissible → under_review → approved | rejected;
 * withdrawn from any state before a decision; approved → closed after the balance payment.
 */
import { DomainError } from '../../kernel/errors.js';

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'admissible',
  'inadmissible',
  'under_review',
  'approved',
  'rejected',
  'withdrawn',
  'closed',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = Object.freeze({
  draft: ['submitted', 'withdrawn'],
  submitted: ['returned', 'admissible', 'inadmissible', 'withdrawn'],
  returned: ['submitted', 'withdrawn'],
  admissible: ['under_review', 'withdrawn'],
  inadmissible: [],
  under_review: ['approved', 'rejected', 'withdrawn'],
  approved: ['closed'],
  rejected: [],
  withdrawn: [],
  closed: [],
});

/** States in which the applicant may still change the content. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['draft', 'returned'];

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('INVALID_TRANSITION', `An application cannot go from ${from} to ${to}`, {
      from,
      to,
      allowed: TRANSITIONS[from],
    });
  }
}

export function assertEditable(status: ApplicationStatus): void {
  if (!EDITABLE_STATUSES.includes(status)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `An application can only be changed while draft or returned; this one is ${status}`,
      { from: status, allowed: EDITABLE_STATUSES },
    );
  }
}
