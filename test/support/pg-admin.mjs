// Database plumbing for the API tests, in plain JavaScript because Jest loads its global
// setup outside the ESM test runtime. TypeScript callers get types from pg-admin.d.mts.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const SERVER_ENV = 'FOOTSTEPS_TEST_PG_SERVER';
export const TEMPLATE_ENV = 'FOOTSTEPS_TEST_TEMPLATE';
export const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export function withDatabase(serverUrl, database) {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function adminQuery(serverUrl, sql) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE from the migrated template, retried: PostgreSQL refuses concurrent copies of one template. */
export async function createDatabaseFromTemplate(serverUrl, name, template) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return withDatabase(serverUrl, name);
    } catch (err) {
      if (attempt >= 30 || !/being accessed by other users/.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

export async function dropDatabase(serverUrl, name) {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

export function tempDir(prefix) {
  return mkdtemp(join(tmpdir(), prefix));
}
