import { REPLY_SIGNALS, type AnalyzeFn, type ReplyAnalysis } from '../context.js';
import { fail, ok, type Issue, type Result } from '../result.js';
import type { Step } from './answer.js';
import type {
  ActiveListeningContent,
  BranchCondition,
  ChoiceNode,
  EndingNode,
  FreeTextNode,
  Outcome,
  ScenarioNode,
} from './content.js';

/** A customer turn as the learner sees it. */
export interface CustomerEntry {
  type: 'customer';
  nodeId: string;
  text: string;
  emotion: string;
  mood: number;
  voiceTone: string;
  bodyLanguage: string;
}

/** A choice the learner made, with its coaching. */
export interface ChoiceEntry {
  type: 'choice';
  nodeId: string;
  /** Index of the step in the answer. */
  step: number;
  optionId: string;
  text: string;
  feedback: string;
  points: number;
  /** The best points any option at this decision offered. */
  maxPoints: number;
}

/** A reply the learner wrote, with the analyzer's verdict and the branch it led to. */
export interface FreeTextEntry {
  type: 'free-text';
  nodeId: string;
  step: number;
  text: string;
  /** The customer words the reply answered (the last customer turn before it). */
  customerText: string;
  analysis: ReplyAnalysis;
  /** The analyzer's suggestion, the coaching for this turn. */
  feedback: string;
  /** round(maxPoints * analyzer score / 100). */
  points: number;
  maxPoints: number;
  /** Index of the branch rule that matched, or null when `otherwise` applied. */
  branch: number | null;
  next: string;
}

export interface EndingEntry {
  type: 'ending';
  nodeId: string;
  outcome: Outcome;
  customerFeels: string;
  summary: string;
  mood: number;
}

export type TranscriptEntry = CustomerEntry | ChoiceEntry | FreeTextEntry | EndingEntry;

/**
 * The decision waiting for the learner, as the learner may see it: without the options'
 * feedback, points and targets, and without the branch rules.
 */
export type PendingDecision =
  | { type: 'choice'; nodeId: string; prompt: string | null; options: { id: string; text: string }[] }
  | { type: 'free-text'; nodeId: string; prompt: string; hint: string | null; maxPoints: number };

export interface Transcript {
  entries: TranscriptEntry[];
  /** What the learner must answer next, or null once an ending is reached. */
  current: PendingDecision | null;
  ending: EndingEntry | null;
  /** The customer's latest mood (1-5), for the mood meter; null before the first turn. */
  mood: number | null;
  points: number;
  maxPoints: number;
}

export function pendingDecision(node: ChoiceNode | FreeTextNode): PendingDecision {
  if (node.type === 'choice') {
    return {
      type: 'choice',
      nodeId: node.id,
      prompt: node.prompt ?? null,
      options: node.options.map((o) => ({ id: o.id, text: o.text })),
    };
  }
  return { type: 'free-text', nodeId: node.id, prompt: node.prompt, hint: node.hint ?? null, maxPoints: node.maxPoints };
}

/** Whether the analyzer's verdict meets a branch condition: every condition given must hold. */
export function conditionHolds(when: BranchCondition, analysis: ReplyAnalysis): boolean {
  if (when.minScore !== undefined && analysis.score < when.minScore) return false;
  if (when.maxScore !== undefined && analysis.score > when.maxScore) return false;
  for (const signal of REPLY_SIGNALS) {
    const wanted = when.signals?.[signal];
    if (wanted !== undefined && analysis.signals[signal] !== wanted) return false;
  }
  return true;
}

/** Points a free-text reply earns: the analyzer's 0-100 score scaled to the turn's maximum. */
export function freeTextPoints(node: FreeTextNode, analysis: ReplyAnalysis): number {
  const score = Math.max(0, Math.min(100, analysis.score));
  return Math.round((node.maxPoints * score) / 100);
}

/**
 * Walks the learner's steps through the conversation graph, server-side. Customer turns are
 * played automatically; each step must answer the decision the conversation is at. Choice
 * steps follow their option; free-text steps are scored by `analyze` against the last customer
 * turn and follow the first branch rule that holds, else `otherwise`. Illegal steps are
 * rejected with an error naming the step and node. `content` must have passed validation.
 */
