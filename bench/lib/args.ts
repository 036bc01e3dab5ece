/** Command-line options shared by the seed and the benchmark: `--people N`, `--database-url URL`. */
export interface BenchArgs {
  people: number;
  databaseUrl: string;
  /** Further `--name value` pairs, by name. */
  extra: Map<string, string>;
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/footsteps_large';

export function parseArgs(argv: string[] = process.argv.slice(2)): BenchArgs {
  const extra = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    // A flag without a value (`--skip-build`) is "true".
    const value = inline ?? (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--') ? argv[++i]! : 'true');
    extra.set(name, value);
  }
  const people = Number(extra.get('people') ?? 100_000);
  if (!Number.isInteger(people) || people < 100) throw new Error('--people must be a whole number of at least 100');
  const databaseUrl = extra.get('database-url') ?? DEFAULT_DATABASE_URL;
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('--database-url must be a postgres:// URL');
  extra.delete('people');
  extra.delete('database-url');
  return { people, databaseUrl, extra };
}

/** The same URL on another database of the same server (e.g. `postgres` for administration). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Database name "${name}" must be a plain identifier`);
  return name;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
