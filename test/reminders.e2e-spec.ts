import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { NotificationOutboxService } from '../apps/api/src/notifications/notification-outbox.service.js';
import { Notification } from '../apps/api/src/notifications/notification.entity.js';
import { ReminderJobsService } from '../apps/api/src/reminders/reminder-jobs.service.js';
import { RemindersService } from '../apps/api/src/reminders/reminders.service.js';
import { createTestApp, type TestApp } from './support/app.js';
import { dropDatabase, SERVER_ENV, withDatabase } from './support/pg-admin.mjs';

const DAY = 24 * 60 * 60 * 1000;
/** Generous: the suite runs test files in parallel on small machines, and sign-in hashing is slow on purpose. */
const TIMEOUT = 60_000;
const daysFromNow = (n: number) => new Date(Date.now() + n * DAY).toISOString();

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** Decodes RFC 2047 encoded words in a header value. */
function decodeHeader(v: string): string {
  return v.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')),
  );
}

function decodeQp(s: string): string {
  const bytes = s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

/** A local SMTP server that keeps every message it receives. */
async function startSmtp(): Promise<{ url: string; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const split = raw.indexOf('\r\n\r\n');
        const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
        const body = raw.slice(split + 4);
        const header = (name: string) => head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? '';
        const qp = /quoted-printable/i.test(header('content-transfer-encoding'));
        const b64 = /base64/i.test(header('content-transfer-encoding'));
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeHeader(header('subject')),
          text: (qp ? decodeQp(body) : b64 ? Buffer.from(body, 'base64').toString('utf8') : body).replace(/\r\n/g, '\n'),
        });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Person {
  id: string;
  email: string;
}

