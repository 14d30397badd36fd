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
 * they would behave under row locks on PostgreSQL. Single statements outside a transaction are not held
 * back (code that reads through another connection inside a transaction must not hang), so they run
 * inside whatever transaction is open at that moment, as before.
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

class SerialisedClient extends EventEmitter {
  private releaseLock: (() => void) | null = null;

  constructor(
    private readonly pool: PgLikePool,
    private readonly lock: Mutex,
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
    if (BEGIN.test(text) && !this.releaseLock) this.releaseLock = await this.lock.acquire();
    try {
      const result = await this.pool.query(sql, args);
      cb?.(null, result);
      return result;
    } catch (error) {
      cb?.(error as Error, null);
      throw error;
    } finally {
      if (END.test(text)) this.unlock();
    }
  }

  /** Called when TypeORM releases the connection: never keep the lock past it. */
  unlock(): void {
    const release = this.releaseLock;
    this.releaseLock = null;
    release?.();
  }
}

export function serialiseTransactions(driver: PgLikeDriverModule): PgLikeDriverModule {
  const Inner = driver.Pool;
  const lock = new Mutex();
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
