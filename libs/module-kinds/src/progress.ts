import { z } from 'zod';
import { getModuleKind } from './registry.js';

export const MODULE_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

export const ATTEMPT_STATES = ['draft', 'submitted', 'scored'] as const;
export type AttemptState = (typeof ATTEMPT_STATES)[number];

/** What `moduleProgress` needs to know of one attempt. */
export interface AttemptInput {
  state: AttemptState;
  /** The module kind's name, to compute a draft's percent. */
  kind: string;
  /** The module version's content the attempt started on (already validated). */
  content: unknown;
  /** The attempt's saved answer (a draft may be partial or empty). */
  answer: unknown;
  /** The final score, coach overrides applied; null until scored. */
  score?: number | null;
  /** Practice attempts are private and never count toward progress. */
  practice?: boolean;
}

export interface DueInput {
  /** When the assignment is due, if it has a due date. */
  dueAt?: Date | string | null;
  /** The moment to judge overdue against; defaults to now. */
  now?: Date;
}

export interface ProgressResult {
  status: ModuleStatus;
  /** 0-100. Only `completed` shows 100; work in progress is capped at 99. */
  percent: number;
  /** Best score over completed attempts, or null. */
  score: number | null;
  /** Not completed and past the due date. */
  overdue: boolean;
}

/** Not completed and past the due date: the overdue rule every progress result uses. */
export function isOverdue(status: ModuleStatus, due: DueInput): boolean {
  if (status === 'completed' || due.dueAt === undefined || due.dueAt === null) return false;
  const dueAt = due.dueAt instanceof Date ? due.dueAt : new Date(due.dueAt);
  return (due.now ?? new Date()).getTime() > dueAt.getTime();
}

function inProgressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.max(0, Math.min(99, Math.floor((100 * done) / total)));
}

/**
 * The one function that decides a person's progress on a module, from their attempts in any
 * order (practice attempts are ignored):
 * - no attempt: not started, 0%;
 * - any submitted or scored attempt: completed, 100%, score = best score among them (a retry
 *   in progress does not undo completion);
 * - otherwise the latest draft: in progress, percent from the kind's `progress`, at most 99%.
 * `overdue` is true when not completed and past `dueAt`.
 */
export function moduleProgress(attempts: readonly AttemptInput[], due: DueInput = {}): ProgressResult {
  const counted = attempts.filter((a) => !a.practice);
  const finished = counted.filter((a) => a.state === 'submitted' || a.state === 'scored');
  if (finished.length) {
    const scores = finished.map((a) => a.score).filter((s): s is number => typeof s === 'number');
    return { status: 'completed', percent: 100, score: scores.length ? Math.max(...scores) : null, overdue: false };
  }
  const draft = counted[counted.length - 1];
  if (!draft) return { status: 'not_started', percent: 0, score: null, overdue: isOverdue('not_started', due) };
  return {
    status: 'in_progress',
    percent: draftPercent(draft.kind, draft.content, draft.answer),
    score: null,
    overdue: isOverdue('in_progress', due),
  };
}

/** A draft's percent from its kind's `progress`; an unreadable draft counts as 0%. */
export function draftPercent(kind: string, content: unknown, answer: unknown): number {
  const registered = getModuleKind(kind);
  if (!registered) return 0;
  const parsed = registered.draftSchema.safeParse(answer ?? registered.emptyAnswer(content));
  const { done, total } = registered.progress(content, parsed.success ? parsed.data : undefined);
  return inProgressPercent(done, total);
}

/** How a course counts as completed. */
export const completionRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('all-completed'),
    /** Every module's best score must reach this, 0-100. */
    minScore: z.int().min(0).max(100).optional(),
  }),
]);
export type CompletionRule = z.infer<typeof completionRuleSchema>;

/** A course: ordered module ids and its completion rule. */
export const courseStructureSchema = z
  .strictObject({
    moduleIds: z.array(z.string().min(1).max(100)).min(1).max(50),
    completionRule: completionRuleSchema,
  })
  .superRefine((course, ctx) => {
    const seen = new Set<string>();
    course.moduleIds.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['moduleIds', i], message: `Module "${id}" appears twice in the course` });
      seen.add(id);
    });
  });
export type CourseStructure = z.infer<typeof courseStructureSchema>;

/** One module's progress inside a course, as `moduleProgress` returns it. */
export interface ModuleState {
  moduleId?: string;
  status: ModuleStatus;
  percent: number;
  score: number | null;
}

export interface CourseProgressResult extends ProgressResult {
  completedModules: number;
  totalModules: number;
  /**
   * Completed modules whose best score is below the rule's minimum (they need a retry), or not
   * scored yet; by `moduleId`, else `#position`.
   */
  belowMinScore: string[];
}

/**
 * A course's progress from its modules' states, in course order:
 * - completed when the rule holds (every module completed; with `minScore`, every module's best
 *   score at least that);
 * - not started when no module is started;
 * - otherwise in progress, percent = the modules' mean percent, at most 99.
 * score = the mean of the modules' best scores where there are any, else null.
 * An empty course is not started.
 */
export function courseProgress(rule: CompletionRule, modules: readonly ModuleState[], due: DueInput = {}): CourseProgressResult {
  const totalModules = modules.length;
  const completed = modules.filter((m) => m.status === 'completed');
  const scores = modules.map((m) => m.score).filter((s): s is number => typeof s === 'number');
  const score = scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
  const minScore = rule.minScore;
  const belowMinScore =
    minScore === undefined
      ? []
      : modules.flatMap((m, i) =>
          m.status === 'completed' && (m.score ?? -1) < minScore ? [m.moduleId ?? `#${i + 1}`] : [],
        );
  const base = { completedModules: completed.length, totalModules, belowMinScore, score };
  if (totalModules > 0 && completed.length === totalModules && belowMinScore.length === 0) {
    return { ...base, status: 'completed', percent: 100, overdue: false };
  }
  if (totalModules === 0 || modules.every((m) => m.status === 'not_started')) {
    return { ...base, status: 'not_started', percent: 0, overdue: isOverdue('not_started', due) };
  }
  const mean = modules.reduce((sum, m) => sum + (m.status === 'completed' ? 100 : m.percent), 0) / totalModules;
  return { ...base, status: 'in_progress', percent: Math.min(99, Math.floor(mean)), overdue: isOverdue('in_progress', due) };
}
