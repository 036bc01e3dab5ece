// The system under test: a built Footsteps (API + web app) on a fresh PostgreSQL database.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import pg from 'pg';

export const ROOT = new URL('../../../', import.meta.url).pathname;
const API_ENTRY = join(ROOT, 'dist/apps/api/src/main.js');
const WEB_ENTRY = join(ROOT, 'dist/web/index.html');
const SOURCES = ['apps', 'libs', 'migrations', 'package.json', 'package-lock.json', 'nest-cli.json', 'tsconfig.base.json', 'tsconfig.build.json'];
const ADMIN_URL = process.env.BROWSER_TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function newestMtime(path) {
  if (!existsSync(path)) return { time: 0, path };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { time: stat.mtimeMs, path };
  let newest = { time: 0, path };
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const candidate = newestMtime(join(path, entry));
    if (candidate.time > newest.time) newest = candidate;
  }
  return newest;
}

/** Why the build in dist/ cannot be used, or null when it is current. */
export function staleReason() {
  for (const output of [API_ENTRY, WEB_ENTRY]) {
    if (!existsSync(output)) return `${relative(ROOT, output)} is missing`;
  }
  const built = Math.min(statSync(API_ENTRY).mtimeMs, statSync(WEB_ENTRY).mtimeMs);
  const newest = SOURCES.map((s) => newestMtime(join(ROOT, s))).reduce((a, b) => (b.time > a.time ? b : a));
  if (newest.time > built) return `${relative(ROOT, newest.path)} changed after the last build`;
  return null;
}

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export async function buildIfNeeded(log) {
  const reason = staleReason();
  if (!reason) {
    log('build: dist/ is current');
    return;
  }
  log(`build: ${reason}; running npm run build`);
  await run('npm', ['run', 'build']);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database of its own for this run, so runs never see each other's data. */
export async function createDatabase() {
  const name = `footsteps_browser_${Date.now()}_${process.pid}`;
  try {
    await admin(`CREATE DATABASE "${name}"`);
  } catch (error) {
    throw new Error(`Could not create a database on ${ADMIN_URL} (is PostgreSQL running?): ${error.message}`);
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Starts the built API (which serves the built web app at /) and waits for /api/health. */
export async function startApi({ databaseUrl, logFile }) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logStream = createWriteStream(logFile);
  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'development',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  let exited = null;
  const exit = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = signal ?? `exit ${code}`;
      resolve();
    }),
  );

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`The API stopped while starting (${exited}); see ${relative(ROOT, logFile)}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not answer /api/health within 90 s; see ${relative(ROOT, logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  async function stop() {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    }
    logStream.end();
  }
  return { baseUrl, stop };
}
