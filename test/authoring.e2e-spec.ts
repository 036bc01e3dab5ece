import request from 'supertest';
import { activeListeningSample, recallSample } from '#module-kinds';
import { createTestApp, type TestApp } from './support/app.js';

type Scenario = typeof activeListeningSample;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('authoring modules and courses', () => {
  let t: TestApp;
  let coach: string;
  let employee: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp();
    [coach, employee] = await Promise.all([t.login('coach@demo.test'), t.login('employee@demo.test')]);
  });
  afterAll(() => t.close());

  const validate = async (content: unknown) =>
    (await request(t.http).post('/api/modules/validate').set(as(coach)).send({ kind: 'active-listening', content }).expect(200)).body as { valid: boolean; issues: { path: string; message: string }[] };

  it('accepts a sound scenario graph', async () => {
    expect(await validate(activeListeningSample)).toEqual({ valid: true, issues: [] });
  });

  it('rejects a target that does not exist, naming the node', async () => {
    const broken = clone(activeListeningSample) as Scenario & { nodes: { id: string; type: string; next?: string }[] };
    const node = broken.nodes.find((n) => n.type === 'customer')!;
    node.next = 'nowhere';
    const report = await validate(broken);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.message).join('\n')).toMatch(new RegExp(`${node.id}[\\s\\S]*nowhere|nowhere[\\s\\S]*${node.id}`));
  });

  it('rejects an unreachable node, naming it', async () => {
    const broken = clone(activeListeningSample) as Scenario & { nodes: unknown[] };
    broken.nodes.push({ id: 'orphan-ending', type: 'ending', outcome: 'resolved', customerFeels: 'Relieved and heard.', summary: 'Nobody ever gets here.', mood: 5 });
    const report = await validate(broken);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.message).join('\n')).toMatch(/orphan-ending/);
    expect(report.issues.map((i) => i.message).join('\n')).toMatch(/reach/i);
  });

  it('rejects a dead end (a loop with no way to an ending), naming the node', async () => {
    const broken = clone(activeListeningSample) as Scenario & { nodes: { id: string; type: string; next?: string; options?: { next: string }[] }[] };
    // Send every way out of the first choice back to the start: no ending can be reached from there.
    const choice = broken.nodes.find((n) => n.type === 'choice')!;
    for (const o of choice.options!) o.next = broken.start;
    const report = await validate(broken);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.message).join('\n')).toMatch(new RegExp(choice.id));
  });

  it('lets a coach draft, publish and revise a module; learners see only what is published, and an attempt keeps its version', async () => {
    const created = await request(t.http).post('/api/modules').set(as(coach)).send({ kind: 'recall', title: 'A moment that stayed with you', content: { intro: 'Unfinished' } }).expect(201);
    expect(created.body).toMatchObject({ status: 'draft', publishedVersion: 0 });
    expect(created.body.issues.length).toBeGreaterThan(0);
    const id = created.body.id as string;
    // Employees cannot see drafts, nor author.
    await request(t.http).get(`/api/modules/${id}`).set(as(employee)).expect(404);
    await request(t.http).post('/api/modules').set(as(employee)).send({ kind: 'recall', title: 'x', content: {} }).expect(403);
    // Publishing an invalid draft is refused with the problems named.
    const refused = await request(t.http).post(`/api/modules/${id}/publish`).set(as(coach)).send({ version: created.body.version }).expect(400);
    expect(refused.body.errors.length).toBeGreaterThan(0);
    expect(refused.body.errors[0].field).toMatch(/^content/);

    const edited = await request(t.http).patch(`/api/modules/${id}`).set(as(coach)).send({ content: recallSample, version: created.body.version }).expect(200);
    // A second editor with the old version is refused.
    await request(t.http).patch(`/api/modules/${id}`).set(as(coach)).send({ title: 'Overwrite', version: created.body.version }).expect(409);
    const v1 = await request(t.http).post(`/api/modules/${id}/publish`).set(as(coach)).send({ version: edited.body.version }).expect(200);
    expect(v1.body).toMatchObject({ status: 'published', publishedVersion: 1, issues: [] });

    const learnerView = await request(t.http).get(`/api/modules/${id}`).set(as(employee)).expect(200);
    expect(learnerView.body).not.toHaveProperty('draftContent');
    const attempt = (await request(t.http).post(`/api/modules/${id}/attempts`).set(as(employee)).send({}).expect(200)).body;
    expect(attempt.versionNumber).toBe(1);

    const revised = clone(recallSample);
    revised.intro = 'A revised introduction for the second version of this module.';
    const e2 = await request(t.http).patch(`/api/modules/${id}`).set(as(coach)).send({ content: revised, version: v1.body.version }).expect(200);
    const v2 = await request(t.http).post(`/api/modules/${id}/publish`).set(as(coach)).send({ version: e2.body.version }).expect(200);
    expect(v2.body.publishedVersion).toBe(2);
    // The attempt still plays version 1.
    const still = (await request(t.http).get(`/api/attempts/${attempt.id}`).set(as(employee)).expect(200)).body;
    expect(still.versionNumber).toBe(1);
    expect(still.content.intro).toBe(recallSample.intro);

    // A course of it, published, then archived away from learners.
    const course = await request(t.http).post('/api/courses').set(as(coach)).send({ title: 'Short course', moduleIds: [id], completionRule: { kind: 'all-completed', minScore: 50 } }).expect(201);
    const published = await request(t.http).post(`/api/courses/${course.body.id}/publish`).set(as(coach)).send({ version: course.body.version }).expect(200);
    expect((await request(t.http).get(`/api/courses/${course.body.id}`).set(as(employee)).expect(200)).body.progress.status).toBe('in_progress');
    await request(t.http).post(`/api/modules/${id}/archive`).set(as(coach)).send({ version: v2.body.version }).expect(200);
    await request(t.http).get(`/api/modules/${id}`).set(as(employee)).expect(404);
    expect(published.body.status).toBe('published');
  });

  it('refuses a course naming another organization\'s or an unknown module', async () => {
    const res = await request(t.http).post('/api/courses').set(as(coach)).send({ title: 'Bad', moduleIds: ['00000000-0000-4000-8000-000000000000'], completionRule: { kind: 'all-completed' } }).expect(400);
    expect(res.body.errors[0].field).toBe('moduleIds.0');
  });
});
