import type { AnswerContext } from '../context.js';
import type { ModuleKind, ScoreLine } from '../kind.js';
import { collectionLocator, fail, labelled, numbered, parseWith, type Issue } from '../result.js';
import {
  checklistProgress,
  filled,
  missing,
  total,
  wordCount,
  type ChecklistItem,
} from '../scoring.js';
import {
  recallAnswerSchema,
  recallDraftSchema,
  type CreatedSimilar,
  type RecallAnswer,
  type RecallDraft,
} from './answer.js';
import { recallContentSchema, type RecallContent } from './content.js';

const EXPERIENCES = { best: 'Best experience', worst: 'Worst experience' } as const;
type Which = keyof typeof EXPERIENCES;

const SECTIONS = {
  ...EXPERIENCES,
  reflection: 'Reflection',
  analogy: 'Analogy',
  action: 'Committed action',
  sharing: 'Sharing',
};

const FIELD_NAMES: Record<string, string> = {
  what: 'account of what happened',
  where: 'kind of business',
  feltThen: 'rating of how strongly it was felt then',
  feltNow: 'rating of how strongly it is felt now',
  whyItStuck: 'answer to why it stuck',
  createdSimilar: 'answer to whether we create similar experiences',
  stageKey: 'journey stage',
  unitId: 'owning team',
  byDate: 'date',
  story: 'anonymized story',
};

const locateContent = collectionLocator({
  elements: labelled('Element', 'key'),
  journeyStages: labelled('Journey stage', 'key'),
  reflectionPrompts: numbered('Reflection prompt'),
  analogousIndustries: numbered('Suggested industry'),
});
const locateAnswer = collectionLocator({ elements: labelled('element', 'key') }, SECTIONS);

/**
 * The scoring rubric of a recall answer, out of 100. Points reward depth (concrete stories,
 * elements explained, a thought-through reflection and action), never a "right" opinion:
 * answering "no" to "have we created this?" costs nothing. Sharing is voluntary and not scored.
 */
export const RECALL_RUBRIC = {
  /** Per experience (best and worst alike). */
  story: { points: 8, minWords: 15, partial: 4 },
  /** Per element with a note of at least `minWords`, up to `maxElements` elements. */
  element: { points: 3, minWords: 6, maxElements: 4 },
  whyItStuck: { points: 5, minWords: 10, partial: 2 },
  reflection: {
    answered: 5,
    /** Naming the journey stage and the owning team. */
    located: 8,
    note: { points: 12, minWords: 15, partial: 6 },
  },
  analogy: { industry: 3, lesson: { points: 7, minWords: 10, partial: 3 } },
  action: { text: { points: 10, minWords: 8, partial: 5 }, byDate: 5 },
} as const;

function depth(
  rule: string,
  text: string | undefined,
  spec: { points: number; minWords: number; partial: number },
  what: string,
): ScoreLine {
  const count = wordCount(text);
  if (count >= spec.minWords) {
    return { rule, points: spec.points, maxPoints: spec.points, reason: `${what}: ${count} words, concrete enough for full points.` };
  }
  if (count > 0) {
    return {
      rule,
      points: spec.partial,
      maxPoints: spec.points,
      reason: `${what}: ${count} words; at least ${spec.minWords} earn full points.`,
    };
  }
  return { rule, points: 0, maxPoints: spec.points, reason: `${what}: missing.` };
}

function scoreExperience(which: Which, answer: RecallAnswer): ScoreLine[] {
  const exp = answer[which];
  const label = EXPERIENCES[which];
  const { element } = RECALL_RUBRIC;
  const explained = exp.elements.filter((e) => wordCount(e.note) >= element.minWords).length;
  const counted = Math.min(explained, element.maxElements);
  return [
    depth(`${which}.story`, exp.what, RECALL_RUBRIC.story, `${label}, what happened`),
    {
      rule: `${which}.elements`,
      points: counted * element.points,
      maxPoints: element.maxElements * element.points,
      reason: `${label}: ${explained} element${explained === 1 ? '' : 's'} explained in ${element.minWords}+ words (${element.points} points each, up to ${element.maxElements}).`,
    },
    depth(`${which}.whyItStuck`, exp.whyItStuck, RECALL_RUBRIC.whyItStuck, `${label}, why it stuck`),
  ];
}

