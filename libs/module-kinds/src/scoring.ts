import type { ScoreLine, ScoreResult } from './kind.js';
import type { Issue } from './result.js';

/** Counts the words of a text the way the scoring rules do: runs of non-space characters. */
export function wordCount(text: string | undefined): number {
  if (!text) return 0;
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export function filled(text: string | undefined | null): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

/** Sums score lines into a 0-100 score. */
export function total<D>(lines: ScoreLine[], details: D): ScoreResult<D> {
  const points = lines.reduce((sum, l) => sum + l.points, 0);
  const maxPoints = lines.reduce((sum, l) => sum + l.maxPoints, 0);
  return { score: percentOf(points, maxPoints, 100), points, maxPoints, lines, details };
}

/** `points / max` as a whole percentage; `empty` when there was nothing to earn. */
export function percentOf(points: number, max: number, empty: number): number {
  if (max <= 0) return empty;
  return Math.max(0, Math.min(100, Math.round((100 * points) / max)));
}

/**
 * One required part of an answer. `validateSubmission` reports the undone items as errors and
 * `progress` counts them, so "100%" and "ready to submit" always agree. `weight` lets one
 * message stand for several parts (an unvisited stage with three tasks).
 */
export interface ChecklistItem extends Issue {
  done: boolean;
  weight?: number;
}

export function checklistProgress(items: ChecklistItem[]): { done: number; total: number } {
  let done = 0;
  let totalWeight = 0;
  for (const item of items) {
    const w = item.weight ?? 1;
    totalWeight += w;
    if (item.done) done += w;
  }
  return { done, total: totalWeight };
}

export function missing(items: ChecklistItem[]): Issue[] {
  return items.filter((i) => !i.done).map(({ path, message }) => ({ path, message }));
}
