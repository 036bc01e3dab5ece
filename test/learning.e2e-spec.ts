import request from 'supertest';
import { LearningEvent } from '../apps/api/src/learning-events/learning-event.entity.js';
import { createTestApp, type TestApp } from './support/app.js';

interface Decision {
  type: 'choice' | 'free-text';
  nodeId: string;
  options?: { id: string; text: string }[];
}
interface Attempt {
  id: string;
  revision: number;
  state: string;
  percent: number;
  content: Record<string, unknown>;
  answer: Record<string, unknown>;
  playState: { current: Decision | null; entries: { type: string; nodeId: string; text?: string; points?: number; analysis?: { score: number; signals: Record<string, boolean> } }[] } | null;
  score: number | null;
  scoreLines: { rule: string; points: number; maxPoints: number; reason: string }[];
}

const EMPATHIC_REPLY =
  "I'm so sorry, that sounds really stressful, especially when you were counting on it. So if I understand you, it still hasn't reached you. What happened when you tried to sort it out?";

describe('a learner completes one module of each kind (the Customer Empathy Foundations course)', () => {
  let t: TestApp;
  let token: string;
  let course: { id: string; modules: { id: string; kind: string; title: string }[]; progress: { status: string } };
  let units: { id: string; name: string }[];
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const moduleOf = (kind: string) => course.modules.find((m) => m.kind === kind)!;

  const start = async (moduleId: string, practice = false): Promise<Attempt> =>
    (await request(t.http).post(`/api/modules/${moduleId}/attempts`).set(auth()).send({ practice }).expect(200)).body;
  const save = async (a: Attempt, answer: unknown): Promise<Attempt> =>
    (await request(t.http).put(`/api/attempts/${a.id}/answer`).set(auth()).send({ answer, revision: a.revision }).expect(200)).body;
  const submit = async (a: Attempt): Promise<Attempt> =>
    (await request(t.http).post(`/api/attempts/${a.id}/submit`).set(auth()).send({ revision: a.revision }).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('employee@demo.test');
    const courses = (await request(t.http).get('/api/courses').set(auth()).expect(200)).body as (typeof course & { slug: string })[];
    course = courses.find((c) => c.slug === 'customer-empathy-foundations')!;
    const admin = await t.login('admin@demo.test');
    units = (await request(t.http).get('/api/teams').set('Authorization', `Bearer ${admin}`).expect(200)).body;
  });
  afterAll(() => t.close());

  it('sees the built-in course, with one module of each kind, not started', () => {
    expect(course).toBeDefined();
    expect(course.modules.map((m) => m.kind).sort()).toEqual(['active-listening', 'purchase-flow', 'recall']);
    expect(course.progress.status).toBe('not_started');
  });

  it('recall: autosaves, refuses a stale save and an incomplete submit (naming what is missing), then completes', async () => {
    const m = moduleOf('recall');
    let a = await start(m.id);
    expect(a.state).toBe('draft');
    // Starting again resumes the same attempt.
    expect((await start(m.id)).id).toBe(a.id);
    const content = a.content as { elements: { key: string }[]; journeyStages: { key: string }[]; minElements: number };
    const elements = content.elements.slice(0, Math.max(2, content.minElements)).map((e) => ({ key: e.key, note: `The ${e.key} made a real difference to how the whole visit felt for me that day.` }));
    const experience = (what: string) => ({
      what,
      where: 'a neighbourhood bike shop',
      elements,
      feltThen: 5,
      feltNow: 4,
      whyItStuck: 'It was the end of the visit that stayed with me: they followed up without being asked and I felt remembered.',
    });
    const partial = { best: experience('The mechanic fixed my wheel while I waited, explained what went wrong and charged less than quoted because the part was cheaper.') };
    const saved = await save(a, partial);
    expect(saved.revision).toBe(a.revision + 1);
    expect(saved.percent).toBeGreaterThan(0);
    expect(saved.percent).toBeLessThan(100);

    // A second tab still holding the old revision is refused and overwrites nothing.
    const stale = await request(t.http).put(`/api/attempts/${a.id}/answer`).set(auth()).send({ answer: {}, revision: a.revision }).expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentRevision: saved.revision });
    expect(stale.body.current.answer).toEqual(saved.answer);
    a = saved;

    const incomplete = await request(t.http).post(`/api/attempts/${a.id}/submit`).set(auth()).send({ revision: a.revision }).expect(400);
    expect(incomplete.body.code).toBe('VALIDATION_FAILED');
    const fields = incomplete.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining([expect.stringMatching(/^answer\.worst/), expect.stringMatching(/^answer\.reflection/), expect.stringMatching(/^answer\.action/)]));
    expect(incomplete.body.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(/worst/i);

    a = await save(a, {
      ...partial,
      worst: experience('My broadband was cut off by mistake and I had to explain the whole story to four different people over two weeks before anyone owned it.'),
      reflection: { createdSimilar: 'yes', stageKey: content.journeyStages[0]!.key, unitId: units[0]!.id, note: 'Our own customers repeat their story when a case moves between billing and support, and nobody tells them who owns it now.' },
      analogy: { industry: 'hospitality', lesson: 'A good hotel hands over a guest between shifts with a note, so nobody has to ask twice.' },
      action: { text: 'I will write a two-line handover note on every case I pass to another team, starting this week.', byDate: '2026-12-15' },
      sharing: { consent: false },
    });
    const done = await submit(a);
    expect(done.state).toBe('scored');
    expect(done.score).toBeGreaterThan(50);
    expect(done.scoreLines.length).toBeGreaterThan(0);
    // A submitted attempt cannot be changed any more.
    await request(t.http).put(`/api/attempts/${a.id}/answer`).set(auth()).send({ answer: {}, revision: done.revision }).expect(409);
  });

  it('purchase-flow: walks every stage, logs pain points for an owning team, and sees the emotion curve', async () => {
    const m = moduleOf('purchase-flow');
    const a = await start(m.id);
    const content = a.content as { persona: { name: string }; stages: { key: string; tasks: { id: string; options?: { id: string }[] }[]; friction: { description: string }[]; frictionCount: number }[] };
    expect(content.persona.name).toEqual(expect.any(String));
    // While playing, the learner learns how many moments of friction each stage hides, not which.
    expect(content.stages.every((s) => s.friction.length === 0)).toBe(true);
    expect(content.stages.some((s) => s.frictionCount > 0)).toBe(true);
    const stages = Object.fromEntries(
      content.stages.map((s, i) => [
        s.key,
        {
          tasks: Object.fromEntries(s.tasks.map((task) => [task.id, task.options ? { optionId: task.options[0]!.id } : { text: 'I looked for the answer on the website and then had to phone.' }])),
          emotion: i % 2 === 0 ? -1 : 1,
        },
      ]),
    );
    const painPoints = content.stages.slice(0, 3).map((s, i) => ({
      stageKey: s.key,
      severity: 3 + (i % 2),
      emotion: 'frustrated',
      note: 'I had to give the same details again to a second person.',
      unitId: units[i % units.length]!.id,
    }));
    // An owning team from outside the organization is refused.
    const badUnit = await request(t.http).put(`/api/attempts/${a.id}/answer`).set(auth()).send({ answer: { stages, painPoints: [{ ...painPoints[0], unitId: '00000000-0000-4000-8000-000000000000' }] }, revision: a.revision }).expect(400);
    expect(badUnit.body.errors[0].field).toMatch(/^answer\.painPoints\.0/);
    const saved = await save(a, { stages, painPoints });
    const curve = (saved.playState as unknown as { emotionCurve: { stageKey: string; emotion: number | null }[] }).emotionCurve;
    expect(curve.map((p) => p.stageKey)).toEqual(content.stages.map((s) => s.key));
    expect(curve[0]!.emotion).toBe(-1);
    const done = await submit(saved);
    expect(done.state).toBe('scored');
    expect(done.score).toEqual(expect.any(Number));
    // The debrief shows every moment that was built in.
    const debrief = (done.content as { stages: { friction: { description: string }[] }[] }).stages;
    expect(debrief.map((s) => s.friction.length)).toEqual(content.stages.map((s) => s.frictionCount));
    expect(debrief.flatMap((s) => s.friction).every((f) => f.description.length > 0)).toBe(true);
  });

  async function playScenario(a: Attempt, choose: (d: Decision, turn: number) => string): Promise<Attempt> {
    const steps: unknown[] = [];
    for (let turn = 0; a.playState?.current && turn < 30; turn += 1) {
      const d = a.playState.current;
      steps.push(d.type === 'choice' ? { nodeId: d.nodeId, optionId: choose(d, turn) } : { nodeId: d.nodeId, text: EMPATHIC_REPLY });
      a = await save(a, { steps });
    }
    expect(a.playState?.current).toBeNull();
    return a;
  }

  it('active-listening: the branch follows the choice, free text is scored by the analyzer, and practice stays private', async () => {
    const m = moduleOf('active-listening');
    // The graph stays on the server.
    const first = await start(m.id, true);
    expect(first.content).not.toHaveProperty('nodes');
    expect(JSON.stringify(first.playState?.current)).not.toMatch(/feedback|points|"next"/);

    // Different options at the first decision lead to different conversations.
    const decision = first.playState!.current!;
    expect(decision.type).toBe('choice');
    const nextTurns = new Set<string>();
    for (const option of decision.options!) {
      const trial = await start(m.id, true);
      const after = await save(trial, { steps: [{ nodeId: decision.nodeId, optionId: option.id }] });
      const lastCustomer = after.playState!.entries.filter((e) => e.type === 'customer').at(-1)!;
      nextTurns.add(`${lastCustomer.nodeId}`);
      // Close this trial so the next start opens a fresh practice attempt instead of resuming it.
      await t.db.query('UPDATE attempt SET state = $1 WHERE id = $2', ['submitted', trial.id]);
    }
    expect(nextTurns.size).toBeGreaterThan(1);

    // The real attempt, played to an ending.
    const real = await start(m.id);
    const played = await playScenario(real, (d) => d.options![0]!.id);
    const freeText = played.playState!.entries.filter((e) => e.type === 'free-text');
    expect(freeText.length).toBeGreaterThan(0);
    // The reply was scored by the empathy analyzer: its score decides the points.
    const scored = freeText[0] as unknown as { analysis: { score: number; signals: Record<string, boolean> }; points: number; maxPoints: number };
    expect(Object.keys(scored.analysis.signals).sort()).toEqual(['dismissal', 'emotion', 'exploration', 'reflection', 'upsell']);
    expect(scored.points).toBe(Math.round((scored.maxPoints * scored.analysis.score) / 100));
    expect(scored.analysis.signals).toMatchObject({ emotion: true, reflection: true, exploration: true, dismissal: false });
    expect(scored.points).toBeGreaterThan(0);
    expect(played.playState!.entries.at(-1)!.type).toBe('ending');
    const done = await submit(played);
    expect(done.state).toBe('scored');
    expect(done.score).toBeGreaterThanOrEqual(0);

    // An illegal step (a node that is not the one waiting) is refused, naming the node.
    const again = await start(m.id);
    const wrong = await request(t.http).put(`/api/attempts/${again.id}/answer`).set(auth()).send({ answer: { steps: [{ nodeId: 'no-such-node', optionId: 'x' }] }, revision: again.revision }).expect(400);
    expect(JSON.stringify(wrong.body.errors)).toMatch(/no-such-node/);

  });

  it('keeps a practice attempt, even a finished one, out of progress', async () => {
    const jonas = await t.login('jonas.berg@demo.test');
    const as = { Authorization: `Bearer ${jonas}` };
    const m = moduleOf('active-listening');
    let a = (await request(t.http).post(`/api/modules/${m.id}/attempts`).set(as).send({ practice: true }).expect(200)).body as Attempt;
    const steps: unknown[] = [];
    while (a.playState?.current) {
      const d = a.playState.current;
      steps.push(d.type === 'choice' ? { nodeId: d.nodeId, optionId: d.options![0]!.id } : { nodeId: d.nodeId, text: EMPATHIC_REPLY });
      a = (await request(t.http).put(`/api/attempts/${a.id}/answer`).set(as).send({ answer: { steps }, revision: a.revision }).expect(200)).body;
    }
    const done = (await request(t.http).post(`/api/attempts/${a.id}/submit`).set(as).send({ revision: a.revision }).expect(200)).body as Attempt;
    expect(done.state).toBe('scored');
    const progress = (await request(t.http).get('/api/me/progress').set(as).expect(200)).body.modules as { moduleId: string; status: string }[];
    expect(progress.find((p) => p.moduleId === m.id)).toMatchObject({ status: 'not_started', percent: 0 });
    const c = (await request(t.http).get(`/api/courses/${course.id}`).set(as).expect(200)).body;
    expect(c.progress.status).toBe('not_started');
    // It is still in Jonas's own history.
    const history = (await request(t.http).get(`/api/me/attempts?moduleId=${m.id}`).set(as).expect(200)).body as { id: string; practice: boolean }[];
    expect(history).toEqual([expect.objectContaining({ id: a.id, practice: true })]);
  });

  it('shows the course completed, with the same numbers in the course and in my progress', async () => {
    const c = (await request(t.http).get(`/api/courses/${course.id}`).set(auth()).expect(200)).body;
    expect(c.progress).toMatchObject({ status: 'completed', percent: 100, completedModules: 3, totalModules: 3 });
    const mine = (await request(t.http).get('/api/me/progress').set(auth()).expect(200)).body.modules as { moduleId: string; score: number }[];
    for (const mp of c.progress.modules) expect(mine.find((x) => x.moduleId === mp.moduleId)).toEqual(mp);
    const history = (await request(t.http).get('/api/me/attempts').set(auth()).expect(200)).body as { practice: boolean; state: string }[];
    expect(history.filter((h) => !h.practice && h.state === 'scored')).toHaveLength(3);
  });

  it('records every start, save, submit, score and completion in an append-only log', async () => {
    const verbs = (await t.db.getRepository(LearningEvent).find()).map((e) => e.verb);
    for (const verb of ['started', 'saved', 'submitted', 'scored', 'completed']) expect(verbs).toContain(verb);
    await expect(t.db.query("UPDATE learning_event SET verb = 'started'")).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM learning_event')).rejects.toThrow(/append-only/);
  });

  it('keeps another person out of my attempts', async () => {
    const mine = (await request(t.http).get('/api/me/attempts').set(auth()).expect(200)).body as { id: string }[];
    const other = await t.login('jonas.berg@demo.test');
    await request(t.http).get(`/api/attempts/${mine[0]!.id}`).set('Authorization', `Bearer ${other}`).expect(404);
  });
});
