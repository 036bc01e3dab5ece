/**
 * `npm run seed:large -- --people 100000 [--database-url URL]`
 *
 * Builds a fresh database with one realistic organization for the benchmark: departments,
 * teams and coaches, people with a realistic role mix, the built-in library plus courses made
 * from its modules, assignments with due dates, attempts and their learning events, and the
 * `module_progress` rows exactly as ProgressService.refresh stores them (computed here with the
 * same `moduleProgress`). Everyone's password is `footsteps-demo`.
 */
import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { moduleProgress, type AttemptInput } from '#module-kinds';
import { hashPassword } from '../apps/api/src/auth/passwords.js';
import { typeOrmOptions } from '../apps/api/src/database/typeorm-options.js';
import { loadBuiltInLibrary } from '../apps/api/src/library/built-in-library.js';
import { AssignmentProgressService } from '../apps/api/src/progress/assignment-progress.service.js';
import { ProgressService } from '../apps/api/src/progress/progress.service.js';
import { databaseName, formatDuration, parseArgs, withDatabase } from './lib/args.js';
import { CopyWriter, copyRows, textArray } from './lib/copy.js';
import { ENTITIES } from './lib/entities.js';
import { Random } from './lib/random.js';
import { buildTemplates, UNIT, type ModuleTemplates } from './seed/answers.js';
import { DEPARTMENTS, EXTRA_COURSES, ORGANIZATION, PLACES, emailOf, personName } from './seed/organization.js';

export const DEMO_PASSWORD = 'footsteps-demo';
const DAY = 86_400_000;

const args = parseArgs();
const N = args.people;
const url = args.databaseUrl;
const started = Date.now();
const rnd = new Random(20_261_122 + N);
const now = new Date();
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);
const log = (msg: string) => console.log(`[${formatDuration(Date.now() - started).padStart(9)}] ${msg}`);

// ------------------------------------------------------------------------------------------
// 1. A fresh database with every migration.

const name = databaseName(url);
{
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}
{
  const ds = new DataSource({ ...typeOrmOptions(url), entities: [] });
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
}
log(`database ${name} created and migrated`);

// ------------------------------------------------------------------------------------------
// 2. The organization: departments, teams, people, coaches.

const passwordHash = await hashPassword(DEMO_PASSWORD);
const orgId = rnd.uuid();
const orgCreated = daysAgo(800);

interface Dept { id: string; name: string; facing: boolean; people: number; teams: Team[] }
interface Team { id: string; name: string; departmentId: string; members: number[]; coach: number }
interface Person { id: string; name: string; roles: string[]; departmentId: string | null; teamId: string | null; createdAt: Date; engagement: number }

const deptCount = Math.max(4, Math.min(DEPARTMENTS.length, Math.round(N / 4500)));
const deptDefs = DEPARTMENTS.slice(0, deptCount);
const weightSum = deptDefs.reduce((s, d) => s + d.weight, 0);
const departments: Dept[] = deptDefs.map((d) => ({ id: rnd.uuid(), name: d.name, facing: d.facing, people: 0, teams: [] }));
const people: Person[] = [];
const teams: Team[] = [];

