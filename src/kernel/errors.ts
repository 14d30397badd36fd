/** Stable error codes of the API (SPEC.md §3). Clients may rely on them. */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'CALL_CLOSED'
  | 'CALL_STILL_OPEN'
  | 'ALREADY_EXISTS'
  | 'ALREADY_SUBMITTED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'VERSION_CONFLICT'
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
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'DOCUMENT_REJECTED'
  | 'DOCUMENT_PENDING'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_ERROR';

/** Every code, for the OpenAPI document's `ErrorBody.code` enum (typed so that none can be left out). */
const ALL_CODES: Record<ErrorCode, true> = {
  VALIDATION_FAILED: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  INVALID_TRANSITION: true,
  CALL_CLOSED: true,
  CALL_STILL_OPEN: true,
  ALREADY_EXISTS: true,
  ALREADY_SUBMITTED: true,
  IDEMPOTENCY_CONFLICT: true,
  ELIGIBILITY_FAILED: true,
  BUDGET_EXCEEDED: true,
  DE_MINIMIS_EXCEEDED: true,
  CONFLICT_OF_INTEREST: true,
  EXPENSE_NOT_ELIGIBLE: true,
  PAYMENT_EXCEEDS_GRANT: true,
  PAYLOAD_TOO_LARGE: true,
  UNSUPPORTED_MEDIA_TYPE: true,
  DOCUMENT_REJECTED: true,
  DOCUMENT_PENDING: true,
  VERSION_CONFLICT: true,
  DEROGATION_REASON_REQUIRED: true,
  NO_SIGNATORY: true,
  GRANT_NOT_ACCEPTED: true,
  TOO_MANY_REQUESTS: true,
  SERVICE_UNAVAILABLE: true,
  INTERNAL_ERROR: true,
};
export const ERROR_CODES = Object.keys(ALL_CODES) as ErrorCode[];

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
    case 'CALL_STILL_OPEN':
    case 'ALREADY_EXISTS':
    case 'ALREADY_SUBMITTED':
    case 'IDEMPOTENCY_CONFLICT':
    case 'DOCUMENT_PENDING':
    case 'VERSION_CONFLICT':
    case 'GRANT_NOT_ACCEPTED':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'ELIGIBILITY_FAILED':
    case 'BUDGET_EXCEEDED':
    case 'DE_MINIMIS_EXCEEDED':
    case 'CONFLICT_OF_INTEREST':
    case 'EXPENSE_NOT_ELIGIBLE':
    case 'PAYMENT_EXCEEDS_GRANT':
    case 'DOCUMENT_REJECTED':
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
