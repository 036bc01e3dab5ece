import request from 'supertest';
import { createTestApp, type TestApp } from './support/app.js';

describe('POST /api/empathy/analyze', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('analyzes a reply for a signed-in person', async () => {
    const token = await t.login('employee@demo.test');
    const res = await request(t.http)
      .post('/api/empathy/analyze')
      .set('Authorization', `Bearer ${token}`)
      .send({ customer: 'My parcel says delivered but it never arrived and I needed it today.', reply: "I'm so sorry, that must be really stressful when you needed it today. What happened when you checked with your neighbours?" })
      .expect(200);
    expect(res.body).toMatchObject({ score: expect.any(Number), signals: { emotion: true }, suggestion: expect.any(String) });
    expect(res.body.evidence.length).toBeGreaterThan(0);
  });

  it('is for signed-in people only and validates its input', async () => {
    await request(t.http).post('/api/empathy/analyze').send({ customer: 'x', reply: 'y' }).expect(401);
    const token = await t.login('hr@demo.test');
    const res = await request(t.http).post('/api/empathy/analyze').set('Authorization', `Bearer ${token}`).send({ customer: '', reply: 5 }).expect(400);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['customer', 'reply']);
  });
});
