import type { z } from 'zod';
import type { AnswerContext, ContentContext } from './context.js';
import type { Result } from './result.js';

/** How far an answer has come: `done` of `total` required parts. */
export interface Progress {
  done: number;
  total: number;
}

/**
 * One line of an explainable score: what was looked at, the points it earned of its maximum,
 * and why. Learners see these lines, so the reason is written for them.
 */
export interface ScoreLine {
  /** Stable key of the rule, e.g. `best.elements` or `stage.pay`. */
  rule: string;
  points: number;
  maxPoints: number;
  reason: string;
}

export interface ScoreResult<Details = unknown> {
  /** 0-100, `points / maxPoints` rounded; 100 when there was nothing to earn. */
  score: number;
  points: number;
  maxPoints: number;
  lines: ScoreLine[];
  /** Kind-specific detail for the debrief (per stage, per decision...). */
  details: Details;
}

/**
 * The plug-in interface of a module kind. Everything is pure and synchronous: the API loads
 * content and context, calls these, and stores the results.
 *
 * - `Content`: the validated module content.
 * - `Answer`: a complete answer, as accepted by `validateSubmission`.
 * - `Draft`: a partial answer, as accepted by `validateDraft` (autosave). Every `Answer` is a
 *   valid `Draft`.
 */
export interface ModuleKind<Content, Answer extends Draft, Draft, Details = unknown, Summary = unknown> {
  kind: string;
  title: string;
  /** One sentence for authors choosing a kind. */
  description: string;
  contentSchema: z.ZodType<Content>;
  /** Shape of a complete answer (for API documentation and forms). */
  answerSchema: z.ZodType<Answer>;
  /** Shape of a draft: everything optional, nothing cross-checked. */
  draftSchema: z.ZodType<Draft>;

  /** Validates authored content; errors name the stage, step or node. */
  validateContent(content: unknown, ctx?: ContentContext): Result<Content>;
  /** Shape and references only; missing parts are fine (autosave). */
  validateDraft(content: Content, answer: unknown, ctx: AnswerContext): Result<Draft>;
  /** Complete for its kind; the errors name every missing part. */
  validateSubmission(content: Content, answer: unknown, ctx: AnswerContext): Result<Answer>;
  score(content: Content, answer: Answer, ctx: AnswerContext): ScoreResult<Details>;
  /** How many required parts a (possibly partial) answer has done. */
  progress(content: Content, answer: Draft | undefined): Progress;
  /** Numbers, keys and enums only (never the learner's words), for reports. */
  summarize(content: Content, answer: Answer, ctx: AnswerContext): Summary;
  /** The answer a new attempt starts with. */
  emptyAnswer(content: Content): Draft;
  /**
   * The content as a learner may see it before answering (no scoring keys, feedback or branch
   * targets). Kinds without hidden parts return the content unchanged.
   */
  learnerView(content: Content): unknown;
  /**
   * The content as the learner may see it once their attempt is submitted, for the debrief.
   * Without it, the learner view stays (a scenario's graph is never shown, even after).
   */
  debriefView?(content: Content): unknown;
  /**
   * What the player shows for a saved draft beyond the answer itself: the conversation so far
   * and the decision waiting (active-listening), the emotion curve (purchase-flow), or null.
   * Called with a draft that passed `validateDraft`.
   */
  playState(content: Content, draft: Draft, ctx: AnswerContext): unknown;
}

/** Any registered kind, for code that dispatches on the kind's name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModuleKind = ModuleKind<any, any, any, any, any>;

export type ContentOf<K> = K extends ModuleKind<infer C, any, any, any, any> ? C : never;
export type AnswerOf<K> = K extends ModuleKind<any, infer A, any, any, any> ? A : never;
export type DraftOf<K> = K extends ModuleKind<any, any, infer D, any, any> ? D : never;
export type DetailsOf<K> = K extends ModuleKind<any, any, any, infer S, any> ? S : never;
export type SummaryOf<K> = K extends ModuleKind<any, any, any, any, infer S> ? S : never;
