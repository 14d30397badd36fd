import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import {
  type PgLikeDriverModule,
  runInTransactionContext,
  serialiseTransactions,
} from './pglite-transactions.js';

/** A fake single-session pool that logs the statements it runs. */
function fakeDriver(log: string[]): PgLikeDriverModule {
  class Pool extends EventEmitter {
    connect(callback: (err: Error | null, client: unknown, done: () => void) => void) {
      callback(null, this, () => {});
    }
    async query(sql: string) {
      log.push(sql);
      await new Promise((resolve) => setImmediate(resolve));
      return { rows: [] };
    }
    end(callback: (err: Error | null) => void) {
      callback(null);
    }
  }
  return { Pool } as unknown as PgLikeDriverModule;
}

type Client = { query(sql: string): Promise<unknown> };

type Connectable = InstanceType<PgLikeDriverModule['Pool']>;

function connect(pool: Connectable) {
  return new Promise<{ client: Client; done: () => void }>((resolve) =>
    pool.connect((_err: Error | null, client: unknown, done: () => void) =>
      resolve({ client: client as Client, done }),
    ),
  );
}

describe('serialiseTransactions (PGlite)', () => {
  it('runs the statements of a second transaction only after the first one committed', async () => {
    const log: string[] = [];
    const { Pool } = serialiseTransactions(fakeDriver(log));
    const pool = new Pool();
    const [a, b] = await Promise.all([connect(pool), connect(pool)]);
    const run = async (c: Client, name: string) => {
      await c.query('START TRANSACTION');
      await c.query(`SELECT ${name}1`);
      await c.query(`SELECT ${name}2`);
      await c.query('COMMIT');
    };
    await Promise.all([run(a.client, 'a'), run(b.client, 'b')]);
    expect(log).toEqual([
      'START TRANSACTION',
      'SELECT a1',
      'SELECT a2',
      'COMMIT',
      'START TRANSACTION',
      'SELECT b1',
      'SELECT b2',
      'COMMIT',
    ]);
  });

  it('frees the lock after a rollback and when a client is released mid-transaction', async () => {
    const log: string[] = [];
    const { Pool } = serialiseTransactions(fakeDriver(log));
    const pool = new Pool();
    const a = await connect(pool);
    await a.client.query('START TRANSACTION');
    await a.client.query('ROLLBACK TO SAVEPOINT typeorm_1'); // not the end of the transaction
    const b = await connect(pool);
    const started = b.client.query('BEGIN');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).not.toContain('BEGIN');
    a.done();
    await started;
    await b.client.query('ROLLBACK');
    const c = await connect(pool);
    await c.client.query('START TRANSACTION');
    expect(log.at(-1)).toBe('START TRANSACTION');
  });

  it("holds a stray statement from elsewhere until the open transaction ends, but not one from the transaction's own callback", async () => {
    const log: string[] = [];
    const { Pool } = serialiseTransactions(fakeDriver(log));
    const pool = new Pool();
    const [tx, ownStray, otherStray] = await Promise.all([connect(pool), connect(pool), connect(pool)]);
    let releaseTx!: () => void;
    const txMayCommit = new Promise<void>((resolve) => (releaseTx = resolve));
    const transaction = runInTransactionContext(async () => {
      await tx.client.query('START TRANSACTION');
      await tx.client.query('SELECT in_tx');
      await ownStray.client.query('SELECT own_stray'); // through another connection, same context
      await txMayCommit;
      await tx.client.query('COMMIT');
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const other = otherStray.client.query('SELECT other_stray');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toEqual(['START TRANSACTION', 'SELECT in_tx', 'SELECT own_stray']);
    releaseTx();
    await Promise.all([transaction, other]);
    expect(log).toEqual([
      'START TRANSACTION',
      'SELECT in_tx',
      'SELECT own_stray',
      'COMMIT',
      'SELECT other_stray',
    ]);
  });
});
