import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { moduleProgress, type AttemptInput } from '#module-kinds';
import { readRows } from '../database/pool.js';
import { AssignmentProgressService } from './assignment-progress.service.js';
import { MODULE_VERSION_CONTENT_SQL, PROGRESS_INPUTS_SQL, STORE_MODULE_PROGRESS_SQL, STORED_PROGRESS_SQL } from './progress-sql.js';
import { ModuleProgress } from './module-progress.entity.js';
import { courseState, moduleState, type CourseLike, type CourseProgressRow, type ModuleProgressRow } from './progress-rules.js';

export type { CourseLike, CourseProgressRow, ModuleProgressRow } from './progress-rules.js';

/**
 * The one place the API decides progress. Whenever a person's attempts on a module change,
 * `refresh` runs `moduleProgress` from `#module-kinds` over them (practice attempts excluded,
 * coach overrides applied) and stores the result in `module_progress`; every screen and report
 * then reads those rows through this service, and course progress is `courseProgress` over
 * them. Learner, coach and HR therefore always see the same numbers.
 */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assignments: AssignmentProgressService,
  ) {}

  /**
   * Recomputes and stores one person's progress on one module. Call inside the changing
   * transaction. When the module's status or score changed (which is what course status and the
   * completion report depend on; the percent alone is not), the person's assignment progress is
   * refreshed in the same transaction.
   */
  async refresh(tx: EntityManager, orgId: string, personId: string, moduleId: string): Promise<void> {
    const rows: { kind: string; state: AttemptInput['state']; answer: unknown; score: number | null; submitted_at: Date | null; module_version_id: string }[] = await tx.query(
      PROGRESS_INPUTS_SQL,
      [orgId, personId, moduleId],
    );
    const contents = await this.versionContents(tx, rows.filter((r) => r.state === 'draft').map((r) => r.module_version_id));
    let changed: boolean;
    if (!rows.length) {
      const [, deleted] = (await tx.query(`DELETE FROM module_progress WHERE person_id = $1 AND module_id = $2`, [personId, moduleId])) as [unknown, number];
      changed = deleted > 0;
    } else {
      const p = moduleProgress(rows.map((r) => ({ state: r.state, kind: r.kind, content: r.state === 'draft' ? contents.get(r.module_version_id) : undefined, answer: r.answer, score: r.score })));
      const completedAt = p.status === 'completed' ? rows.map((r) => r.submitted_at).filter((d): d is Date => !!d).sort((a, b) => +a - +b)[0] ?? new Date() : null;
      const [result] = (await tx.query(
        STORE_MODULE_PROGRESS_SQL,
        [personId, moduleId, orgId, p.status, p.percent, p.score, completedAt],
      )) as { changed: boolean }[];
      changed = result!.changed;
    }
    if (changed) await this.assignments.refreshPeople(tx, orgId, [personId]);
  }

  /** Published module versions never change: their content is read once per process (at most 500 kept). */
  private readonly contents = new Map<string, unknown>();

  private async versionContents(tx: EntityManager, ids: string[]): Promise<Map<string, unknown>> {
    const missing = [...new Set(ids)].filter((id) => !this.contents.has(id));
    if (missing.length) {
      const rows: { id: string; content: unknown }[] = await tx.query(MODULE_VERSION_CONTENT_SQL, [missing]);
      if (this.contents.size + rows.length > 500) this.contents.clear();
      for (const r of rows) this.contents.set(r.id, r.content);
    }
    return this.contents;
  }

  /** Stored progress of people on modules: person id -> module id -> row (absent = not started). */
  async forPeople(orgId: string, personIds: string[], moduleIds: string[]): Promise<Map<string, Map<string, ModuleProgress>>> {
    const result = new Map<string, Map<string, ModuleProgress>>();
    if (!personIds.length || !moduleIds.length) return result;
    // Plain rows, the ids bound as two arrays: HR's overdue list reads tens of thousands of
    // people's rows, where entity hydration cost seconds and `In` would exceed 65,535 parameters.
    const rows = await readRows<ModuleProgress>(this.db, STORED_PROGRESS_SQL, [orgId, personIds, moduleIds]);
    for (const r of rows) {
      const m = result.get(r.personId) ?? new Map<string, ModuleProgress>();
      m.set(r.moduleId, r);
      result.set(r.personId, m);
    }
    return result;
  }

  /** A module's progress from its stored row, judged against a due date. */
  moduleState(moduleId: string, stored: ModuleProgress | undefined, dueAt?: Date | null, now = new Date()): ModuleProgressRow {
    return moduleState(moduleId, stored, dueAt, now);
  }

  /** A course's progress from the stored module rows, judged against a due date. */
  courseState(course: CourseLike, stored: Map<string, ModuleProgress> | undefined, dueAt?: Date | null, now = new Date()): CourseProgressRow {
    return courseState(course, stored, dueAt, now);
  }

  /** One person's progress on each of the given modules. */
  async modulesFor(orgId: string, personId: string, moduleIds: string[], dueAt?: Date | null): Promise<Map<string, ModuleProgressRow>> {
    const stored = (await this.forPeople(orgId, [personId], moduleIds)).get(personId);
    return new Map(moduleIds.map((id) => [id, this.moduleState(id, stored?.get(id), dueAt)]));
  }
}
