import request from 'supertest';
import { Organization } from '../apps/api/src/org/organization.entity.js';
import { Team } from '../apps/api/src/org/team.entity.js';
import { Person } from '../apps/api/src/people/person.entity.js';
import { createTestApp, type TestApp } from './support/app.js';

describe('roles and tenancy', () => {
  let t: TestApp;
  let employee: string;
  let hr: string;
  let admin: string;
  let otherPerson: Person;
  let otherTeam: Team;

  beforeAll(async () => {
    t = await createTestApp();
    [employee, hr, admin] = await Promise.all(['employee@demo.test', 'hr@demo.test', 'admin@demo.test'].map((e) => t.login(e)));
    const other = await t.db.getRepository(Organization).save({ name: 'Other Org', slug: 'other-org' });
    otherTeam = await t.db.getRepository(Team).save({ organizationId: other.id, name: 'Secret Team', nameKey: 'secret team', departmentId: null });
    otherPerson = await t.db.getRepository(Person).save({ organizationId: other.id, email: 'someone@other.test', name: 'Someone Else', roles: ['employee'], status: 'active' });
  });
  afterAll(() => t.close());

  it('lets an employee read their own profile but not the people directory', async () => {
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${employee}`).expect(200);
    const res = await request(t.http).get('/api/people').set('Authorization', `Bearer ${employee}`).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('lets HR read people but not change them', async () => {
    const list = await request(t.http).get('/api/people').set('Authorization', `Bearer ${hr}`).expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(4);
    await request(t.http).post('/api/people').set('Authorization', `Bearer ${hr}`).send({ email: 'x@demo.test', name: 'X', roles: ['employee'] }).expect(403);
    expect(await t.db.getRepository(Person).existsBy({ email: 'x@demo.test' })).toBe(false);
  });

  it('refuses anonymous callers with 401', async () => {
    const res = await request(t.http).get('/api/people').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('answers 404, never 403 or data, for another organization\'s ids', async () => {
    const get = await request(t.http).get(`/api/people/${otherPerson.id}`).set('Authorization', `Bearer ${admin}`).expect(404);
    expect(get.body).toEqual({ code: 'NOT_FOUND', message: expect.any(String), correlationId: expect.any(String) });
    expect(JSON.stringify(get.body)).not.toContain('Someone Else');
    await request(t.http).patch(`/api/people/${otherPerson.id}`).set('Authorization', `Bearer ${admin}`).send({ name: 'Hijacked', version: 1 }).expect(404);
    await request(t.http).patch(`/api/teams/${otherTeam.id}`).set('Authorization', `Bearer ${admin}`).send({ name: 'Hijacked', version: 1 }).expect(404);
    expect((await t.db.getRepository(Person).findOneByOrFail({ id: otherPerson.id })).name).toBe('Someone Else');
    const teams = await request(t.http).get('/api/teams').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(teams.body.map((x: { name: string }) => x.name)).not.toContain('Secret Team');
    const people = await request(t.http).get('/api/people?search=someone').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(people.body.total).toBe(0);
  });

  it('lets an admin change roles, and the new roles apply at once', async () => {
    const list = await request(t.http).get('/api/people?search=jonas').set('Authorization', `Bearer ${admin}`).expect(200);
    const jonas = list.body.items[0];
    const token = await t.login('jonas.berg@demo.test');
    await request(t.http).get('/api/people').set('Authorization', `Bearer ${token}`).expect(403);
    await request(t.http).patch(`/api/people/${jonas.id}`).set('Authorization', `Bearer ${admin}`).send({ roles: ['employee', 'hr'], version: jonas.version }).expect(200);
    await request(t.http).get('/api/people').set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('refuses a stale edit with 409 and the current version, overwriting nothing', async () => {
    const list = await request(t.http).get('/api/people?search=amara').set('Authorization', `Bearer ${admin}`).expect(200);
    const amara = list.body.items[0];
    await request(t.http).patch(`/api/people/${amara.id}`).set('Authorization', `Bearer ${admin}`).send({ name: 'Amara O.', version: amara.version }).expect(200);
    const stale = await request(t.http).patch(`/api/people/${amara.id}`).set('Authorization', `Bearer ${admin}`).send({ name: 'Amara Stale', version: amara.version }).expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: amara.version + 1 });
    expect((await t.db.getRepository(Person).findOneByOrFail({ id: amara.id })).name).toBe('Amara O.');
  });
});
