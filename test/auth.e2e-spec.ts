import request from 'supertest';
import { createTestApp, type TestApp } from './support/app.js';

describe('sign-in, sessions and cross-site protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  it('signs in with e-mail and password, setting an httpOnly SameSite cookie and returning a bearer token', async () => {
    const res = await request(t.http).post('/api/auth/login').send({ email: 'Employee@Demo.test', password: 'footsteps-demo' }).expect(200);
    expect(res.body.user).toMatchObject({ email: 'employee@demo.test', roles: ['employee'], organization: { name: expect.any(String) } });
    expect(res.body.user.permissions).toContain('attempts.own');
    expect(res.body.token).toEqual(expect.any(String));
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/footsteps_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
    expect(me.body).toMatchObject({ email: 'employee@demo.test', team: { name: 'Frontline Support' } });
  });

  it('answers a wrong password and an unknown e-mail alike with 401 INVALID_CREDENTIALS', async () => {
    const wrong = await request(t.http).post('/api/auth/login').send({ email: 'coach@demo.test', password: 'not-the-password' }).expect(401);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS', correlationId: expect.any(String) });
    const unknown = await request(t.http).post('/api/auth/login').send({ email: 'nobody@demo.test', password: 'whatever' }).expect(401);
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('throttles repeated failures for one account, even with the right password, and says when to retry', async () => {
    for (let i = 0; i < 3; i += 1) {
      await request(t.http).post('/api/auth/login').send({ email: 'hr@demo.test', password: `guess-${i}` }).expect(401);
    }
    const locked = await request(t.http).post('/api/auth/login').send({ email: 'hr@demo.test', password: 'footsteps-demo' }).expect(429);
    expect(locked.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Other accounts are unaffected.
    await request(t.http).post('/api/auth/login').send({ email: 'admin@demo.test', password: 'footsteps-demo' }).expect(200);
  });

  it('revokes the session on logout: the same token is refused afterwards', async () => {
    const token = await t.login('coach@demo.test');
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    await request(t.http).post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
    const after = await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('works with the cookie and refuses cookie-authenticated changes from another origin', async () => {
    const agent = request.agent(t.http);
    await agent.post('/api/auth/login').send({ email: 'admin@demo.test', password: 'footsteps-demo' }).expect(200);
    await agent.get('/api/auth/me').expect(200);
    const host = '127.0.0.1';
    const foreign = await agent.post('/api/departments').set('Origin', 'https://evil.example').send({ name: 'Phishing' }).expect(403);
    expect(foreign.body.code).toBe('CSRF_REJECTED');
    const noOrigin = await agent.post('/api/departments').send({ name: 'No origin' }).expect(403);
    expect(noOrigin.body.code).toBe('CSRF_REJECTED');
    const names = (await agent.get('/api/departments').expect(200)).body.map((d: { name: string }) => d.name);
    expect(names).not.toContain('Phishing');
    // Same origin: the Host the browser talked to.
    const res = await agent.post('/api/departments').set('Host', `${host}:3000`).set('Origin', `http://${host}:3000`).send({ name: 'Customer Success' });
    expect(res.status).toBe(201);
    await agent.post('/api/auth/logout').set('Host', `${host}:3000`).set('Origin', `http://${host}:3000`).expect(204);
    await agent.get('/api/auth/me').expect(401);
  });

  it('refuses a sign-in posted from another site', async () => {
    const res = await request(t.http).post('/api/auth/login').set('Origin', 'https://evil.example').send({ email: 'admin@demo.test', password: 'footsteps-demo' }).expect(403);
    expect(res.body.code).toBe('CSRF_REJECTED');
  });

  it('sends security headers', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-correlation-id']).toEqual(expect.any(String));
  });
});