function score(_content: RecallContent, answer: RecallAnswer) {
  const r = RECALL_RUBRIC.reflection;
  const located = Boolean(answer.reflection.stageKey && answer.reflection.unitId);
  const lines: ScoreLine[] = [
    ...scoreExperience('best', answer),
    ...scoreExperience('worst', answer),
    {
      rule: 'reflection.answered',
      points: r.answered,
      maxPoints: r.answered,
      reason: 'Reflection: you said whether our organization creates experiences like these.',
    },
    {
      rule: 'reflection.located',
      points: located ? r.located : 0,
      maxPoints: r.located,
      reason: located
        ? 'Reflection: you named the journey stage and the owning team.'
        : 'Reflection: naming the journey stage and the team that owns it earns these points.',
    },
    depth('reflection.note', answer.reflection.note, r.note, 'Reflection note'),
    {
      rule: 'analogy.industry',
      points: RECALL_RUBRIC.analogy.industry,
      maxPoints: RECALL_RUBRIC.analogy.industry,
      reason: 'Analogy: you named a similar industry.',
    },
    depth('analogy.lesson', answer.analogy.lesson, RECALL_RUBRIC.analogy.lesson, 'Analogy, what it teaches'),
    depth('action.text', answer.action.text, RECALL_RUBRIC.action.text, 'Committed action'),
    {
      rule: 'action.byDate',
      points: answer.action.byDate ? RECALL_RUBRIC.action.byDate : 0,
      maxPoints: RECALL_RUBRIC.action.byDate,
      reason: answer.action.byDate
        ? 'Committed action: you set a date.'
        : 'Committed action: a date to do it by earns these points.',
    },
  ];
  return total(lines, {});
}

/** Everything a complete recall answer must contain, in the order a learner fills it in. */
function checklist(content: RecallContent, draft: RecallDraft | undefined): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const need = (path: string, done: boolean, message: string) => items.push({ path, done, message });
  for (const which of ['best', 'worst'] as const) {
    const exp = draft?.[which];
    const label = EXPERIENCES[which];
    need(`${which}.what`, filled(exp?.what), `${label} has no account of what happened`);
    need(`${which}.where`, filled(exp?.where), `${label} has no kind of business`);
    const elements = exp?.elements ?? [];
    need(
      `${which}.elements`,
      elements.length >= content.minElements,
      `${label} needs at least ${content.minElements} element${content.minElements === 1 ? '' : 's'} (has ${elements.length})`,
    );
    elements.forEach((el, i) => {
      need(`${which}.elements.${i}.note`, filled(el.note), `${label}: element "${el.key}" has no note`);
    });
    need(`${which}.feltThen`, exp?.feltThen !== undefined, `${label} has no rating of how strongly it was felt then`);
    need(`${which}.feltNow`, exp?.feltNow !== undefined, `${label} has no rating of how strongly it is felt now`);
    need(`${which}.whyItStuck`, filled(exp?.whyItStuck), `${label} has no answer to why it stuck`);
  }
  const reflection = draft?.reflection;
  need(
    'reflection.createdSimilar',
    reflection?.createdSimilar !== undefined,
    'Reflection has no answer to whether our organization creates experiences like these',
  );
  if (reflection?.createdSimilar !== 'no') {
    need('reflection.stageKey', filled(reflection?.stageKey), 'Reflection has no journey stage');
    need('reflection.unitId', filled(reflection?.unitId), 'Reflection has no owning team');
  }
  need('reflection.note', filled(reflection?.note), 'Reflection has no note');
  need('analogy.industry', filled(draft?.analogy?.industry), 'Analogy has no similar industry');
  need('analogy.lesson', filled(draft?.analogy?.lesson), 'Analogy has no lesson');
  need('action.text', filled(draft?.action?.text), 'Committed action is missing');
  need('sharing.consent', draft?.sharing?.consent !== undefined, 'Sharing: choose whether to share the story');
  if (draft?.sharing?.consent) {
    need('sharing.story', filled(draft.sharing.story), 'Sharing has no anonymized story');
  }
  return items;
}

