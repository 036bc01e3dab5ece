import request from 'supertest';
import { createTestApp, type TestApp } from './support/app.js';
import { completeModule } from './support/learner.js';

describe('xAPI statements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://footsteps.example.com' });
  });
  afterAll(() => t.close());

  it('exports every learning event as an xAPI statement, without practice, paged and stable', async () => {
    const employee = await t.login('employee@demo.test');
    const admin = await t.login('admin@demo.test');
    const modules = (await request(t.http).get('/api/modules').set('Authorization', `Bearer ${employee}`).expect(200)).body as { id: string; kind: string }[];
    const units = (await request(t.http).get('/api/org/units').set('Authorization', `Bearer ${employee}`).expect(200)).body as { id: string }[];
    const recall = modules.find((m) => m.kind === 'recall')!;
    const done = await completeModule(t, employee, recall.id, 'recall', units[0]!.id);
    await completeModule(t, employee, recall.id, 'recall', units[0]!.id, { practice: true });

    const res = await request(t.http).get('/api/xapi/statements').set('Authorization', `Bearer ${admin}`).expect(200);
    const statements = res.body.statements as { id: string; actor: { account: { homePage: string; name: string } }; verb: { id: string }; object: { id: string }; result?: { score?: { scaled: number; raw: number }; completion?: boolean }; context: { registration: string } }[];
    expect(statements.map((s) => s.verb.id.split('/').pop())).toEqual(['attempted', 'progressed', 'answered', 'scored', 'completed']);
    expect(statements.every((s) => s.context.registration === done.id)).toBe(true);
    expect(statements[0]!.actor.account.homePage).toBe('https://footsteps.example.com');
    expect(JSON.stringify(statements)).not.toMatch(/demo\.test|Maya/);
    const scored = statements.find((s) => s.verb.id.endsWith('/scored'))!;
    expect(scored.result!.score).toEqual({ scaled: done.score! / 100, raw: done.score, min: 0, max: 100 });
    expect(scored.object.id).toBe(`https://footsteps.example.com/modules/${recall.id}`);

    const first = await request(t.http).get('/api/xapi/statements?limit=2').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(first.body.statements).toHaveLength(2);
    const next = await request(t.http).get(`/api/xapi/statements?limit=10&after=${first.body.more}`).set('Authorization', `Bearer ${admin}`).expect(200);
    expect([...first.body.statements, ...next.body.statements].map((s: { id: string }) => s.id)).toEqual(statements.map((s) => s.id));
    expect(next.body.more).toBeNull();

    const hr = await t.login('hr@demo.test');
    await request(t.http).get('/api/xapi/statements').set('Authorization', `Bearer ${hr}`).expect(403);
  });
});
