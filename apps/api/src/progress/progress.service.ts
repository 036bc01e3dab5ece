import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { courseProgress, moduleProgress, type AttemptInput, type CompletionRule, type CourseProgressResult, type ProgressResult } from '#module-kinds';

export interface ModuleProgressRow extends ProgressResult {
  moduleId: string;
}

export interface CourseLike {
  moduleIds: string[];
  completionRule: CompletionRule;
}

/**
 * The one place the API decides progress: it loads attempts and hands them to
 * `moduleProgress` / `courseProgress` from `#module-kinds`. Every endpoint and report that shows
 * progress goes through here, so learner, coach and HR always see the same numbers.
 * Practice attempts are never loaded.
 */
@Injectable()
export class ProgressService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Progress of one person on each of the given modules (all their modules when omitted). */
  async modulesFor(orgId: string, personId: string, moduleIds?: string[], now = new Date()): Promise<Map<string, ModuleProgressRow>> {
    const params: unknown[] = [orgId, personId];
    let filter = '';
    if (moduleIds) {
      if (moduleIds.length === 0) return new Map();
      params.push(moduleIds);
      filter = 'AND a.module_id = ANY($3::uuid[])';
    }
    // Content is only needed to compute a draft's percent.
    const rows: { module_id: string; kind: string; state: AttemptInput['state']; answer: unknown; score: number | null; content: unknown }[] = await this.db.query(
      `SELECT a.module_id, a.kind, a.state, a.answer, a.score,
              CASE WHEN a.state = 'draft' THEN v.content END AS content
         FROM attempt a JOIN module_version v ON v.id = a.module_version_id
        WHERE a.organization_id = $1 AND a.person_id = $2 AND NOT a.practice ${filter}
        ORDER BY a.started_at, a.id`,
      params,
    );
    const byModule = new Map<string, AttemptInput[]>();
    for (const r of rows) {
      const list = byModule.get(r.module_id) ?? [];
      list.push({ state: r.state, kind: r.kind, content: r.content, answer: r.answer, score: r.score });
      byModule.set(r.module_id, list);
    }
    const result = new Map<string, ModuleProgressRow>();
    for (const id of moduleIds ?? [...byModule.keys()]) {
      result.set(id, { moduleId: id, ...moduleProgress(byModule.get(id) ?? [], { now }) });
    }
    return result;
  }

  /** A person's progress on a course, with each module's progress in course order. */
  async courseFor(orgId: string, personId: string, course: CourseLike, now = new Date()): Promise<CourseProgressResult & { modules: ModuleProgressRow[] }> {
    const states = await this.modulesFor(orgId, personId, course.moduleIds, now);
    const modules = course.moduleIds.map((id) => states.get(id)!);
    return { ...courseProgress(course.completionRule, modules, { now }), modules };
  }
}
