/**
 * `npm run bench [-- --database-url URL --people N --seconds S --connections C --skip-build]`
 *
 * Measures, against a database made by `npm run seed:large`, side by side in one run:
 * - hotPath: the learner's autosave + progress under concurrent learners, Footsteps (the built
 *   API) against a minimal node:http + pg server running the same SQL;
 * - hrReport: HR's completion report by department through the API against its SQL alone;
 * - empathy: the reply analyzer's throughput and latency.
 * Writes bench-results.json and prints a table with the targets.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { analyzeReply } from '#empathy';
import { isOverdue } from '#module-kinds';
import { hashToken, newToken } from '../apps/api/src/auth/tokens.js';
import { typeOrmOptions } from '../apps/api/src/database/typeorm-options.js';
import { AssignmentProgressService } from '../apps/api/src/progress/assignment-progress.service.js';
import { ProgressService } from '../apps/api/src/progress/progress.service.js';
import { completionSql } from '../apps/api/src/reports/report-sql.js';
import { ReportsService } from '../apps/api/src/reports/reports.service.js';
import { HALVES, loadHalf } from '../libs/empathy/eval/dataset.js';
import { formatDuration, parseArgs } from './lib/args.js';
import { ENTITIES } from './lib/entities.js';
import { freePort, run, startServer, type Started } from './lib/processes.js';
import { hotPath, pacedHotPath, type Learner, type LoadResult } from './hot-path.js';

const started = Date.now();
/** CPU time (user + system) a process has used so far, from /proc (Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}
const args = parseArgs();
const url = args.databaseUrl;
const connections = Number(args.extra.get('connections') ?? 200);
const seconds = Number(args.extra.get('seconds') ?? (args.people >= 10_000 ? 15 : 4));
const rounds = Number(args.extra.get('rounds') ?? (args.people >= 10_000 ? 2 : 1));
const secret = `bench-${newToken()}`;
const log = (msg: string) => console.log(`[${formatDuration(Date.now() - started).padStart(9)}] ${msg}`);
const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

const db = new pg.Client({ connectionString: url });
await db.connect();
const [org] = (await db.query(`SELECT id, name FROM organization ORDER BY created_at LIMIT 1`)).rows as { id: string; name: string }[];
if (!org) throw new Error(`No organization in ${url}: run npm run seed:large first`);
const [{ n: people }] = (await db.query(`SELECT count(*)::int AS n FROM person WHERE organization_id = $1`, [org.id])).rows;
if (people !== args.people) console.log(`note: --people ${args.people} given, the database holds ${people} people; measuring what it holds`);
const [{ attempts }] = (await db.query(`SELECT count(*)::int AS attempts FROM attempt`)).rows;
log(`${org.name}: ${people.toLocaleString('en')} people, ${attempts.toLocaleString('en')} attempts`);

// Sessions made the way the API makes them (an HMAC of the token, keyed by SESSION_SECRET).
async function session(personId: string): Promise<string> {
  const token = newToken();
  await db.query(`INSERT INTO session (token_hash, organization_id, person_id, expires_at) VALUES ($1, $2, $3, now() + interval '2 hours')`, [hashToken(token, secret), org!.id, personId]);
  return token;
}
const drafts = (
  await db.query(
    `SELECT * FROM (
       SELECT DISTINCT ON (a.person_id) a.id, a.person_id, a.revision, a.answer::text AS answer
         FROM attempt a JOIN person p ON p.id = a.person_id AND p.status = 'active'
        WHERE a.organization_id = $1 AND a.state = 'draft' AND NOT a.practice
        ORDER BY a.person_id, a.started_at DESC) d
     ORDER BY md5(d.id::text) LIMIT $2`,
    [org.id, connections],
  )
).rows as { id: string; person_id: string; revision: number; answer: string }[];
if (drafts.length < connections) throw new Error(`Only ${drafts.length} learners have a draft; need ${connections}`);
const learners: Learner[] = [];
for (const d of drafts) learners.push({ token: await session(d.person_id), attemptId: d.id, revision: d.revision, answer: d.answer });
const [hr] = (await db.query(`SELECT id FROM person WHERE organization_id = $1 AND 'hr' = ANY(roles) AND status = 'active' LIMIT 1`, [org.id])).rows;
const hrToken = await session(hr.id);
log(`${learners.length} learners with their own session and draft, and one HR session`);

// ------------------------------------------------------------------------------------------
if (!args.extra.has('skip-build')) {
  log('building the API (npm run build:api)');
  await run('npm', ['run', '-s', 'build:api']);
}
const apiPort = await freePort();
const api = await startServer(
  'Footsteps API',
  // --profile: a V8 CPU profile of the API, written to bench-profile/ when it stops.
  [...(args.extra.has('profile') ? ['--cpu-prof', '--cpu-prof-dir=bench-profile'] : []), 'dist/apps/api/src/main.js'],
  { DATABASE_URL: url, NODE_ENV: 'production', SESSION_SECRET: secret, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', JOBS_ENABLED: 'false' },
  apiPort,
  '/api/health',
);
const basePort = await freePort();
const baseline = await startServer('baseline', ['--import', 'tsx', '--conditions=source', 'bench/baseline-server.ts'], { DATABASE_URL: url, SESSION_SECRET: secret }, basePort, '/health');
log(`API on ${api.url}, baseline on ${baseline.url}`);

let results: Record<string, unknown>;
try {
  // --------------------------------------------------------------------------------------
  // hotPath: Footsteps and the baseline alternately, each warmed up first.
  /** Revisions as stored now: a save cut off by the end of the warm-up may still have landed. */
  const resync = async () => {
    await new Promise((r) => setTimeout(r, 1500));
    const current = new Map((await db.query(`SELECT id, revision FROM attempt WHERE id = ANY($1)`, [learners.map((l) => l.attemptId)])).rows.map((x) => [x.id, x.revision]));
    for (const l of learners) l.revision = current.get(l.attemptId) ?? l.revision;
  };
  const app: (LoadResult & { cpuMsPerRequest?: number })[] = [];
  const base: (LoadResult & { cpuMsPerRequest?: number })[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const [name, server, out] of [['Footsteps', api, app], ['baseline', baseline, base]] as [string, Started, (LoadResult & { cpuMsPerRequest?: number })[]][]) {
      await hotPath(server.url, learners, connections, 2);
      await resync();
      const cpu0 = cpuMs(server.child.pid!);
      const res = await hotPath(server.url, learners, connections, seconds);
      const cpuPerRequest = Math.round(((cpuMs(server.child.pid!) - cpu0) / Math.max(1, res.requests)) * 100) / 100;
      out.push({ ...res, cpuMsPerRequest: cpuPerRequest });
      log(`hot path, ${name}, round ${r + 1}: ${res.rps} req/s, p50 ${res.p50Ms} ms, p99 ${res.p99Ms} ms, ${res.errors} errors; server CPU ${cpuPerRequest} ms per request`);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const hot = {
    connections,
    secondsPerRun: seconds,
    rounds,
    rps: Math.round(mean(app.map((x) => x.rps))),
    p50Ms: Math.max(...app.map((x) => x.p50Ms)),
    p99Ms: Math.max(...app.map((x) => x.p99Ms)),
    errors: app.reduce((s, x) => s + x.errors, 0),
    baselineRps: Math.round(mean(base.map((x) => x.rps))),
    baselineP99Ms: Math.max(...base.map((x) => x.p99Ms)),
    baselineErrors: base.reduce((s, x) => s + x.errors, 0),
    cpuMsPerRequest: Math.round(mean(app.map((x) => x.cpuMsPerRequest ?? 0)) * 100) / 100,
    baselineCpuMsPerRequest: Math.round(mean(base.map((x) => x.cpuMsPerRequest ?? 0)) * 100) / 100,
    ratio: 0,
  };
  hot.ratio = Math.round((hot.rps / hot.baselineRps) * 100) / 100;
  // The same learners at a person's pace: an autosave and a progress read every 2 seconds each.
  await resync();
  const pacedRun = await pacedHotPath(api.url, learners, seconds);
  const paced = { requestsPerLearnerPerSecond: 1, ...pacedRun };
  log(`hot path, Footsteps, paced (each learner saves and reads every 2 s, at their own moment): ${paced.rps} req/s, p50 ${paced.p50Ms} ms, p99 ${paced.p99Ms} ms, ${paced.errors} errors`);

  // --------------------------------------------------------------------------------------
  // hrReport: the API as HR, and the same aggregation as plain SQL, interleaved.
  const reportUrl = `${api.url}/api/reports/completion?groupBy=department`;
  const fetchReport = async () => {
    const t0 = performance.now();
    const res = await fetch(reportUrl, { headers: { authorization: `Bearer ${hrToken}` } });
    const body = await res.json();
    if (!res.ok) throw new Error(`report answered ${res.status}: ${JSON.stringify(body)}`);
    return { ms: performance.now() - t0, body };
  };
  const raw = async () => {
    const { sql, params } = completionSql(org!.id, { groupBy: 'department', format: 'json' }, new Date());
    const t0 = performance.now();
    await db.query(sql, params);
    return performance.now() - t0;
  };
  await fetchReport();
  await raw();
  const apiMs: number[] = [];
  const rawMs: number[] = [];
  const samples = Number(args.extra.get('report-samples') ?? 20);
  let report: unknown;
  for (let i = 0; i < samples; i += 1) {
    const r = await fetchReport();
    apiMs.push(r.ms);
    report = r.body;
    rawMs.push(await raw());
  }
  const hrReport = { samples, p50Ms: round1(pct(apiMs, 0.5)), p95Ms: round1(pct(apiMs, 0.95)), rawSqlMs: round1(pct(rawMs, 0.5)), ratio: 0, sameAsFreshComputation: null as boolean | null, freshComputationMs: null as number | null };
  hrReport.ratio = Math.round((hrReport.p50Ms / hrReport.rawSqlMs) * 100) / 100;
  log(`HR report: p50 ${hrReport.p50Ms} ms, p95 ${hrReport.p95Ms} ms; its SQL alone ${hrReport.rawSqlMs} ms`);

  // The numbers must be those of a fresh computation of every person's effective assignments
  // and status from the inputs (AssignmentProgressService.compute, the code that keeps the table
  // the report reads), tallied by department with isOverdue.
  {
    const ds = new DataSource({ ...typeOrmOptions(url), entities: ENTITIES });
    await ds.initialize();
    const fresh = new AssignmentProgressService();
    const now = new Date();
    const t0 = performance.now();
    const ids = ((await ds.query(`SELECT id FROM person WHERE organization_id = $1 ORDER BY id`, [org.id])) as { id: string }[]).map((p) => p.id);
    const expected = new Map<string, { assigned: number; completed: number; inProgress: number; notStarted: number; overdue: number }>();
    let personItems = 0;
    for (let i = 0; i < ids.length; i += 5_000) {
      for (const r of await fresh.compute(ds.manager, org.id, ids.slice(i, i + 5_000))) {
        const g = expected.get(r.departmentId ?? 'none') ?? { assigned: 0, completed: 0, inProgress: 0, notStarted: 0, overdue: 0 };
        g.assigned += 1;
        if (r.status === 'completed') g.completed += 1;
        else if (r.status === 'in_progress') g.inProgress += 1;
        else g.notStarted += 1;
        if (isOverdue(r.status, { dueAt: r.dueAt, now })) g.overdue += 1;
        expected.set(r.departmentId ?? 'none', g);
        personItems += 1;
      }
    }
    hrReport.freshComputationMs = Math.round(performance.now() - t0);
    const service = new ReportsService(ds, new ProgressService(ds, fresh));
    const viaTable = await service.completion(org.id, { groupBy: 'department', format: 'json' }, now);
    const same = viaTable.groups.length === expected.size && viaTable.groups.every((g) => {
      const o = expected.get(g.key);
      return o && o.assigned === g.assigned && o.completed === g.completed && o.inProgress === g.inProgress && o.notStarted === g.notStarted && o.overdue === g.overdue;
    });
    hrReport.sameAsFreshComputation = same;
    await ds.destroy();
    log(`HR report equals a fresh computation from the inputs: ${same ? 'yes' : 'NO'} (${personItems.toLocaleString('en')} person-items, computed in ${hrReport.freshComputationMs} ms)`);
    if (!same) {
      console.error('report from assignment_progress:', JSON.stringify(viaTable.groups));
      console.error('fresh computation:', JSON.stringify([...expected]));
      process.exitCode = 1;
    }
  }
  void report;

  // HR's other reports still build one row per person and item: not judged, but they must answer
  // at any size (they used to fail past 65,535 people), and their time is worth knowing.
  const otherReports: Record<string, { ms: number; rows: number }> = {};
  for (const [name, path] of [['overdue', '/api/reports/overdue'], ['trend', '/api/reports/trend?interval=month']] as const) {
    const t0 = performance.now();
    const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${hrToken}` } });
    const body = (await res.json()) as unknown[] | { points: unknown[] };
    if (!res.ok) throw new Error(`${name} report answered ${res.status}: ${JSON.stringify(body)}`);
    otherReports[name] = { ms: Math.round(performance.now() - t0), rows: Array.isArray(body) ? body.length : body.points.length };
    log(`HR ${name} report: ${otherReports[name]!.ms} ms, ${otherReports[name]!.rows} rows`);
  }

  // --------------------------------------------------------------------------------------
  // empathy: the analyzer over the labelled replies, each customer message made unique.
  const pairs = HALVES.flatMap((h) => loadHalf(h));
  for (const p of pairs.slice(0, 200)) analyzeReply(p);
  const lat: number[] = [];
  const t0 = performance.now();
  let salt = 0;
  for (let round = 0; round < 10; round += 1) {
    for (const p of pairs) {
      const a = performance.now();
      analyzeReply({ customer: `${p.customer} #${++salt}`, reply: p.reply });
      lat.push(performance.now() - a);
    }
  }
  const empathy = { replies: lat.length, repliesPerSec: Math.round(lat.length / ((performance.now() - t0) / 1000)), p99Ms: Math.round(pct(lat, 0.99) * 1000) / 1000 };
  log(`empathy: ${empathy.repliesPerSec} replies/s, p99 ${empathy.p99Ms} ms`);

  results = {
    measuredAt: new Date().toISOString(),
    people,
    attempts,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage1m: round1(loadavg()[0]!) },
    hotPath: { ...hot, paced },
    hrReport,
    otherReports,
    empathy,
  };
} finally {
  await Promise.all([api.stop(), baseline.stop()]);
  await db.query(`DELETE FROM session WHERE token_hash = ANY($1)`, [[...learners.map((l) => hashToken(l.token, secret)), hashToken(hrToken, secret)]]);
  await db.end();
}

writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
const h = results.hotPath as { rps: number; p50Ms: number; p99Ms: number; errors: number; baselineRps: number; ratio: number; paced: LoadResult };
const r = results.hrReport as { p50Ms: number; p95Ms: number; rawSqlMs: number; ratio: number };
const e = results.empathy as { repliesPerSec: number; p99Ms: number };
const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
const table = [
  ['measure', 'value', 'target (at 100,000 people)'],
  ['hotPath rps (Footsteps)', String(h.rps), ''],
  ['hotPath baselineRps (node:http + pg)', String(h.baselineRps), ''],
  ['hotPath ratio', String(h.ratio), `>= 0.6: ${check(h.ratio >= 0.6)}`],
  ['hotPath p50 ms (saturated)', String(h.p50Ms), ''],
  ['hotPath p99 ms (saturated)', String(h.p99Ms), `<= 50: ${check(h.p99Ms <= 50)}`],
  ['hotPath errors', String(h.errors), `0: ${check(h.errors === 0)}`],
  ['hotPath paced rps (1 req/s per learner)', String(h.paced.rps), ''],
  ['hotPath paced p50 ms', String(h.paced.p50Ms), ''],
  ['hotPath paced p99 ms', String(h.paced.p99Ms), `<= 50: ${check(h.paced.p99Ms <= 50)}`],
  ['hotPath paced errors', String(h.paced.errors), `0: ${check(h.paced.errors === 0)}`],
  ['hrReport p50 ms', String(r.p50Ms), ''],
  ['hrReport p95 ms', String(r.p95Ms), `<= 250: ${check(r.p95Ms <= 250)}`],
  ['hrReport rawSqlMs', String(r.rawSqlMs), ''],
  ['hrReport ratio', String(r.ratio), `<= 2: ${check(r.ratio <= 2)}`],
  ['empathy replies/s', String(e.repliesPerSec), ''],
  ['empathy p99 ms', String(e.p99Ms), ''],
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(`\n${people.toLocaleString('en')} people, ${connections} concurrent learners, ${cpus().length} cores, load average ${round1(loadavg()[0]!)}`);
for (const row of table) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(`\nWrote bench-results.json in ${formatDuration(Date.now() - started)}.`);
