import request from 'supertest';
import { Department } from '../apps/api/src/org/department.entity.js';
import { Team } from '../apps/api/src/org/team.entity.js';
import { Person } from '../apps/api/src/people/person.entity.js';
import { createTestApp, type TestApp } from './support/app.js';

describe('admin: people, invitations and CSV import', () => {
  let t: TestApp;
  let admin: string;
  const auth = () => ({ Authorization: `Bearer ${admin}` });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.test');
  });
  afterAll(() => t.close());

  it('invites a person, who sets a password from the invitation and signs in', async () => {
    const teams = (await request(t.http).get('/api/teams').set(auth()).expect(200)).body as { id: string; name: string; departmentId: string }[];
    const billing = teams.find((x) => x.name === 'Billing')!;
    const created = await request(t.http).post('/api/people').set(auth()).send({ email: 'New.Hire@Demo.test', name: 'New Hire', roles: ['employee'], teamId: billing.id }).expect(201);
    expect(created.body).toMatchObject({ email: 'new.hire@demo.test', status: 'invited', teamId: billing.id, departmentId: billing.departmentId });
    expect(created.body.inviteToken).toEqual(expect.any(String));
    // Not yet able to sign in.
    await request(t.http).post('/api/auth/login').send({ email: 'new.hire@demo.test', password: 'anything-at-all' }).expect(401);
    const accepted = await request(t.http).post('/api/auth/accept-invite').send({ token: created.body.inviteToken, password: 'a-long-new-password' }).expect(200);
    expect(accepted.body.user.email).toBe('new.hire@demo.test');
    await t.login('new.hire@demo.test', 'a-long-new-password');
    // The invitation is used up.
    await request(t.http).post('/api/auth/accept-invite').send({ token: created.body.inviteToken, password: 'another-password' }).expect(404);
  });

  it('refuses a second person with the same e-mail', async () => {
    const res = await request(t.http).post('/api/people').set(auth()).send({ email: 'EMPLOYEE@demo.test', name: 'Dup', roles: ['employee'] }).expect(409);
    expect(res.body.code).toBe('EMAIL_TAKEN');
  });

  it('imports the good rows of a CSV, reports each bad row with its line and reason, and creates missing departments and teams', async () => {
    const csv = [
      'email,name,department,team,roles',
      'lena.fischer@demo.test,Lena Fischer,Logistics,Night Shift,employee',
      'omar.aziz@demo.test,Omar Aziz,Logistics,Night Shift,employee;coach',
      'not-an-email,Bad Email,Logistics,,employee',
      'kim.lee@demo.test,,Logistics,,employee',
      'zoe.park@demo.test,Zoe Park,Customer Service,Frontline Support,manager',
      'lena.fischer@demo.test,Lena Again,Logistics,,employee',
      '"grace.hopper@demo.test","Hopper, Grace",Product and IT,Digital Experience,employee|admin',
      'employee@demo.test,Maya Ortiz,Customer Service,Frontline Support,employee',
      'sam.rivera@demo.test,Sam Rivera,Sales,Frontline Support,employee',
    ].join('\n');
    const before = await t.db.getRepository(Person).count();
    const res = await request(t.http).post('/api/people/import').set(auth()).send({ csv }).expect(200);
    expect(res.body).toMatchObject({ created: 3, updated: 0, unchanged: 1, departmentsCreated: ['Logistics'], teamsCreated: ['Night Shift'] });
    expect(res.body.errors).toEqual([
      { line: 4, email: 'not-an-email', reason: expect.stringMatching(/not a valid e-mail/) },
      { line: 5, email: 'kim.lee@demo.test', reason: expect.stringMatching(/name is empty/) },
      { line: 6, email: 'zoe.park@demo.test', reason: expect.stringMatching(/Unknown role.*manager/) },
      { line: 7, email: 'lena.fischer@demo.test', reason: 'Duplicate of line 2.' },
      { line: 10, email: 'sam.rivera@demo.test', reason: expect.stringMatching(/belongs to another department/) },
    ]);
    expect(await t.db.getRepository(Person).count()).toBe(before + 3);
    const grace = await t.db.getRepository(Person).findOneByOrFail({ email: 'grace.hopper@demo.test' });
    expect(grace).toMatchObject({ name: 'Hopper, Grace', roles: ['employee', 'admin'], status: 'invited' });
    const omar = await t.db.getRepository(Person).findOneByOrFail({ email: 'omar.aziz@demo.test' });
    const nightShift = await t.db.getRepository(Team).findOneByOrFail({ id: omar.teamId! });
    const logistics = await t.db.getRepository(Department).findOneByOrFail({ id: omar.departmentId! });
    expect([nightShift.name, logistics.name, nightShift.departmentId]).toEqual(['Night Shift', 'Logistics', logistics.id]);

    // Idempotent on e-mail: the same file again creates nothing; a changed row updates.
    const again = await request(t.http).post('/api/people/import').set(auth()).send({ csv }).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 4, departmentsCreated: [], teamsCreated: [] });
    const changed = await request(t.http).post('/api/people/import').set(auth()).send({ csv: 'email,name,department,team,roles\nomar.aziz@demo.test,Omar Aziz,Logistics,Night Shift,employee\n' }).expect(200);
    expect(changed.body).toMatchObject({ created: 0, updated: 1, errors: [] });
    expect((await t.db.getRepository(Person).findOneByOrFail({ email: 'omar.aziz@demo.test' })).roles).toEqual(['employee']);
  });

  it('rejects a file whose header is wrong, naming the columns, and writes nothing', async () => {
    const before = await t.db.getRepository(Person).count();
    const res = await request(t.http).post('/api/people/import').set(auth()).send({ csv: 'mail,fullname\nx@demo.test,X\n' }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors[0].message).toMatch(/missing column\(s\): email, name/);
    expect(await t.db.getRepository(Person).count()).toBe(before);
  });

  it('lists people with search, filters and paging', async () => {
    const res = await request(t.http).get('/api/people?role=coach&pageSize=1&page=1').set(auth()).expect(200);
    expect(res.body.pageSize).toBe(1);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.total).toBeGreaterThanOrEqual(2);
    const bad = await request(t.http).get('/api/people?pageSize=1000').set(auth()).expect(400);
    expect(bad.body.errors[0].field).toBe('pageSize');
  });

  it('assigns team coaches, who must hold the coach role', async () => {
    const teams = (await request(t.http).get('/api/teams').set(auth()).expect(200)).body as { id: string; name: string }[];
    const billing = teams.find((x) => x.name === 'Billing')!;
    const people = (await request(t.http).get('/api/people?pageSize=200').set(auth()).expect(200)).body.items as { id: string; email: string }[];
    const coach = people.find((p) => p.email === 'coach@demo.test')!;
    const employee = people.find((p) => p.email === 'employee@demo.test')!;
    const bad = await request(t.http).put(`/api/teams/${billing.id}/coaches`).set(auth()).send({ personIds: [employee.id] }).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'personIds.0', message: expect.stringMatching(/coach role/) });
    const ok = await request(t.http).put(`/api/teams/${billing.id}/coaches`).set(auth()).send({ personIds: [coach.id] }).expect(200);
    expect(ok.body.coachIds).toEqual([coach.id]);
  });
});