// About 1% of people sit in no department (executives, contractors), 2% in a department but no team.
for (let i = 0; i < N; i += 1) {
  const nm = personName(rnd);
  const r = rnd.next();
  let dept: Dept | null = null;
  if (r > 0.01) {
    let w = rnd.next() * weightSum;
    for (let k = 0; k < deptDefs.length; k += 1) {
      w -= deptDefs[k]!.weight;
      if (w < 0 || k === deptDefs.length - 1) {
        dept = departments[k]!;
        break;
      }
    }
  }
  const engagement = rnd.weighted([[0, 0.55], [1, 0.3], [2, 0.12], [3, 0.03]] as const);
  people.push({ id: rnd.uuid(), name: nm, roles: ['employee'], departmentId: dept?.id ?? null, teamId: null, createdAt: new Date(orgCreated.getTime() + rnd.next() * 700 * DAY), engagement });
  if (dept) dept.people += 1;
}
// Teams of 6-14 inside each department; the first member of each team coaches it.
const byDept = new Map<string, number[]>();
people.forEach((p, i) => {
  if (!p.departmentId) return;
  if (rnd.chance(0.02)) return;
  const list = byDept.get(p.departmentId) ?? [];
  list.push(i);
  byDept.set(p.departmentId, list);
});
for (const d of departments) {
  const members = byDept.get(d.id) ?? [];
  let k = 0;
  let n = 1;
  while (k < members.length) {
    const size = rnd.int(6, 14);
    const slice = members.slice(k, k + size);
    k += size;
    const team: Team = { id: rnd.uuid(), name: `${d.name} ${PLACES[(n - 1) % PLACES.length]} ${Math.ceil(n / PLACES.length)}`, departmentId: d.id, members: slice, coach: slice[0]! };
    n += 1;
    for (const m of slice) people[m]!.teamId = team.id;
    people[team.coach]!.roles = ['employee', 'coach'];
    d.teams.push(team);
    teams.push(team);
  }
}
// HR: about one in 700 (at least 2), admins: about one in 5,000 (at least 1), in People and Culture when it exists.
const hrDept = departments.find((d) => d.name === 'People and Culture') ?? departments[departments.length - 1]!;
const plain = () => {
  for (;;) {
    const i = rnd.int(0, N - 1);
    if (people[i]!.roles.length === 1) return i;
  }
};
const hrCount = Math.max(2, Math.round(N / 700));
const adminCount = Math.max(1, Math.round(N / 5000));
const hrPeople: number[] = [];
for (let k = 0; k < hrCount; k += 1) {
  const i = plain();
  people[i]!.roles = ['employee', 'hr'];
  if (k % 2 === 0) people[i]!.departmentId = hrDept.id;
  hrPeople.push(i);
}
const admins: number[] = [];
for (let k = 0; k < adminCount; k += 1) {
  const i = plain();
  people[i]!.roles = ['employee', 'admin'];
  admins.push(i);
}
const adminId = people[admins[0]!]!.id;

await copyRows(url, 'organization', ['id', 'name', 'slug', 'created_at'], [[orgId, ORGANIZATION.name, ORGANIZATION.slug, orgCreated]]);
await copyRows(url, 'department', ['id', 'organization_id', 'name', 'name_key', 'created_at', 'version'], departments.map((d) => [d.id, orgId, d.name, d.name.toLowerCase(), orgCreated, 1]));
await copyRows(url, 'team', ['id', 'organization_id', 'department_id', 'name', 'name_key', 'created_at', 'version'], teams.map((t) => [t.id, orgId, t.departmentId, t.name, t.name.toLowerCase(), orgCreated, 1]));
await copyRows(
  url,
  'person',
  ['id', 'organization_id', 'email', 'name', 'roles', 'department_id', 'team_id', 'password_hash', 'status', 'created_at', 'updated_at', 'version'],
  people.map((p, i) => [p.id, orgId, emailOf(p.name, i + 1), p.name, textArray(p.roles), p.departmentId, p.teamId, passwordHash, 'active', p.createdAt, p.createdAt, 1]),
);
await copyRows(url, 'team_coach', ['team_id', 'person_id', 'organization_id'], teams.map((t) => [t.id, people[t.coach]!.id, orgId]));
log(`${N.toLocaleString('en')} people in ${departments.length} departments and ${teams.length.toLocaleString('en')} teams (${teams.length} coaches, ${hrCount} HR, ${adminCount} admins)`);

// ------------------------------------------------------------------------------------------
// 3. The built-in library, and courses made from its modules.

