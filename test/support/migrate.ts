import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeOrmOptions } from '../../apps/api/src/database/typeorm-options.js';

/** Runs every migration against the database URL given as the only argument. */
const url = process.argv[2];
if (!url) throw new Error('usage: tsx test/support/migrate.ts <database-url>');
const ds = new DataSource({ ...typeOrmOptions(url), entities: [] });
await ds.initialize();
try {
  await ds.runMigrations();
} finally {
  await ds.destroy();
}