describe('reminders, overdue notices, escalation and the e-mail outbox', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let coach: string;
  let people: Map<string, Person>;
  let moduleId: string;
  let moduleTitle: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const idOf = (email: string) => people.get(email)!.id;
  const assign = async (email: string, dueAt: string) =>
    request(t.http).post('/api/assignments').set(as(coach)).send({ itemType: 'module', itemId: moduleId, targets: [{ type: 'person', id: idOf(email) }], dueAt }).expect(201);
  const scan = () => t.app.get(RemindersService).scan();
  const sendMail = () => t.app.get(NotificationOutboxService).sendPending();
  const notificationsOf = (email: string) => t.db.getRepository(Notification).find({ where: { personId: idOf(email) }, order: { createdAt: 'ASC' } });
  const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ JOBS_ENABLED: 'false', SMTP_URL: smtp.url, PUBLIC_URL: 'https://footsteps.example.com' });
    coach = await t.login('coach@demo.test');
    const admin = await t.login('admin@demo.test');
    const list = (await request(t.http).get('/api/people?pageSize=200').set(as(admin)).expect(200)).body.items as Person[];
    people = new Map(list.map((p) => [p.email, p]));
    const modules = (await request(t.http).get('/api/modules').set(as(coach)).expect(200)).body as { id: string; kind: string; title: string; status: string }[];
    const m = modules.find((x) => x.kind === 'active-listening' && x.status === 'published')!;
    moduleId = m.id;
    moduleTitle = m.title;
  }, TIMEOUT);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  }, TIMEOUT);

  it('sends a reminder e-mail for work due in 2 days, with a link into Footsteps', async () => {
    await assign('employee@demo.test', daysFromNow(2));
    expect(await scan()).toEqual({ reminders: 1, overdue: 0, escalations: 0 });
    expect(await sendMail()).toEqual({ sent: 1, failed: 0 });

    const [mail, ...more] = mailsTo('employee@demo.test');
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`Footsteps: Due in 2 days: ${moduleTitle}`);
    expect(mail!.text).toMatch(/^Hello Maya,/);
    expect(mail!.text).toContain(`Your module “${moduleTitle}” is due on`);
    expect(mail!.text).toContain('You have not started it yet.');
    expect(mail!.text).toContain('Open Footsteps: https://footsteps.example.com/learning');
    const [n] = await notificationsOf('employee@demo.test');
    expect(n).toMatchObject({ kind: 'reminder', emailedAt: expect.any(Date), emailAttempts: 0, readAt: null });
  }, TIMEOUT);

  it('sends nothing twice: the scan and the outbox run again, and two at once', async () => {
    const before = smtp.mails.length;
    expect(await scan()).toEqual({ reminders: 0, overdue: 0, escalations: 0 });
    const both = await Promise.all([scan(), scan()]);
    expect(both).toEqual([{ reminders: 0, overdue: 0, escalations: 0 }, { reminders: 0, overdue: 0, escalations: 0 }]);
    expect(await sendMail()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.mails.length).toBe(before);
    expect(await notificationsOf('employee@demo.test')).toHaveLength(1);

    // Two processes racing on fresh work: each notice is created once and e-mailed once.
    await assign('lucas.moreau@demo.test', daysFromNow(1));
    const raced = await Promise.all([scan(), scan()]);
    expect(raced[0].reminders + raced[1].reminders).toBe(1);
    const sent = await Promise.all([sendMail(), sendMail()]);
    expect(sent[0].sent + sent[1].sent).toBe(1);
    expect(mailsTo('lucas.moreau@demo.test')).toHaveLength(1);
    expect(mailsTo('lucas.moreau@demo.test')[0]!.subject).toBe(`Footsteps: Due within a day: ${moduleTitle}`);
  }, TIMEOUT);

  it('sends an overdue notice, without escalating before the set days', async () => {
    await assign('jonas.berg@demo.test', daysFromNow(-2));
    expect(await scan()).toEqual({ reminders: 0, overdue: 1, escalations: 0 });
    await sendMail();
    const [mail, ...more] = mailsTo('jonas.berg@demo.test');
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`Footsteps: Overdue: ${moduleTitle}`);
    expect(mail!.text).toContain('is not finished yet');
    expect((await notificationsOf('jonas.berg@demo.test')).map((n) => n.kind)).toEqual(['overdue']);
  }, TIMEOUT);

  it('escalates to the coaches of the team after 7 days overdue, and to whoever assigned it when the team has none', async () => {
    const coachMailsBefore = mailsTo('coach@demo.test').length;
    // Amara's team (Frontline Support) is coached by coach@demo.test.
    await assign('amara.okafor@demo.test', daysFromNow(-8));
    // Tom's team (Billing) has no coach: the escalation goes to the coach who assigned it.
    await assign('tom.nguyen@demo.test', daysFromNow(-9));
    expect(await scan()).toEqual({ reminders: 0, overdue: 2, escalations: 2 });
    await sendMail();

    expect((await notificationsOf('amara.okafor@demo.test')).map((n) => n.kind)).toEqual(['overdue']);
    const escalations = (await notificationsOf('coach@demo.test')).filter((n) => n.kind === 'escalation');
    expect(escalations.map((n) => n.title).sort()).toEqual([`Overdue 8 days: Amara Okafor, ${moduleTitle}`, `Overdue 9 days: Tom Nguyen, ${moduleTitle}`]);
    expect(escalations.find((n) => n.title.includes('Amara'))!.body).toContain('as a coach of their team');
    expect(escalations.find((n) => n.title.includes('Tom'))!.body).toContain('because you assigned it');
    const mails = mailsTo('coach@demo.test').slice(coachMailsBefore);
    expect(mails.map((m) => m.subject).sort()).toEqual([`Footsteps: Overdue 8 days: Amara Okafor, ${moduleTitle}`, `Footsteps: Overdue 9 days: Tom Nguyen, ${moduleTitle}`]);
    expect(mails[0]!.text).toContain('https://footsteps.example.com/assignments');
    // Nobody else was told, and a second scan adds nothing.
    expect((await t.db.getRepository(Notification).findBy({ kind: 'escalation' })).length).toBe(2);
    expect(await scan()).toEqual({ reminders: 0, overdue: 0, escalations: 0 });
  }, TIMEOUT);

  it('sends nothing about completed work, however overdue', async () => {
    const hana = await t.login('hana.sato@demo.test');
    let a = (await request(t.http).post(`/api/modules/${moduleId}/attempts`).set(as(hana)).send({ practice: false }).expect(200)).body;
    const steps: unknown[] = [];
    for (let turn = 0; a.playState?.current && turn < 30; turn += 1) {
      const d = a.playState.current;
      steps.push(d.type === 'choice' ? { nodeId: d.nodeId, optionId: d.options[0].id } : { nodeId: d.nodeId, text: "I'm sorry, that sounds stressful. What happened when you tried to sort it out?" });
      a = (await request(t.http).put(`/api/attempts/${a.id}/answer`).set(as(hana)).send({ answer: { steps }, revision: a.revision }).expect(200)).body;
    }
    await request(t.http).post(`/api/attempts/${a.id}/submit`).set(as(hana)).send({ revision: a.revision }).expect(200);
    await assign('hana.sato@demo.test', daysFromNow(-20));
    const inbox = (await request(t.http).get('/api/me/assignments').set(as(hana)).expect(200)).body as { itemId: string; progress: { status: string } }[];
    expect(inbox.find((i) => i.itemId === moduleId)!.progress.status).toBe('completed');

    expect(await scan()).toEqual({ reminders: 0, overdue: 0, escalations: 0 });
    expect(await notificationsOf('hana.sato@demo.test')).toEqual([]);
    expect((await notificationsOf('coach@demo.test')).some((n) => n.title.includes('Hana'))).toBe(false);
  }, TIMEOUT);

  it('lists my notifications newest first with the unread count, and marks one read', async () => {
    const maya = await t.login('employee@demo.test');
    // A second notice for Maya: the same work, now overdue (a new due date is a new notice).
    await assign('employee@demo.test', daysFromNow(-1));
    await scan();
    const list = (await request(t.http).get('/api/me/notifications').set(as(maya)).expect(200)).body as { items: { id: string; kind: string; readAt: string | null; link: string }[]; unread: number };
    expect(list.unread).toBe(2);
    expect(list.items.map((n) => n.kind)).toEqual(['overdue', 'reminder']);
    expect(list.items[0]!.link).toBe('/learning');

    const read = await request(t.http).post(`/api/me/notifications/${list.items[1]!.id}/read`).set(as(maya)).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    // Again: still read, at the first time.
    const again = await request(t.http).post(`/api/me/notifications/${list.items[1]!.id}/read`).set(as(maya)).expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);
    const after = (await request(t.http).get('/api/me/notifications?limit=1').set(as(maya)).expect(200)).body;
    expect(after.unread).toBe(1);
    expect(after.items).toHaveLength(1);
    await request(t.http).get('/api/me/notifications?limit=0').set(as(maya)).expect(400);
  }, TIMEOUT);

  it('does not e-mail a notification already read in the app', async () => {
    const maya = await t.login('employee@demo.test');
    const before = mailsTo('employee@demo.test').length;
    const list = (await request(t.http).get('/api/me/notifications').set(as(maya)).expect(200)).body as { items: { id: string; kind: string }[] };
    await request(t.http).post(`/api/me/notifications/${list.items.find((n) => n.kind === 'overdue')!.id}/read`).set(as(maya)).expect(200);
    await sendMail();
    expect(mailsTo('employee@demo.test')).toHaveLength(before);
  }, TIMEOUT);

  it('does not let another person see or mark my notification read', async () => {
    const jonas = await t.login('jonas.berg@demo.test');
    const [mine] = await notificationsOf('employee@demo.test');
    const res = await request(t.http).post(`/api/me/notifications/${mine!.id}/read`).set(as(jonas)).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    const theirs = (await request(t.http).get('/api/me/notifications').set(as(jonas)).expect(200)).body as { items: { id: string }[] };
    expect(theirs.items.map((n) => n.id)).not.toContain(mine!.id);
    await request(t.http).post('/api/me/notifications/not-a-uuid/read').set(as(jonas)).expect(400);
    await request(t.http).get('/api/me/notifications').expect(401);
  }, TIMEOUT);

  it('does not start the job queue when jobs are disabled', async () => {
    const [row] = await t.db.query("SELECT to_regnamespace('pgboss') AS schema");
    expect(row.schema).toBeNull();
  }, TIMEOUT);
});

