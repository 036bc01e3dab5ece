import request from 'supertest';
import { AuditEntry } from '../apps/api/src/audit/audit-entry.entity.js';
import { createTestApp, type TestApp } from './support/app.js';
import { completeModule } from './support/learner.js';

interface Item { id: string; title: string; kind: string }

describe('coaching and HR', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const as = (email: string) => ({ Authorization: `Bearer ${tokens[email]}` });
  let course: { id: string; modules: Item[] };
  let teams: { id: string; name: string; departmentId: string }[];
  let departments: { id: string; name: string }[];
  let people: { id: string; email: string; name: string; version: number; teamId: string | null }[];
  const moduleOf = (kind: string) => course.modules.find((m) => m.kind === kind)!;
  const person = (email: string) => people.find((p) => p.email === email)!;
  const team = (name: string) => teams.find((x) => x.name === name)!;
  const dept = (name: string) => departments.find((x) => x.name === name)!;

  beforeAll(async () => {
    t = await createTestApp();
    for (const email of ['employee@demo.test', 'coach@demo.test', 'hr@demo.test', 'admin@demo.test', 'rafael.costa@demo.test']) tokens[email] = await t.login(email);
    const courses = (await request(t.http).get('/api/courses').set(as('employee@demo.test')).expect(200)).body as (typeof course & { slug: string })[];
    course = courses.find((c) => c.slug === 'customer-empathy-foundations')!;
    teams = (await request(t.http).get('/api/teams').set(as('admin@demo.test')).expect(200)).body;
    departments = (await request(t.http).get('/api/departments').set(as('admin@demo.test')).expect(200)).body;
    people = (await request(t.http).get('/api/people?pageSize=200').set(as('admin@demo.test')).expect(200)).body.items;
  });
  afterAll(() => t.close());

  it('assigns a course to a department; a person who joins later gets it; a second assignment is merged with the earliest due date', async () => {
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const res = await request(t.http).post('/api/assignments').set(as('coach@demo.test'))
      .send({ itemType: 'course', itemId: course.id, targets: [{ type: 'department', id: dept('Customer Service').id }], dueAt: due, note: 'Our foundation course for this quarter.' })
      .expect(201);
    expect(res.body.recipients).toBe(6);
    expect(res.body.merged).toEqual([]);
    const inbox = (await request(t.http).get('/api/me/assignments').set(as('employee@demo.test')).expect(200)).body;
    expect(inbox).toEqual([expect.objectContaining({ itemType: 'course', itemId: course.id, dueAt: due, notes: ['Our foundation course for this quarter.'], progress: expect.objectContaining({ status: 'not_started', overdue: false }) })]);

    // Diego (Sales) has nothing, then moves to Customer Service and has it at once.
    const diego = person('diego.ramos@demo.test');
    const diegoToken = await t.login('diego.ramos@demo.test');
    expect((await request(t.http).get('/api/me/assignments').set('Authorization', `Bearer ${diegoToken}`).expect(200)).body).toEqual([]);
    await request(t.http).patch(`/api/people/${diego.id}`).set(as('admin@demo.test')).send({ teamId: team('Frontline Support').id, departmentId: dept('Customer Service').id, version: diego.version }).expect(200);
    expect((await request(t.http).get('/api/me/assignments').set('Authorization', `Bearer ${diegoToken}`).expect(200)).body.map((i: { itemId: string }) => i.itemId)).toEqual([course.id]);

    // The same course again for one team, earlier: merged, and the earlier date applies.
    const sooner = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const again = await request(t.http).post('/api/assignments').set(as('coach@demo.test'))
      .send({ itemType: 'course', itemId: course.id, targets: [{ type: 'team', id: team('Frontline Support').id }], dueAt: sooner }).expect(201);
    expect(again.body.merged.map((m: { name: string }) => m.name).sort()).toEqual(['Amara Okafor', 'Diego Ramos', 'Jonas Berg', 'Lucas Moreau', 'Maya Ortiz']);
    expect(again.body.merged[0].dueAt).toBe(sooner);
    const merged = (await request(t.http).get('/api/me/assignments').set(as('employee@demo.test')).expect(200)).body;
    expect(merged).toHaveLength(1);
    expect(merged[0].dueAt).toBe(sooner);

    // The coach sees who the department assignment reaches now and how far each has got.
    const recipients = (await request(t.http).get(`/api/assignments/${res.body.assignments[0].id}/recipients`).set(as('coach@demo.test')).expect(200)).body as { name: string; dueAt: string; progress: { status: string } }[];
    expect(recipients).toHaveLength(7);
    expect(recipients.find((r) => r.name === 'Maya Ortiz')).toMatchObject({ dueAt: sooner, progress: { status: 'not_started' } });
    expect(recipients.find((r) => r.name === 'Hana Sato')).toMatchObject({ dueAt: due });
    await request(t.http).get(`/api/assignments/${res.body.assignments[0].id}/recipients`).set(as('rafael.costa@demo.test')).expect(404);
  });

  it('shows the review queue to the team coach, with comments on a step and a score override the learner then sees', async () => {
    const recall = moduleOf('recall');
    const done = await completeModule(t, tokens['employee@demo.test']!, recall.id, 'recall', team('Billing').id);
    const queue = (await request(t.http).get('/api/reviews').set(as('coach@demo.test')).expect(200)).body as { attemptId: string; personName: string }[];
    expect(queue).toEqual(expect.arrayContaining([expect.objectContaining({ attemptId: done.id, personName: 'Maya Ortiz' })]));

    const read = await request(t.http).get(`/api/reviews/attempts/${done.id}`).set(as('coach@demo.test')).expect(200);
    expect(read.body.answer.best.what).toMatch(/walked me to the right shelf/);
    await request(t.http).post(`/api/reviews/attempts/${done.id}/comments`).set(as('coach@demo.test')).send({ anchor: 'worst', body: 'You named the handover problem precisely: bring this to our next team meeting.' }).expect(201);
    const overridden = await request(t.http).put(`/api/reviews/attempts/${done.id}/override`).set(as('coach@demo.test')).send({ score: 95, reason: 'Your action is concrete and already under way.' }).expect(200);
    expect(overridden.body.score).toBe(95);

    const mine = (await request(t.http).get(`/api/attempts/${done.id}`).set(as('employee@demo.test')).expect(200)).body;
    expect(mine.score).toBe(95);
    expect(mine.override).toMatchObject({ score: 95, reason: 'Your action is concrete and already under way.', originalScore: done.score, byName: 'Sam Whitaker' });
    expect(mine.comments).toEqual([expect.objectContaining({ anchor: 'worst', authorName: 'Sam Whitaker', body: expect.stringMatching(/handover/) })]);
    const progress = (await request(t.http).get('/api/me/progress').set(as('employee@demo.test')).expect(200)).body.modules;
    expect(progress.find((p: { moduleId: string }) => p.moduleId === recall.id)).toMatchObject({ status: 'completed', score: 95 });

    // Every read of the work is in the audit log, which admins page through.
    const entries = await t.db.getRepository(AuditEntry).findBy({ target: done.id });
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries[0]).toMatchObject({ actorId: person('coach@demo.test').id, subjectId: person('employee@demo.test').id, action: 'attempt.read' });
    const log = (await request(t.http).get('/api/audit-log').set(as('admin@demo.test')).expect(200)).body;
    expect(log.items[0]).toMatchObject({ actorName: 'Sam Whitaker', subjectName: 'Maya Ortiz', action: 'attempt.read', target: done.id });
    await request(t.http).get('/api/audit-log').set(as('coach@demo.test')).expect(403);
  });

  it("denies a coach another team's work, and HR any written work", async () => {
    const attempts = (await request(t.http).get('/api/me/attempts').set(as('employee@demo.test')).expect(200)).body as { id: string }[];
    // Rafael coaches Sales teams, not Frontline Support.
    await request(t.http).get(`/api/reviews/attempts/${attempts[0]!.id}`).set(as('rafael.costa@demo.test')).expect(404);
    await request(t.http).post(`/api/reviews/attempts/${attempts[0]!.id}/comments`).set(as('rafael.costa@demo.test')).send({ body: 'Not mine to say.' }).expect(404);
    expect((await request(t.http).get('/api/reviews').set(as('rafael.costa@demo.test')).expect(200)).body).toEqual([]);
    // HR: no review, no attempts, no skills, and nothing written in reports.
    await request(t.http).get(`/api/reviews/attempts/${attempts[0]!.id}`).set(as('hr@demo.test')).expect(403);
    await request(t.http).get(`/api/attempts/${attempts[0]!.id}`).set(as('hr@demo.test')).expect(404);
    await request(t.http).get(`/api/reviews/people/${person('employee@demo.test').id}/skills`).set(as('hr@demo.test')).expect(403);
    const report = await request(t.http).get('/api/reports/completion?groupBy=person').set(as('hr@demo.test')).expect(200);
    expect(JSON.stringify(report.body)).not.toMatch(/shelf|handover|score/i);
  });

  it("gives HR completion numbers that match each learner's own progress, and CSV equal to the JSON", async () => {
    const report = (await request(t.http).get('/api/reports/completion?groupBy=person').set(as('hr@demo.test')).expect(200)).body;
    const maya = report.groups.find((g: { label: string }) => g.label === 'Maya Ortiz');
    const inbox = (await request(t.http).get('/api/me/assignments').set(as('employee@demo.test')).expect(200)).body as { progress: { status: string; overdue: boolean } }[];
    expect(maya).toMatchObject({
      assigned: inbox.length,
      completed: inbox.filter((i) => i.progress.status === 'completed').length,
      inProgress: inbox.filter((i) => i.progress.status === 'in_progress').length,
      notStarted: inbox.filter((i) => i.progress.status === 'not_started').length,
      overdue: inbox.filter((i) => i.progress.overdue).length,
    });
    expect(maya.inProgress).toBe(1);
    const byDept = (await request(t.http).get('/api/reports/completion?groupBy=department').set(as('hr@demo.test')).expect(200)).body;
    expect(byDept.groups.find((g: { label: string }) => g.label === 'Customer Service')).toMatchObject({ assigned: 7 });
    expect(byDept.total.assigned).toBe(7);

    const csv = await request(t.http).get('/api/reports/completion?groupBy=department&format=csv').set(as('hr@demo.test')).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const [header, ...lines] = csv.text.trim().split('\n');
    expect(header).toBe('key,label,assigned,completed,inProgress,notStarted,overdue,completionRate');
    const fromCsv = lines.map((l) => l.split(','));
    const fromJson = [...byDept.groups, byDept.total].map((g: Record<string, unknown>) => header!.split(',').map((k) => String(g[k])));
    expect(fromCsv).toEqual(fromJson);

    // Filters: a department with no assignments, and the overdue list and trend.
    const sales = (await request(t.http).get(`/api/reports/completion?departmentId=${dept('Sales').id}`).set(as('hr@demo.test')).expect(200)).body;
    expect(sales.total.assigned).toBe(0);
    expect((await request(t.http).get('/api/reports/overdue').set(as('hr@demo.test')).expect(200)).body).toEqual([]);
    const trend = (await request(t.http).get('/api/reports/trend?interval=week').set(as('hr@demo.test')).expect(200)).body;
    expect(trend.assigned).toBe(7);
    expect(trend.points).toHaveLength(12);
    await request(t.http).get('/api/reports/completion').set(as('coach@demo.test')).expect(403);
  });

  it('withholds insight about fewer than five people and shows it from five', async () => {
    const journey = moduleOf('purchase-flow');
    const learners = ['jonas.berg@demo.test', 'amara.okafor@demo.test', 'lucas.moreau@demo.test', 'hana.sato@demo.test', 'ingrid.larsen@demo.test'];
    const billing = team('Billing').id;
    for (const email of learners.slice(0, 4)) {
      const token = await t.login(email);
      await completeModule(t, token, journey.id, 'purchase-flow', billing);
      await completeModule(t, token, moduleOf('recall').id, 'recall', billing, { share: `A story shared by a colleague about a parcel that went astray (${email.length}).` });
    }
    const four = (await request(t.http).get('/api/insights/journey').set(as('hr@demo.test')).expect(200)).body;
    expect(four).toEqual([expect.objectContaining({ moduleId: journey.id, withheld: true, cells: [] })]);
    // Maya's recall made five recall answers, but only four people shared a story.
    expect((await request(t.http).get('/api/insights/stories').set(as('hr@demo.test')).expect(200)).body).toEqual({ withheld: true, stories: [] });

    const fifth = await t.login(learners[4]!);
    await completeModule(t, fifth, journey.id, 'purchase-flow', billing);
    await completeModule(t, fifth, moduleOf('recall').id, 'recall', billing, { share: 'A story shared by a fifth colleague about a refund that took a month.' });
    const five = (await request(t.http).get('/api/insights/journey').set(as('hr@demo.test')).expect(200)).body;
    expect(five[0]).toMatchObject({ withheld: false, people: 5 });
    expect(five[0].cells).toEqual([expect.objectContaining({ unitId: billing, unitName: 'Billing', people: 5, count: 5, meanSeverity: 4, withheld: false, topEmotions: ['frustrated'] })]);
    const recall = (await request(t.http).get('/api/insights/recall').set(as('hr@demo.test')).expect(200)).body;
    expect(recall).toMatchObject({ withheld: false, people: 6 });
    expect(recall.createdSimilar.find((c: { key: string }) => c.key === 'yes').count).toBe(6);
    expect(recall.createdSimilar.find((c: { key: string }) => c.key === 'no').count).toBeNull();
    const stories = (await request(t.http).get('/api/insights/stories').set(as('hr@demo.test')).expect(200)).body;
    expect(stories.stories).toHaveLength(5);
    expect(JSON.stringify(stories)).not.toMatch(/jonas|amara|lucas|hana|ingrid/i);
    await request(t.http).get('/api/insights/journey').set(as('employee@demo.test')).expect(403);
  });

  it("shows a learner's skill growth to them (with practice) and to their coach (without)", async () => {
    const scenario = moduleOf('active-listening');
    await completeModule(t, tokens['employee@demo.test']!, scenario.id, 'active-listening', team('Billing').id, { practice: true });
    await completeModule(t, tokens['employee@demo.test']!, scenario.id, 'active-listening', team('Billing').id);
    const mine = (await request(t.http).get('/api/me/skills').set(as('employee@demo.test')).expect(200)).body.points;
    expect(mine).toHaveLength(2);
    expect(mine.map((p: { practice: boolean }) => p.practice)).toEqual([true, false]);
    expect(mine[1]).toMatchObject({ freeTextReplies: expect.any(Number), signalRates: expect.any(Object) });
    const coachView = (await request(t.http).get(`/api/reviews/people/${person('employee@demo.test').id}/skills`).set(as('coach@demo.test')).expect(200)).body.points;
    expect(coachView).toHaveLength(1);
    expect(coachView[0].practice).toBe(false);
    await request(t.http).get(`/api/reviews/people/${person('employee@demo.test').id}/skills`).set(as('rafael.costa@demo.test')).expect(404);
  });

  it('lets the learner see the units they can name as owners', async () => {
    const units = (await request(t.http).get('/api/org/units').set(as('employee@demo.test')).expect(200)).body as { name: string; kind: string }[];
    expect(units).toEqual(expect.arrayContaining([{ id: expect.any(String), name: 'Billing', kind: 'team' }, { id: expect.any(String), name: 'Operations', kind: 'department' }]));
  });
});
