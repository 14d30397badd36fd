import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DecidingBody, DecisionSignatory } from './decision.entity.js';

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

  /** Records the decision on the final grant (once: a second one would be a 409 for the caller). */
  async recordFinalDecision(
    manager: EntityManager,
    decisionId: string,
    final: {
      decisionNumber: string;
      decidedOn: string;
      decidingBody: DecidingBody;
      delegationReference: string | null;
      signatories: DecisionSignatory[];
    },
  ): Promise<void> {
    const [rows] = (await manager.query(
      `UPDATE decision SET final_decision_number = $2, final_decided_on = $3, final_deciding_body = $4,
              final_delegation_reference = $5, final_signatories = $6::jsonb, updated_at = now()
        WHERE id = $1 AND final_decision_number IS NULL RETURNING id`,
      [
        decisionId,
        final.decisionNumber,
        final.decidedOn,
        final.decidingBody,
        final.delegationReference,
        JSON.stringify(final.signatories),
      ],
    )) as [unknown[], number];
    if (rows.length === 0) throw new Error(`Decision ${decisionId} has a final-grant decision already`);
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
