import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

/** `fooBar` → `foo_bar`, `sizeBytes` → `size_bytes`; digits stay with what they follow (`sha256`). */
export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * The schema (the migrations) names columns in snake case: a column without an explicit `name` is
 * the snake case of its property, so entities name only the columns that differ. Table names stay
 * explicit in `@Entity('...')`; the names of keys and constraints are TypeORM's defaults.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string, embeddedPrefixes: string[]): string {
    return customName || snakeCase([...embeddedPrefixes, propertyName].join('_'));
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }
}