/** References a draft makes must exist: taxonomy keys, journey stages, owning units. */
function checkReferences(content: RecallContent, draft: RecallDraft, ctx: AnswerContext): Issue[] {
  const errors: Issue[] = [];
  const elementKeys = new Set(content.elements.map((e) => e.key));
  for (const which of ['best', 'worst'] as const) {
    const seen = new Set<string>();
    draft[which]?.elements?.forEach((el, i) => {
      const path = `${which}.elements.${i}.key`;
      if (!elementKeys.has(el.key)) {
        errors.push({ path, message: `${EXPERIENCES[which]}: element "${el.key}" is not in this module's list of elements` });
      } else if (seen.has(el.key)) {
        errors.push({ path, message: `${EXPERIENCES[which]}: element "${el.key}" is chosen twice` });
      }
      seen.add(el.key);
    });
  }
  const stageKey = draft.reflection?.stageKey;
  if (stageKey !== undefined && !content.journeyStages.some((s) => s.key === stageKey)) {
    errors.push({ path: 'reflection.stageKey', message: `Reflection: journey stage "${stageKey}" is not one of this module's stages` });
  }
  const unitId = draft.reflection?.unitId;
  if (unitId !== undefined && !ctx.units.some((u) => u.id === unitId)) {
    errors.push({ path: 'reflection.unitId', message: `Reflection: owning team "${unitId}" is not a department or team of this organization` });
  }
  return errors;
}

function validateDraft(content: RecallContent, answer: unknown, ctx: AnswerContext) {
  const parsed = parseWith(recallDraftSchema, answer, locateAnswer, FIELD_NAMES, 'Answer');
  if (!parsed.ok) return parsed;
  const errors = checkReferences(content, parsed.value, ctx);
  return errors.length ? fail<RecallDraft>(errors) : parsed;
}

function validateSubmission(content: RecallContent, answer: unknown, ctx: AnswerContext) {
  const draft = validateDraft(content, answer, ctx);
  if (!draft.ok) return draft;
  const errors = missing(checklist(content, draft.value));
  if (errors.length) return fail<RecallAnswer>(errors);
  return parseWith(recallAnswerSchema, answer, locateAnswer, FIELD_NAMES, 'Answer');
}

export interface RecallExperienceSummary {
  elementKeys: string[];
  feltThen: number;
  feltNow: number;
}

/** What reports may know of a recall answer: keys, enums and numbers, never the stories. */
export interface RecallSummary {
  best: RecallExperienceSummary;
  worst: RecallExperienceSummary;
  createdSimilar: CreatedSimilar;
  stageKey: string | null;
  unitId: string | null;
  /** The suggested industry the analogy matched, or null when the learner named another. */
  analogyIndustry: string | null;
  actionHasDate: boolean;
  sharingConsent: boolean;
}

function summarize(content: RecallContent, answer: RecallAnswer): RecallSummary {
  const experience = (which: Which): RecallExperienceSummary => ({
    elementKeys: answer[which].elements.map((e) => e.key),
    feltThen: answer[which].feltThen,
    feltNow: answer[which].feltNow,
  });
  const industry = answer.analogy.industry.trim().toLowerCase();
  return {
    best: experience('best'),
    worst: experience('worst'),
    createdSimilar: answer.reflection.createdSimilar,
    stageKey: answer.reflection.stageKey ?? null,
    unitId: answer.reflection.unitId ?? null,
    analogyIndustry: content.analogousIndustries.find((i) => i.trim().toLowerCase() === industry) ?? null,
    actionHasDate: answer.action.byDate !== undefined,
    sharingConsent: answer.sharing.consent,
  };
}

export type RecallScore = ReturnType<typeof score>;

export const recallKind: ModuleKind<RecallContent, RecallAnswer, RecallDraft, Record<string, never>, RecallSummary> = {
  kind: 'recall',
  title: 'Best and worst experience',
  description:
    'The learner recalls a best and a worst experience as a customer, takes each apart, and reflects on where our organization creates the same.',
  contentSchema: recallContentSchema,
  answerSchema: recallAnswerSchema,
  draftSchema: recallDraftSchema,
  validateContent: (content) => parseWith(recallContentSchema, content, locateContent),
  validateDraft,
  validateSubmission,
  score,
  progress: (content, answer) => checklistProgress(checklist(content, answer)),
  summarize,
  emptyAnswer: () => ({}),
  learnerView: (content) => content,
  playState: () => null,
};

/** The required parts of a recall answer, done or not (for forms that show what is left). */
export function recallChecklist(content: RecallContent, draft: RecallDraft | undefined): ChecklistItem[] {
  return checklist(content, draft);
}

