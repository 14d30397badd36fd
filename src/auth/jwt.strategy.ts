import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ROLES, type Role } from '../users/user.entity.js';
import type { AuthUser } from './auth.decorators.js';

interface JwtPayload {
  sub: string;
  email: string;
  role: Role;
}

export const JWT_ALGORITHM = 'HS256';
export const JWT_ISSUER = 'vlaams-brabant-subsidies';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      ignoreExpiration: false,
      // Whatever its `exp` says, a token counts for at most JWT_TTL after it was issued, and must say when.
      jsonWebTokenOptions: { maxAge: config.jwtTtlSeconds },
    });
  }

  validate(payload: JwtPayload): AuthUser | false {
    if (typeof payload.sub !== 'string' || !ROLES.includes(payload.role)) return false;
    return { id: payload.sub, email: payload.email, role: payload.role };
  }
}
