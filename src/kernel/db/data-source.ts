import { mkdirSync, readFileSync } from 'node:fs';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export type EntityList = MixedList<Function | string | EntitySchema>;
import { MIGRATIONS } from '../../../migrations/index.js';
import type { AppConfig } from '../config/config.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { initialisePgliteDataDir } from './pglite-initdb.js';
import {
  type PgLikeDriverModule,
  runInTransactionContext,
  serialiseTransactions,
} from './pglite-transactions.js';

/**
 * The TypeORM options for PostgreSQL (DATABASE_URL) or the embedded PGlite default.
 * Both use the same entities and the same migrations; the schema never comes from `synchronize`.
 * PGlite (a PostgreSQL compiled to WebAssembly) is loaded only when it is used. The entities come from
 * the bootstrap (src/entities.ts): the kernel knows no domain.
 */
export async function dataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl' | 'pgliteDataDir'> &
    Partial<Pick<AppConfig, 'pgliteLoadDump' | 'dbPoolSize' | 'dbConnectTimeoutMs'>>,
  entities: EntityList,
): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    entities,
    // Columns without an explicit name are the snake case of their property (naming-strategy.ts).
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    logging: false,
  };
  if (config.databaseUrl) {
    return {
      ...common,
      url: config.databaseUrl,
      extra: {
        max: config.dbPoolSize ?? 20,
        // Under a burst, requests queue for a connection; they wait rather than fail.
        connectionTimeoutMillis: config.dbConnectTimeoutMs ?? 30_000,
        idleTimeoutMillis: 30_000,
      },
    };
  }
  if (!config.pgliteDataDir.startsWith('memory://')) {
    mkdirSync(config.pgliteDataDir, { recursive: true });
    await initialisePgliteDataDir(config.pgliteDataDir);
  }
  // One PGlite session serves every query runner: run transactions one at a time (see pglite-transactions.ts).
  const { PGliteDriver } = await import('typeorm-pglite');
  const loadDataDir = config.pgliteLoadDump ? new Blob([readFileSync(config.pgliteLoadDump)]) : undefined;
  const driver = new PGliteDriver({ dataDir: config.pgliteDataDir, loadDataDir })
    .driver as unknown as PgLikeDriverModule;
  return { ...common, driver: serialiseTransactions(driver) };
}

/**
 * Initialises a data source. On PGlite every transaction's callback runs in a context of its own, so
 * that its statements pass the session lock while statements from elsewhere wait (pglite-transactions.ts).
 */
export async function initialiseDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  if (!('url' in options && options.url)) {
    const manager = dataSource.manager;
    const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
    manager.transaction = ((...args: unknown[]) =>
      runInTransactionContext(() => transaction(...args))) as typeof manager.transaction;
  }
  return dataSource;
}

/** Opens the database and brings its schema up to date. */
export async function openDataSource(
  config: Pick<AppConfig, 'databaseUrl' | 'pgliteDataDir'>,
  entities: EntityList,
  options: { migrate?: boolean } = {},
): Promise<DataSource> {
  const dataSource = await initialiseDataSource(await dataSourceOptions(config, entities));
  if (options.migrate ?? true) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
