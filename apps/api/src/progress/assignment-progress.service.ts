import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CompletionRule, ModuleStatus } from '#module-kinds';
import type { AssignableItem } from '../assignments/assignment.entity.js';
import { ASSIGNMENTS_REACHING_P, RECIPIENTS_OF_A } from '../assignments/recipients.js';
import { courseState, moduleState, type StoredModuleProgress } from './progress-rules.js';

/** People recomputed per round trip when many change at once (an import, a course edit). */
const CHUNK = 2_000;
/** Up to this many people, each is locked on their own; beyond it, the whole organization. */
const FEW = 50;

/** The people's (`$2`) live assignments merged per item, with the earliest due date. `$1` is the organization. */
export const EFFECTIVE_FOR_PEOPLE_SQL = `
  SELECT p.id AS person_id, p.department_id, p.team_id, a.item_type, a.item_id, min(a.due_at) AS due_at
    FROM person p CROSS JOIN LATERAL (${ASSIGNMENTS_REACHING_P}) a
   WHERE p.organization_id = $1 AND p.id = ANY($2::uuid[])
   GROUP BY p.id, p.department_id, p.team_id, a.item_type, a.item_id`;

/** One row of `assignment_progress` as computed. */
export interface AssignmentProgressRow {
  personId: string;
  departmentId: string | null;
  teamId: string | null;
  itemType: AssignableItem;
  itemId: string;
  dueAt: Date | null;
  status: ModuleStatus;
  completedAt: Date | null;
}

/**
 * Keeps `assignment_progress` (one row per person and effective assignment, with its status)
 * true. Every change to an input calls one of these methods inside its own transaction, after
 * its writes:
 * - a person's module status or score changes: `ProgressService.refresh` calls `refreshPeople`;
 * - a person is created, moved or imported: `refreshPeople`;
 * - an assignment is made or revoked: `refreshAssignments` (its recipients);
 * - a course's modules, rule or status change, a module is published or archived: `refreshItem`.
 *
 * Status comes from the same rules as every screen (`progress-rules.ts`) and membership from
 * `recipients.ts`. Refreshes of the same people are serialized with advisory locks taken before
 * reading, so a refresh never writes rows computed from data another transaction is changing:
 * a few people lock themselves (under a shared organization lock), larger sets lock the whole
 * organization.
 */
