import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The SQL of the identity module that is not a plain entity lookup. */
@Injectable()
export class UsersRepository {
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
}
