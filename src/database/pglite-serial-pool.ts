import { PGliteDriver } from 'typeorm-pglite';

type Release = (err?: unknown) => void;
type ConnectCallback = (error: unknown, client: unknown, release: Release) => void;

/**
 * The embedded PGlite database is one session. typeorm-pglite hands that session to every caller at
 * once, so two transactions running side by side (a request and a background job) would interleave
 * their statements in one session: one's COMMIT would commit the other's half-done work and a
 * ROLLBACK would undo nothing. This driver gives the session to one TypeORM query runner at a time,
 * like a PostgreSQL pool of one connection: the next caller waits until the previous one releases it.
 * Consequence, as with any pool of one: code inside a transaction must use the transaction's
 * EntityManager, never the DataSource (which would wait for the transaction forever).
 */
export function serializedPGliteDriver(dataDir: string): object {
  const base = new PGliteDriver({ dataDir }).driver;
  const Base = base.Pool as unknown as new () => { connect(callback: ConnectCallback): Promise<void> };

  class SerializedPGlitePool extends Base {
    private tail: Promise<void> = Promise.resolve();

    override connect(callback: ConnectCallback): Promise<void> {
      let free!: () => void;
      const turn = new Promise<void>((resolve) => (free = resolve));
      const previous = this.tail;
      this.tail = previous.then(() => turn);
      return previous.then(() =>
        super.connect((error, client) => {
          let released = false;
          const release: Release = () => {
            if (released) return;
            released = true;
            free();
          };
          if (error) release();
          callback(error, client, release);
        }),
      );
    }
  }

  return Object.assign(class {}, { Pool: SerializedPGlitePool });
}