describe('the e-mail outbox when the mail server is down', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A port nothing listens on.
    const probe = await startSmtp();
    const url = probe.url;
    await probe.close();
    t = await createTestApp({ JOBS_ENABLED: 'false', SMTP_URL: url });
  }, TIMEOUT);
  afterAll(() => t.close(), TIMEOUT);

  it('counts the failed attempt and keeps the notification for a later run', async () => {
    const coach = await t.login('coach@demo.test');
    const [employee] = (await request(t.http).get('/api/people?search=employee@demo.test').set({ Authorization: `Bearer ${await t.login('admin@demo.test')}` }).expect(200)).body.items;
    const m = ((await request(t.http).get('/api/modules').set({ Authorization: `Bearer ${coach}` }).expect(200)).body as { id: string; status: string }[]).find((x) => x.status === 'published')!;
    await request(t.http).post('/api/assignments').set({ Authorization: `Bearer ${coach}` }).send({ itemType: 'module', itemId: m.id, targets: [{ type: 'person', id: employee.id }], dueAt: daysFromNow(2) }).expect(201);
    await t.app.get(RemindersService).scan();
    expect(await t.app.get(NotificationOutboxService).sendPending()).toEqual({ sent: 0, failed: 1 });
    const [n] = await t.db.getRepository(Notification).findBy({ personId: employee.id });
    expect(n).toMatchObject({ emailedAt: null, emailAttempts: 1 });
  }, TIMEOUT);
});

