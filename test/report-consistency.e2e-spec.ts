import request from 'supertest';
import { AssignmentProgressService } from '../apps/api/src/progress/assignment-progress.service.js';
import { isOverdue } from '#module-kinds';
import { createTestApp, type TestApp } from './support/app.js';
import { completeModule } from './support/learner.js';

interface Item { id: string; title: string; kind: string }
interface Group { key: string; assigned: number; completed: number; inProgress: number; notStarted: number; overdue: number }

const DAY = 86_400_000;

/**
 * HR's reports read `assignment_progress`, which the API keeps up to date as its inputs change.
 * After each kind of change, the stored rows must equal a fresh computation from the inputs
 * (assignments, membership, stored module progress), and the completion report, the overdue
 * list and the trend must count exactly those person-items.
 */
describe('completion report kept up to date', () => {
  let t: TestApp;
  let orgId: string;
  const tokens: Record<string, string> = {};
  const as = (email: string) => ({ Authorization: `Bearer ${tokens[email]}` });
  let course: { id: string; version: number; modules: Item[] };
  let teams: { id: string; name: string; departmentId: string }[];
  let departments: { id: string; name: string }[];
  let people: { id: string; email: string; version: number }[];
  const team = (name: string) => teams.find((x) => x.name === name)!;
  const dept = (name: string) => departments.find((x) => x.name === name)!;
  const person = (email: string) => people.find((p) => p.email === email)!;
  const loadPeople = async () => {
    people = (await request(t.http).get('/api/people?pageSize=200').set(as('admin@demo.test')).expect(200)).body.items;
  };

  /**
   * The report equals the tallies of a fresh computation of everyone's person-items from the
   * inputs (assignments, membership, stored module progress), and the stored rows equal it.
   */
  async function expectReportTrue(): Promise<number> {
    const now = new Date();
    const ids = (await t.db.query(`SELECT id FROM person WHERE organization_id = $1`, [orgId])).map((p: { id: string }) => p.id);
    const fresh = await t.app.get(AssignmentProgressService).compute(t.db.manager, orgId, ids);
    type Row = (typeof fresh)[number];
    const keyOf = {
      department: (r: Row) => r.departmentId ?? 'none',
      team: (r: Row) => r.teamId ?? 'none',
      course: (r: Row) => r.itemId,
      person: (r: Row) => r.personId,
    };
    for (const groupBy of ['department', 'team', 'course', 'person'] as const) {
      const expected = new Map<string, Group>();
      for (const r of fresh) {
        const key = keyOf[groupBy](r);
        const g = expected.get(key) ?? { key, assigned: 0, completed: 0, inProgress: 0, notStarted: 0, overdue: 0 };
        g.assigned += 1;
        if (r.status === 'completed') g.completed += 1;
        else if (r.status === 'in_progress') g.inProgress += 1;
        else g.notStarted += 1;
        if (isOverdue(r.status, { dueAt: r.dueAt, now })) g.overdue += 1;
        expected.set(key, g);
      }
      const report = (await request(t.http).get(`/api/reports/completion?groupBy=${groupBy}`).set(as('hr@demo.test')).expect(200)).body as { groups: Group[]; total: Group };
      const pick = ({ key, assigned, completed, inProgress, notStarted, overdue }: Group) => ({ key, assigned, completed, inProgress, notStarted, overdue });
      const byKey = (a: Group, b: Group) => a.key.localeCompare(b.key);
      expect({ groupBy, groups: report.groups.map(pick).sort(byKey) }).toEqual({ groupBy, groups: [...expected.values()].sort(byKey) });
      expect(report.total.assigned).toBe(fresh.length);
    }
    // The overdue list and the trend count the same person-items.
    const overdue = (await request(t.http).get('/api/reports/overdue').set(as('hr@demo.test')).expect(200)).body as { personId: string; itemId: string }[];
    const late = fresh.filter((r) => isOverdue(r.status, { dueAt: r.dueAt, now }));
    expect(overdue.map((o) => o.personId + o.itemId).sort()).toEqual(late.map((r) => r.personId + r.itemId).sort());
    const trend = (await request(t.http).get('/api/reports/trend?interval=day').set(as('hr@demo.test')).expect(200)).body as { assigned: number; points: { cumulativeCompleted: number }[] };
    expect(trend.assigned).toBe(fresh.length);
    expect(trend.points.at(-1)!.cumulativeCompleted).toBe(fresh.filter((r) => r.status === 'completed').length);

    const stored = await t.db.query(
      `SELECT person_id AS "personId", department_id AS "departmentId", team_id AS "teamId", item_type AS "itemType", item_id AS "itemId", due_at AS "dueAt", status, completed_at AS "completedAt"
         FROM assignment_progress WHERE organization_id = $1`,
      [orgId],
    );
    const order = (xs: { personId: string; itemId: string }[]) => [...xs].sort((a, b) => (a.personId + a.itemId).localeCompare(b.personId + b.itemId));
    expect(order(stored)).toEqual(order(fresh));
    return fresh.length;
  }

  beforeAll(async () => {
    t = await createTestApp();
    for (const email of ['employee@demo.test', 'jonas.berg@demo.test', 'coach@demo.test', 'hr@demo.test', 'admin@demo.test']) tokens[email] = await t.login(email);
    const courses = (await request(t.http).get('/api/courses').set(as('coach@demo.test')).expect(200)).body as (typeof course & { slug: string })[];
    course = courses.find((c) => c.slug === 'customer-empathy-foundations')!;
    teams = (await request(t.http).get('/api/teams').set(as('admin@demo.test')).expect(200)).body;
    departments = (await request(t.http).get('/api/departments').set(as('admin@demo.test')).expect(200)).body;
    await loadPeople();
    [{ id: orgId }] = await t.db.query(`SELECT id FROM organization LIMIT 1`);
  });
  afterAll(() => t.close());

  it('stays equal to the report computed from scratch through assignments, learning, overrides, moves, imports, course edits, archiving and unassigning', async () => {
    expect(await expectReportTrue()).toBe(0);

    // Assignments: a course to a department (already overdue), one of its modules to a team,
    // and the course again to one person of that department (merged).
    const dept_ = await request(t.http).post('/api/assignments').set(as('coach@demo.test'))
      .send({ itemType: 'course', itemId: course.id, targets: [{ type: 'department', id: dept('Customer Service').id }], dueAt: new Date(Date.now() - 2 * DAY).toISOString() })
      .expect(201);
    const recall = course.modules.find((m) => m.kind === 'recall')!;
    const billing = await request(t.http).post('/api/assignments').set(as('admin@demo.test'))
      .send({ itemType: 'module', itemId: recall.id, targets: [{ type: 'team', id: team('Billing').id }], dueAt: new Date(Date.now() + 5 * DAY).toISOString() })
      .expect(201);
    await request(t.http).post('/api/assignments').set(as('coach@demo.test'))
      .send({ itemType: 'course', itemId: course.id, targets: [{ type: 'person', id: person('employee@demo.test').id }] })
      .expect(201);
    expect(await expectReportTrue()).toBeGreaterThan(0);

    // Learning: Maya does one module (course in progress), Jonas all of them (completed).
    const unit = team('Frontline Support').id;
    await completeModule(t, tokens['employee@demo.test']!, recall.id, recall.kind, unit);
    const jonasAttempts = [];
    for (const m of course.modules) jonasAttempts.push(await completeModule(t, tokens['jonas.berg@demo.test']!, m.id, m.kind, unit));
    let report = (await request(t.http).get('/api/reports/completion?groupBy=person').set(as('hr@demo.test')).expect(200)).body;
    expect(report.groups.find((g: { label: string }) => g.label === 'Jonas Berg')).toMatchObject({ assigned: 1, completed: 1, overdue: 0 });
    expect(report.groups.find((g: { label: string }) => g.label === 'Maya Ortiz')).toMatchObject({ assigned: 1, inProgress: 1, overdue: 1 });
    await expectReportTrue();

    // With a minimum score on the course, a coach's override below it takes Jonas's course back to in progress.
    const strict = await request(t.http).patch(`/api/courses/${course.id}`).set(as('coach@demo.test')).send({ completionRule: { kind: 'all-completed', minScore: 60 }, version: course.version }).expect(200);
    await expectReportTrue();
    await request(t.http).put(`/api/reviews/attempts/${jonasAttempts[0]!.id}/override`).set(as('coach@demo.test')).send({ score: 5, reason: 'The reflection names no customer moment yet.' }).expect(200);
    report = (await request(t.http).get('/api/reports/completion?groupBy=person').set(as('hr@demo.test')).expect(200)).body;
    expect(report.groups.find((g: { label: string }) => g.label === 'Jonas Berg')).toMatchObject({ completed: 0, inProgress: 1, overdue: 1 });
    await expectReportTrue();

    // Membership: Diego moves into Customer Service, a newcomer joins Billing, and an import
    // moves Tom to Sales and adds someone to Customer Service.
    const diego = person('diego.ramos@demo.test');
    await request(t.http).patch(`/api/people/${diego.id}`).set(as('admin@demo.test')).send({ teamId: team('Frontline Support').id, departmentId: dept('Customer Service').id, version: diego.version }).expect(200);
    await request(t.http).post('/api/people').set(as('admin@demo.test')).send({ email: 'nora.quist@demo.test', name: 'Nora Quist', roles: ['employee'], teamId: team('Billing').id }).expect(201);
    const csv = 'email,name,department,team,roles\ntom.nguyen@demo.test,Tom Nguyen,Sales,Online Sales,employee\nfinn.ask@demo.test,Finn Ask,Customer Service,Escalations,employee\n';
    expect((await request(t.http).post('/api/people/import').set(as('admin@demo.test')).send({ csv }).expect(200)).body).toMatchObject({ created: 1, updated: 1, errors: [] });
    report = (await request(t.http).get('/api/reports/completion?groupBy=person').set(as('hr@demo.test')).expect(200)).body;
    expect(report.groups.map((g: { label: string }) => g.label)).toEqual(expect.arrayContaining(['Diego Ramos', 'Nora Quist', 'Finn Ask']));
    expect(report.groups.map((g: { label: string }) => g.label)).not.toContain('Tom Nguyen');
    await expectReportTrue();

    // The course: a lower minimum score completes Jonas's course again; dropping a module changes everyone's.
    const edited = await request(t.http).patch(`/api/courses/${course.id}`).set(as('coach@demo.test')).send({ completionRule: { kind: 'all-completed', minScore: 1 }, version: strict.body.version }).expect(200);
    report = (await request(t.http).get('/api/reports/completion?groupBy=person').set(as('hr@demo.test')).expect(200)).body;
    expect(report.groups.find((g: { label: string }) => g.label === 'Jonas Berg')).toMatchObject({ completed: 1 });
    await expectReportTrue();
    const fewer = await request(t.http).patch(`/api/courses/${course.id}`).set(as('coach@demo.test')).send({ moduleIds: [recall.id], version: edited.body.version }).expect(200);
    report = (await request(t.http).get('/api/reports/completion?groupBy=person').set(as('hr@demo.test')).expect(200)).body;
    expect(report.groups.find((g: { label: string }) => g.label === 'Maya Ortiz')).toMatchObject({ completed: 1 });
    await expectReportTrue();

    // Archiving the module assigned to Billing removes it from the report; unassigning and
    // archiving the course remove the rest.
    const m = (await request(t.http).get(`/api/modules/${recall.id}`).set(as('coach@demo.test')).expect(200)).body;
    await request(t.http).post(`/api/modules/${recall.id}/archive`).set(as('coach@demo.test')).send({ version: m.version }).expect(200);
    report = (await request(t.http).get('/api/reports/completion?groupBy=course').set(as('hr@demo.test')).expect(200)).body;
    expect(report.groups.map((g: { key: string }) => g.key)).toEqual([course.id]);
    await expectReportTrue();
    // Publishing it again brings Billing's assignment back.
    const archived = (await request(t.http).get(`/api/modules/${recall.id}`).set(as('coach@demo.test')).expect(200)).body;
    const republished = await request(t.http).post(`/api/modules/${recall.id}/publish`).set(as('coach@demo.test')).send({ version: archived.version }).expect(200);
    report = (await request(t.http).get('/api/reports/completion?groupBy=course').set(as('hr@demo.test')).expect(200)).body;
    expect(report.groups.map((g: { key: string }) => g.key).sort()).toEqual([course.id, recall.id].sort());
    await expectReportTrue();
    await request(t.http).post(`/api/modules/${recall.id}/archive`).set(as('coach@demo.test')).send({ version: republished.body.version }).expect(200);
    await expectReportTrue();
    await request(t.http).delete(`/api/assignments/${dept_.body.assignments[0].id}`).set(as('coach@demo.test')).expect(204);
    await expectReportTrue();
    await request(t.http).post(`/api/courses/${course.id}/archive`).set(as('coach@demo.test')).send({ version: fewer.body.version }).expect(200);
    expect(await expectReportTrue()).toBe(0);
    void billing;
  });

  it('keeps the report true when learners start work while their department is being assigned, without errors', async () => {
    const foundations = (await request(t.http).get('/api/courses').set(as('admin@demo.test')).expect(200)).body as { id: string; slug: string; status: string }[];
    void foundations;
    const modules = (await request(t.http).get('/api/modules').set(as('coach@demo.test')).expect(200)).body as { id: string; status: string }[];
    const published = modules.filter((x) => x.status === 'published');
    const learners = ['employee@demo.test', 'jonas.berg@demo.test', 'amara.okafor@demo.test', 'lucas.moreau@demo.test', 'hana.sato@demo.test'];
    for (const email of learners) tokens[email] ??= await t.login(email);
    const starts = learners.flatMap((email) => published.slice(0, 3).map((x) => request(t.http).post(`/api/modules/${x.id}/attempts`).set(as(email)).send({ practice: false })));
    const assigns = published.slice(0, 3).map((x) =>
      request(t.http).post('/api/assignments').set(as('coach@demo.test')).send({ itemType: 'module', itemId: x.id, targets: [{ type: 'department', id: dept('Customer Service').id }] }),
    );
    const results = await Promise.all([...starts, ...assigns]);
    expect(results.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);
    await expectReportTrue();
  });
});
