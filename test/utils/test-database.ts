import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ENTITIES } from '../../src/entities.js';
import { openDataSource } from '../../src/kernel/db/data-source.js';

/**
 * Every test file gets its own fresh database: on PostgreSQL (DATABASE_URL set) a new database on that
 * server, dropped afterwards; otherwise an in-memory PGlite.
 *
 * On PostgreSQL the migrations run once into a template database that every test file clones
 * (`CREATE DATABASE … TEMPLATE`, a file copy, much cheaper than migrating); the app still runs its
 * migrations at boot and finds nothing to do. The template is named after a hash of the migration
 * files, so a changed or added migration makes a new one, and test runs of different branches on the
 * same server each find their own.
 *
 * On PGlite the same holds with a dump instead of a template: the migrations run once into an
 * in-memory PGlite whose data directory is dumped to a tarball in the temporary directory, and every
 * test database starts from that tarball (`PGLITE_LOAD_DUMP`), which takes a fifth of the time of
 * migrating an empty one.
 */
export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    return {
      env: { PGLITE_DATA_DIR: 'memory://', PGLITE_LOAD_DUMP: await migratedPgliteDump() },
      drop: async () => {},
    };
  }
  const name = `subsidies_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = await connect(baseUrl);
  try {
    const template = await migratedTemplate(admin, baseUrl);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    // Ending the session also releases its advisory locks.
    await admin.end();
  }
  return {
    env: { DATABASE_URL: databaseUrl(baseUrl, name) },
    drop: async () => {
      const client = await connect(baseUrl);
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

const TEMPLATE_PREFIX = 'subsidies_tmpl_';

/**
 * Test runs (jest's workers, and other runs on the same server) build and drop templates under this
 * advisory lock held exclusively, and clone under it held shared: a clone never meets a template half
 * built or being dropped, and clones run side by side. Advisory locks belong to the database the admin
 * connection is on, so runs share them when their DATABASE_URLs name the same database.
 */
const LOCK = `hashtext('subsidies-test-template')`;

/** Old templates are dropped a day after they were built, not at once: another branch may use one. */
const TEMPLATE_MAX_AGE_MS = 24 * 3_600_000;

/**
 * The name of the template for the current migrations, built if it does not exist yet. Returns with
 * the lock held shared by `admin`, so that the template stays until `admin`'s session ends.
 */
async function migratedTemplate(admin: pg.Client, baseUrl: string): Promise<string> {
  const template = `${TEMPLATE_PREFIX}${migrationsHash()}`;
  await admin.query(`SELECT pg_advisory_lock_shared(${LOCK})`);
  if (await databaseExists(admin, template)) return template;
  await admin.query(`SELECT pg_advisory_unlock_shared(${LOCK})`);
  await admin.query(`SELECT pg_advisory_lock(${LOCK})`);
  try {
    // Another worker may have built it while this one waited for the lock.
    if (!(await databaseExists(admin, template))) {
      await buildTemplate(admin, baseUrl, template);
      await dropStaleTemplates(admin, template);
    }
    // Shared before the exclusive lock goes, so that nobody drops the template in between.
    await admin.query(`SELECT pg_advisory_lock_shared(${LOCK})`);
  } finally {
    await admin.query(`SELECT pg_advisory_unlock(${LOCK})`);
  }
  return template;
}

/**
 * Migrates a database under a temporary name and renames it when done: a template always has every
 * migration, even after a run was killed half way (its leftover is dropped by the next build).
 */
async function buildTemplate(admin: pg.Client, baseUrl: string, template: string): Promise<void> {
  const building = `${template}_build`;
  await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${building}`);
  const dataSource = await openDataSource(
    { databaseUrl: databaseUrl(baseUrl, building), pgliteDataDir: '' },
    ENTITIES,
  );
  // Cloning needs a template nobody is connected to.
  await dataSource.destroy();
  await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
  await admin.query(`ALTER DATABASE ${template} WITH ALLOW_CONNECTIONS false`);
  await admin.query(`COMMENT ON DATABASE ${template} IS '${new Date().toISOString()}'`);
}

async function dropStaleTemplates(admin: pg.Client, current: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string; built: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS built FROM pg_database
      WHERE datname LIKE $1 AND datname <> $2`,
    [`${TEMPLATE_PREFIX.replaceAll('_', '\\_')}%`, current],
  );
  const staleBefore = Date.now() - TEMPLATE_MAX_AGE_MS;
  for (const { datname, built } of rows) {
    const builtAt = built ? Date.parse(built) : NaN;
    if (Number.isNaN(builtAt) || builtAt < staleBefore) {
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  }
}

const DUMP_PREFIX = 'subsidies-pglite-';

/** A build that has held the lock this long is taken to have died with its process. */
const DUMP_LOCK_STALE_MS = 120_000;

/**
 * The path of the dump of a migrated PGlite for the current migrations and PGlite version, built if it
 * does not exist yet. jest's workers (and other test runs on this machine) build it under a lock file
 * created exclusively; the others wait for the dump. The dump is written under a temporary name and
 * renamed, so a dump that exists is whole.
 */
async function migratedPgliteDump(): Promise<string> {
  const key = createHash('sha256').update(migrationsHash()).update(pgliteVersion()).digest('hex');
  const dump = join(tmpdir(), `${DUMP_PREFIX}${key.slice(0, 16)}.tar`);
  const lock = `${dump}.lock`;
  for (;;) {
    if (existsSync(dump)) return dump;
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const lockedAt = modifiedAt(lock);
      if (lockedAt > 0 && Date.now() - lockedAt > DUMP_LOCK_STALE_MS) rmSync(lock, { force: true });
      await sleep(100);
      continue;
    }
    try {
      closeSync(fd);
      // Another worker may have built it between the check and the lock.
      if (!existsSync(dump)) {
        await buildPgliteDump(dump);
        dropStaleDumps(dump);
      }
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

async function buildPgliteDump(dump: string): Promise<void> {
  const dataSource = await openDataSource({ databaseUrl: undefined, pgliteDataDir: 'memory://' }, ENTITIES);
  try {
    // typeorm-pglite keeps the one PGlite of the process; this is the one just migrated.
    const { getPGliteInstance } = await import('typeorm-pglite');
    const tarball = await (await getPGliteInstance()).dumpDataDir('none');
    const building = `${dump}.${process.pid}.build`;
    writeFileSync(building, Buffer.from(await tarball.arrayBuffer()));
    renameSync(building, dump);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Dumps of other migrations (and leftovers of killed builds) are removed a day after they were
 * written, not at once: another branch may use one.
 */
function dropStaleDumps(current: string): void {
  const staleBefore = Date.now() - TEMPLATE_MAX_AGE_MS;
  for (const file of readdirSync(tmpdir())) {
    const path = join(tmpdir(), file);
    if (!file.startsWith(DUMP_PREFIX) || path.startsWith(current)) continue;
    if (modifiedAt(path) < staleBefore) rmSync(path, { force: true });
  }
}

/** When a file was last modified; 0 when it is gone. */
function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** The version of PGlite, whose data directory format a dump is in. */
function pgliteVersion(): string {
  const manifest = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** A hash of the names and contents of the migration files. */
function migrationsHash(): string {
  const dir = new URL('../../migrations/', import.meta.url);
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(new URL(file, dir)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function databaseExists(client: pg.Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return rowCount === 1;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
