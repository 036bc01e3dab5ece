import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tempDir } from './support/pg-admin.mjs';

/**
 * The newcomer's path: the built app with no DATABASE_URL starts its own PostgreSQL on a data
 * directory, and what was changed survives a restart. Needs `npm run build:api` (npm test does it).
 */
const MAIN = new URL('../dist/apps/api/src/main.js', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function startApp(dataDir: string, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let output = '';
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'warn', LOG_FORMAT: 'json' } as NodeJS.ProcessEnv;
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited early:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return { child, output: () => output };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The app did not answer /api/health within 60 s:\n${output}`);
}

function stopApp(child: ChildProcess): Promise<number | null> {
  return new Promise((ok) => {
    child.once('exit', (code) => ok(code));
    child.kill('SIGTERM');
  });
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'footsteps-demo' }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

describe('embedded database mode', () => {
  let dataDir: string;
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('Build the API first: npm run build:api');
    dataDir = await tempDir('footsteps-embedded-');
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on an empty data directory, seeds the demo, and keeps changes across a restart', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await startApp(dataDir, port);
    try {
      expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ status: 'ok', database: 'up' });
      const token = await login(base, 'admin@demo.test');
      const created = await fetch(`${base}/api/departments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: 'Created Before Restart' }),
      });
      expect(created.status).toBe(201);
    } finally {
      expect(await stopApp(first.child)).toBe(0);
    }
    // The app closed before its database went away: nothing failed on the way down.
    expect(first.output()).not.toMatch(/"level":(50|60)/);
    expect(existsSync(`${dataDir}/postgres/PG_VERSION`)).toBe(true);
    // The database was stopped cleanly with the app: no postmaster is left holding the directory.
    expect(existsSync(`${dataDir}/postgres/postmaster.pid`)).toBe(false);

    const second = await startApp(dataDir, port);
    try {
      const token = await login(base, 'admin@demo.test');
      const res = await fetch(`${base}/api/departments`, { headers: { authorization: `Bearer ${token}` } });
      const names = ((await res.json()) as { name: string }[]).map((d) => d.name);
      expect(names).toContain('Created Before Restart');
      // The demo organization was not seeded twice.
      expect(second.output()).not.toMatch(/Created the demo organization/);
    } finally {
      expect(await stopApp(second.child)).toBe(0);
    }
  });
});
