import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

type Cell = string | number | boolean | null | undefined | Date;

/** One value in PostgreSQL's COPY text format. */
export function cell(v: Cell): string {
  if (v === null || v === undefined) return '\\N';
  if (v instanceof Date) return v.toISOString();
  if (typeof v !== 'string') return String(v);
  return v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A text[] literal for COPY (plain words only). */
export function textArray(xs: readonly string[]): string {
  return `{${xs.join(',')}}`;
}

/**
 * A COPY ... FROM STDIN into one table on its own connection, fed row by row with buffering
 * and back-pressure, so generation in Node and ingestion in PostgreSQL run side by side.
 */
export class CopyWriter {
  private buffer: string[] = [];
  private size = 0;
  private stream?: NodeJS.WritableStream & { on: Function };
  private done?: Promise<unknown>;
  rows = 0;

  private constructor(
    private readonly client: pg.Client,
    readonly table: string,
  ) {}

  static async open(url: string, table: string, columns: string[]): Promise<CopyWriter> {
    const client = new pg.Client({ connectionString: url, application_name: 'footsteps-seed' });
    await client.connect();
    // The seed writes consistent data in bulk: skip per-row foreign-key triggers, as pg_restore does.
    await client.query(`SET session_replication_role = replica`);
    // lz4 compresses the large answers and score details several times faster than the default.
    await client.query(`SET default_toast_compression = lz4`);
    const w = new CopyWriter(client, table);
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    w.stream = stream as never;
    w.done = new Promise((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    return w;
  }

  /** Appends a row; resolves at once unless PostgreSQL is behind. */
  async row(values: Cell[]): Promise<void> {
    const line = values.map(cell).join('\t') + '\n';
    this.buffer.push(line);
    this.size += line.length;
    this.rows += 1;
    if (this.size >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer.length) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream!.write(chunk)) await once(this.stream as never, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream!.end();
    await this.done;
    await this.client.end();
  }
}

/** Copies a whole array of rows into a table (for the small tables). */
export async function copyRows(url: string, table: string, columns: string[], rows: Cell[][]): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'footsteps-seed' });
  await client.connect();
  try {
    await client.query(`SET session_replication_role = replica`);
    const lines = rows.map((r) => r.map(cell).join('\t') + '\n');
    await pipeline(Readable.from(chunks(lines)), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  } finally {
    await client.end();
  }
}

function* chunks(lines: string[]): Generator<string> {
  for (let i = 0; i < lines.length; i += 5000) yield lines.slice(i, i + 5000).join('');
}
