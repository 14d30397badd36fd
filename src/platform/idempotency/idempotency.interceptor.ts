import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { defer, from, lastValueFrom, type Observable } from 'rxjs';
import { canonicalJson } from '../audit/hash-chain.js';
import { IdempotencyRepository } from './idempotency.repository.js';
import { DomainError } from '../../kernel/errors.js';
import { isDatabaseUnavailable, toErrorBody } from '../../kernel/http-exception.filter.js';
import type { Actor } from '../../kernel/actor.js';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\w.:-]{1,200}$/;
/** How long, and how often, to retry a key's bookkeeping that the database was not there for. */
const RETRY_FOR_MS = 10 * 60_000;
const RETRY_EVERY_MS = 1_000;

/**
 * `Idempotency-Key` for writes that move money or state (SPEC.md §3): the first request with a key
 * runs and its response (success or a 4xx refusal) is remembered per user; a repeat with the same key
 * and the same request returns that response and changes nothing. The same key with a different
 * request, or while the first is still running, is refused with 409 IDEMPOTENCY_CONFLICT.
 * A 5xx is not remembered, so the client may retry it.
 *
 * When the database goes away in the middle of a request, the key's bookkeeping (remember the
 * response, or release the key after a 5xx) cannot be written; the key would stay `pending` and
 * every retry would get 409 for ever. That bookkeeping is then retried in the background until the
 * database is back (RETRY_FOR_MS), so a client that retries with its key gets the first response or
 * a fresh run — never the work done twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly unsettled = new Set<{ op: () => Promise<void>; until: number }>();
  private timer?: NodeJS.Timeout;

  /** `@Idempotent()` has Nest build this interceptor in each controller's module: the repository is global. */
  constructor(private readonly repository: IdempotencyRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: Actor }>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers[HEADER];
    if (key === undefined || !request.user) return next.handle();
    return defer(() => from(this.run(request, response, request.user as Actor, key, next)));
  }

  private async run(
    request: Request,
    response: Response,
    user: Actor,
    key: string | string[],
    next: CallHandler,
  ): Promise<unknown> {
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw DomainError.validation('Idempotency-Key', 'must be 1 to 200 letters, digits or . _ : -');
    }
    const path = request.originalUrl.split('?')[0];
    const requestHash = createHash('sha256')
      .update(`${request.method} ${path}\n${canonicalJson(request.body ?? null)}`)
      .digest('hex');
    const claimed = await this.repository.claim(user.id, key, {
      method: request.method,
      path,
      hash: requestHash,
    });
    if (!claimed) return this.replay(response, user.id, key, requestHash);

    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (err) {
      const errorBody = toErrorBody(err);
      await this.settle(() =>
        errorBody.statusCode < 500
          ? this.repository.complete(user.id, key, errorBody.statusCode, errorBody)
          : this.repository.release(user.id, key),
      );
      throw err;
    }
    const status = response.statusCode;
    await this.settle(() => this.repository.complete(user.id, key, status, body));
    return body;
  }

  /** Runs the key's bookkeeping; when the database is unavailable, retries it in the background. */
  private async settle(op: () => Promise<void>): Promise<void> {
    try {
      await op();
    } catch (err) {
      if (isDatabaseUnavailable(err)) {
        this.unsettled.add({ op, until: Date.now() + RETRY_FOR_MS });
        this.timer ??= setInterval(() => void this.retryUnsettled(), RETRY_EVERY_MS).unref();
      }
      throw err;
    }
  }

  private async retryUnsettled(): Promise<void> {
    for (const entry of [...this.unsettled]) {
      try {
        await entry.op();
        this.unsettled.delete(entry);
      } catch {
        if (Date.now() > entry.until) this.unsettled.delete(entry);
      }
    }
    if (this.unsettled.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private async replay(
    response: Response,
    userId: string,
    key: string,
    requestHash: string,
  ): Promise<unknown> {
    const stored = await this.repository.find(userId, key);
    if (!stored || stored.requestHash !== requestHash) {
      throw new DomainError(
        'IDEMPOTENCY_CONFLICT',
        'This Idempotency-Key was already used for a different request',
      );
    }
    if (stored.state === 'pending') {
      throw new DomainError(
        'IDEMPOTENCY_CONFLICT',
        'A request with this Idempotency-Key is still being processed',
      );
    }
    response.status(stored.responseStatus ?? 200);
    response.setHeader('Idempotent-Replayed', 'true');
    return stored.responseBody;
  }
}

/** Marks a write route as accepting an `Idempotency-Key` header. */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Repeat a request safely: a repeat with the same key returns the first response and changes nothing.',
    }),
  );
}
