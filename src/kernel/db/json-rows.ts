import type { EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * Entities read as JSON built by PostgreSQL, for read paths that load a record and its parts in one
 * statement (one round trip instead of one per table; bench/README.md, issue #23). `jsonObjectOf`
 * writes the `json_build_object(…)` of an entity's columns keyed by their property names, and
 * `entityFromJson` turns such an object back into the entity as TypeORM would have hydrated it:
 * timestamps as `Date`, the columns' transformers applied (cents and numerics as numbers), `date`
 * columns as `YYYY-MM-DD` strings.
 */
export function jsonObjectOf(
  metadata: EntityMetadata,
  alias: string,
  extra: Record<string, string> = {},
  only?: readonly string[],
): string {
  const pairs = [
    ...columnsOf(metadata, only).map((c) => `'${c.propertyName}', ${alias}."${c.databaseName}"`),
    ...Object.entries(extra).map(([key, sql]) => `'${key}', ${sql}`),
  ];
  // json_build_object takes at most 100 arguments (50 pairs); more are merged from chunks as jsonb.
  if (pairs.length <= 50) return `json_build_object(${pairs.join(', ')})`;
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 50) {
    chunks.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(', ')})`);
  }
  return `(${chunks.join(' || ')})`;
}

const TIMESTAMP_TYPES = new Set<unknown>([
  'timestamptz',
  'timestamp',
  'timestamp with time zone',
  'timestamp without time zone',
]);

function isTimestamp(column: ColumnMetadata): boolean {
  return TIMESTAMP_TYPES.has(column.type) || column.type === Date;
}

/** The columns of the entity, or those of them named in `only` (property names). */
function columnsOf(metadata: EntityMetadata, only?: readonly string[]): ColumnMetadata[] {
  if (!only) return metadata.columns;
  const columns = metadata.columns.filter((c) => only.includes(c.propertyName));
  if (columns.length !== only.length)
    throw new Error(`Not all columns of ${metadata.name}: ${only.join(', ')}`);
  return columns;
}

/**
 * The entity of `metadata` from an object built by `jsonObjectOf` (with the same `only`: then the
 * entity has those properties only).
 */
export function entityFromJson<T>(
  metadata: EntityMetadata,
  json: Record<string, unknown>,
  only?: readonly string[],
): T {
  const entity = metadata.create() as Record<string, unknown>;
  for (const column of columnsOf(metadata, only)) {
    let value = json[column.propertyName];
    if (value !== null && value !== undefined && isTimestamp(column)) value = new Date(value as string);
    const transformers = column.transformer
      ? Array.isArray(column.transformer)
        ? column.transformer
        : [column.transformer]
      : [];
    for (const t of [...transformers].reverse()) value = t.from(value);
    entity[column.propertyName] = value ?? null;
  }
  return entity as T;
}
