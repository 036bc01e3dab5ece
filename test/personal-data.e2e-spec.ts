import request from 'supertest';
import { createTestApp, type TestApp } from './support/app.js';
import { completeModule } from './support/learner.js';

/** "A person can export all their data": their own, all of it, and nobody else's. */
describe('personal data export', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const as = (email: string) => ({ Authorization: `Bearer ${tokens[email]}` });

  beforeAll(async () => {
    t = await createTestApp();
    for (const email of ['employee@demo.test', 'jonas.berg@demo.test', 'coach@demo.test', 'hr@demo.test']) tokens[email] = await t.login(email);
  });
  afterAll(() => t.close());

  it('gives a learner every attempt with what they wrote, the comments on it, their events and who read their work, as a file', async () => {
    const courses = (await request(t.http).get('/api/courses').set(as('employee@demo.test')).expect(200)).body as { slug: string; modules: { id: string; kind: string }[] }[];
    const recall = courses.find((c) => c.slug === 'customer-empathy-foundations')!.modules.find((m) => m.kind === 'recall')!;
    const [{ id: unit }] = await t.db.query(`SELECT id FROM team WHERE name = 'Billing'`);
    const mine = await completeModule(t, tokens['employee@demo.test']!, recall.id, recall.kind, unit);
    const practice = await completeModule(t, tokens['employee@demo.test']!, recall.id, recall.kind, unit, { practice: true });
    const jonas = await completeModule(t, tokens['jonas.berg@demo.test']!, recall.id, recall.kind, unit);
    // The coach reads Maya's attempt and comments on it.
    await request(t.http).get(`/api/reviews/attempts/${mine.id}`).set(as('coach@demo.test')).expect(200);
    await request(t.http).post(`/api/reviews/attempts/${mine.id}/comments`).set(as('coach@demo.test')).send({ body: 'The handover note is a concrete first step.' }).expect(201);

    const res = await request(t.http).get('/api/me/export').set(as('employee@demo.test')).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="footsteps-my-data.json"');
    expect(res.headers['cache-control']).toBe('no-store');
    const data = res.body;
    expect(data.person).toMatchObject({ email: 'employee@demo.test', name: 'Maya Ortiz', department: 'Customer Service', team: 'Frontline Support' });
    expect(data.attempts.map((a: { id: string }) => a.id).sort()).toEqual([mine.id, practice.id].sort());
    const written = data.attempts.find((a: { id: string }) => a.id === mine.id);
    expect(JSON.stringify(written.answer)).toMatch(/handover note/);
    expect(written.comments).toEqual([expect.objectContaining({ by: 'Sam Whitaker', comment: 'The handover note is a concrete first step.' })]);
    expect(data.learningEvents.map((e: { verb: string }) => e.verb)).toEqual(expect.arrayContaining(['started', 'saved', 'submitted', 'completed']));
    expect(data.readsOfMyWork.length).toBeGreaterThan(0);
    expect(data.readsOfMyWork.every((r: { readBy: string; target: string }) => r.readBy === 'Sam Whitaker' && r.target === mine.id)).toBe(true);
    expect(data.sessions.length).toBeGreaterThan(0);
    // Nobody else's work, and no secrets.
    const text = JSON.stringify(data);
    expect(text).not.toContain(jonas.id);
    expect(text).not.toMatch(/password|token_?hash|\$argon2/i);
  });

  it('gives HR their own data only, and refuses anyone signed out', async () => {
    const data = (await request(t.http).get('/api/me/export').set(as('hr@demo.test')).expect(200)).body;
    expect(data.person.email).toBe('hr@demo.test');
    expect(data.attempts).toEqual([]);
    const res = await request(t.http).get('/api/me/export').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });
});
