import { courseProgress, isOverdue, type CompletionRule, type CourseProgressResult, type ModuleStatus, type ProgressResult } from '#module-kinds';

/** What a stored `module_progress` row holds that the rules read. */
export interface StoredModuleProgress {
  status: ModuleStatus;
  percent: number;
  score: number | null;
}

export interface ModuleProgressRow extends ProgressResult {
  moduleId: string;
}

export interface CourseLike {
  moduleIds: string[];
  completionRule: CompletionRule;
}

export type CourseProgressRow = CourseProgressResult & { modules: ModuleProgressRow[] };

const NOT_STARTED = { status: 'not_started', percent: 0, score: null } as const;

/** A module's progress from its stored row (absent = not started), judged against a due date. */
export function moduleState(moduleId: string, stored: StoredModuleProgress | undefined, dueAt?: Date | null, now = new Date()): ModuleProgressRow {
  const base = stored ? { status: stored.status, percent: stored.percent, score: stored.score } : NOT_STARTED;
  return { moduleId, ...base, overdue: isOverdue(base.status, { dueAt, now }) };
}

/** A course's progress from the stored module rows, judged against a due date: `courseProgress` over them. */
export function courseState(course: CourseLike, stored: ReadonlyMap<string, StoredModuleProgress> | undefined, dueAt?: Date | null, now = new Date()): CourseProgressRow {
  const modules = course.moduleIds.map((id) => moduleState(id, stored?.get(id), null, now));
  return { ...courseProgress(course.completionRule, modules, { dueAt, now }), modules };
}
