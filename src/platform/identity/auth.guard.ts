import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { DomainError } from '../../kernel/errors.js';
import { isDatabaseUnavailable } from '../../kernel/http-exception.filter.js';
import type { Role } from '../../kernel/actor.js';
import { PUBLIC_KEY, ROLES_KEY } from '../../kernel/auth.decorators.js';
import type { Actor } from '../../kernel/actor.js';

/**
 * The one global guard: a route is open only when marked `@Public()`; otherwise it needs a
 * valid JWT and one of the roles its `@Auth(...)` declares. A route declaring nothing is denied.
 */
@Injectable()
export class AuthGuard extends PassportAuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      // A public route still knows who calls it when a valid token comes along (open calls for
      // everyone, health details for staff); a bad token there is ignored: the caller is anonymous.
      if (context.switchToHttp().getRequest<Request>().headers.authorization) {
        await Promise.resolve(super.canActivate(context)).catch(() => undefined);
      }
      return true;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) throw DomainError.forbidden('This route is closed');
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<Request & { user: Actor }>().user;
    if (!roles.includes(user.role)) {
      throw DomainError.forbidden(`This needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }

  override handleRequest<TUser = Actor>(err: unknown, user: TUser | false): TUser {
    // The session lookup needs the database: without it the answer is 503 (retry), not "log in again".
    if (err && isDatabaseUnavailable(err)) throw err;
    if (err || !user) throw new DomainError('UNAUTHENTICATED', 'A valid bearer token is required');
    return user;
  }
}
