import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { ErrorCode } from './errors.js';

/**
 * OpenAPI extensions that the document builder (`src/openapi.ts`) turns into error responses. The
 * usual ones are derived there (400 for a body or parameters, 401/403 from `@Auth`, 404 for an id in
 * the path, 409 for `Idempotency-Key`, 413 for a body); a route names only the error codes of its
 * business rules:
 *
 *   @ApiErrors('CALL_CLOSED', 'ELIGIBILITY_FAILED')
 */
export const X_ERROR_CODES = 'x-error-codes';
/** The roles of `@Auth(...)`, for the document (and clients that read it). */
export const X_ROLES = 'x-roles';
/** Set by `@Throttled()` (routes that count attempts, e.g. login): the operation may answer 429. */
export const X_RATE_LIMITED = 'x-rate-limited';
/** Set by `@Public()`. */
export const X_PUBLIC = 'x-public';

/** Documents that the route is throttled (429 with Retry-After); the throttle itself is in the service. */
export function Throttled(): MethodDecorator {
  return ApiExtension(X_RATE_LIMITED, true) as MethodDecorator;
}

export function ApiErrors(...codes: [ErrorCode, ...ErrorCode[]]): MethodDecorator {
  return ApiExtension(X_ERROR_CODES, codes) as MethodDecorator;
}

/** A download: the 200 answer is a file of `mediaType` (a binary body, not JSON). */
export function ApiFileResponse(mediaType: string, description: string): MethodDecorator {
  return applyDecorators(
    ApiProduces(mediaType),
    ApiOkResponse({
      description,
      content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
    }),
  );
}
