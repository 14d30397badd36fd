import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Actor, Role } from './actor.js';
import { X_PUBLIC, X_ROLES } from './api-errors.js';

export const ROLES_KEY = 'auth:roles';
export const PUBLIC_KEY = 'auth:public';

/** Declares who may call a route. The global guard denies every route without it (or `@Public`). */
export function Auth(...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    // The 401 and 403 responses are derived from this in src/openapi.ts.
    ApiExtension(X_ROLES, roles),
  );
}

/** Marks a route as open to anyone. */
export function Public(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension(X_PUBLIC, true));
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ user: Actor }>();
  return request.user;
});
