import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { ROLES, type Role } from '../../kernel/actor.js';
import type { Actor } from '../../kernel/actor.js';
import { UsersRepository } from './users.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface JwtPayload {
  sub: string;
  /** The session (auth_session row) the token belongs to. */
  sid: string;
  email: string;
  role: Role;
}

export const JWT_ALGORITHM = 'HS256';
export const JWT_ISSUER = 'vlaams-brabant-subsidies';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersRepository,
  ) {
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

  /**
   * The signature says who the token was issued to; the session row says whether it still counts
   * (logout revokes it) and the user row what the user may do now: a disabled account is refused,
   * and the role is the current one, not the one in the token.
   */
  async validate(payload: JwtPayload): Promise<Actor | false> {
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return false;
    // A token that claims a role no user can have was not made here, whatever its signature says.
    if (!ROLES.includes(payload.role)) return false;
    if (!UUID.test(payload.sub) || !UUID.test(payload.sid)) return false;
    const user = await this.users.sessionUser(payload.sid, payload.sub);
    if (!user || user.status !== 'active' || !ROLES.includes(user.role)) return false;
    return { id: user.id, email: user.email, role: user.role, sessionId: payload.sid };
  }
}