interface ModuleInfo { id: string; slug: string; kind: string; versionId: string; content: unknown; templates: ModuleTemplates; minScore: number | undefined }
interface CourseInfo { id: string; slug: string; moduleIds: string[]; minScore: number | undefined; facing: boolean }
const templates = buildTemplates();
const modules = new Map<string, ModuleInfo>();
const courses: CourseInfo[] = [];
{
  const ds = new DataSource({ ...typeOrmOptions(url), entities: ENTITIES });
  await ds.initialize();
  await ds.transaction((tx) => loadBuiltInLibrary(tx, orgId, adminId));
  const rows: { id: string; slug: string; kind: string; version_id: string; content: unknown }[] = await ds.query(
    `SELECT m.id, m.slug, m.kind, v.id AS version_id, v.content FROM learning_module m JOIN module_version v ON v.id = m.published_version_id WHERE m.organization_id = $1`,
    [orgId],
  );
  for (const r of rows) modules.set(r.slug, { id: r.id, slug: r.slug, kind: r.kind, versionId: r.version_id, content: r.content, templates: templates.get(r.slug)!, minScore: undefined });
  const slugById = new Map([...modules.values()].map((m) => [m.id, m.slug]));
  const builtIn: { id: string; slug: string; module_ids: string[]; completion_rule: { minScore?: number } }[] = await ds.query(`SELECT id, slug, module_ids::text[] AS module_ids, completion_rule FROM course WHERE organization_id = $1`, [orgId]);
  for (const c of builtIn) courses.push({ id: c.id, slug: c.slug, moduleIds: c.module_ids, minScore: c.completion_rule.minScore, facing: c.slug === 'listening-that-repairs' });
  const extra = EXTRA_COURSES.map((c) => ({
    id: rnd.uuid(),
    slug: c.slug,
    moduleIds: c.modules.map((s) => modules.get(s)!.id),
    minScore: c.minScore,
    facing: c.facing ?? false,
    title: c.title,
  }));
  await copyRows(
    url,
    'course',
    ['id', 'organization_id', 'slug', 'title', 'description', 'outcomes', 'module_ids', 'completion_rule', 'status', 'created_by', 'created_at', 'updated_at', 'version'],
    extra.map((c) => [
      c.id, orgId, c.slug, c.title,
      `${c.title}: ${c.moduleIds.length} modules from the Footsteps library, chosen by our learning team.`,
      '{}', `{${c.moduleIds.join(',')}}`,
      JSON.stringify(c.minScore === undefined ? { kind: 'all-completed' } : { kind: 'all-completed', minScore: c.minScore }),
      'published', adminId, daysAgo(600), daysAgo(600), 1,
    ]),
  );
  courses.push(...extra);
  await ds.destroy();
  void slugById;
}
log(`library: ${modules.size} modules, ${courses.length} courses`);

// ------------------------------------------------------------------------------------------
// 4. Assignments to departments, teams and people, with due dates.

interface Assignment { id: string; targetType: 'department' | 'team' | 'person'; targetId: string; itemType: 'course' | 'module'; itemId: string; dueAt: Date | null; createdAt: Date; revokedAt: Date | null; assignedBy: string }
const assignments: Assignment[] = [];
const courseBySlug = new Map(courses.map((c) => [c.slug, c]));
const moduleById = new Map([...modules.values()].map((m) => [m.id, m]));
const hrIds = hrPeople.map((i) => people[i]!.id);
const assign = (a: Omit<Assignment, 'id' | 'revokedAt' | 'assignedBy'> & { revokedAt?: Date | null; assignedBy?: string }) =>
  assignments.push({ id: rnd.uuid(), revokedAt: null, assignedBy: rnd.pick(hrIds), ...a });
