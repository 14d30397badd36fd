import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, type ErrorCode, httpStatusOf } from './errors.js';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'VALIDATION_FAILED',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Postgres SQLSTATEs that are the caller's fault, not the server's. */
const PG_CLIENT_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: 'ALREADY_EXISTS', message: 'A record with these values already exists' },
  '22P02': { code: 'VALIDATION_FAILED', message: 'A value has the wrong format' },
  '22003': { code: 'VALIDATION_FAILED', message: 'A number is out of range' },
  '22007': { code: 'VALIDATION_FAILED', message: 'A date or time is invalid' },
  '22008': { code: 'VALIDATION_FAILED', message: 'A date or time is out of range' },
  '22001': { code: 'VALIDATION_FAILED', message: 'A value is too long' },
  '22021': { code: 'VALIDATION_FAILED', message: 'A text contains an invalid character' },
  '23514': { code: 'VALIDATION_FAILED', message: 'A value breaks a rule of the data' },
};

/** SQLSTATEs of a database that is going down, restarting or out of connections. */
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300']);
/** Socket errors of a database that cannot be reached. */
const NET_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTCONN',
]);
/** What `pg` says when a connection dies under it or cannot be had in time. */
const PG_UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/**
 * Whether `err` means the database cannot be reached right now (restarting, crashed, unreachable):
 * that is a 503 the client may retry, not a 500. Looks through TypeORM's QueryFailedError.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (PG_UNAVAILABLE.has(code) || code.startsWith('08') || NET_UNAVAILABLE.has(code))
    ) {
      return true;
    }
    if (typeof message === 'string' && PG_UNAVAILABLE_MESSAGE.test(message)) return true;
    e = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Maps any thrown value to the error shape of SPEC.md §3. The only place that does so. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    return {
      statusCode: httpStatusOf(exception.code),
      code: exception.code,
      message: exception.message,
      ...(exception.details === undefined ? {} : { details: exception.details }),
    };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    const body =
      typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
    const code = (typeof body.code === 'string' ? body.code : CODE_BY_STATUS[statusCode]) as
      ErrorCode | undefined;
    const rawMessage = body.message ?? exception.message;
    const message = Array.isArray(rawMessage) ? rawMessage.join('; ') : String(rawMessage);
    return {
      statusCode,
      code: code ?? (statusCode >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED'),
      message,
      ...(body.details === undefined ? {} : { details: body.details }),
    };
  }
  if (exception instanceof QueryFailedError) {
    const sqlState = (exception.driverError as { code?: string } | undefined)?.code;
    const mapped = sqlState ? PG_CLIENT_ERRORS[sqlState] : undefined;
    if (mapped) return { statusCode: httpStatusOf(mapped.code), code: mapped.code, message: mapped.message };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database is unavailable; try again shortly',
    };
  }
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();
    const body = toErrorBody(exception);
    if (body.statusCode === 503) {
      this.logger.warn(
        { err: exception, method: request.method, url: request.originalUrl },
        'Service unavailable while serving a request',
      );
    } else if (body.statusCode >= 500) {
      this.logger.error(
        { err: exception, method: request.method, url: request.originalUrl },
        'Unhandled error while serving a request',
      );
    }
    if (response.headersSent) return;
    const retryAfter = (body.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (body.statusCode === 429 && typeof retryAfter === 'number') {
      response.setHeader('Retry-After', String(retryAfter));
    }
    response.status(body.statusCode).json(body);
  }
}
