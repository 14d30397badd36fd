/** `npm run migration:run`: applies pending migrations to DATABASE_URL or the embedded database. */
import { ENTITIES } from './entities.js';
import { loadConfig } from './kernel/config/config.js';
import { openDataSource } from './kernel/db/data-source.js';

const config = loadConfig(process.env);
const dataSource = await openDataSource(config, ENTITIES, { migrate: false });
const applied = await dataSource.runMigrations({ transaction: 'each' });
console.warn(
  applied.length === 0
    ? 'Schema is up to date.'
    : `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`,
);
await dataSource.destroy();
