import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { moduleProgress, type AttemptInput } from '#module-kinds';
import { anyOf } from '../database/any-of.js';
import { AssignmentProgressService } from './assignment-progress.service.js';
import { PROGRESS_INPUTS_SQL, STORE_MODULE_PROGRESS_SQL } from './progress-sql.js';
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
    const rows: { kind: string; state: AttemptInput['state']; answer: unknown; score: number | null; content: unknown; submitted_at: Date | null }[] = await tx.query(
      PROGRESS_INPUTS_SQL,
      [orgId, personId, moduleId],
    );
    let changed: boolean;
    if (!rows.length) {
      const [, deleted] = (await tx.query(`DELETE FROM module_progress WHERE person_id = $1 AND module_id = $2`, [personId, moduleId])) as [unknown, number];
      changed = deleted > 0;
    } else {
      const p = moduleProgress(rows.map((r) => ({ state: r.state, kind: r.kind, content: r.content, answer: r.answer, score: r.score })));
      const completedAt = p.status === 'completed' ? rows.map((r) => r.submitted_at).filter((d): d is Date => !!d).sort((a, b) => +a - +b)[0] ?? new Date() : null;
      const [result] = (await tx.query(
        STORE_MODULE_PROGRESS_SQL,
        [personId, moduleId, orgId, p.status, p.percent, p.score, completedAt],
      )) as { changed: boolean }[];
      changed = result!.changed;
    }
    if (changed) await this.assignments.refreshPeople(tx, orgId, [personId]);
  }

  /** Stored progress of people on modules: person id -> module id -> row (absent = not started). */
  async forPeople(orgId: string, personIds: string[], moduleIds: string[]): Promise<Map<string, Map<string, ModuleProgress>>> {
    const result = new Map<string, Map<string, ModuleProgress>>();
    if (!personIds.length || !moduleIds.length) return result;
    const rows = await this.db.getRepository(ModuleProgress).findBy({ organizationId: orgId, personId: anyOf(personIds), moduleId: anyOf(moduleIds) });
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