@Injectable()
export class AssignmentProgressService {
  async refreshPeople(tx: EntityManager, orgId: string, personIds: readonly string[]): Promise<void> {
    const ids = [...new Set(personIds)].sort();
    if (!ids.length) return;
    await this.lock(tx, orgId, ids);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      await this.write(tx, orgId, chunk, await this.compute(tx, orgId, chunk));
    }
  }

  /** After assignments are made or revoked: everyone they reach (revoked ones included). */
  async refreshAssignments(tx: EntityManager, orgId: string, assignmentIds: readonly string[]): Promise<void> {
    if (!assignmentIds.length) return;
    const rows: { person_id: string }[] = await tx.query(
      `SELECT DISTINCT r.person_id FROM assignment a JOIN LATERAL (${RECIPIENTS_OF_A}) r ON true
        WHERE a.organization_id = $1 AND a.id = ANY($2::uuid[])`,
      [orgId, assignmentIds],
    );
    await this.refreshPeople(tx, orgId, rows.map((r) => r.person_id));
  }

  /** After an item itself changed: everyone who has it now or had it before. */
  async refreshItem(tx: EntityManager, orgId: string, itemType: AssignableItem, itemId: string): Promise<void> {
    const rows: { person_id: string }[] = await tx.query(
      `SELECT person_id FROM assignment_progress WHERE organization_id = $1 AND item_type = $2 AND item_id = $3
       UNION
       SELECT r.person_id FROM assignment a JOIN LATERAL (${RECIPIENTS_OF_A}) r ON true
        WHERE a.organization_id = $1 AND a.revoked_at IS NULL AND a.item_type = $2 AND a.item_id = $3`,
      [orgId, itemType, itemId],
    );
    await this.refreshPeople(tx, orgId, rows.map((r) => r.person_id));
  }

  /** Recomputes the whole organization (after a bulk load, or to repair). */
  async rebuild(tx: EntityManager, orgId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('assignment_progress'), hashtext($1))`, [orgId]);
    await tx.query(`DELETE FROM assignment_progress WHERE organization_id = $1 AND person_id NOT IN (SELECT id FROM person WHERE organization_id = $1)`, [orgId]);
    const people: { id: string }[] = await tx.query(`SELECT id FROM person WHERE organization_id = $1`, [orgId]);
    await this.refreshPeople(tx, orgId, people.map((p) => p.id));
  }

  /**
   * The rows the given people should have now: their live assignments merged per item with the
   * earliest due date (archived courses and unpublished modules left out), each with its status.
   */
  async compute(db: EntityManager, orgId: string, personIds: readonly string[]): Promise<AssignmentProgressRow[]> {
    const reached: { person_id: string; department_id: string | null; team_id: string | null; item_type: AssignableItem; item_id: string; due_at: Date | null }[] = await db.query(
      EFFECTIVE_FOR_PEOPLE_SQL,
      [orgId, personIds],
    );
    if (!reached.length) return [];
    const itemIds = (type: AssignableItem) => [...new Set(reached.filter((r) => r.item_type === type).map((r) => r.item_id))];
    // One after another: inside a transaction they share one connection.
    const courses: { id: string; module_ids: string[]; completion_rule: CompletionRule }[] = await db.query(
      `SELECT id, module_ids, completion_rule FROM course WHERE organization_id = $1 AND status <> 'archived' AND id = ANY($2::uuid[])`,
      [orgId, itemIds('course')],
    );
    const modules: { id: string }[] = await db.query(`SELECT id FROM learning_module WHERE organization_id = $1 AND status = 'published' AND id = ANY($2::uuid[])`, [
      orgId,
      itemIds('module'),
    ]);
    const stored: (StoredModuleProgress & { person_id: string; module_id: string; completed_at: Date | null })[] = await db.query(
      `SELECT person_id, module_id, status, percent, score, completed_at FROM module_progress WHERE organization_id = $1 AND person_id = ANY($2::uuid[])`,
      [orgId, personIds],
    );
    const courseById = new Map(courses.map((c) => [c.id, { moduleIds: c.module_ids, completionRule: c.completion_rule }]));
    const published = new Set(modules.map((m) => m.id));
    const byPerson = new Map<string, Map<string, StoredModuleProgress & { completed_at: Date | null }>>();
    for (const s of stored) {
      const mine = byPerson.get(s.person_id) ?? new Map<string, StoredModuleProgress & { completed_at: Date | null }>();
      mine.set(s.module_id, s);
      byPerson.set(s.person_id, mine);
    }
    const rows: AssignmentProgressRow[] = [];
    for (const r of reached) {
      const mine = byPerson.get(r.person_id);
      let status: ModuleStatus;
      let completedAt: Date | null = null;
      if (r.item_type === 'course') {
        const course = courseById.get(r.item_id);
        if (!course) continue;
        status = courseState(course, mine).status;
        if (status === 'completed') completedAt = latest(course.moduleIds.map((id) => mine?.get(id)?.completed_at ?? null));
      } else {
        if (!published.has(r.item_id)) continue;
        status = moduleState(r.item_id, mine?.get(r.item_id)).status;
        if (status === 'completed') completedAt = mine?.get(r.item_id)?.completed_at ?? null;
      }
      rows.push({ personId: r.person_id, departmentId: r.department_id, teamId: r.team_id, itemType: r.item_type, itemId: r.item_id, dueAt: r.due_at, status, completedAt });
    }
    return rows;
  }

  private async lock(tx: EntityManager, orgId: string, sortedIds: readonly string[]): Promise<void> {
    if (sortedIds.length > FEW) {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('assignment_progress'), hashtext($1))`, [orgId]);
      return;
    }
    await tx.query(`SELECT pg_advisory_xact_lock_shared(hashtext('assignment_progress'), hashtext($1))`, [orgId]);
    // In id order, so two refreshes of overlapping people cannot wait on each other in a cycle.
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtext('assignment_progress.person'), hashtext(id)) FROM (SELECT id FROM unnest($1::text[]) AS id ORDER BY id) ids`,
      [sortedIds],
    );
  }

  /** Replaces the people's rows with `rows`, touching only those that differ. */
  private async write(tx: EntityManager, orgId: string, personIds: readonly string[], rows: readonly AssignmentProgressRow[]): Promise<void> {
    const col = <K extends keyof AssignmentProgressRow>(k: K) => rows.map((r) => r[k]);
    await tx.query(
      `DELETE FROM assignment_progress ap
        WHERE ap.organization_id = $1 AND ap.person_id = ANY($2::uuid[])
          AND NOT EXISTS (SELECT 1 FROM unnest($3::uuid[], $4::text[], $5::uuid[]) AS k(person_id, item_type, item_id)
                           WHERE k.person_id = ap.person_id AND k.item_type = ap.item_type AND k.item_id = ap.item_id)`,
      [orgId, personIds, col('personId'), col('itemType'), col('itemId')],
    );
    if (!rows.length) return;
    await tx.query(
      `INSERT INTO assignment_progress (person_id, item_type, item_id, organization_id, department_id, team_id, due_at, status, completed_at, updated_at)
       SELECT k.person_id, k.item_type, k.item_id, $1, k.department_id, k.team_id, k.due_at, k.status, k.completed_at, now()
         FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::timestamptz[], $8::text[], $9::timestamptz[])
              AS k(person_id, item_type, item_id, department_id, team_id, due_at, status, completed_at)
       ON CONFLICT (person_id, item_type, item_id) DO UPDATE
          SET department_id = EXCLUDED.department_id, team_id = EXCLUDED.team_id, due_at = EXCLUDED.due_at,
              status = EXCLUDED.status, completed_at = EXCLUDED.completed_at, updated_at = EXCLUDED.updated_at
        WHERE (assignment_progress.department_id, assignment_progress.team_id, assignment_progress.due_at, assignment_progress.status, assignment_progress.completed_at)
              IS DISTINCT FROM (EXCLUDED.department_id, EXCLUDED.team_id, EXCLUDED.due_at, EXCLUDED.status, EXCLUDED.completed_at)`,
      [orgId, col('personId'), col('itemType'), col('itemId'), col('departmentId'), col('teamId'), col('dueAt'), col('status'), col('completedAt')],
    );
  }
}

function latest(dates: (Date | null)[]): Date | null {
  const real = dates.filter((d): d is Date => !!d);
  return real.length ? new Date(Math.max(...real.map((d) => d.getTime()))) : null;
}
