import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { X_ERROR_CODES, X_PUBLIC, X_RATE_LIMITED, X_ROLES } from './kernel/api-errors.js';
import { ERROR_CODES, type ErrorCode, httpStatusOf } from './kernel/errors.js';

/**
 * The OpenAPI document, completed in one place (docs/api.md, "The OpenAPI document"): every operation
 * gets its error responses with the `ErrorBody` schema, derived from what the route declares:
 *
 * | status | code(s)                | when                                                       |
 * |--------|------------------------|------------------------------------------------------------|
 * | 400    | VALIDATION_FAILED      | the operation has a body, a query or path parameters       |
 * | 401    | UNAUTHENTICATED        | `@Auth(...)`                                               |
 * | 403    | FORBIDDEN              | `@Auth(...)` (the roles are in the description)            |
 * | 404    | NOT_FOUND              | a parameter in the path                                    |
 * | 409    | IDEMPOTENCY_CONFLICT   | `@Idempotent()` (the `Idempotency-Key` header)             |
 * | 413    | PAYLOAD_TOO_LARGE      | a request body                                             |
 * | 429    | TOO_MANY_REQUESTS      | `@Throttled()`                                             |
 * | 503    | SERVICE_UNAVAILABLE    | every operation (the database or the queue is down)        |
 * | any    | the codes named        | `@ApiErrors('CALL_CLOSED', …)` on the route                |
 *
 * and its description ends with the roles that may call it.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Subsidies — Province of Flemish Brabant')
    .setDescription(
      'Applications, reviews, decisions, payments, ERDF projects, decision letters and reports. ' +
        'Money is in integer euro cents (fields ending in Cents); dates are YYYY-MM-DD. Every error ' +
        'answers with an `ErrorBody`; its `code` is stable.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return completeOpenApiDocument(SwaggerModule.createDocument(app, config));
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, { description?: string; content?: unknown }>;
  [X_ROLES]?: string[];
  [X_PUBLIC]?: boolean;
  [X_RATE_LIMITED]?: boolean;
  [X_ERROR_CODES]?: ErrorCode[];
}

/** The error codes an operation may answer, derived as in the table above. */
export function errorCodesOf(path: string, op: Operation): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  const params = op.parameters ?? [];
  if (op.requestBody || params.some((p) => p.in === 'query' || p.in === 'path'))
    codes.add('VALIDATION_FAILED');
  if (op[X_ROLES]) {
    codes.add('UNAUTHENTICATED');
    codes.add('FORBIDDEN');
  }
  if (path.includes('{')) codes.add('NOT_FOUND');
  if (params.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key')) {
    codes.add('IDEMPOTENCY_CONFLICT');
  }
  if (op.requestBody) codes.add('PAYLOAD_TOO_LARGE');
  if (op[X_RATE_LIMITED]) codes.add('TOO_MANY_REQUESTS');
  for (const code of op[X_ERROR_CODES] ?? []) codes.add(code);
  codes.add('SERVICE_UNAVAILABLE');
  return [...codes];
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input',
  401: 'No or invalid bearer token',
  403: 'Signed in, but not allowed to do this',
  404: 'Not found, or not visible to you',
  409: 'Conflicts with the current state',
  413: 'The request body is too large',
  415: 'The type of the file is not accepted',
  422: 'A business rule refuses it',
  429: 'Too many requests; try again later',
  500: 'Unexpected error',
  503: 'A dependency (database, queue) is unavailable; try again',
};

export function completeOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ErrorBody = {
    type: 'object',
    required: ['statusCode', 'code', 'message'],
    properties: {
      statusCode: { type: 'integer', example: 400 },
      code: { type: 'string', enum: [...ERROR_CODES], description: 'Stable; clients may rely on it' },
      message: { type: 'string', description: 'For people; may change' },
      details: {
        description: 'Per field (`[{ field, message }]`) or per rule (`[{ rule, message }]`)',
        type: 'array',
        items: { type: 'object', additionalProperties: true },
      },
      requestId: { type: 'string' },
    },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const byStatus = new Map<number, ErrorCode[]>();
      for (const code of errorCodesOf(path, op)) {
        const status = httpStatusOf(code);
        byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
      }
      for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
        const existing = op.responses[String(status)];
        const text =
          status === 403 && op[X_ROLES]
            ? `Your role may not call this (allowed: ${op[X_ROLES].join(', ')})`
            : STATUS_TEXT[status];
        op.responses[String(status)] = {
          description: `${existing?.description ?? text} — ${codes.join(', ')}`,
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/ErrorBody' },
                  { type: 'object', properties: { code: { type: 'string', enum: codes } } },
                ],
              },
            },
          },
        };
      }
      // Error responses declared by hand (`@ApiUnprocessableEntityResponse`) get the schema too.
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400 && !response.content) {
          response.content = {
            'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } },
          };
        }
      }
      const who = op[X_ROLES]
        ? `Roles: ${op[X_ROLES].join(', ')}.`
        : op[X_PUBLIC]
          ? 'Public: no account needed.'
          : '';
      op.description = [op.description, who].filter(Boolean).join('\n\n');
    }
  }
  return document;
}
