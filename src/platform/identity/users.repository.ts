import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../kernel/actor.js';
import { User } from './user.entity.js';

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
}
