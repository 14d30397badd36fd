import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { X_RATE_LIMITED } from '../../kernel/api-errors.js';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { DomainError } from '../../kernel/errors.js';

export type RateLimitBucket = 'login' | 'register';
const RATE_LIMIT_KEY = 'rate-limit:bucket';

/** Limits how often one client address may call a route (login, registration), per time window. */
export const RateLimit = (bucket: RateLimitBucket): MethodDecorator =>
  applyDecorators(SetMetadata(RATE_LIMIT_KEY, bucket), ApiExtension(X_RATE_LIMITED, true));

interface Window {
  count: number;
  resetAt: number;
}

/**
 * A fixed-window counter per bucket and client address, kept in this process's memory.
 * Several API processes each count on their own; put a shared limiter in the proxy in front for a hard limit.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, Window>();
  private lastSweep = Date.now();

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const bucket = this.reflector.get<RateLimitBucket | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!bucket) return true;
    const limit = bucket === 'login' ? this.config.loginRateLimit : this.config.registerRateLimit;
    const request = context.switchToHttp().getRequest<Request>();
    const now = Date.now();
    this.sweep(now);
    const key = `${bucket}:${request.ip ?? 'unknown'}`;
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.config.rateLimitWindowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count > limit) {
      const retryAfter = Math.ceil((window.resetAt - now) / 1000);
      context
        .switchToHttp()
        .getResponse<{ setHeader(n: string, v: string): void }>()
        .setHeader('Retry-After', String(retryAfter));
      throw new DomainError('TOO_MANY_REQUESTS', `Too many attempts; try again in ${retryAfter} s`);
    }
    return true;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.config.rateLimitWindowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
