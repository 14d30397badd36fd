import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DomainError } from '../common/errors.js';
import { ROLES, type Role } from '../users/user.entity.js';
import { type AuthUser, PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';

interface JwtPayload {
  sub?: unknown;
  email?: unknown;
  role?: unknown;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The one global guard: a route is open only when marked `@Public()`; otherwise it needs a
 * valid JWT and one of the roles its `@Auth(...)` declares. A route declaring nothing is denied.
 *
 * The token is checked with the `JwtService` of the auth module (HS256 only, our issuer, expiry,
 * at most JWT_TTL after `iat`), synchronously and without passport: passport's per-request strategy
 * objects, closures and promises were a sixth of the bytes that survived into V8's old generation
 * under the read load of `npm run bench` (bench/README.md, "API peak RSS").
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) throw DomainError.forbidden('This route is closed');
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const user = this.authenticate(request.headers.authorization);
    request.user = user;
    if (!roles.includes(user.role)) {
      throw DomainError.forbidden(`This needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }

  private authenticate(header: string | undefined): AuthUser {
    const token = header === undefined ? undefined : BEARER.exec(header)?.[1];
    let payload: JwtPayload | undefined;
    if (token) {
      try {
        payload = this.jwt.verify<JwtPayload & object>(token);
      } catch {
        payload = undefined;
      }
    }
    if (
      !payload ||
      typeof payload.sub !== 'string' ||
      typeof payload.email !== 'string' ||
      !ROLES.includes(payload.role as Role)
    ) {
      throw new DomainError('UNAUTHENTICATED', 'A valid bearer token is required');
    }
    return { id: payload.sub, email: payload.email, role: payload.role as Role };
  }
}
