import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

interface NamedQueryClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a statement as a named prepared statement on PostgreSQL: each connection parses and plans it
 * once, and after five executions PostgreSQL keeps a generic plan. For the large read-model statements
 * (one statement instead of one per table) planning cost more than running: the view of an
 * application planned in ≈ 4 ms and ran in ≈ 1 ms (EXPLAIN ANALYZE, bench/README.md). The statement's
 * name is `name` and a hash of `text`, so a text built in several shapes (filters) gets one per shape.
 * On PGlite (one in-process session) the statement runs as given. Inside a transaction it runs on the
 * transaction's connection. (Behind PgBouncer: session pooling, or transaction pooling from 1.21 with
 * `max_prepared_statements`.)
 */
export async function namedQuery<T>(
  manager: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const options = manager.connection.options;
  if (!('url' in options && options.url)) return (await manager.query(text, values)) as T[];
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as NamedQueryClient;
    return (await client.query({ name: statementName(name, text), text, values })).rows as T[];
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

const names = new Map<string, string>();

function statementName(name: string, text: string): string {
  let named = names.get(text);
  if (named === undefined) {
    named = `${name}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, named);
  }
  return named;
}