/** A due date `days` from now (negative: in the past), at 17:00 UTC. */
const due = (days: number) => {
  const d = new Date(now.getTime() + days * DAY);
  d.setUTCHours(17, 0, 0, 0);
  return d;
};
const facingCourses = courses.filter((c) => c.facing);
const otherCourses = courses.filter((c) => !c.facing && c.slug !== 'customer-empathy-foundations');
for (const d of departments) {
  // Everyone: the foundations course, assigned long ago, and again this year as a refresher.
  assign({ targetType: 'department', targetId: d.id, itemType: 'course', itemId: courseBySlug.get('customer-empathy-foundations')!.id, dueAt: due(-rnd.int(330, 400)), createdAt: daysAgo(rnd.int(430, 480)) });
  assign({ targetType: 'department', targetId: d.id, itemType: 'course', itemId: courseBySlug.get('customer-empathy-foundations')!.id, dueAt: due(-rnd.int(-10, 40)), createdAt: daysAgo(rnd.int(60, 90)) });
  // Two or three courses fitting the department, at different points in their life.
  const pool = d.facing ? facingCourses : otherCourses;
  const chosen = rnd.sample(pool, 3);
  chosen.forEach((c, k) => {
    const ageDays = k === 0 ? rnd.int(150, 300) : k === 1 ? rnd.int(45, 120) : rnd.int(5, 30);
    const dueIn = k === 0 ? -rnd.int(30, 100) : k === 1 ? rnd.int(-20, 20) : rnd.int(14, 45);
    assign({ targetType: 'department', targetId: d.id, itemType: 'course', itemId: c.id, dueAt: rnd.chance(0.1) ? null : due(dueIn), createdAt: daysAgo(ageDays) });
  });
  // One more from the general list, for a few departments.
  if (rnd.chance(0.6)) assign({ targetType: 'department', targetId: d.id, itemType: 'course', itemId: rnd.pick(otherCourses).id, dueAt: due(rnd.int(20, 60)), createdAt: daysAgo(rnd.int(3, 20)) });
}
for (const t of teams) {
  if (rnd.chance(0.15)) {
    const asCourse = rnd.chance(0.6);
    const itemId = asCourse ? rnd.pick(courses).id : rnd.pick([...modules.values()]).id;
    const ageDays = rnd.int(2, 200);
    assign({ targetType: 'team', targetId: t.id, itemType: asCourse ? 'course' : 'module', itemId, dueAt: rnd.chance(0.15) ? null : due(rnd.int(-ageDays + 10, 40)), createdAt: daysAgo(ageDays), assignedBy: people[t.coach]!.id });
  }
  // Assignments coaches took back.
  if (rnd.chance(0.02)) assign({ targetType: 'team', targetId: t.id, itemType: 'module', itemId: rnd.pick([...modules.values()]).id, dueAt: due(10), createdAt: daysAgo(40), revokedAt: daysAgo(35), assignedBy: people[t.coach]!.id });
}
for (let i = 0; i < N; i += 1) {
  if (!rnd.chance(0.012)) continue;
  const p = people[i]!;
  const asCourse = rnd.chance(0.5);
  const itemId = asCourse ? courseBySlug.get('first-week-customers-first')!.id : rnd.pick([...modules.values()]).id;
  assign({ targetType: 'person', targetId: p.id, itemType: asCourse ? 'course' : 'module', itemId, dueAt: due(rnd.int(-10, 21)), createdAt: daysAgo(rnd.int(1, 60)) });
}
await copyRows(
  url,
  'assignment',
  ['id', 'organization_id', 'target_type', 'target_id', 'item_type', 'item_id', 'due_at', 'note', 'assigned_by', 'created_at', 'revoked_at'],
  assignments.map((a) => [a.id, orgId, a.targetType, a.targetId, a.itemType, a.itemId, a.dueAt, '', a.assignedBy, a.createdAt, a.revokedAt]),
);
log(`${assignments.length.toLocaleString('en')} assignments`);

// ------------------------------------------------------------------------------------------
// 5. Attempts, learning events and module progress, person by person, streamed with COPY.

/** For each person: module id -> the earliest assignment reaching it (when it was assigned, when due). */
const byTarget = new Map<string, Assignment[]>();
for (const a of assignments) {
  if (a.revokedAt) continue;
  const list = byTarget.get(a.targetId) ?? [];
  list.push(a);
  byTarget.set(a.targetId, list);
}
const courseById = new Map(courses.map((c) => [c.id, c]));

const attemptsOut = await CopyWriter.open(url, 'attempt', [
  'id', 'organization_id', 'person_id', 'module_id', 'module_version_id', 'kind', 'state', 'practice', 'answer', 'revision', 'score',
  'score_details', 'summary', 'started_at', 'updated_at', 'submitted_at', 'override_score', 'override_reason', 'overridden_by', 'overridden_at',
]);
const eventsOut = await CopyWriter.open(url, 'learning_event', ['organization_id', 'actor_id', 'module_id', 'module_version_id', 'attempt_id', 'verb', 'practice', 'result', 'at']);
const progressOut = await CopyWriter.open(url, 'module_progress', ['person_id', 'module_id', 'organization_id', 'status', 'percent', 'score', 'completed_at', 'updated_at']);

const P_COMPLETE = [0.96, 0.82, 0.45, 0.05];
const P_DRAFT = [0.7, 0.55, 0.4, 0.15];
const P_PRACTICE = [0.45, 0.25, 0.1, 0.0];
const teamCoach = new Map(teams.map((t) => [t.id, people[t.coach]!.id]));
const allModules = [...modules.values()];
let draftsOpen = 0;

interface Planned { state: 'draft' | 'scored'; practice: boolean; template: number; startedAt: Date; submittedAt: Date | null; saves: number }

