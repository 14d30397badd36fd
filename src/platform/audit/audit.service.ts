import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditActor } from '../../kernel/actor.js';
import type { Page } from '../../kernel/pagination.js';
import type { AuditEvent } from './audit-event.entity.js';
import { AuditChain, chainedFields } from './audit-chain.js';
import { AuditRepository } from './audit.repository.js';
import { AnchorFileError, type AuditAnchor, AuditAnchors } from './audit-anchors.js';
import { canonicalJson, chainHash, GENESIS_HASH } from './hash-chain.js';

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
  chainSeq: number | null;
  hash: string | null;
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  lastSeq: number | null;
  /** Events committed but not chained yet when the check ended (not checked). */
  pending: number;
  broken?: { seq: number; id: string; reason: string };
  /** The check against the signed anchors outside the database (absent without AUDIT_ANCHOR_KEY). */
  anchors?: { checked: number; lastChainSeq: number | null; problem?: string };
}

const VERIFY_BATCH = 1_000;

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly chain: AuditChain,
    private readonly repository: AuditRepository,
    private readonly anchorStore: AuditAnchors,
  ) {}

  /**
   * Records an event. Call it with the EntityManager of the transaction that makes the change, so
   * that the change and its audit event commit or roll back together; `AuditChain` links the event
   * into the hash chain right after that commit.
   */
  async record(manager: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
    await this.recordAll(manager, actor, [entry]);
  }

  /**
   * Records several events of one transaction in one statement, in the order given (their `seq`
   * follows it, so the chainer links them in that order, exactly as if each had been recorded alone).
   */
  async recordAll(manager: EntityManager, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must run inside a transaction');
    }
    if (entries.length === 0) return;
    const at = new Date().toISOString();
    await this.repository.insert(
      manager,
      entries.map((entry) => ({
        at,
        actorId: actor.id,
        actorRole: actor.role,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        // Normalise the data exactly as jsonb will give it back (dates become strings, undefined disappears).
        data: canonicalJson(entry.data ?? {}),
      })),
    );
    this.chain.afterCommit(manager);
  }

  /** Runs `work` in a transaction and records `entry` (computed from its result) in the same transaction. */
  async transaction<T>(
    actor: AuditActor,
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
    const [rows, total] = await this.repository.list(filter);
    return { items: rows.map(toView), total };
  }

  /**
   * Brings the chain up to date, then recomputes every hash from its start and reports the first
   * break. `pending` counts the events committed since (not chained yet, so not checked).
   */
  async verify(): Promise<ChainVerdict> {
    await this.chain.chainPending(true);
    let prevHash = GENESIS_HASH;
    let afterChainSeq = 0;
    let checked = 0;
    let lastSeq: number | null = null;
    let anchors: AuditAnchor[] = [];
    let anchorProblem: string | undefined;
    if (this.anchorStore.enabled) {
      try {
        anchors = await this.anchorStore.read();
      } catch (err) {
        if (!(err instanceof AnchorFileError)) throw err;
        anchorProblem = err.message;
      }
    }
    const anchored = new Set(anchors.map((a) => a.chainSeq));
    const hashAt = new Map<number, string>();
    for (;;) {
      const rows = await this.repository.chainedAfter(afterChainSeq, VERIFY_BATCH);
      if (rows.length === 0) break;
      for (const row of rows) {
        const seq = row.seq;
        const broken = (reason: string): ChainVerdict => ({
          ok: false,
          checked,
          lastSeq,
          pending: 0,
          broken: { seq, id: row.id, reason },
        });
        if (row.chainSeq !== checked + 1) return broken('a place in the chain is missing');
        if (row.prev_hash !== prevHash) return broken('previous hash does not match');
        if (chainHash(prevHash, chainedFields(row)) !== row.hash) {
          return broken('content does not match its hash');
        }
        prevHash = row.hash;
        if (anchored.has(row.chainSeq)) hashAt.set(row.chainSeq, row.hash);
        checked += 1;
        lastSeq = seq;
      }
      afterChainSeq = rows[rows.length - 1].chainSeq;
    }
    const pending = await this.repository.countUnchained();
    if (!this.anchorStore.enabled) return { ok: true, checked, lastSeq, pending };
    for (const anchor of anchors) {
      if (anchorProblem) break;
      if (!this.anchorStore.isAuthentic(anchor)) {
        anchorProblem = `the anchor of ${anchor.at} (chain place ${anchor.chainSeq}) has no valid signature`;
      } else if (anchor.chainSeq > checked) {
        anchorProblem =
          `the chain ends at place ${checked}, but the anchor of ${anchor.at} records place ` +
          `${anchor.chainSeq}: events were removed`;
      } else if (hashAt.get(anchor.chainSeq) !== anchor.hash) {
        anchorProblem =
          `chain place ${anchor.chainSeq} does not have the hash anchored on ${anchor.at}: ` +
          'the chain was rewritten';
      }
    }
    return {
      ok: anchorProblem === undefined,
      checked,
      lastSeq,
      pending,
      anchors: {
        checked: anchors.length,
        lastChainSeq: anchors.at(-1)?.chainSeq ?? null,
        ...(anchorProblem ? { problem: anchorProblem } : {}),
      },
    };
  }
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
    chainSeq: e.chainSeq === null ? null : Number(e.chainSeq),
    hash: e.hash,
  };
}
