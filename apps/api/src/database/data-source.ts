import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { typeOrmOptions } from './typeorm-options.js';

/** For the TypeORM CLI (`npm run migration:generate -- migrations/<Name>`), against DATABASE_URL. */
const config = loadConfig();
if (!config.database.url) throw new Error('Set DATABASE_URL to a PostgreSQL database to generate or run migrations.');

export default new DataSource({
  ...typeOrmOptions(config.database.url),
  entities: [fileURLToPath(new URL('../**/*.entity.js', import.meta.url))],
});