export function replay(
  content: ActiveListeningContent,
  steps: readonly Step[],
  analyze: AnalyzeFn | undefined,
): Result<Transcript> {
  const byId = new Map<string, ScenarioNode>(content.nodes.map((n) => [n.id, n]));
  const entries: TranscriptEntry[] = [];
  let customerText = content.customer.context;
  let mood: number | null = null;
  let points = 0;
  let maxPoints = 0;

  const at = (id: string): ScenarioNode | Issue => {
    const node = byId.get(id);
    return node ?? { path: 'steps', message: `The scenario has no node "${id}"` };
  };
  /** Plays customer turns until a decision or an ending. */
  const advance = (id: string): ChoiceNode | FreeTextNode | EndingNode | Issue => {
    let node = at(id);
    for (let guard = 0; ; guard += 1) {
      if (!('type' in node) || node.type !== 'customer') return node;
      if (guard > content.nodes.length) {
        return { path: 'steps', message: `Node "${node.id}": customer turns loop without a decision` };
      }
      entries.push({
        type: 'customer',
        nodeId: node.id,
        text: node.text,
        emotion: node.emotion,
        mood: node.mood,
        voiceTone: node.voiceTone,
        bodyLanguage: node.bodyLanguage,
      });
      customerText = node.text;
      mood = node.mood;
      node = at(node.next);
    }
  };

  let node = advance(content.start);
  for (const [i, step] of steps.entries()) {
    if (!('type' in node)) return fail([node]);
    const path = `steps.${i}`;
    const label = `Step ${i + 1}`;
    if (node.type === 'ending') {
      return fail([{ path, message: `${label}: the conversation already ended at node "${node.id}"` }]);
    }
    if (step.nodeId !== node.id) {
      return fail([{ path: `${path}.nodeId`, message: `${label}: the conversation is at node "${node.id}", not "${step.nodeId}"` }]);
    }
    if (node.type === 'choice') {
      if (!('optionId' in step)) {
        return fail([{ path, message: `${label}: node "${node.id}" is a choice; pick one of its options` }]);
      }
      const option = node.options.find((o) => o.id === step.optionId);
      if (!option) {
        return fail([{ path: `${path}.optionId`, message: `${label}: node "${node.id}" has no option "${step.optionId}"` }]);
      }
      const best = Math.max(...node.options.map((o) => o.points));
      entries.push({
        type: 'choice',
        nodeId: node.id,
        step: i,
        optionId: option.id,
        text: option.text,
        feedback: option.feedback,
        points: option.points,
        maxPoints: best,
      });
      points += option.points;
      maxPoints += best;
      node = advance(option.next);
      continue;
    }
    // free-text
    if (!('text' in step)) {
      return fail([{ path, message: `${label}: node "${node.id}" asks for a reply in your own words, not an option` }]);
    }
    if (!analyze) {
      return fail([{ path, message: `${label}: node "${node.id}" needs the empathy analyzer to score the reply` }]);
    }
    const analysis = analyze({ customer: customerText, reply: step.text });
    const earned = freeTextPoints(node, analysis);
    const branch = node.branches.findIndex((b) => conditionHolds(b.when, analysis));
    const next = branch >= 0 ? node.branches[branch]!.next : node.otherwise;
    entries.push({
      type: 'free-text',
      nodeId: node.id,
      step: i,
      text: step.text,
      customerText,
      analysis,
      feedback: analysis.suggestion,
      points: earned,
      maxPoints: node.maxPoints,
      branch: branch >= 0 ? branch : null,
      next,
    });
    points += earned;
    maxPoints += node.maxPoints;
    node = advance(next);
  }

  if (!('type' in node)) return fail([node]);
  let ending: EndingEntry | null = null;
  let current: PendingDecision | null = null;
  if (node.type === 'ending') {
    ending = endingEntry(node);
    entries.push(ending);
    mood = node.mood;
  } else {
    current = pendingDecision(node);
  }
  return ok({ entries, current, ending, mood, points, maxPoints });
}

function endingEntry(node: EndingNode): EndingEntry {
  return {
    type: 'ending',
    nodeId: node.id,
    outcome: node.outcome,
    customerFeels: node.customerFeels,
    summary: node.summary,
    mood: node.mood,
  };
}
