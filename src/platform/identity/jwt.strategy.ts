import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { ROLES, type Role } from '../../kernel/actor.js';
import type { Actor } from '../../kernel/actor.js';

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
      // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a
      // public key on every request, which cost about an eighth of the API's CPU under load (bench/README.md).
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as string,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      ignoreExpiration: false,
      // Whatever its `exp` says, a token counts for at most JWT_TTL after it was issued, and must say when.
      jsonWebTokenOptions: { maxAge: config.jwtTtlSeconds },
    });
  }

  validate(payload: JwtPayload): Actor | false {
    if (typeof payload.sub !== 'string' || !ROLES.includes(payload.role)) return false;
    return { id: payload.sub, email: payload.email, role: payload.role };
  }
}
