import type { RecallContent, RecallDraft } from '../../kinds';

/**
 * Word counts from which the recall rubric gives full points (RECALL_RUBRIC in
 * libs/module-kinds/src/recall/kind.ts). Shown beside the fields so the score is never a surprise.
 */
export const WORD_TARGETS = {
  story: 15,
  elementNote: 6,
  whyItStuck: 10,
  reflectionNote: 15,
  analogyLesson: 10,
  action: 8,
} as const;

export type StepKey = 'best' | 'worst' | 'reflection' | 'analogy' | 'action' | 'sharing' | 'review';

export const STEPS: { key: StepKey; title: string; short: string }[] = [
  { key: 'best', title: 'Your best experience as a customer', short: 'Best experience' },
  { key: 'worst', title: 'Your worst experience as a customer', short: 'Worst experience' },
  { key: 'reflection', title: 'Now look at our own customers', short: 'Reflection' },
  { key: 'analogy', title: 'Learn from another industry', short: 'Another industry' },
  { key: 'action', title: 'One thing you will do', short: 'Your action' },
  { key: 'sharing', title: 'Share your story?', short: 'Sharing' },
  { key: 'review', title: 'Review and submit', short: 'Review' },
];

export function stepOfPath(path: string): number {
  const first = path.split('.')[0];
  const index = STEPS.findIndex((s) => s.key === first);
  return index >= 0 ? index : STEPS.length - 1;
}

const filled = (text: string | undefined) => typeof text === 'string' && text.trim() !== '';

/** What is still missing in one step, in the learner's words (mirrors the API's checklist). */
export function missingIn(step: StepKey, content: RecallContent, draft: RecallDraft): string[] {
  const out: string[] = [];
  if (step === 'best' || step === 'worst') {
    const exp = draft[step];
    if (!filled(exp?.what)) out.push('What happened');
    if (!filled(exp?.where)) out.push('The kind of business');
    const elements = exp?.elements ?? [];
    if (elements.length < content.minElements) {
      out.push(`At least ${content.minElements} elements (${elements.length} chosen)`);
    }
    const withoutNote = elements.filter((e) => !filled(e.note)).length;
    if (withoutNote) out.push(`A note for ${withoutNote} chosen element${withoutNote === 1 ? '' : 's'}`);
    if (exp?.feltThen === undefined) out.push('How strongly you felt it then');
    if (exp?.feltNow === undefined) out.push('How strongly you feel it now');
    if (!filled(exp?.whyItStuck)) out.push('Why it stuck');
  }
  if (step === 'reflection') {
    const r = draft.reflection;
    if (r?.createdSimilar === undefined) out.push('Whether we create experiences like these');
    if (r?.createdSimilar !== 'no') {
      if (!filled(r?.stageKey)) out.push('The journey stage');
      if (!filled(r?.unitId)) out.push('The owning team');
    }
    if (!filled(r?.note)) out.push('Your reflection');
  }
  if (step === 'analogy') {
    if (!filled(draft.analogy?.industry)) out.push('A similar industry');
    if (!filled(draft.analogy?.lesson)) out.push('What it teaches us');
  }
  if (step === 'action') {
    if (!filled(draft.action?.text)) out.push('Your action');
  }
  if (step === 'sharing') {
    if (draft.sharing?.consent === undefined) out.push('Whether to share your story');
    if (draft.sharing?.consent && !filled(draft.sharing.story)) out.push('The anonymized story');
  }
  return out;
}
