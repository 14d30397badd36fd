import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../kernel/actor.js';
import { User, type UserStatus } from './user.entity.js';

export type TokenPurpose = 'verify_email' | 'reset_password';

/** What every request needs to know of its session's user, as stored now. */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  status: UserStatus;
}

/** The SQL of the identity module that is not a plain entity lookup. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Whether an organisation exists, for linking a new account to it. Identity is a platform module and
   * knows no domain's code: it asks the table, which the foreign key on app_user guards as well.
   */
  async organisationExists(manager: EntityManager, organisationId: string): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM organisation WHERE id = $1`, [
      organisationId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** E-mail addresses are unique whatever their case. */
  async emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    const rows = (await manager.query('SELECT 1 FROM app_user WHERE lower(email) = lower($1)', [
      email,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** The user with their password hash (not selected by default), for login only. */
  async findWithPasswordByEmail(email: string): Promise<User | undefined> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    return user ?? undefined;
  }

  /** Replaces the hash only while it is still `checkedHash`; false when it changed meanwhile. */
  async replacePasswordHash(id: string, checkedHash: string, passwordHash: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(User)
      .update({ id, passwordHash: checkedHash }, { passwordHash });
    return result.affected === 1;
  }

  list(filter: { role?: Role; limit: number; offset: number }): Promise<[User[], number]> {
    return this.dataSource.getRepository(User).findAndCount({
      where: filter.role ? { role: filter.role } : {},
      order: { createdAt: 'ASC', id: 'ASC' },
      take: filter.limit,
      skip: filter.offset,
    });
  }

  /** A new session (a signed-in token) of the user. */
  async insertSession(
    manager: EntityManager,
    userId: string,
    via: 'password' | 'eid',
    expiresAt: Date,
  ): Promise<string> {
    const rows = (await manager.query(
      `INSERT INTO auth_session (user_id, via, expires_at) VALUES ($1, $2, $3) RETURNING id`,
      [userId, via, expiresAt],
    )) as { id: string }[];
    return rows[0].id;
  }

  /**
   * The user of a session that is not revoked, with the role and status they have now: the guard
   * asks this on every request, so a disabled or demoted account loses its powers at once.
   */
  async sessionUser(sessionId: string, userId: string): Promise<SessionUser | undefined> {
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.email, u.role, u.status
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL`,
      [sessionId, userId],
    )) as SessionUser[];
    return rows[0];
  }

  /** Revokes one session (logout), or every session of the user but `except` (password change, reset). */
  async revokeSessions(
    manager: EntityManager,
    where: { sessionId: string } | { userId: string; except?: string },
  ): Promise<void> {
    if ('sessionId' in where) {
      await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
        where.sessionId,
      ]);
    } else {
      await manager.query(
        `UPDATE auth_session SET revoked_at = now()
          WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
        [where.userId, where.except ?? null],
      );
    }
  }

  async insertToken(
    manager: EntityManager,
    token: { userId: string; purpose: TokenPurpose; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO auth_token (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4)`,
      [token.userId, token.purpose, token.tokenHash, token.expiresAt],
    );
  }

  /**
   * Uses a single-use token: marks it used and returns its user, only if it has this purpose, was
   * never used and has not expired (one conditional UPDATE: two concurrent uses cannot both win).
   */
  async consumeToken(
    manager: EntityManager,
    purpose: TokenPurpose,
    tokenHash: string,
    now: Date,
  ): Promise<string | undefined> {
    const rows = (await manager.query(
      `UPDATE auth_token SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
        RETURNING user_id`,
      [tokenHash, purpose, now],
    )) as [{ user_id: string }[], number] | { user_id: string }[];
    const list = Array.isArray(rows[0])
      ? (rows[0] as { user_id: string }[])
      : (rows as { user_id: string }[]);
    return list[0]?.user_id;
  }

  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.update(User, { id: userId }, { passwordHash });
  }

  /** The user of an e-ID subject, or of the e-mail address, for an e-ID login. */
  async findByOidcSubject(manager: EntityManager, subject: string): Promise<User | undefined> {
    const user = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.oidc_subject = :subject', { subject })
      .getOne();
    return user ?? undefined;
  }

  /** The user with this e-mail address (any case), locked until the transaction ends. */
  async findByEmailForUpdate(manager: EntityManager, email: string): Promise<User | undefined> {
    const user = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .setLock('pessimistic_write')
      .getOne();
    return user ?? undefined;
  }

  /** Marks the address confirmed, keeping the first confirmation's time. */
  async markEmailVerified(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE app_user SET email_verified_at = coalesce(email_verified_at, $2) WHERE id = $1`,
      [userId, at],
    );
  }

  async setOidcSubject(manager: EntityManager, userId: string, subject: string): Promise<void> {
    await manager.update(User, { id: userId }, { oidcSubject: subject });
  }

  /** Stores the state of an e-ID login under way (one row per browser redirect). */
  async insertOidcLogin(
    manager: EntityManager,
    login: { state: string; nonce: string; codeVerifier: string; expiresAt: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO oidc_login (state, nonce, code_verifier, expires_at) VALUES ($1, $2, $3, $4)`,
      [login.state, login.nonce, login.codeVerifier, login.expiresAt],
    );
  }

  /** Takes (deletes and returns) an e-ID login under way, once, if it has not expired. */
  async takeOidcLogin(
    manager: EntityManager,
    state: string,
    now: Date,
  ): Promise<{ nonce: string; codeVerifier: string } | undefined> {
    const result = (await manager.query(
      `DELETE FROM oidc_login WHERE state = $1 RETURNING nonce, code_verifier, expires_at`,
      [state],
    )) as unknown;
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as {
      nonce: string;
      code_verifier: string;
      expires_at: Date;
    }[];
    const row = rows[0];
    if (!row || new Date(row.expires_at) <= now) return undefined;
    return { nonce: row.nonce, codeVerifier: row.code_verifier };
  }
}