/** Writes one attempt with its events; returns what `moduleProgress` reads of it. */
type Written = AttemptInput & { id: string; startedAt: Date; submittedAt: Date | null; updatedAt: Date };
async function writeAttempt(p: Person, m: ModuleInfo, a: Planned): Promise<Written> {
  const id = rnd.uuid();
  const unit = p.teamId ?? p.departmentId ?? departments[0]!.id;
  const lastAt = a.submittedAt ?? new Date(Math.min(now.getTime() - 60_000, a.startedAt.getTime() + rnd.int(2, 40) * 60_000));
  const ev = (verb: string, at: Date, result: string | null) => eventsOut.row([orgId, p.id, m.id, m.versionId, id, verb, a.practice, result, at]);
  await ev('started', a.startedAt, null);
  const span = lastAt.getTime() - a.startedAt.getTime();
  if (a.state === 'draft') {
    const t = m.templates.drafts[a.template]!;
    const json = t.json.replaceAll(UNIT, unit);
    for (let s = 1; s <= a.saves; s += 1) await ev('saved', new Date(a.startedAt.getTime() + (span * s) / a.saves), `{"percent":${t.percent}}`);
    await attemptsOut.row([id, orgId, p.id, m.id, m.versionId, m.kind, 'draft', a.practice, json, 1 + a.saves, null, null, null, a.startedAt, lastAt, null, null, null, null, null]);
    return { id, startedAt: a.startedAt, state: 'draft', kind: m.kind, content: m.content, answer: JSON.parse(json), score: null, practice: a.practice, submittedAt: null, updatedAt: lastAt };
  }
  const t = m.templates.completes[a.template]!;
  for (let s = 1; s <= a.saves; s += 1) await ev('saved', new Date(a.startedAt.getTime() + (span * s) / (a.saves + 1)), `{"percent":${Math.min(99, 30 * s)}}`);
  const result = `{"score":${t.score},"points":${t.points},"maxPoints":${t.maxPoints}}`;
  for (const verb of ['submitted', 'scored', 'completed']) await ev(verb, lastAt, result);
  // Now and then a coach raises a score after reading the answer.
  const coach = p.teamId ? teamCoach.get(p.teamId) : undefined;
  const override = !a.practice && coach && coach !== p.id && rnd.chance(0.01) ? Math.min(100, t.score + 15) : null;
  const overriddenAt = override !== null ? new Date(Math.min(now.getTime() - 1000, lastAt.getTime() + rnd.int(1, 5) * DAY)) : null;
  await attemptsOut.row([
    id, orgId, p.id, m.id, m.versionId, m.kind, 'scored', a.practice, t.json.replaceAll(UNIT, unit), 2 + a.saves, t.score,
    t.scoreDetails, t.summary.replaceAll(UNIT, unit), a.startedAt, overriddenAt ?? lastAt, lastAt,
    override, override !== null ? 'The answer shows more listening than the rules could see.' : null, override !== null ? coach : null, overriddenAt,
  ]);
  return { id, startedAt: a.startedAt, state: 'scored', kind: m.kind, content: m.content, answer: null, score: override ?? t.score, practice: a.practice, submittedAt: lastAt, updatedAt: overriddenAt ?? lastAt };
}

/**
 * The attempts one person makes on one module, oldest first. Each round is one assignment
 * reaching them (a yearly refresher assigns the same course again): practice runs, scored
 * attempts (conversations are often retried for a better score), or a draft left open.
 */
