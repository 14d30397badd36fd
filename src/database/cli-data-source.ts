/**
 * Data source for the TypeORM CLI (`npm run migration:generate`): the same options the app uses.
 */
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source.js';

export default new DataSource(await dataSourceOptions(loadConfig(process.env)));
