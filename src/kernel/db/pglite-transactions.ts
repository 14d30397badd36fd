import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';

/**
 * PGlite is one database session, and typeorm-pglite hands that same session to every TypeORM query
 * runner. Two concurrent transactions would then interleave in it: the second `START TRANSACTION` is
 * ignored with a warning, the first `COMMIT` commits the work of both, and a `SELECT … FOR UPDATE`
 * never waits. Budget and de minimis checks that rely on row locks would both pass.
 *
 * This wraps the pg-compatible driver module that typeorm-pglite gives TypeORM: every `connect()` gets
 * a client of its own, and a client that starts a transaction holds a process-wide lock until it
 * commits or rolls back. Transactions therefore run one after the other on PGlite (serialisable), as
 * they would behave under row locks on PostgreSQL.
 *
 * A single statement outside a transaction also waits for the open transaction to end, so that it
 * neither sees nor joins another caller's half-done work, with one exception: a statement issued from
 * inside the transaction's own callback (the same async context, see `runInTransactionContext`) runs
 * at once, inside that transaction, so code that reads through the DataSource inside a transaction
 * cannot wait for itself.
 */
interface PgLikeResult {
  rows: unknown[];
}
type QueryCallback = (err: Error | null, result: PgLikeResult | null) => void;
interface PgLikePool extends EventEmitter {
  connect(callback: (err: Error | null, client: unknown, done: (err?: Error) => void) => void): unknown;
  query(sql: string, params?: unknown[] | QueryCallback, callback?: QueryCallback): Promise<PgLikeResult>;
  end(callback: (err: Error | null) => void): void;
}
export interface PgLikeDriverModule {
  Pool: new (options?: unknown) => PgLikePool;
}

const BEGIN = /^\s*(START\s+TRANSACTION|BEGIN)\b/i;
const END = /^\s*(COMMIT|END|ROLLBACK)\s*(WORK|TRANSACTION)?\s*;?\s*$/i;

/** A FIFO lock. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

/** Marks the async context of a transaction's callback, so its own stray statements pass the lock. */
const transactionContext = new AsyncLocalStorage<object>();

/** Runs `fn` in a fresh transaction context (wrap `EntityManager.transaction` with it on PGlite). */
export function runInTransactionContext<T>(fn: () => T): T {
  return transactionContext.run({}, fn);
}

interface LockState {
  mutex: Mutex;
  /** The transaction context of the client that holds the lock, if any. */
  holderContext: object | undefined;
}

class SerialisedClient extends EventEmitter {
  private releaseLock: (() => void) | null = null;

  constructor(
    private readonly pool: PgLikePool,
    private readonly lock: LockState,
  ) {
    super();
  }

  async query(
    sql: string,
    params?: unknown[] | QueryCallback,
    callback?: QueryCallback,
  ): Promise<PgLikeResult> {
    const cb = typeof params === 'function' ? params : callback;
    const args = typeof params === 'function' ? undefined : params;
    const text = typeof sql === 'string' ? sql : '';
    let releaseSingle: (() => void) | null = null;
    if (BEGIN.test(text) && !this.releaseLock) {
      this.releaseLock = await this.lock.mutex.acquire();
      this.lock.holderContext = transactionContext.getStore();
    } else if (!this.releaseLock) {
      const context = transactionContext.getStore();
      const ownTransaction = context !== undefined && context === this.lock.holderContext;
      if (!ownTransaction) releaseSingle = await this.lock.mutex.acquire();
    }
    try {
      const result = await this.pool.query(sql, args);
      cb?.(null, result);
      return result;
    } catch (error) {
      cb?.(error as Error, null);
      throw error;
    } finally {
      releaseSingle?.();
      if (END.test(text)) this.unlock();
    }
  }

  /** Called when TypeORM releases the connection: never keep the lock past it. */
  unlock(): void {
    const release = this.releaseLock;
    if (!release) return;
    this.releaseLock = null;
    this.lock.holderContext = undefined;
    release();
  }
}

export function serialiseTransactions(driver: PgLikeDriverModule): PgLikeDriverModule {
  const Inner = driver.Pool;
  const lock: LockState = { mutex: new Mutex(), holderContext: undefined };
  class SerialisedPool extends Inner {
    override connect(callback: (err: Error | null, client: unknown, done: (err?: Error) => void) => void) {
      return super.connect((err, _client, done) => {
        if (err) return callback(err, null, done);
        const client = new SerialisedClient(this, lock);
        callback(null, client, (releaseErr?: Error) => {
          client.unlock();
          done(releaseErr);
        });
      });
    }
  }
  return { ...driver, Pool: SerialisedPool };
}