function plan(p: Person, m: ModuleInfo, rounds: { assignedAt: Date; dueAt: Date | null }[]): Planned[] {
  const e = p.engagement;
  const out: Planned[] = [];
  const listening = m.kind === 'active-listening';
  rounds.forEach((round, r) => {
    const last = r === rounds.length - 1;
    const since = Math.max(round.assignedAt.getTime(), p.createdAt.getTime(), out.length ? out[out.length - 1]!.startedAt.getTime() + DAY : 0);
    if (since >= now.getTime() - DAY) return;
    const dueAt = round.dueAt;
    const window = Math.max(DAY, (dueAt ? Math.min(dueAt.getTime(), now.getTime()) : now.getTime()) - since);
    const elapsed = Math.min(1, (now.getTime() - since) / Math.max(DAY, (dueAt?.getTime() ?? now.getTime()) - since));
    let t = since + rnd.next() * window * 0.8;
    const at = () => new Date(Math.min(t, now.getTime() - 3_600_000));
    if (listening && rnd.chance(P_PRACTICE[e]! * (r === 0 ? 1 : 0.5))) {
      for (let k = rnd.int(1, 3); k > 0; k -= 1) {
        const startedAt = at();
        const finish = rnd.chance(0.8);
        t += rnd.int(5, 40) * 60_000;
        out.push({ state: finish ? 'scored' : 'draft', practice: true, template: finish ? rnd.int(0, 2) : rnd.int(0, m.templates.drafts.length - 1), startedAt, submittedAt: finish ? at() : null, saves: rnd.int(1, 3) });
        t += rnd.int(1, 72) * 3_600_000;
      }
    }
    const completes = rnd.chance(P_COMPLETE[e]! * (r > 0 ? 0.85 : 1) * (dueAt && dueAt.getTime() > now.getTime() ? 0.35 + 0.65 * elapsed : 1));
    if (completes) {
      let tries = 1;
      if (listening) while (tries < 6 && rnd.chance(e === 0 ? 0.45 : 0.35)) tries += 1;
      else if (rnd.chance(0.1)) tries = 2;
      for (let k = 0; k < tries; k += 1) {
        const startedAt = at();
        t += rnd.int(8, 90) * 60_000;
        const final = k === tries - 1;
        const template = final ? (e === 0 ? rnd.weighted([[0, 0.7], [1, 0.25], [2, 0.05]] as const) : rnd.weighted([[0, 0.4], [1, 0.45], [2, 0.15]] as const)) : rnd.int(1, 2);
        out.push({ state: 'scored', practice: false, template, startedAt, submittedAt: at(), saves: rnd.int(1, 3) });
        t += rnd.int(1, 20) * DAY;
      }
      // A retry left unfinished: progress stays completed.
      if (last && rnd.chance(0.04)) out.push({ state: 'draft', practice: false, template: rnd.int(0, m.templates.drafts.length - 1), startedAt: at(), submittedAt: null, saves: rnd.int(1, 2) });
    } else if (last && rnd.chance(P_DRAFT[e]!)) {
      out.push({ state: 'draft', practice: false, template: rnd.int(0, m.templates.drafts.length - 1), startedAt: at(), submittedAt: null, saves: rnd.int(1, 3) });
    }
  });
  return out;
}

