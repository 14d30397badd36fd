/**
 * Data source for the TypeORM CLI (`npm run migration:generate`): the same options the app uses.
 */
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities.js';
import { loadConfig } from './kernel/config/config.js';
import { dataSourceOptions } from './kernel/db/data-source.js';

export default new DataSource(await dataSourceOptions(loadConfig(process.env), ENTITIES));
