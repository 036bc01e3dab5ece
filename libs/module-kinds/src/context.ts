/**
 * What a module kind needs from outside itself. The kinds stay pure: the API loads these from
 * the organization and passes them in; tests pass fixtures.
 */

/** A department or team of the organization that can own a part of the customer journey. */
export interface OwningUnit {
  id: string;
  name: string;
  kind: 'department' | 'team';
}

/** The signals the empathy analyzer looks for in a learner's reply. */
export type ReplySignal = 'emotion' | 'reflection' | 'exploration' | 'upsell' | 'dismissal';
export const REPLY_SIGNALS: readonly ReplySignal[] = [
  'emotion',
  'reflection',
  'exploration',
  'upsell',
  'dismissal',
];

/** The analyzer's verdict on one reply (the shape `analyzeReply` from `#empathy` returns). */
export interface ReplyAnalysis {
  /** 0-100. */
  score: number;
  signals: Record<ReplySignal, boolean>;
  evidence: { signal: ReplySignal; start: number; end: number; text: string }[];
  suggestion: string;
}

/** The empathy analyzer, injected so the kinds never depend on its implementation. */
export type AnalyzeFn = (input: { customer: string; reply: string }) => ReplyAnalysis;

/** Passed when validating module content. */
export interface ContentContext {
  /** The organization's departments and teams, when content may refer to them. */
  units?: readonly OwningUnit[];
}

/** Passed when validating, scoring or summarizing an answer. */
export interface AnswerContext {
  /** The organization's departments and teams; pain points and reflections must name one. */
  units: readonly OwningUnit[];
  /** The empathy analyzer; required by kinds with free-text replies (active-listening). */
  analyze?: AnalyzeFn;
}
