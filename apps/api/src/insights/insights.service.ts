import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CREATED_SIMILAR, painPointHeatmap, type PurchaseFlowSummary, type RecallSummary } from '#module-kinds';
import { OrgStructureService } from '../org/org-structure.service.js';
import { MIN_GROUP_SIZE, type JourneyHeatmapDto, type RecallInsightDto, type StoryLibraryDto, type TallyDto } from './dto/insights.dto.js';

interface LatestRow<S> {
  person_id: string;
  module_id: string;
  title: string;
  content: unknown;
  summary: S;
  answer: unknown;
  submitted_at: Date;
}

/**
 * Organization-wide insight from completed, non-practice work: each person's latest submission
 * per module counts once. Any figure about fewer than five people is withheld.
 */
@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgStructureService,
  ) {}

  private latest<S>(orgId: string, kind: string): Promise<LatestRow<S>[]> {
    return this.db.query(
      `SELECT DISTINCT ON (a.person_id, a.module_id) a.person_id, a.module_id, m.title, v.content, a.summary, a.answer, a.submitted_at
         FROM attempt a JOIN learning_module m ON m.id = a.module_id JOIN module_version v ON v.id = a.module_version_id
        WHERE a.organization_id = $1 AND a.kind = $2 AND NOT a.practice AND a.state IN ('submitted', 'scored') AND a.summary IS NOT NULL
        ORDER BY a.person_id, a.module_id, a.submitted_at DESC`,
      [orgId, kind],
    );
  }

  async journey(orgId: string): Promise<JourneyHeatmapDto[]> {
    const rows = await this.latest<PurchaseFlowSummary>(orgId, 'purchase-flow');
    const units = new Map((await this.org.units(orgId)).map((u) => [u.id, u.name]));
    const byModule = new Map<string, LatestRow<PurchaseFlowSummary>[]>();
    for (const r of rows) byModule.set(r.module_id, [...(byModule.get(r.module_id) ?? []), r]);
    return [...byModule.values()].map((list) => {
      const first = list[0]!;
      const people = list.length;
      const withheld = people < MIN_GROUP_SIZE;
      const content = first.content as { stages?: { key: string; label: string }[] };
      const cells = withheld ? [] : painPointHeatmap(list.map((r) => r.summary)).map((cell) => {
        const contributors = list.filter((r) => r.summary.painPoints.some((p) => p.stageKey === cell.stageKey && p.unitId === cell.unitId)).length;
        const hidden = contributors < MIN_GROUP_SIZE;
        const topEmotions = Object.entries(cell.emotions).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([e]) => e);
        return {
          stageKey: cell.stageKey,
          unitId: cell.unitId,
          unitName: units.get(cell.unitId) ?? 'A former team',
          people: hidden ? 0 : contributors,
          withheld: hidden,
          count: hidden ? null : cell.count,
          meanSeverity: hidden ? null : Math.round(cell.meanSeverity * 10) / 10,
          topEmotions: hidden ? [] : topEmotions,
        };
      });
      return { moduleId: first.module_id, title: first.title, people: withheld ? 0 : people, withheld, stages: (content.stages ?? []).map((s) => ({ key: s.key, label: s.label })), cells };
    });
  }

  async recall(orgId: string): Promise<RecallInsightDto> {
    const rows = await this.latest<RecallSummary>(orgId, 'recall');
    // One answer per person: their latest across recall modules.
    const perPerson = new Map<string, LatestRow<RecallSummary>>();
    for (const r of rows) {
      const seen = perPerson.get(r.person_id);
      if (!seen || seen.submitted_at < r.submitted_at) perPerson.set(r.person_id, r);
    }
    const list = [...perPerson.values()];
    const people = list.length;
    if (people < MIN_GROUP_SIZE) return { people: 0, withheld: true, createdSimilar: [], stages: [], units: [] };
    const units = new Map((await this.org.units(orgId)).map((u) => [u.id, u.name]));
    const stageLabels = new Map<string, string>();
    for (const r of list) for (const s of (r.content as { journeyStages?: { key: string; label: string }[] }).journeyStages ?? []) stageLabels.set(s.key, s.label);
    const tally = (keys: (string | null)[], label: (k: string) => string): TallyDto[] => {
      const counts = new Map<string, number>();
      for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key, n]) => ({ key, label: label(key), count: n < MIN_GROUP_SIZE ? null : n }));
    };
    const createdSimilar = CREATED_SIMILAR.map((key) => {
      const n = list.filter((r) => r.summary.createdSimilar === key).length;
      return { key, label: { yes: 'Yes', no: 'No', unsure: 'Not sure' }[key], count: n < MIN_GROUP_SIZE ? null : n };
    });
    return {
      people,
      withheld: false,
      createdSimilar,
      stages: tally(list.map((r) => r.summary.stageKey), (k) => stageLabels.get(k) ?? k),
      units: tally(list.map((r) => r.summary.unitId), (k) => units.get(k) ?? 'A former team'),
    };
  }

  async stories(orgId: string): Promise<StoryLibraryDto> {
    const rows = (await this.latest<RecallSummary>(orgId, 'recall')).filter((r) => r.summary.sharingConsent);
    const stories = rows.flatMap((r) => {
      const story = (r.answer as { sharing?: { story?: string } }).sharing?.story?.trim();
      return story ? [{ story, moduleTitle: r.title, sharedIn: new Date(r.submitted_at).toISOString().slice(0, 7) }] : [];
    });
    const people = new Set(rows.map((r) => r.person_id)).size;
    if (people < MIN_GROUP_SIZE) return { withheld: true, stories: [] };
    // Shuffle-free but not in submission order, so the order does not reveal who shared what when.
    return { withheld: false, stories: stories.sort((a, b) => a.story.localeCompare(b.story)) };
  }
}
