import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { courseProgress, isOverdue, moduleProgress, type AttemptInput, type CompletionRule, type CourseProgressResult, type ProgressResult } from '#module-kinds';
import { ModuleProgress } from './module-progress.entity.js';

export interface ModuleProgressRow extends ProgressResult {
  moduleId: string;
}

export interface CourseLike {
  moduleIds: string[];
  completionRule: CompletionRule;
}

export type CourseProgressRow = CourseProgressResult & { modules: ModuleProgressRow[] };

const NOT_STARTED = { status: 'not_started', percent: 0, score: null } as const;

/**
 * The one place the API decides progress. Whenever a person's attempts on a module change,
 * `refresh` runs `moduleProgress` from `#module-kinds` over them (practice attempts excluded,
 * coach overrides applied) and stores the result in `module_progress`; every screen and report
 * then reads those rows through this service, and course progress is `courseProgress` over
 * them. Learner, coach and HR therefore always see the same numbers.
 */
@Injectable()
export class ProgressService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Recomputes and stores one person's progress on one module. Call inside the changing transaction. */
  async refresh(tx: EntityManager, orgId: string, personId: string, moduleId: string): Promise<void> {
    const rows: { kind: string; state: AttemptInput['state']; answer: unknown; score: number | null; content: unknown; submitted_at: Date | null }[] = await tx.query(
      `SELECT a.kind, a.state, a.answer, coalesce(a.override_score, a.score) AS score, a.submitted_at,
              CASE WHEN a.state = 'draft' THEN v.content END AS content
         FROM attempt a JOIN module_version v ON v.id = a.module_version_id
        WHERE a.organization_id = $1 AND a.person_id = $2 AND a.module_id = $3 AND NOT a.practice
        ORDER BY a.started_at, a.id`,
      [orgId, personId, moduleId],
    );
    if (!rows.length) {
      await tx.delete(ModuleProgress, { personId, moduleId });
      return;
    }
    const p = moduleProgress(rows.map((r) => ({ state: r.state, kind: r.kind, content: r.content, answer: r.answer, score: r.score })));
    const completedAt = p.status === 'completed' ? rows.map((r) => r.submitted_at).filter((d): d is Date => !!d).sort((a, b) => +a - +b)[0] ?? new Date() : null;
    await tx.upsert(
      ModuleProgress,
      { organizationId: orgId, personId, moduleId, status: p.status, percent: p.percent, score: p.score, completedAt, updatedAt: new Date() },
      ['personId', 'moduleId'],
    );
  }

  /** Stored progress of people on modules: person id -> module id -> row (absent = not started). */
  async forPeople(orgId: string, personIds: string[], moduleIds: string[]): Promise<Map<string, Map<string, ModuleProgress>>> {
    const result = new Map<string, Map<string, ModuleProgress>>();
    if (!personIds.length || !moduleIds.length) return result;
    const rows = await this.db.getRepository(ModuleProgress).findBy({ organizationId: orgId, personId: In(personIds), moduleId: In(moduleIds) });
    for (const r of rows) {
      const m = result.get(r.personId) ?? new Map<string, ModuleProgress>();
      m.set(r.moduleId, r);
      result.set(r.personId, m);
    }
    return result;
  }

  /** A module's progress from its stored row, judged against a due date. */
  moduleState(moduleId: string, stored: ModuleProgress | undefined, dueAt?: Date | null, now = new Date()): ModuleProgressRow {
    const base = stored ? { status: stored.status, percent: stored.percent, score: stored.score } : NOT_STARTED;
    return { moduleId, ...base, overdue: isOverdue(base.status, { dueAt, now }) };
  }

  /** A course's progress from the stored module rows, judged against a due date. */
  courseState(course: CourseLike, stored: Map<string, ModuleProgress> | undefined, dueAt?: Date | null, now = new Date()): CourseProgressRow {
    const modules = course.moduleIds.map((id) => this.moduleState(id, stored?.get(id), null, now));
    return { ...courseProgress(course.completionRule, modules, { dueAt, now }), modules };
  }

  /** One person's progress on each of the given modules. */
  async modulesFor(orgId: string, personId: string, moduleIds: string[], dueAt?: Date | null): Promise<Map<string, ModuleProgressRow>> {
    const stored = (await this.forPeople(orgId, [personId], moduleIds)).get(personId);
    return new Map(moduleIds.map((id) => [id, this.moduleState(id, stored?.get(id), dueAt)]));
  }
}
