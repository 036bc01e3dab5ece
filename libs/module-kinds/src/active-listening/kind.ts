import { REPLY_SIGNALS, type AnswerContext, type ReplySignal } from '../context.js';
import type { ModuleKind, Progress, ScoreLine } from '../kind.js';
import { collectionLocator, fail, labelled, numbered, ok, parseWith } from '../result.js';
import { total } from '../scoring.js';
import { activeListeningAnswerSchema, type ActiveListeningAnswer } from './answer.js';
import { activeListeningContentSchema, type ActiveListeningContent, type Outcome } from './content.js';
import { decisionsToEnd, outgoing, validateScenarioGraph } from './graph.js';
import { replay, type Transcript } from './replay.js';

const locateContent = collectionLocator(
  {
    nodes: labelled('Node', 'id'),
    options: labelled('option', 'id'),
    branches: numbered('branch'),
  },
  { customer: 'Customer' },
);
const locateAnswer = collectionLocator({ steps: numbered('Step') });

function validateContent(raw: unknown) {
  const parsed = parseWith(activeListeningContentSchema, raw, locateContent);
  if (!parsed.ok) return parsed;
  const errors = validateScenarioGraph(parsed.value);
  return errors.length ? fail<ActiveListeningContent>(errors) : parsed;
}

/** Shape, then a replay: every step must be legal where the conversation stands. */
function validateDraft(content: ActiveListeningContent, answer: unknown, ctx: AnswerContext) {
  const parsed = parseWith(activeListeningAnswerSchema, answer, locateAnswer, { nodeId: 'node', optionId: 'option' }, 'Answer');
  if (!parsed.ok) return parsed;
  const played = replay(content, parsed.value.steps, ctx.analyze);
  return played.ok ? parsed : fail<ActiveListeningAnswer>(played.errors);
}

function validateSubmission(content: ActiveListeningContent, answer: unknown, ctx: AnswerContext) {
  const parsed = parseWith(activeListeningAnswerSchema, answer, locateAnswer, { nodeId: 'node', optionId: 'option' }, 'Answer');
  if (!parsed.ok) return parsed;
  const played = replay(content, parsed.value.steps, ctx.analyze);
  if (!played.ok) return fail<ActiveListeningAnswer>(played.errors);
  const waiting = played.value.current;
  if (waiting) {
    const what = waiting.type === 'choice' ? 'a choice' : 'a reply in your own words';
    return fail<ActiveListeningAnswer>([
      {
        path: 'steps',
        message: `The conversation has not reached an ending: node "${waiting.nodeId}" is waiting for ${what}`,
      },
    ]);
  }
  return ok(parsed.value);
}

/** Replays an answer that passed `validateSubmission`; throws if it no longer replays. */
function replayOrThrow(content: ActiveListeningContent, answer: ActiveListeningAnswer, ctx: AnswerContext): Transcript {
  const played = replay(content, answer.steps, ctx.analyze);
  if (!played.ok) throw new Error(`Cannot replay the answer: ${played.errors.map((e) => e.message).join('; ')}`);
  return played.value;
}

export interface ActiveListeningScoreDetails {
  transcript: Transcript;
}

/**
 * Scoring: at each decision on the learner's path, the points earned against the best points
 * available there. A choice earns its option's points against the best option's; a free-text
 * reply earns round(maxPoints * analyzer score / 100) against maxPoints.
 * score = earned / available over the path, as 0-100. A path without decisions scores 100.
 */
function score(content: ActiveListeningContent, answer: ActiveListeningAnswer, ctx: AnswerContext) {
  const transcript = replayOrThrow(content, answer, ctx);
  const lines: ScoreLine[] = [];
  for (const entry of transcript.entries) {
    if (entry.type === 'choice') {
      lines.push({
        rule: `step.${entry.step + 1}`,
        points: entry.points,
        maxPoints: entry.maxPoints,
        reason: `Node "${entry.nodeId}": you chose "${entry.optionId}", worth ${entry.points} of the best ${entry.maxPoints} points here.`,
      });
    } else if (entry.type === 'free-text') {
      lines.push({
        rule: `step.${entry.step + 1}`,
        points: entry.points,
        maxPoints: entry.maxPoints,
        reason: `Node "${entry.nodeId}": the empathy analyzer scored your reply ${Math.round(entry.analysis.score)}/100, worth ${entry.points} of ${entry.maxPoints} points.`,
      });
    }
  }
  return total<ActiveListeningScoreDetails>(lines, { transcript });
}

