import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Page } from '../common/pagination.js';
import { AuditEvent } from './audit-event.entity.js';
import { canonicalJson, chainHash, GENESIS_HASH } from './hash-chain.js';

/** Who did something: a user, or the system itself (jobs, start-up). */
export interface Actor {
  id: string | null;
  role: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, role: 'system' };

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  data?: Record<string, unknown>;
}

export interface AuditEventView {
  seq: number;
  id: string;
  at: string;
  actor: { id: string | null; role: string | null };
  action: string;
  entity: string;
  entityId: string;
  data: Record<string, unknown>;
  hash: string;
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  lastSeq: number | null;
  broken?: { seq: number; id: string; reason: string };
}

/** Serialises appends to the chain; held until the calling transaction ends. */
const AUDIT_CHAIN_LOCK = 7_270_001;
const VERIFY_BATCH = 1_000;

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an event to the chain. Call it with the EntityManager of the transaction that makes
   * the change, so that the change and its audit event commit or roll back together.
   */
  async record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must run inside a transaction');
    }
    // Normalise the data exactly as jsonb will give it back (dates become strings, undefined disappears).
    const data = JSON.parse(canonicalJson(entry.data ?? {})) as Record<string, unknown>;
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const last = (await manager.query('SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1')) as {
      hash: string;
    }[];
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const at = new Date().toISOString();
    const hash = chainHash(prevHash, {
      at,
      actorId: actor.id,
      actorRole: actor.role,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      data,
    });
    await manager.query(
      `INSERT INTO audit_event (at, actor_id, actor_role, action, entity, entity_id, data, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
      [
        at,
        actor.id,
        actor.role,
        entry.action,
        entry.entity,
        entry.entityId,
        JSON.stringify(data),
        prevHash,
        hash,
      ],
    );
  }

  /** Runs `work` in a transaction and records `entry` (computed from its result) in the same transaction. */
  async transaction<T>(
    actor: Actor,
    work: (manager: EntityManager) => Promise<T>,
    entry: (result: T) => AuditEntry,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const result = await work(manager);
      await this.record(manager, actor, entry(result));
      return result;
    });
  }

  async list(filter: {
    entity?: string;
    entityId?: string;
    limit: number;
    offset: number;
  }): Promise<Page<AuditEventView>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.entity) qb.andWhere('e.entity = :entity', { entity: filter.entity });
    if (filter.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    const [rows, total] = await qb
      .orderBy('e.seq', 'DESC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { items: rows.map(toView), total };
  }

  /** Recomputes every hash from the start of the chain and reports the first break. */
  async verify(): Promise<ChainVerdict> {
    let prevHash = GENESIS_HASH;
    let afterSeq = '0';
    let checked = 0;
    let lastSeq: number | null = null;
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT seq::text AS seq, id, at, actor_id, actor_role, action, entity, entity_id, data, prev_hash, hash
           FROM audit_event WHERE seq > $1 ORDER BY audit_event.seq LIMIT $2`,
        [afterSeq, VERIFY_BATCH],
      )) as RawAuditRow[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const seq = Number(row.seq);
        if (row.prev_hash !== prevHash) {
          return {
            ok: false,
            checked,
            lastSeq,
            broken: { seq, id: row.id, reason: 'previous hash does not match' },
          };
        }
        const expected = chainHash(prevHash, {
          at: new Date(row.at).toISOString(),
          actorId: row.actor_id,
          actorRole: row.actor_role,
          action: row.action,
          entity: row.entity,
          entityId: row.entity_id,
          data: row.data,
        });
        if (expected !== row.hash) {
          return {
            ok: false,
            checked,
            lastSeq,
            broken: { seq, id: row.id, reason: 'content does not match its hash' },
          };
        }
        prevHash = row.hash;
        checked += 1;
        lastSeq = seq;
      }
      afterSeq = rows[rows.length - 1].seq;
    }
    return { ok: true, checked, lastSeq };
  }
}

interface RawAuditRow {
  seq: string;
  id: string;
  at: Date | string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity: string;
  entity_id: string;
  data: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

function toView(e: AuditEvent): AuditEventView {
  return {
    seq: Number(e.seq),
    id: e.id,
    at: e.at.toISOString(),
    actor: { id: e.actorId, role: e.actorRole },
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    data: e.data,
    hash: e.hash,
  };
}
