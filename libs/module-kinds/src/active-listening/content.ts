import { z } from 'zod';
import { key, longText, shortText } from '../schema-parts.js';

/** How an active-listening conversation can end. */
export const OUTCOMES = ['resolved', 'partial', 'lost'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The customer's state on a 5-point scale: 1 furious or gone, 3 guarded, 5 at ease. */
export const mood = z.int().min(1).max(5);

/** The customer speaks: words, the emotion behind them, and cues of voice and body. */
export const customerNodeSchema = z.strictObject({
  id: key,
  type: z.literal('customer'),
  text: longText,
  emotion: shortText,
  mood,
  voiceTone: shortText,
  bodyLanguage: shortText,
  next: key,
});

export const choiceOptionSchema = z.strictObject({
  id: key,
  text: longText,
  /** Coaching shown after the choice: what this move does to the conversation. */
  feedback: longText,
  points: z.int().min(0).max(100),
  next: key,
});

/** The learner picks one of several replies. */
export const choiceNodeSchema = z.strictObject({
  id: key,
  type: z.literal('choice'),
  /** Optional framing of the decision ("What do you say?"). */
  prompt: longText.optional(),
  options: z.array(choiceOptionSchema).min(2).max(6),
});

/** Conditions on the analyzer's verdict; every condition given must hold. */
export const branchConditionSchema = z.strictObject({
  minScore: z.number().min(0).max(100).optional(),
  maxScore: z.number().min(0).max(100).optional(),
  signals: z
    .strictObject({
      emotion: z.boolean().optional(),
      reflection: z.boolean().optional(),
      exploration: z.boolean().optional(),
      upsell: z.boolean().optional(),
      dismissal: z.boolean().optional(),
    })
    .optional(),
});

export const branchRuleSchema = z.strictObject({
  when: branchConditionSchema,
  next: key,
});

/**
 * The learner writes their own reply; the empathy analyzer scores it and the first branch
 * rule whose condition holds decides where the conversation goes, else `otherwise`.
 */
export const freeTextNodeSchema = z.strictObject({
  id: key,
  type: z.literal('free-text'),
  prompt: longText,
  hint: longText.optional(),
  maxPoints: z.int().min(1).max(100),
  branches: z.array(branchRuleSchema).max(6),
  otherwise: key,
});

export const endingNodeSchema = z.strictObject({
  id: key,
  type: z.literal('ending'),
  outcome: z.enum(OUTCOMES),
  /** How the customer feels as they leave, in a few words. */
  customerFeels: shortText,
  summary: longText,
  mood,
});

export const scenarioNodeSchema = z.discriminatedUnion('type', [
  customerNodeSchema,
  choiceNodeSchema,
  freeTextNodeSchema,
  endingNodeSchema,
]);

/**
 * Content of an active-listening scenario: a branching conversation graph. The graph rules
 * (targets exist, all reachable, no dead ends, an ending) are checked by `validateScenarioGraph`.
 */
export const activeListeningContentSchema = z.strictObject({
  industry: shortText,
  intro: longText,
  customer: z.strictObject({
    name: shortText,
    /** Who they are and what brought them here. */
    context: longText,
  }),
  start: key,
  nodes: z.array(scenarioNodeSchema).min(2).max(200),
});

export type CustomerNode = z.infer<typeof customerNodeSchema>;
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type ChoiceNode = z.infer<typeof choiceNodeSchema>;
export type BranchCondition = z.infer<typeof branchConditionSchema>;
export type BranchRule = z.infer<typeof branchRuleSchema>;
export type FreeTextNode = z.infer<typeof freeTextNodeSchema>;
export type EndingNode = z.infer<typeof endingNodeSchema>;
export type ScenarioNode = z.infer<typeof scenarioNodeSchema>;
export type ActiveListeningContent = z.infer<typeof activeListeningContentSchema>;
