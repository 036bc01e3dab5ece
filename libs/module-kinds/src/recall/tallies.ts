import { CREATED_SIMILAR, type CreatedSimilar } from './answer.js';
import type { RecallSummary } from './kind.js';

export interface RecallTallies {
  answers: number;
  /** How often each element was chosen, for best and for worst experiences. */
  elements: { best: Record<string, number>; worst: Record<string, number> };
  createdSimilar: Record<CreatedSimilar, number>;
  /** Where learners said we create such experiences: by journey stage and by owning unit. */
  stages: Record<string, number>;
  units: Record<string, number>;
  /** Mean feeling then and now (1-5), per experience. */
  feeling: { best: { then: number; now: number }; worst: { then: number; now: number } } | null;
  sharingConsents: number;
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * Rolls many learners' recall summaries up for organization-wide insight. Hiding groups too
 * small to be anonymous is the caller's job.
 */
export function recallTallies(summaries: readonly RecallSummary[]): RecallTallies {
  const tallies: RecallTallies = {
    answers: summaries.length,
    elements: { best: {}, worst: {} },
    createdSimilar: Object.fromEntries(CREATED_SIMILAR.map((c) => [c, 0])) as Record<CreatedSimilar, number>,
    stages: {},
    units: {},
    feeling: null,
    sharingConsents: 0,
  };
  const sums = { bestThen: 0, bestNow: 0, worstThen: 0, worstNow: 0 };
  for (const s of summaries) {
    for (const key of s.best.elementKeys) bump(tallies.elements.best, key);
    for (const key of s.worst.elementKeys) bump(tallies.elements.worst, key);
    tallies.createdSimilar[s.createdSimilar] += 1;
    if (s.stageKey) bump(tallies.stages, s.stageKey);
    if (s.unitId) bump(tallies.units, s.unitId);
    if (s.sharingConsent) tallies.sharingConsents += 1;
    sums.bestThen += s.best.feltThen;
    sums.bestNow += s.best.feltNow;
    sums.worstThen += s.worst.feltThen;
    sums.worstNow += s.worst.feltNow;
  }
  if (summaries.length) {
    const mean = (n: number) => Math.round((10 * n) / summaries.length) / 10;
    tallies.feeling = {
      best: { then: mean(sums.bestThen), now: mean(sums.bestNow) },
      worst: { then: mean(sums.worstThen), now: mean(sums.worstNow) },
    };
  }
  return tallies;
}
