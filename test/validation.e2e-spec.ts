import request from 'supertest';
import { Department } from '../apps/api/src/org/department.entity.js';
import { createTestApp, type TestApp } from './support/app.js';

describe('bad input is answered 4xx with one error body and nothing written', () => {
  let t: TestApp;
  let admin: string;
  let departments: number;

  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT: '2kb' });
    admin = await t.login('admin@demo.test');
    departments = await t.db.getRepository(Department).count();
  });
  afterEach(async () => {
    expect(await t.db.getRepository(Department).count()).toBe(departments);
  });
  afterAll(() => t.close());

  const post = (body: string | object) =>
    request(t.http).post('/api/departments').set('Authorization', `Bearer ${admin}`).set('Content-Type', 'application/json').send(body);

  function expectErrorBody(body: Record<string, unknown>): void {
    expect(Object.keys(body).sort()).toEqual(expect.arrayContaining(['code', 'correlationId', 'message']));
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/at \w+ \(|\.ts:\d+|node_modules|SELECT|INSERT|QueryFailedError/);
  }

  it('rejects an unknown field', async () => {
    const res = await post({ name: 'Support', budget: 5 }).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'budget', message: expect.stringMatching(/should not exist/) }] });
    expectErrorBody(res.body);
  });

  it('rejects a wrong type', async () => {
    const res = await post({ name: 42 }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('name');
    expectErrorBody(res.body);
  });

  it('rejects malformed JSON', async () => {
    const res = await post('{"name": "Support",').expect(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
    expectErrorBody(res.body);
  });

  it('rejects an oversized body', async () => {
    const res = await post({ name: 'x'.repeat(5000) }).expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expectErrorBody(res.body);
  });

  it('rejects a malformed id in the path', async () => {
    const res = await request(t.http).get('/api/people/not-a-uuid').set('Authorization', `Bearer ${admin}`).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expectErrorBody(res.body);
  });

  it('answers an unknown API route with the same error body', async () => {
    const res = await request(t.http).get('/api/no-such-thing').set('Authorization', `Bearer ${admin}`).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expectErrorBody(res.body);
  });

  it('hides a database failure behind a 500 with a correlation id', async () => {
    const correlationId = 'test-correlation-0001';
    await t.db.query('ALTER TABLE department RENAME TO department_moved');
    try {
      const res = await request(t.http).get('/api/departments').set('Authorization', `Bearer ${admin}`).set('x-correlation-id', correlationId).expect(500);
      expect(res.body).toEqual({ code: 'INTERNAL', message: expect.any(String), correlationId });
      expectErrorBody(res.body);
    } finally {
      await t.db.query('ALTER TABLE department_moved RENAME TO department');
    }
  });
});
