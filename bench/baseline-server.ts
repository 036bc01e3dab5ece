/**
 * The baseline for the learner's hot path: a minimal `node:http` + `pg` server that runs the
 * same SQL statements as the API does for `PUT /api/attempts/:id/answer` and `GET /api/me/progress`
 * (same tables, columns, rows, transaction and pool size), with none of the framework, ORM,
 * validation or domain code. `rps / baselineRps` is then what Footsteps' own code costs.
 *
 * Environment: DATABASE_URL, SESSION_SECRET, PORT.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { moduleProgress } from '#module-kinds';
import { SESSION_BY_TOKEN_SQL } from '../apps/api/src/auth/session-sql.js';
import { hashToken } from '../apps/api/src/auth/tokens.js';
import { PROGRESS_INPUTS_SQL, STORE_MODULE_PROGRESS_SQL } from '../apps/api/src/progress/progress-sql.js';
import { COMMENTS_SQL, MY_MODULE_PROGRESS_SQL, OWN_ATTEMPT_SQL, PUBLISHED_MODULES_SQL, RECORD_EVENT_SQL, SAVE_ANSWER_SQL, SAVE_TARGET_SQL, UNITS_AMONG_SQL } from '../apps/api/src/attempts/attempts-sql.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20, application_name: 'footsteps-baseline' });
const secret = process.env.SESSION_SECRET!;
const versions = new Map<string, { id: string; kind: string; title: string; number: number; content: unknown }>();

async function principal(req: IncomingMessage): Promise<{ personId: string; orgId: string } | null> {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return null;
  const { rows } = await pool.query(SESSION_BY_TOKEN_SQL, [hashToken(header.slice(7), secret), new Date()]);
  const r = rows[0];
  return r && r.status === 'active' ? { personId: r.person_id, orgId: r.organization_id } : null;
}

async function attempt(id: string, me: { personId: string; orgId: string }) {
  const { rows } = await pool.query(OWN_ATTEMPT_SQL, [id, me.orgId, me.personId]);
  return rows[0];
}

async function version(id: string) {
  const cached = versions.get(id);
  if (cached) return cached;
  const { rows } = await pool.query(`SELECT id, organization_id, module_id, number, kind, title, content, published_by, published_at FROM module_version WHERE id = $1 LIMIT 1`, [id]);
  versions.set(id, rows[0]);
  return rows[0];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidsIn(value: unknown, out = new Set<string>()): string[] {
  if (typeof value === 'string') {
    if (UUID.test(value)) out.add(value.toLowerCase());
  } else if (Array.isArray(value)) for (const v of value) uuidsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) uuidsIn(v, out);
  return [...out];
}

async function units(orgId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await pool.query(UNITS_AMONG_SQL, [orgId, ids]);
}

async function save(me: { personId: string; orgId: string }, id: string, body: { answer: unknown; revision: number }): Promise<[number, unknown]> {
  const a = (await pool.query(SAVE_TARGET_SQL, [id, me.orgId, me.personId])).rows[0];
  if (!a) return [404, { code: 'NOT_FOUND' }];
  const v = await version(a.module_version_id);
  await units(me.orgId, uuidsIn(body.answer));
  const client = await pool.connect();
  let fresh: typeof a | undefined;
  try {
    await client.query('START TRANSACTION');
    const updated = await client.query(SAVE_ANSWER_SQL, [
      JSON.stringify(body.answer), body.revision + 1, new Date(), id, body.revision, 'draft',
    ]);
    fresh = updated.rows[0];
    if (fresh) {
    await client.query(
      RECORD_EVENT_SQL,
      [me.orgId, me.personId, a.module_id, a.module_version_id, id, 'saved', a.practice, JSON.stringify({ percent: 0 })],
    );
    if (!a.practice) {
      const { rows } = await client.query(
        PROGRESS_INPUTS_SQL,
        [me.orgId, me.personId, a.module_id],
      );
      // The stored values need the progress function; nothing else of the API's code runs here.
      // A draft's content comes from the cache of versions, as in ProgressService.refresh.
      const inputs = [];
      for (const r of rows) inputs.push({ state: r.state, kind: r.kind, content: r.state === 'draft' ? (await version(r.module_version_id)).content : undefined, answer: r.answer, score: r.score });
      const p = moduleProgress(inputs);
      // The same upsert as ProgressService.refresh, which also reports whether status or score
      // changed (then the API refreshes the person's assignment progress; a draft's autosave
      // rarely changes either).
      await client.query(
        STORE_MODULE_PROGRESS_SQL,
        [me.personId, a.module_id, me.orgId, p.status, p.percent, p.score, null],
      );
    }
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
  if (!fresh) {
    const current = await attempt(id, me);
    return [409, { code: 'VERSION_CONFLICT', currentRevision: current?.revision }];
  }
  // The response is the row as written (RETURNING) with its comments.
  await pool.query(COMMENTS_SQL, [id, me.orgId]);
  return [200, { id: fresh.id, moduleId: fresh.module_id, versionNumber: v.number, kind: fresh.kind, state: fresh.state, content: v.content, answer: fresh.answer, revision: fresh.revision }];
}

async function progress(me: { personId: string; orgId: string }): Promise<[number, unknown]> {
  const modules = await pool.query(PUBLISHED_MODULES_SQL, [me.orgId]);
  const ids = modules.rows.map((m) => m.id as string);
  const stored = await pool.query(MY_MODULE_PROGRESS_SQL, [me.orgId, me.personId, ids]);
  const byModule = new Map(stored.rows.map((r) => [r.module_id, r]));
  return [200, { modules: ids.map((id) => ({ moduleId: id, status: byModule.get(id)?.status ?? 'not_started', percent: byModule.get(id)?.percent ?? 0, score: byModule.get(id)?.score ?? null })) }];
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? '/';
  if (url === '/health') return send(res, 200, { ok: true });
  const me = await principal(req);
  if (!me) return send(res, 401, { code: 'UNAUTHENTICATED' });
  const save_ = /^\/api\/attempts\/([0-9a-f-]{36})\/answer$/.exec(url);
  if (req.method === 'PUT' && save_) {
    const [status, out] = await save(me, save_[1]!, JSON.parse(await body(req)));
    return send(res, status, out);
  }
  if (req.method === 'GET' && url === '/api/me/progress') {
    const [status, out] = await progress(me);
    return send(res, status, out);
  }
  send(res, 404, { code: 'NOT_FOUND' });
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

createServer((req, res) => {
  handle(req, res).catch((err: unknown) => {
    console.error(err);
    if (!res.headersSent) send(res, 500, { code: 'INTERNAL' });
  });
}).listen(Number(process.env.PORT ?? 3100), '127.0.0.1');
