import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { CoalescedTask } from '../../kernel/coalesced-task.js';
import { AuditRepository, type ChainLink } from './audit.repository.js';
import { type ChainedFields, chainHash, GENESIS_HASH } from './hash-chain.js';

/** One chainer at a time, across every process on the database. */
export const AUDIT_CHAIN_LOCK = 7_270_001;
const CHAIN_BATCH = 500;
/** Catches events whose process stopped between commit and chaining, and other processes' events. */
const SWEEP_EVERY_MS = 2_000;
/**
 * How long a commit waits for others before chaining: under load one pass then links the events of
 * many transactions (a pass is six statements), and the chain is never more than this behind.
 */
const GATHER_MS = 50;
/** Another process was chaining: look again shortly for events it may have started without. */
const BUSY_RETRY_MS = 50;
const SHUTDOWN_PASS_MS = 5_000;

/** An audit event as stored, in the form the chain hashes it. */
export interface StoredAuditFields {
  at: Date | string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity: string;
  entity_id: string;
  data: unknown;
}

export function chainedFields(row: StoredAuditFields): ChainedFields {
  return {
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    data: row.data,
  };
}

/**
 * Links committed audit events into the hash chain.
 *
 * A transaction that changes state only inserts its event (`AuditService.record`); shortly after
 * it commits (GATHER_MS, so that one pass serves many commits), this chainer gives the events that have no place in the chain yet the next `chain_seq`,
 * the previous event's hash and their own hash, in its own short transaction under a global advisory
 * lock. So audited transactions no longer queue behind one lock held through every commit, and the
 * chain still has exactly one order and no forks. An event is unchained only between its commit and
 * the next pass (about GATHER_MS; at most SWEEP_EVERY_MS if its process stopped in between), and the
 * table's trigger refuses any change to it meanwhile except filling in those chain columns once.
 */
@Injectable()
export class AuditChain implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditChain.name);
  private readonly recordedIn = new WeakSet<QueryRunner>();
  private readonly task = new CoalescedTask(
    () => this.chainInBackground(),
    (err) => this.warn(err),
  );
  private timer?: NodeJS.Timeout;
  private gathering?: NodeJS.Timeout;
  private lastWarning = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AuditRepository,
  ) {
    dataSource.subscribers.push({
      afterTransactionCommit: (event) => {
        // A released savepoint is reported as a commit too: wait for the real one.
        if (!event.queryRunner.isTransactionActive && this.recordedIn.delete(event.queryRunner)) {
          this.gathering ??= setTimeout(() => {
            this.gathering = undefined;
            this.task.poke();
          }, GATHER_MS).unref();
        }
      },
      afterTransactionRollback: (event) => {
        if (!event.queryRunner.isTransactionActive) this.recordedIn.delete(event.queryRunner);
      },
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.task.poke(), SWEEP_EVERY_MS);
    this.timer.unref();
    this.task.poke();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.gathering);
    await this.task.stop();
    // Chain what this process committed last, if the database lets us in time; else the next
    // process's sweep will.
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      this.chainPending(false).catch((err: unknown) => this.warn(err)),
      new Promise((resolve) => (timeout = setTimeout(resolve, SHUTDOWN_PASS_MS))),
    ]);
    clearTimeout(timeout);
  }

  /** Called by `AuditService.record`: chain as soon as this transaction commits. */
  afterCommit(manager: EntityManager): void {
    if (manager.queryRunner) this.recordedIn.add(manager.queryRunner);
  }

  /**
   * Chains every committed event that is not chained yet. `wait` waits for a chainer of another
   * process to finish; otherwise a busy chain returns at once with `busy`.
   */
  async chainPending(wait: boolean): Promise<{ chained: number; busy: boolean }> {
    let chained = 0;
    for (;;) {
      const batch = await this.chainBatch(wait);
      chained += batch.chained;
      if (batch.busy) return { chained, busy: true };
      if (batch.chained < CHAIN_BATCH) return { chained, busy: false };
    }
  }

  private async chainInBackground(): Promise<void> {
    const { busy } = await this.chainPending(false);
    if (busy) setTimeout(() => this.task.poke(), BUSY_RETRY_MS).unref();
  }

  private chainBatch(wait: boolean): Promise<{ chained: number; busy: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      if (wait) {
        await this.repository.lockChain(manager, AUDIT_CHAIN_LOCK);
      } else if (!(await this.repository.tryLockChain(manager, AUDIT_CHAIN_LOCK))) {
        return { chained: 0, busy: true };
      }
      const rows = await this.repository.unchained(manager, CHAIN_BATCH);
      if (rows.length === 0) return { chained: 0, busy: false };
      const head = await this.repository.chainHead(manager);
      let prevHash = head?.hash ?? GENESIS_HASH;
      let chainSeq = head?.chainSeq ?? 0n;
      const links: ChainLink[] = [];
      for (const row of rows) {
        chainSeq += 1n;
        const hash = chainHash(prevHash, chainedFields(row));
        links.push({ seq: row.seq, chainSeq, prevHash, hash });
        prevHash = hash;
      }
      await this.repository.link(manager, links);
      return { chained: rows.length, busy: false };
    });
  }

  /** Chaining fails while the database is down: say so at most every 10 s; the sweep retries. */
  private warn(err: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < 10_000) return;
    this.lastWarning = now;
    this.logger.warn(`Chaining audit events failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
