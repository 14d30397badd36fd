import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword, needsRehash, type ScryptParams, scryptParams } from './password.js';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { DomainError } from '../../kernel/errors.js';
import type { Page } from '../../kernel/pagination.js';
import type { UserView } from './dto/user.dto.js';
import type { Role } from '../../kernel/actor.js';
import { User, type UserStatus } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import type { Actor, AuditActor } from '../../kernel/actor.js';

export interface NewUser {
  email: string;
  password: string;
  fullName: string;
  role: Role;
  organisationId?: string;
}

@Injectable()
export class UsersService {
  /** The scrypt parameters of new hashes (PASSWORD_HASH_COST). */
  private readonly scrypt: ScryptParams;
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.scrypt = scryptParams(config.passwordHashCost);
  }

  /**
   * Creates an account (hashing the password) and audits it, in one transaction; `then` runs in it
   * too (e.g. the verification token and mail). A self-registered address is unconfirmed until its
   * owner follows the link; accounts that an admin (or the system) makes are confirmed.
   */
  async create(
    actor: AuditActor | 'self',
    input: NewUser,
    then?: (manager: EntityManager, user: User) => Promise<void>,
  ): Promise<UserView> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password, this.scrypt);
    return this.dataSource.transaction(async (manager) => {
      if (await this.users.emailTaken(manager, email)) {
        throw new DomainError('ALREADY_EXISTS', 'An account with this e-mail address already exists', [
          { field: 'email', message: 'already registered' },
        ]);
      }
      if (input.organisationId && !(await this.users.organisationExists(manager, input.organisationId))) {
        throw DomainError.validation('organisationId', 'no organisation with this id');
      }
      const user = await manager.save(
        manager.create(User, {
          email,
          fullName: input.fullName,
          role: input.role,
          passwordHash,
          organisationId: input.organisationId ?? null,
          status: 'active',
          emailVerifiedAt: actor === 'self' ? null : new Date(),
        }),
      );
      const by = actor === 'self' ? { id: user.id, role: user.role } : actor;
      await this.audit.record(manager, by, {
        action: actor === 'self' ? 'user.registered' : 'user.created',
        entity: 'user',
        entityId: user.id,
        data: { email, role: user.role, organisationId: user.organisationId },
      });
      if (then) await then(manager, user);
      return toUserView(user);
    });
  }

  async findById(id: string): Promise<UserView> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw DomainError.notFound('User', id);
    return toUserView(user);
  }

  /** The user with their password hash, for login only. */
  findWithPasswordByEmail(email: string): Promise<User | undefined> {
    return this.users.findWithPasswordByEmail(email);
  }

  /**
   * After a successful login with a hash made with older parameters: store a hash of the same
   * password with today's. Only if the hash is still the one that was checked, so that a password
   * changed in the meantime is never overwritten.
   */
  async upgradePasswordHash(id: string, checkedHash: string, password: string): Promise<boolean> {
    if (!needsRehash(checkedHash, this.scrypt)) return false;
    const passwordHash = await hashPassword(password, this.scrypt);
    return this.users.replacePasswordHash(id, checkedHash, passwordHash);
  }

  async existsByEmail(email: string): Promise<boolean> {
    return this.users.emailTaken(this.dataSource.manager, email);
  }

  /**
   * An admin changes a user's role or status. It counts from the user's next request (the guard reads
   * both on every request); disabling also ends their sessions. Admins do not change their own.
   */
  async update(actor: Actor, id: string, dto: { role?: Role; status?: UserStatus }): Promise<UserView> {
    if (id === actor.id) throw DomainError.forbidden('Ask another admin to change your own account');
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw DomainError.notFound('User', id);
      const changes: Partial<User> = {};
      if (dto.role !== undefined && dto.role !== user.role) changes.role = dto.role;
      if (dto.status !== undefined && dto.status !== user.status) changes.status = dto.status;
      if (Object.keys(changes).length === 0) return toUserView(user);
      await manager.update(User, { id }, changes);
      if (changes.status === 'disabled') await this.users.revokeSessions(manager, { userId: id });
      await this.audit.record(manager, actor, {
        action: changes.role
          ? 'user.role_changed'
          : `user.${changes.status === 'disabled' ? 'disabled' : 'enabled'}`,
        entity: 'user',
        entityId: id,
        data: { from: { role: user.role, status: user.status }, to: { ...changes } },
      });
      return toUserView(Object.assign(user, changes));
    });
  }

  async list(filter: { role?: Role; limit: number; offset: number }): Promise<Page<UserView>> {
    const [rows, total] = await this.users.list(filter);
    return { items: rows.map(toUserView), total };
  }
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    organisationId: user.organisationId,
    status: user.status,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}
