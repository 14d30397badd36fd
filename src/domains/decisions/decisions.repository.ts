import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The SQL of decisions that TypeORM's entity API does not cover. */
@Injectable()
export class DecisionsRepository {
  /** The next decision number of the year of the decision: `YYYY/nnnnn` (one sequence, never reused). */
  async nextDecisionNumber(manager: EntityManager, decidedOn: string): Promise<string> {
    const [row] = (await manager.query(`SELECT nextval('decision_number_seq')::text AS n`)) as {
      n: string;
    }[];
    return `${decidedOn.slice(0, 4)}/${row.n.padStart(5, '0')}`;
  }

  /** Records the coordinator's acceptance once; false when it was accepted already. */
  async accept(manager: EntityManager, decisionId: string, userId: string, at: Date): Promise<boolean> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows] = (await manager.query(
      `UPDATE decision SET accepted_at = $3, accepted_by = $2, updated_at = now()
        WHERE id = $1 AND accepted_at IS NULL RETURNING id`,
      [decisionId, userId, at],
    )) as [unknown[], number];
    return rows.length > 0;
  }
}
