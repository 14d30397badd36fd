import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AcceptedView, LoginResponse, UserView } from './dto/user.dto.js';
import { toUserView, UsersService } from './users.service.js';
import { decoyHash, hashPassword, type ScryptParams, scryptParams, verifyPassword } from './password.js';
import { type Actor, SYSTEM_ACTOR } from '../../kernel/actor.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { ThrottleService } from './throttle.service.js';
import { hashSecret, newSecret } from './tokens.js';
import { IdentityMails } from './identity-mails.js';

/** A reset link works once, for 15 minutes; a verification link for two days. */
export const RESET_TTL_MS = 15 * 60_000;
export const VERIFY_TTL_MS = 48 * 3_600_000;

const ACCEPTED_REGISTRATION: AcceptedView = {
  status: 'accepted',
  message:
    'Als dit adres nog geen account heeft, ontvangt u een e-mail om het te bevestigen. / ' +
    'If this address has no account yet, you will receive an e-mail to confirm it.',
};
const ACCEPTED_RESET: AcceptedView = {
  status: 'accepted',
  message:
    'Als er een account met dit adres bestaat, ontvangt u een e-mail met een link (15 minuten geldig). / ' +
    'If an account with this address exists, you will receive an e-mail with a link (valid for 15 minutes).',
};
const WRONG_CREDENTIALS = 'E-mail address or password is wrong';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);
  /** The scrypt parameters of new hashes (PASSWORD_HASH_COST). */
  private readonly scrypt: ScryptParams;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly repository: UsersRepository,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly mails: IdentityMails,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.scrypt = scryptParams(config.passwordHashCost);
  }

  /**
   * Self-registration as an applicant. The answer is the same whether or not the address has an
   * account (no account enumeration): a new account gets a verification mail, an existing one a
   * note that someone tried to register with it. Throttled per client address.
   */
  async register(
    input: { email: string; password: string; fullName: string },
    address: string,
  ): Promise<AcceptedView> {
    const limits = this.throttle.addressLimit('register', address);
    await this.throttle.assertAllowed(limits);
    await this.throttle.count(limits);
    const email = input.email.trim().toLowerCase();
    const existing = await this.users.findWithPasswordByEmail(email);
    if (existing) {
      // The same work as a new account, so the answer takes as long; at most one such mail a day.
      await hashPassword(input.password, this.scrypt);
      await this.dataSource.transaction((manager) =>
        this.mails.accountExists(manager, { userId: existing.id, day: this.clock.today() }),
      );
      return ACCEPTED_REGISTRATION;
    }
    try {
      await this.users.create('self', { ...input, role: 'applicant' }, async (manager, user) => {
        const token = newSecret();
        await this.repository.insertToken(manager, {
          userId: user.id,
          purpose: 'verify_email',
          tokenHash: hashSecret(token),
          expiresAt: new Date(this.clock.now().getTime() + VERIFY_TTL_MS),
        });
        await this.mails.verifyEmail(manager, { userId: user.id, token });
      });
    } catch (err) {
      // Registered at the same moment by another request: the same answer.
      if (!(err instanceof DomainError && err.code === 'ALREADY_EXISTS')) throw err;
    }
    return ACCEPTED_REGISTRATION;
  }

  /** The link of the verification mail: the address is confirmed, the account may log in. */
  async verifyEmail(token: string): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.repository.consumeToken(
        manager,
        'verify_email',
        hashSecret(token),
        this.clock.now(),
      );
      if (!userId) throw DomainError.validation('token', 'this link is not valid (any more)');
      await manager.update(User, { id: userId }, { emailVerifiedAt: this.clock.now() });
      await this.audit.record(
        manager,
        { id: userId, role: 'applicant' },
        {
          action: 'user.email_verified',
          entity: 'user',
          entityId: userId,
          data: {},
        },
      );
      return toUserView((await manager.findOneBy(User, { id: userId }))!);
    });
  }

  /**
   * Password login. Throttled on failed attempts only: per account (LOGIN_RATE_LIMIT) and per
   * client address (LOGIN_ADDRESS_RATE_LIMIT); a success forgets the account's failures.
   */
  async login(email: string, password: string, address: string): Promise<LoginResponse> {
    const limits = this.throttle.loginLimits(email, address);
    await this.throttle.assertAllowed(limits);
    const user = await this.users.findWithPasswordByEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash(this.scrypt)));
    if (!user || !user.passwordHash || !ok) {
      await this.throttle.count(limits);
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    if (user.status !== 'active') throw new DomainError('UNAUTHENTICATED', 'This account is disabled');
    if (!user.emailVerifiedAt) {
      throw DomainError.forbidden('Confirm your e-mail address first: follow the link in the mail we sent');
    }
    await this.throttle.clearAccount(email);
    await this.upgradeHash(user.id, user.passwordHash, password);
    return this.signIn(toUserView(user), 'password');
  }

  /** A new session and its token. */
  async signIn(user: UserView, via: 'password' | 'eid'): Promise<LoginResponse> {
    return { accessToken: await this.issueToken(user, via), expiresIn: this.config.jwtTtlSeconds, user };
  }

  /** Logout: the token's session is revoked; the token is refused from now on. */
  async logout(actor: Actor): Promise<void> {
    if (!actor.sessionId) return;
    const sessionId = actor.sessionId;
    await this.dataSource.transaction(async (manager) => {
      await this.repository.revokeSessions(manager, { sessionId });
      await this.audit.record(manager, actor, {
        action: 'user.logged_out',
        entity: 'user',
        entityId: actor.id,
        data: { sessionId },
      });
    });
  }

  /** Changes the password (the current one is needed); every other session of the user ends. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findWithPasswordByEmail(actor.email);
    if (!user?.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw DomainError.validation('currentPassword', 'is not your current password');
    }
    const passwordHash = await hashPassword(newPassword, this.scrypt);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.setPasswordHash(manager, actor.id, passwordHash);
      await this.repository.revokeSessions(manager, { userId: actor.id, except: actor.sessionId });
      await this.audit.record(manager, actor, {
        action: 'user.password_changed',
        entity: 'user',
        entityId: actor.id,
        data: {},
      });
    });
  }

  /** Sends a single-use reset link (15 min) if the address has an active account; the same answer either way. */
  async requestReset(email: string, address: string): Promise<AcceptedView> {
    const limits = this.throttle.addressLimit('reset', address);
    await this.throttle.assertAllowed(limits);
    await this.throttle.count(limits);
    const user = await this.users.findWithPasswordByEmail(email);
    if (!user || user.status !== 'active') return ACCEPTED_RESET;
    await this.dataSource.transaction(async (manager) => {
      const token = newSecret();
      const expiresAt = new Date(this.clock.now().getTime() + RESET_TTL_MS);
      await this.repository.insertToken(manager, {
        userId: user.id,
        purpose: 'reset_password',
        tokenHash: hashSecret(token),
        expiresAt,
      });
      await this.mails.resetPassword(manager, { userId: user.id, token, expiresAt, language: user.language });
      await this.audit.record(manager, SYSTEM_ACTOR, {
        action: 'user.password_reset_requested',
        entity: 'user',
        entityId: user.id,
        data: {},
      });
    });
    return ACCEPTED_RESET;
  }

  /** The reset link: works once, within 15 minutes; every session of the account ends. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const passwordHash = await hashPassword(newPassword, this.scrypt);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const userId = await this.repository.consumeToken(manager, 'reset_password', hashSecret(token), now);
      if (!userId) throw DomainError.validation('token', 'this link is not valid (any more)');
      await this.repository.setPasswordHash(manager, userId, passwordHash);
      // Whoever holds the mailbox confirmed the address too.
      await this.repository.markEmailVerified(manager, userId, now);
      await this.repository.revokeSessions(manager, { userId });
      await this.audit.record(manager, SYSTEM_ACTOR, {
        action: 'user.password_reset',
        entity: 'user',
        entityId: userId,
        data: {},
      });
    });
  }

  /** A hash made with older scrypt parameters is replaced; a failure here never fails the login. */
  private async upgradeHash(id: string, hash: string, password: string): Promise<void> {
    try {
      if (await this.users.upgradePasswordHash(id, hash, password)) {
        this.logger.log({ userId: id }, 'Password hash upgraded to the current scrypt parameters');
      }
    } catch (err) {
      this.logger.warn({ userId: id, err: String(err) }, 'Could not upgrade the password hash');
    }
  }

  /** A token for a new session of the user: the guard checks the session and the user on every request. */
  async issueToken(
    user: Pick<UserView, 'id' | 'email' | 'role'>,
    via: 'password' | 'eid' = 'password',
  ): Promise<string> {
    const expiresAt = new Date(Date.now() + this.config.jwtTtlSeconds * 1000);
    const sessionId = await this.repository.insertSession(this.dataSource.manager, user.id, via, expiresAt);
    return this.jwt.sign({ sub: user.id, sid: sessionId, email: user.email, role: user.role });
  }

  /** ADMIN_EMAIL / ADMIN_PASSWORD: create that admin on start if the account does not exist yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    if (await this.users.existsByEmail(adminEmail)) return;
    try {
      await this.users.create(SYSTEM_ACTOR, {
        email: adminEmail,
        password: adminPassword,
        fullName: 'Administrator',
        role: 'admin',
      });
      this.logger.log({ email: adminEmail }, 'Created the bootstrap admin account');
    } catch (err) {
      // Another process may have created it at the same moment.
      if (!(err instanceof DomainError && err.code === 'ALREADY_EXISTS')) throw err;
    }
  }
}
