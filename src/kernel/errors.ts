/** Stable error codes of the API (SPEC.md §3). Clients may rely on them. */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'CALL_CLOSED'
  | 'ALREADY_EXISTS'
  | 'ALREADY_SUBMITTED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'ELIGIBILITY_FAILED'
  | 'BUDGET_EXCEEDED'
  | 'DE_MINIMIS_EXCEEDED'
  | 'CONFLICT_OF_INTEREST'
  | 'EXPENSE_NOT_ELIGIBLE'
  | 'PAYMENT_EXCEEDS_GRANT'
  | 'DEROGATION_REASON_REQUIRED'
  | 'NO_SIGNATORY'
  | 'GRANT_NOT_ACCEPTED'
  | 'PAYLOAD_TOO_LARGE'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_ERROR';

export interface FieldError {
  field: string;
  message: string;
}

export interface RuleViolation {
  rule: string;
  message: string;
}

/**
 * The one exception class for business rules. Services throw it with a code; the global
 * filter maps the code to an HTTP status. Services never throw HTTP exceptions.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(entity: string, id?: string): DomainError {
    return new DomainError('NOT_FOUND', id ? `${entity} ${id} not found` : `${entity} not found`);
  }

  static forbidden(message = 'You may not do this'): DomainError {
    return new DomainError('FORBIDDEN', message);
  }

  static validation(field: string, message: string): DomainError {
    return new DomainError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);
  }
}

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'INVALID_TRANSITION':
    case 'CALL_CLOSED':
    case 'ALREADY_EXISTS':
    case 'ALREADY_SUBMITTED':
    case 'IDEMPOTENCY_CONFLICT':
    case 'GRANT_NOT_ACCEPTED':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'ELIGIBILITY_FAILED':
    case 'BUDGET_EXCEEDED':
    case 'DE_MINIMIS_EXCEEDED':
    case 'CONFLICT_OF_INTEREST':
    case 'EXPENSE_NOT_ELIGIBLE':
    case 'PAYMENT_EXCEEDS_GRANT':
    case 'DEROGATION_REASON_REQUIRED':
    case 'NO_SIGNATORY':
      return 422;
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    case 'INTERNAL_ERROR':
      return 500;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}
