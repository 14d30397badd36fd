import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Every test file gets its own fresh database, migrated by the real migrations when the app starts:
 * on PostgreSQL (DATABASE_URL set) a new database on that server, dropped afterwards; otherwise an
 * in-memory PGlite.
 */
export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    return { env: { PGLITE_DATA_DIR: 'memory://' }, drop: async () => {} };
  }
  const name = `subsidies_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
