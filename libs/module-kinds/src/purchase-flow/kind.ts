import type { AnswerContext } from '../context.js';
import type { ModuleKind, ScoreLine } from '../kind.js';
import { collectionLocator, fail, labelled, numbered, parseWith, type Issue } from '../result.js';
import { checklistProgress, filled, missing, total, type ChecklistItem } from '../scoring.js';
import {
  purchaseFlowAnswerSchema,
  purchaseFlowDraftSchema,
  type PainPointEmotion,
  type PurchaseFlowAnswer,
  type PurchaseFlowDraft,
} from './answer.js';
import { purchaseFlowContentSchema, type EffortMarker, type PurchaseFlowContent } from './content.js';

const locateContent = collectionLocator(
  {
    stages: labelled('Stage', 'key'),
    tasks: numbered('task'),
    options: labelled('option', 'id'),
    friction: labelled('friction item', 'id'),
    goals: numbered('goal'),
    needs: numbered('need'),
    constraints: numbered('constraint'),
    pressures: numbered('pressure'),
  },
  { persona: 'Persona' },
);

const locateAnswer = collectionLocator({
  stages: (_item, k) => `Stage "${String(k)}"`,
  tasks: (_item, k) => `task "${String(k)}"`,
  painPoints: numbered('Pain point'),
});

const FIELD_NAMES: Record<string, string> = {
  unitId: 'owning team',
  stageKey: 'stage',
  optionId: 'option',
};

function painPointLabel(index: number, stageKey: string | undefined): string {
  return stageKey ? `Pain point ${index + 1} (stage "${stageKey}")` : `Pain point ${index + 1}`;
}

/**
 * The journey a complete answer must cover: every stage visited, its tasks done, its emotion
 * rated. Progress counts these parts, so the total does not change as pain points are added.
 */
function checklist(content: PurchaseFlowContent, draft: PurchaseFlowDraft | undefined): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const stage of content.stages) {
    const answer = draft?.stages?.[stage.key];
    const path = `stages.${stage.key}`;
    if (!answer) {
      items.push({
        path,
        done: false,
        weight: stage.tasks.length + 1,
        message: `Stage "${stage.key}" has not been visited`,
      });
      continue;
    }
    stage.tasks.forEach((task, i) => {
      const result = answer.tasks?.[task.id];
      const done = task.options ? filled(result?.optionId) : filled(result?.text);
      items.push({
        path: `${path}.tasks.${task.id}`,
        done,
        message: `Stage "${stage.key}": task ${i + 1} is not done`,
      });
    });
    items.push({
      path: `${path}.emotion`,
      done: answer.emotion !== undefined,
      message: `Stage "${stage.key}" has no emotion rating`,
    });
  }
  return items;
}

/** Every pain point logged must be complete: stage, severity, emotion, note, owning team. */
function incompletePainPoints(draft: PurchaseFlowDraft): Issue[] {
  const errors: Issue[] = [];
  draft.painPoints?.forEach((p, i) => {
    const label = painPointLabel(i, p.stageKey);
    const need = (field: string, done: boolean, what: string) => {
      if (!done) errors.push({ path: `painPoints.${i}.${field}`, message: `${label} has no ${what}` });
    };
    need('stageKey', filled(p.stageKey), 'stage');
    need('severity', p.severity !== undefined, 'severity');
    need('emotion', p.emotion !== undefined, 'emotion');
    need('note', filled(p.note), 'note');
    need('unitId', filled(p.unitId), 'owning team');
  });
  return errors;
}

