import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import type { AssignableItem } from '../assignments/assignment.entity.js';
import { effectiveAssignments, type EffectiveAssignment } from '../assignments/recipients.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Course } from '../courses/course.entity.js';
import { LearningModule } from '../modules/learning-module.entity.js';
import type { ModuleProgress } from '../progress/module-progress.entity.js';
import { ProgressService } from '../progress/progress.service.js';
import { NotificationsService, type NewNotification } from '../notifications/notifications.service.js';
import { DAY_MS, daysPhrase, dueNotices, formatDue, type ReminderPolicy } from './reminder-rules.js';

/** People read per query while scanning an organization. */
const PAGE = 1000;

export interface ScanResult {
  reminders: number;
  overdue: number;
  escalations: number;
}

interface Item {
  type: AssignableItem;
  title: string;
  /** For courses: what `courseState` needs. */
  course?: Course;
}

interface PagePerson {
  id: string;
  name: string;
  /** Coaches of the person's team, not counting the person. */
  coachIds: string[];
}

/**
 * Finds unfinished assigned work that is due soon or overdue and writes the notices it calls
 * for: a reminder before the due date, an overdue notice, and after a while an escalation to the
 * person's coaches (or, when their team has none, to whoever assigned it). Who has what comes
 * from `effectiveAssignments` (live membership, earliest due date) and whether it is done from
 * `ProgressService`, like every other screen. Each notice has a dedupe key naming its kind,
 * person, item and due date, so running the scan again, after a failure or in two processes at
 * once, creates nothing new.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');
  private readonly policy: ReminderPolicy;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly progress: ProgressService,
    private readonly notifications: NotificationsService,
  ) {
    this.policy = { daysBefore: config.reminders.daysBefore, escalateAfterDays: config.reminders.escalateAfterDays };
  }

  /** Scans every organization. */
  async scan(now = new Date()): Promise<ScanResult> {
    const total: ScanResult = { reminders: 0, overdue: 0, escalations: 0 };
    const orgs: { id: string }[] = await this.db.query('SELECT id FROM organization ORDER BY id');
    for (const { id } of orgs) {
      const r = await this.scanOrganization(id, now);
      total.reminders += r.reminders;
      total.overdue += r.overdue;
      total.escalations += r.escalations;
    }
    if (total.reminders || total.overdue || total.escalations) this.logger.log(`Created ${total.reminders} reminder(s), ${total.overdue} overdue notice(s), ${total.escalations} escalation(s)`);
    return total;
  }

  /** Scans one organization, a page of people at a time. */
  async scanOrganization(orgId: string, now = new Date()): Promise<ScanResult> {
    const result: ScanResult = { reminders: 0, overdue: 0, escalations: 0 };
    const items = new Map<string, Item | null>();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const people: PagePerson[] = await this.db.query(
        `SELECT p.id, p.name,
                coalesce(array_agg(tc.person_id) FILTER (WHERE tc.person_id IS NOT NULL AND tc.person_id <> p.id), '{}') AS "coachIds"
           FROM person p
           LEFT JOIN team_coach tc ON tc.team_id = p.team_id AND tc.organization_id = p.organization_id
          WHERE p.organization_id = $1 AND p.id > $2
          GROUP BY p.id
          ORDER BY p.id
          LIMIT $3`,
        [orgId, after, PAGE],
      );
      if (!people.length) break;
      after = people[people.length - 1]!.id;
      const created = await this.notifications.createOnce(await this.noticesFor(orgId, people, items, now));
      for (const c of created) {
        if (c.kind === 'reminder') result.reminders += 1;
        else if (c.kind === 'overdue') result.overdue += 1;
        else if (c.kind === 'escalation') result.escalations += 1;
      }
      if (people.length < PAGE) break;
    }
    return result;
  }

  private async noticesFor(orgId: string, people: PagePerson[], items: Map<string, Item | null>, now: Date): Promise<NewNotification[]> {
    const horizon = new Date(now.getTime() + this.policy.daysBefore * DAY_MS);
    // Filtering assignments by due date before merging keeps the merged (earliest) due date right.
    const due = await effectiveAssignments(this.db.manager, orgId, 'AND a.due_at IS NOT NULL AND a.due_at <= $2 AND p.id = ANY($3::uuid[])', [horizon, people.map((p) => p.id)]);
    if (!due.length) return [];
    await this.loadItems(orgId, due, items);
    const moduleIds = new Set<string>();
    for (const e of due) {
      const item = items.get(e.itemId);
      if (item?.course) item.course.moduleIds.forEach((id) => moduleIds.add(id));
      else if (item) moduleIds.add(e.itemId);
    }
    const stored = await this.progress.forPeople(orgId, [...new Set(due.map((e) => e.personId))], [...moduleIds]);
    const byId = new Map(people.map((p) => [p.id, p]));
    const fallback = await this.existingPeople(orgId, due.flatMap((e) => e.assignedBy));

    const rows: NewNotification[] = [];
    for (const e of due) {
      const item = items.get(e.itemId);
      const person = byId.get(e.personId);
      if (!item || !person || !e.dueAt) continue;
      const dueAt = new Date(e.dueAt);
      const when = dueNotices(dueAt, now, this.policy);
      if (!when.reminder && !when.overdue) continue;
      const percent = this.percentDone(item, e, stored.get(e.personId), dueAt, now);
      if (percent === null) continue; // completed: nothing to remind anyone of
      const key = `${e.personId}:${e.itemType}:${e.itemId}:${dueAt.toISOString()}`;
      const what = `${item.type} “${item.title}”`;
      const done = percent > 0 ? `You are ${percent}% of the way there.` : 'You have not started it yet.';
      const base = { organizationId: orgId, personId: e.personId, link: '/learning' };
      if (when.reminder) {
        rows.push({
          ...base,
          kind: 'reminder',
          dedupeKey: `reminder:${key}`,
          title: `Due ${when.daysLeft <= 1 ? 'within a day' : `in ${daysPhrase(when.daysLeft)}`}: ${item.title}`,
          body: `Your ${what} is due on ${formatDue(dueAt)}. ${done}`,
        });
      }
      if (when.overdue) {
        rows.push({
          ...base,
          kind: 'overdue',
          dedupeKey: `overdue:${key}`,
          title: `Overdue: ${item.title}`,
          body: `Your ${what} was due on ${formatDue(dueAt)} and is not finished yet. ${done} It is not too late: pick it up where you left off.`,
        });
      }
      if (when.escalation) {
        const coaches = person.coachIds.length ? person.coachIds : e.assignedBy.filter((id) => id !== e.personId && fallback.has(id));
        const why = person.coachIds.length ? 'You receive this as a coach of their team.' : 'You receive this because you assigned it.';
        const progress = percent > 0 ? `${percent}% done` : 'not started';
        for (const coachId of coaches) {
          rows.push({
            organizationId: orgId,
            personId: coachId,
            link: '/assignments',
            kind: 'escalation',
            dedupeKey: `escalation:${key}:to:${coachId}`,
            title: `Overdue ${daysPhrase(when.daysOverdue)}: ${person.name}, ${item.title}`,
            body: `${person.name} has not finished the ${what}, which was due on ${formatDue(dueAt)} (${progress}). A short, friendly check-in often helps: ask what is getting in the way. ${why}`,
          });
        }
      }
    }
    return rows;
  }

  /** Percent done by the one progress function, or null when completed. */
  private percentDone(item: Item, e: EffectiveAssignment, stored: Map<string, ModuleProgress> | undefined, dueAt: Date, now: Date): number | null {
    const state = item.course ? this.progress.courseState(item.course, stored, dueAt, now) : this.progress.moduleState(e.itemId, stored?.get(e.itemId), dueAt, now);
    return state.status === 'completed' ? null : state.percent;
  }

  /** Loads the items not yet known; those no longer open to learners (archived, unpublished) are null. */
  private async loadItems(orgId: string, due: EffectiveAssignment[], items: Map<string, Item | null>): Promise<void> {
    const missing = (type: AssignableItem) => [...new Set(due.filter((e) => e.itemType === type && !items.has(e.itemId)).map((e) => e.itemId))];
    const courseIds = missing('course');
    const moduleIds = missing('module');
    if (courseIds.length) {
      const found = await this.db.getRepository(Course).findBy({ organizationId: orgId, id: In(courseIds), status: Not('archived') });
      for (const id of courseIds) items.set(id, null);
      for (const c of found) items.set(c.id, { type: 'course', title: c.title, course: c });
    }
    if (moduleIds.length) {
      const found = await this.db.getRepository(LearningModule).findBy({ organizationId: orgId, id: In(moduleIds), status: 'published' });
      for (const id of moduleIds) items.set(id, null);
      for (const m of found) items.set(m.id, { type: 'module', title: m.title });
    }
  }

  /** Of these ids, those that are people of the organization still. */
  private async existingPeople(orgId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.db.query('SELECT id FROM person WHERE organization_id = $1 AND id = ANY($2::uuid[])', [orgId, [...new Set(ids)]]);
    return new Set(rows.map((r) => r.id));
  }
}
