import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword, needsRehash } from './password.js';
import { DomainError } from '../../kernel/errors.js';
import type { Page } from '../../kernel/pagination.js';
import type { UserView } from './dto/user.dto.js';
import type { Role } from '../../kernel/actor.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import type { AuditActor } from '../../kernel/actor.js';

export interface NewUser {
  email: string;
  password: string;
  fullName: string;
  role: Role;
  organisationId?: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly users: UsersRepository,
  ) {}

  /** Creates an account (hashing the password) and audits it, in one transaction. */
  async create(actor: AuditActor | 'self', input: NewUser): Promise<UserView> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
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
        }),
      );
      const by = actor === 'self' ? { id: user.id, role: user.role } : actor;
      await this.audit.record(manager, by, {
        action: actor === 'self' ? 'user.registered' : 'user.created',
        entity: 'user',
        entityId: user.id,
        data: { email, role: user.role, organisationId: user.organisationId },
      });
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
    if (!needsRehash(checkedHash)) return false;
    const passwordHash = await hashPassword(password);
    return this.users.replacePasswordHash(id, checkedHash, passwordHash);
  }

  async existsByEmail(email: string): Promise<boolean> {
    return this.users.emailTaken(this.dataSource.manager, email);
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
    createdAt: user.createdAt.toISOString(),
  };
}