/**
 * Progress through a conversation whose length depends on the path: decisions made, against
 * decisions made plus the fewest decisions still needed to reach an ending. Computed from the
 * graph alone (no analyzer), so every screen shows the same number.
 */
function progress(content: ActiveListeningContent, answer: ActiveListeningAnswer | undefined): Progress {
  const steps = answer?.steps ?? [];
  const dist = decisionsToEnd(content);
  const byId = new Map(content.nodes.map((n) => [n.id, n]));
  const remainingFrom = (ids: string[]) => Math.min(...ids.map((id) => dist.get(id) ?? Infinity));
  let remaining = remainingFrom([content.start]);
  const last = steps[steps.length - 1];
  const node = last ? byId.get(last.nodeId) : undefined;
  if (last && node && node.type === 'choice' && 'optionId' in last) {
    const option = node.options.find((o) => o.id === last.optionId);
    remaining = option ? remainingFrom([option.next]) : remaining;
  } else if (node && node.type === 'free-text') {
    remaining = remainingFrom(outgoing(node).map((e) => e.target));
  } else if (last) {
    remaining = 1;
  }
  if (!Number.isFinite(remaining)) remaining = 1;
  return { done: steps.length, total: steps.length + remaining };
}

/** What reports may know of a scenario answer: the path, points and signals, not the words. */
export interface ActiveListeningSummary {
  outcome: Outcome | null;
  endingNodeId: string | null;
  finalMood: number | null;
  decisions: {
    nodeId: string;
    type: 'choice' | 'free-text';
    optionId: string | null;
    analyzerScore: number | null;
    signals: ReplySignal[];
    points: number;
    maxPoints: number;
  }[];
  /** How many free-text replies showed each signal. */
  signalCounts: Record<ReplySignal, number>;
  freeTextReplies: number;
}

function summarize(content: ActiveListeningContent, answer: ActiveListeningAnswer, ctx: AnswerContext): ActiveListeningSummary {
  const transcript = replayOrThrow(content, answer, ctx);
  const signalCounts = Object.fromEntries(REPLY_SIGNALS.map((s) => [s, 0])) as Record<ReplySignal, number>;
  const decisions: ActiveListeningSummary['decisions'] = [];
  let freeTextReplies = 0;
  for (const entry of transcript.entries) {
    if (entry.type === 'choice') {
      decisions.push({
        nodeId: entry.nodeId,
        type: 'choice',
        optionId: entry.optionId,
        analyzerScore: null,
        signals: [],
        points: entry.points,
        maxPoints: entry.maxPoints,
      });
    } else if (entry.type === 'free-text') {
      freeTextReplies += 1;
      const signals = REPLY_SIGNALS.filter((s) => entry.analysis.signals[s]);
      for (const s of signals) signalCounts[s] += 1;
      decisions.push({
        nodeId: entry.nodeId,
        type: 'free-text',
        optionId: null,
        analyzerScore: entry.analysis.score,
        signals,
        points: entry.points,
        maxPoints: entry.maxPoints,
      });
    }
  }
  return {
    outcome: transcript.ending?.outcome ?? null,
    endingNodeId: transcript.ending?.nodeId ?? null,
    finalMood: transcript.mood,
    decisions,
    signalCounts,
    freeTextReplies,
  };
}

export const activeListeningKind: ModuleKind<
  ActiveListeningContent,
  ActiveListeningAnswer,
  ActiveListeningAnswer,
  ActiveListeningScoreDetails,
  ActiveListeningSummary
> = {
  kind: 'active-listening',
  title: 'Active-listening scenario',
  description:
    'A branching conversation: the learner answers a customer by choices and free-text replies scored by the empathy analyzer, and the customer reacts.',
  contentSchema: activeListeningContentSchema,
  answerSchema: activeListeningAnswerSchema,
  draftSchema: activeListeningAnswerSchema,
  validateContent,
  validateDraft,
  validateSubmission,
  score,
  progress,
  summarize,
  emptyAnswer: () => ({ steps: [] }),
  // The graph stays on the server: the learner sees the framing, then one turn at a time
  // through `replay(...)` (whose `current` hides feedback, points and targets).
  learnerView: ({ nodes: _nodes, start: _start, ...framing }) => framing,
  playState: (content, draft, ctx) => {
    const played = replay(content, draft.steps, ctx.analyze);
    return played.ok ? played.value : null;
  },
};
