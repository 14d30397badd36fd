import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';
import type { StoredAuditFields } from './audit-chain.js';

/** A new event, with its data already in canonical JSON (as jsonb gives it back). */
export interface NewAuditRow {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string;
  data: string;
}

/** A committed event not linked into the chain yet. `seq` stays text: it goes back into the UPDATE. */
export interface UnchainedAuditRow extends StoredAuditFields {
  seq: string;
}

/** The newest link of the chain; `chainSeq` is a bigint, counted on with BigInt. */
export interface ChainHeadRow {
  chainSeq: bigint;
  hash: string;
}

/** The place and hashes a chaining pass gives one event. */
export interface ChainLink {
  seq: string;
  chainSeq: bigint;
  prevHash: string;
  hash: string;
}

/** A chained event as the verifier recomputes it. */
export interface ChainedAuditRow extends StoredAuditFields {
  seq: number;
  chainSeq: number;
  id: string;
  prev_hash: string;
  hash: string;
}

interface RawChainedAuditRow extends StoredAuditFields {
  seq: string;
  chain_seq: string;
  id: string;
  prev_hash: string;
  hash: string;
}

/** The SQL of the audit log and its hash chain. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts the events in one statement. A multi-row VALUES list is inserted row by row in its order,
   * so the events take their `seq` (the order the chainer links them in) in the order given.
   */
  async insert(manager: EntityManager, rows: readonly NewAuditRow[]): Promise<void> {
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const n = values.length;
      values.push(row.at, row.actorId, row.actorRole, row.action, row.entity, row.entityId, row.data);
      return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, $${n + 7}::jsonb)`;
    });
    await manager.query(
      `INSERT INTO audit_event (at, actor_id, actor_role, action, entity, entity_id, data)
       VALUES ${tuples.join(', ')}`,
      values,
    );
  }

  list(filter: {
    entity?: string;
    entityId?: string;
    limit: number;
    offset: number;
  }): Promise<[AuditEvent[], number]> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.entity) qb.andWhere('e.entity = :entity', { entity: filter.entity });
    if (filter.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    return qb.orderBy('e.seq', 'DESC').take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  /** Waits for the chain's advisory lock, held until the transaction ends. */
  async lockChain(manager: EntityManager, lock: number): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [lock]);
  }

  /** Takes the chain's advisory lock if free; false when another chainer holds it. */
  async tryLockChain(manager: EntityManager, lock: number): Promise<boolean> {
    const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [lock])) as {
      locked: boolean;
    }[];
    return locked;
  }

  /** The oldest committed events without a place in the chain, in commit order. */
  async unchained(manager: EntityManager, limit: number): Promise<UnchainedAuditRow[]> {
    return (await manager.query(
      `SELECT seq::text AS seq, at, actor_id, actor_role, action, entity, entity_id, data
         FROM audit_event WHERE chain_seq IS NULL ORDER BY audit_event.seq LIMIT $1`,
      [limit],
    )) as UnchainedAuditRow[];
  }

  async chainHead(manager: EntityManager): Promise<ChainHeadRow | undefined> {
    const [last] = (await manager.query(
      `SELECT chain_seq::text AS chain_seq, hash FROM audit_event
        WHERE chain_seq IS NOT NULL ORDER BY audit_event.chain_seq DESC LIMIT 1`,
    )) as { chain_seq: string; hash: string }[];
    return last && { chainSeq: BigInt(last.chain_seq), hash: last.hash };
  }

  /** Writes a whole pass in one statement. */
  async link(manager: EntityManager, links: ChainLink[]): Promise<void> {
    await manager.query(
      `UPDATE audit_event AS e SET chain_seq = v.chain_seq, prev_hash = v.prev_hash, hash = v.hash
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v(seq, chain_seq, prev_hash, hash)
        WHERE e.seq = v.seq`,
      [
        links.map((l) => l.seq),
        links.map((l) => l.chainSeq.toString()),
        links.map((l) => l.prevHash),
        links.map((l) => l.hash),
      ],
    );
  }

  /** The chained events after `afterChainSeq`, in chain order. */
  async chainedAfter(afterChainSeq: number, limit: number): Promise<ChainedAuditRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT seq::text AS seq, chain_seq::text AS chain_seq, id, at, actor_id, actor_role, action,
              entity, entity_id, data, prev_hash, hash
         FROM audit_event WHERE chain_seq > $1 ORDER BY audit_event.chain_seq LIMIT $2`,
      [afterChainSeq, limit],
    )) as RawChainedAuditRow[];
    return rows.map(({ seq, chain_seq, ...row }) => ({
      ...row,
      seq: Number(seq),
      chainSeq: Number(chain_seq),
    }));
  }

  async countUnchained(): Promise<number> {
    const [{ pending }] = (await this.dataSource.query(
      'SELECT count(*)::int AS pending FROM audit_event WHERE chain_seq IS NULL',
    )) as { pending: number }[];
    return pending;
  }
}
