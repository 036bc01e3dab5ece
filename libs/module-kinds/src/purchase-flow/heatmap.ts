import { PAIN_POINT_EMOTIONS, type PainPointEmotion } from './answer.js';
import type { PurchaseFlowSummary } from './kind.js';

/** One cell of the journey heatmap: the pain points of one stage owned by one unit. */
export interface HeatmapCell {
  stageKey: string;
  unitId: string;
  count: number;
  meanSeverity: number;
  maxSeverity: number;
  emotions: Record<PainPointEmotion, number>;
}

/**
 * Rolls many learners' purchase-flow summaries up into the journey heatmap: one cell per stage
 * and owning unit that has pain points, in stage order of first appearance, then by count.
 * Hiding groups too small to be anonymous is the caller's job: it knows who the people are.
 */
export function painPointHeatmap(summaries: readonly PurchaseFlowSummary[]): HeatmapCell[] {
  const cells = new Map<string, HeatmapCell & { severitySum: number }>();
  const stageOrder: string[] = [];
  for (const summary of summaries) {
    for (const stage of summary.stages) if (!stageOrder.includes(stage.stageKey)) stageOrder.push(stage.stageKey);
    for (const p of summary.painPoints) {
      const id = `${p.stageKey}\u0000${p.unitId}`;
      let cell = cells.get(id);
      if (!cell) {
        cell = {
          stageKey: p.stageKey,
          unitId: p.unitId,
          count: 0,
          meanSeverity: 0,
          maxSeverity: 0,
          severitySum: 0,
          emotions: Object.fromEntries(PAIN_POINT_EMOTIONS.map((e) => [e, 0])) as Record<PainPointEmotion, number>,
        };
        cells.set(id, cell);
      }
      cell.count += 1;
      cell.severitySum += p.severity;
      cell.maxSeverity = Math.max(cell.maxSeverity, p.severity);
      cell.emotions[p.emotion] += 1;
    }
  }
  const rank = (key: string) => {
    const i = stageOrder.indexOf(key);
    return i < 0 ? stageOrder.length : i;
  };
  return [...cells.values()]
    .map(({ severitySum, ...cell }) => ({ ...cell, meanSeverity: Math.round((10 * severitySum) / cell.count) / 10 }))
    .sort((a, b) => rank(a.stageKey) - rank(b.stageKey) || b.count - a.count || a.unitId.localeCompare(b.unitId));
}