function checkReferences(content: PurchaseFlowContent, draft: PurchaseFlowDraft, ctx: AnswerContext): Issue[] {
  const errors: Issue[] = [];
  for (const [stageKey, answer] of Object.entries(draft.stages ?? {})) {
    const stage = content.stages.find((s) => s.key === stageKey);
    if (!stage) {
      errors.push({ path: `stages.${stageKey}`, message: `Stage "${stageKey}" is not a stage of this simulation` });
      continue;
    }
    for (const [taskId, result] of Object.entries(answer.tasks ?? {})) {
      const index = stage.tasks.findIndex((t) => t.id === taskId);
      const path = `stages.${stageKey}.tasks.${taskId}`;
      const task = stage.tasks[index];
      if (!task) {
        errors.push({ path, message: `Stage "${stageKey}": there is no task "${taskId}"` });
        continue;
      }
      const at = `Stage "${stageKey}": task ${index + 1}`;
      if (task.options) {
        if (result.text !== undefined) errors.push({ path: `${path}.text`, message: `${at} is a choice: pick an option instead of writing` });
        if (result.optionId !== undefined && !task.options.some((o) => o.id === result.optionId)) {
          errors.push({ path: `${path}.optionId`, message: `${at} has no option "${result.optionId}"` });
        }
      } else if (result.optionId !== undefined) {
        errors.push({ path: `${path}.optionId`, message: `${at} has no options: write what you did instead` });
      }
    }
  }
  draft.painPoints?.forEach((p, i) => {
    const label = painPointLabel(i, p.stageKey);
    if (p.stageKey !== undefined && !content.stages.some((s) => s.key === p.stageKey)) {
      errors.push({ path: `painPoints.${i}.stageKey`, message: `${label}: "${p.stageKey}" is not a stage of this simulation` });
    }
    if (p.unitId !== undefined && !ctx.units.some((u) => u.id === p.unitId)) {
      errors.push({ path: `painPoints.${i}.unitId`, message: `${label}: owning team "${p.unitId}" is not a department or team of this organization` });
    }
  });
  return errors;
}

function validateDraft(content: PurchaseFlowContent, answer: unknown, ctx: AnswerContext) {
  const parsed = parseWith(purchaseFlowDraftSchema, answer, locateAnswer, FIELD_NAMES, 'Answer');
  if (!parsed.ok) return parsed;
  const errors = checkReferences(content, parsed.value, ctx);
  return errors.length ? fail<PurchaseFlowDraft>(errors) : parsed;
}

function validateSubmission(content: PurchaseFlowContent, answer: unknown, ctx: AnswerContext) {
  const draft = validateDraft(content, answer, ctx);
  if (!draft.ok) return draft;
  const errors = [...missing(checklist(content, draft.value)), ...incompletePainPoints(draft.value)];
  if (errors.length) return fail<PurchaseFlowAnswer>(errors);
  return parseWith(purchaseFlowAnswerSchema, answer, locateAnswer, FIELD_NAMES, 'Answer');
}

/** One point of the emotion curve: how the persona felt at a stage, and what hurt there. */
export interface EmotionPoint {
  stageKey: string;
  label: string;
  /** -2..+2, or null while the stage has no rating yet. */
  emotion: number | null;
  painPoints: number;
  /** The highest severity logged at this stage, or null without pain points. */
  maxSeverity: number | null;
}

/** The emotion curve of a (possibly partial) answer, one point per stage in journey order. */
export function emotionCurve(content: PurchaseFlowContent, answer: PurchaseFlowDraft | undefined): EmotionPoint[] {
  return content.stages.map((stage) => {
    const logged = (answer?.painPoints ?? []).filter((p) => p.stageKey === stage.key);
    const severities = logged.map((p) => p.severity).filter((s): s is number => s !== undefined);
    return {
      stageKey: stage.key,
      label: stage.label,
      emotion: answer?.stages?.[stage.key]?.emotion ?? null,
      painPoints: logged.length,
      maxSeverity: severities.length ? Math.max(...severities) : null,
    };
  });
}

export interface StageFrictionResult {
  stageKey: string;
  /** Friction items built into the stage. */
  designed: number;
  /** Pain points the learner logged at the stage. */
  logged: number;
  /** min(designed, logged): the designed friction counted as noticed. */
  noticed: number;
  /** The effort markers built into the stage, for the debrief. */
  effort: EffortMarker[];
}

export interface PurchaseFlowScoreDetails {
  stages: StageFrictionResult[];
  curve: EmotionPoint[];
}

/**
 * Scoring: the share of the designed friction the learner noticed. At each stage, every pain
 * point logged there counts for one friction item built into that stage, up to the number of
 * items (extra pain points are welcome but do not earn more). A point per noticed item;
 * score = noticed / designed as 0-100. A simulation without designed friction scores 100.
 */