const progressEvery = Math.max(1000, Math.round(N / 20));
for (let i = 0; i < N; i += 1) {
  const p = people[i]!;
  // The modules reaching this person (live membership), with the earliest assignment and due date.
  const reach = new Map<string, { assignedAt: Date; dueAt: Date | null }[]>();
  for (const target of [p.id, p.teamId, p.departmentId]) {
    if (!target) continue;
    for (const a of byTarget.get(target) ?? []) {
      const ids = a.itemType === 'course' ? courseById.get(a.itemId)!.moduleIds : [a.itemId];
      for (const mid of ids) {
        const list = reach.get(mid) ?? [];
        // Assignments within 60 days of each other are one round; a later one is a refresher.
        const same = list.find((x) => Math.abs(+x.assignedAt - +a.createdAt) < 60 * DAY);
        if (!same) list.push({ assignedAt: a.createdAt, dueAt: a.dueAt });
        else {
          if (a.createdAt < same.assignedAt) same.assignedAt = a.createdAt;
          if (a.dueAt && (!same.dueAt || a.dueAt < same.dueAt)) same.dueAt = a.dueAt;
        }
        reach.set(mid, list);
      }
    }
  }
  // A few people also try a module nobody assigned them.
  if (rnd.chance(0.04)) {
    const m = rnd.pick(allModules);
    if (!reach.has(m.id)) reach.set(m.id, [{ assignedAt: daysAgo(rnd.int(5, 300)), dueAt: null }]);
  }
  for (const [mid, r] of reach) {
    const m = moduleById.get(mid);
    if (!m) throw new Error(`unknown module ${JSON.stringify(mid)}`);
    const planned = plan(p, m, r.sort((a, b) => +a.assignedAt - +b.assignedAt));
    if (!planned.length) continue;
    const counted: Written[] = [];
    for (const a of planned) {
      const written = await writeAttempt(p, m, a);
      if (!a.practice) counted.push(written);
      if (!a.practice && a.state === 'draft') draftsOpen += 1;
    }
    if (!counted.length) continue;
    // Exactly what ProgressService.refresh stores: moduleProgress over the non-practice attempts
    // in start order, completed at the earliest submission.
    counted.sort((a, b) => +a.startedAt - +b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const pr = moduleProgress(counted);
    const completedAt = pr.status === 'completed' ? counted.map((c) => c.submittedAt).filter((d): d is Date => !!d).sort((a, b) => +a - +b)[0]! : null;
    const updatedAt = new Date(Math.max(...counted.map((c) => c.updatedAt.getTime())));
    await progressOut.row([p.id, m.id, orgId, pr.status, pr.percent, pr.score, completedAt, updatedAt]);
  }
  if ((i + 1) % progressEvery === 0 || i + 1 === N) {
    log(`people ${(i + 1).toLocaleString('en').padStart(9)} / ${N.toLocaleString('en')}: ${attemptsOut.rows.toLocaleString('en')} attempts, ${eventsOut.rows.toLocaleString('en')} events, ${progressOut.rows.toLocaleString('en')} progress rows`);
  }
}
await Promise.all([attemptsOut.close(), eventsOut.close(), progressOut.close()]);
log(`copied: ${attemptsOut.rows.toLocaleString('en')} attempts (${draftsOpen.toLocaleString('en')} open drafts), ${eventsOut.rows.toLocaleString('en')} learning events, ${progressOut.rows.toLocaleString('en')} module progress rows`);

// ------------------------------------------------------------------------------------------
// 6. Each person's effective assignments with their status, as the API keeps them
//    (AssignmentProgressService, the same code the API runs when an input changes).
{
  const ds = new DataSource({ ...typeOrmOptions(url), entities: ENTITIES });
  await ds.initialize();
  await ds.transaction((tx) => new AssignmentProgressService().rebuild(tx, orgId));
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM assignment_progress`);
  await ds.destroy();
  log(`assignment progress: ${n.toLocaleString('en')} person-items`);
}

// ------------------------------------------------------------------------------------------
// 7. Statistics for the planner, then done.
{
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('VACUUM (ANALYZE)');
  const [{ size }] = (await c.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`)).rows;
  await c.end();
  log(`vacuumed and analyzed; database size ${size}`);
}
// ------------------------------------------------------------------------------------------
// 8. Proof that the stored progress is the API's: re-run ProgressService.refresh itself on a
//    sample of people and modules (in a transaction that is rolled back) and compare.
{
  const ds = new DataSource({ ...typeOrmOptions(url), entities: ENTITIES });
  await ds.initialize();
  const service = new ProgressService(ds, new AssignmentProgressService());
  const sample: { person_id: string; module_id: string }[] = await ds.query(
    `SELECT person_id, module_id FROM module_progress TABLESAMPLE SYSTEM (5) LIMIT 300`,
  );
  const cols = `status, percent, score, completed_at`;
  let mismatches = 0;
  for (const { person_id, module_id } of sample) {
    const [before] = await ds.query(`SELECT ${cols} FROM module_progress WHERE person_id = $1 AND module_id = $2`, [person_id, module_id]);
    const after = await ds
      .transaction(async (tx) => {
        await service.refresh(tx, orgId, person_id, module_id);
        const [row] = await tx.query(`SELECT ${cols} FROM module_progress WHERE person_id = $1 AND module_id = $2`, [person_id, module_id]);
        throw Object.assign(new Error('rollback'), { row });
      })
      .catch((e: { row?: unknown }) => e.row);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      mismatches += 1;
      if (mismatches <= 3) console.error('progress differs from ProgressService.refresh:', { person_id, module_id, before, after });
    }
  }
  await ds.destroy();
  if (mismatches) throw new Error(`${mismatches} of ${sample.length} sampled progress rows differ from ProgressService.refresh`);
  log(`checked ${sample.length} progress rows against ProgressService.refresh: identical`);
}

const hr = people[hrPeople[0]!]!;
console.log(`\nSeeded ${name} with ${N.toLocaleString('en')} people in ${formatDuration(Date.now() - started)}.`);
console.log(`Sign in as anyone with the password "${DEMO_PASSWORD}", e.g. HR: ${emailOf(hr.name, hrPeople[0]! + 1)}`);
