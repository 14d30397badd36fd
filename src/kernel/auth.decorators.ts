import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor, Role } from './actor.js';

export const ROLES_KEY = 'auth:roles';
export const PUBLIC_KEY = 'auth:public';

/** Declares who may call a route. The global guard denies every route without it (or `@Public`). */
export function Auth(...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No or invalid bearer token (UNAUTHENTICATED)' }),
    ApiForbiddenResponse({ description: `Allowed roles: ${roles.join(', ')} (FORBIDDEN)` }),
  );
}

/** Marks a route as open to anyone. */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_KEY, true);
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ user: Actor }>();
  return request.user;
});