function score(content: PurchaseFlowContent, answer: PurchaseFlowAnswer) {
  const stages: StageFrictionResult[] = content.stages.map((stage) => {
    const logged = answer.painPoints.filter((p) => p.stageKey === stage.key).length;
    return {
      stageKey: stage.key,
      designed: stage.friction.length,
      logged,
      noticed: Math.min(logged, stage.friction.length),
      effort: stage.friction.map((f) => f.effort),
    };
  });
  const lines: ScoreLine[] = stages
    .filter((s) => s.designed > 0)
    .map((s) => ({
      rule: `stage.${s.stageKey}`,
      points: s.noticed,
      maxPoints: s.designed,
      reason: `Stage "${s.stageKey}": ${s.designed} built-in friction item${s.designed === 1 ? '' : 's'} (${s.effort.join(', ')}); you logged ${s.logged} pain point${s.logged === 1 ? '' : 's'} here.`,
    }));
  return total<PurchaseFlowScoreDetails>(lines, { stages, curve: emotionCurve(content, answer) });
}

/** What reports may know of a purchase-flow answer: no notes, only keys and numbers. */
export interface PurchaseFlowSummary {
  stages: { stageKey: string; emotion: number; designedFriction: number; painPoints: number }[];
  painPoints: { stageKey: string; severity: number; emotion: PainPointEmotion; unitId: string }[];
  /** The options picked in choice tasks. */
  choices: { stageKey: string; taskId: string; optionId: string }[];
}

function summarize(content: PurchaseFlowContent, answer: PurchaseFlowAnswer): PurchaseFlowSummary {
  return {
    stages: content.stages.map((stage) => ({
      stageKey: stage.key,
      emotion: answer.stages[stage.key]?.emotion ?? 0,
      designedFriction: stage.friction.length,
      painPoints: answer.painPoints.filter((p) => p.stageKey === stage.key).length,
    })),
    painPoints: answer.painPoints.map(({ stageKey, severity, emotion, unitId }) => ({ stageKey, severity, emotion, unitId })),
    choices: content.stages.flatMap((stage) =>
      stage.tasks.flatMap((task) => {
        const result = answer.stages[stage.key]?.tasks[task.id];
        return result && 'optionId' in result ? [{ stageKey: stage.key, taskId: task.id, optionId: result.optionId }] : [];
      }),
    ),
  };
}

export const purchaseFlowKind: ModuleKind<
  PurchaseFlowContent,
  PurchaseFlowAnswer,
  PurchaseFlowDraft,
  PurchaseFlowScoreDetails,
  PurchaseFlowSummary
> = {
  kind: 'purchase-flow',
  title: 'Purchase-flow simulation',
  description:
    'The learner walks a customer persona through a purchase journey stage by stage, logs every pain point with its owning team, and sees the emotion curve.',
  contentSchema: purchaseFlowContentSchema,
  answerSchema: purchaseFlowAnswerSchema,
  draftSchema: purchaseFlowDraftSchema,
  validateContent: (content) => parseWith(purchaseFlowContentSchema, content, locateContent),
  validateDraft,
  validateSubmission,
  score,
  progress: (content, answer) => checklistProgress(checklist(content, answer)),
  summarize,
  emptyAnswer: () => ({ stages: {}, painPoints: [] }),
  // The friction built into each stage is what the learner is asked to notice: while they play,
  // they learn only how many moments each stage hides; the debrief shows them all.
  learnerView: (content) => ({ ...content, stages: content.stages.map(({ friction, ...stage }) => ({ ...stage, friction: [], frictionCount: friction.length })) }),
  debriefView: (content) => content,
  playState: (content, draft) => ({ emotionCurve: emotionCurve(content, draft) }),
};

/** The required parts of a purchase-flow answer, done or not. */
export function purchaseFlowChecklist(content: PurchaseFlowContent, draft: PurchaseFlowDraft | undefined): ChecklistItem[] {
  return checklist(content, draft);
}