describe('the job queue (pg-boss) with jobs enabled', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let closed = false;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ JOBS_ENABLED: 'true', SMTP_URL: smtp.url, REMINDER_SCAN_CRON: '0 6 * * *' });
  }, TIMEOUT);
  afterAll(async () => {
    if (!closed) await t.close();
    await smtp.close();
  }, TIMEOUT);

  it('schedules the scan and the outbox, and a queued scan ends in an e-mail', async () => {
    const schedules: { name: string; cron: string }[] = await t.db.query('SELECT name, cron FROM pgboss.schedule ORDER BY name');
    expect(schedules).toEqual([
      { name: 'notifications-email', cron: '* * * * *' },
      { name: 'reminders-scan', cron: '0 6 * * *' },
    ]);
    const coach = await t.login('coach@demo.test');
    const admin = await t.login('admin@demo.test');
    const [employee] = (await request(t.http).get('/api/people?search=employee@demo.test').set({ Authorization: `Bearer ${admin}` }).expect(200)).body.items;
    const m = ((await request(t.http).get('/api/modules').set({ Authorization: `Bearer ${coach}` }).expect(200)).body as { id: string; status: string }[]).find((x) => x.status === 'published')!;
    await request(t.http).post('/api/assignments').set({ Authorization: `Bearer ${coach}` }).send({ itemType: 'module', itemId: m.id, targets: [{ type: 'person', id: employee.id }], dueAt: daysFromNow(2) }).expect(201);

    await t.app.get(ReminderJobsService).queueScan();
    for (let i = 0; i < 100 && !smtp.mails.length; i += 1) await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mails.map((m) => m.to)).toEqual([['employee@demo.test']]);
  }, TIMEOUT);

  it('stops with the app and leaves no connection of its own open', async () => {
    const [{ database }] = (await t.db.query('SELECT current_database() AS database')) as { database: string }[];
    const server = process.env[SERVER_ENV]!;
    const jobConnections = async () => {
      const client = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
      await client.connect();
      try {
        const r = await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'footsteps-jobs'", [database]);
        return r.rows[0].n as number;
      } finally {
        await client.end();
      }
    };
    expect(await jobConnections()).toBeGreaterThan(0);
    await t.app.close();
    closed = true;
    // A backend leaves pg_stat_activity a moment after its client disconnects: allow up to 5 s.
    let left = await jobConnections();
    for (let i = 0; i < 50 && left > 0; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      left = await jobConnections();
    }
    expect(left).toBe(0);
    await dropDatabase(server, database);
  }, TIMEOUT);
});
