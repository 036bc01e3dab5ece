import { z } from 'zod';
import { key, longText, shortText, uniqueBy } from '../schema-parts.js';

/**
 * The marks of customer effort a designed friction item can carry (switching channels,
 * repeating information, transfers, generic answers, repeat contacts are the classic ones).
 */
export const EFFORT_MARKERS = [
  'wait',
  'repeat-information',
  'channel-switch',
  'transfer',
  'generic-answer',
  'repeat-contact',
  'error',
  'hidden-cost',
  'unclear-information',
  'extra-step',
  'policy-wall',
] as const;
export type EffortMarker = (typeof EFFORT_MARKERS)[number];

/** The customer whose shoes the learner walks in. */
export const personaSchema = z.strictObject({
  name: shortText,
  situation: longText,
  goals: z.array(shortText).min(1).max(10),
  needs: z.array(shortText).min(1).max(10),
  constraints: z.array(shortText).max(10),
  pressures: z.array(shortText).max(10),
  /** Something the persona would say, in their own voice. */
  quote: longText,
});

/** A choice the learner can make in a task, and what happens when they make it. */
export const taskOptionSchema = z.strictObject({
  id: key,
  label: shortText,
  outcome: longText,
});

/**
 * What the learner does at a stage. With options the learner picks one and sees its outcome;
 * without options the learner writes down what they did and what happened.
 */
export const stageTaskSchema = z.strictObject({
  id: key,
  prompt: longText,
  options: z.array(taskOptionSchema).min(2).max(8).optional(),
});

/** Friction built into a stage on purpose; the learner should notice it and log a pain point. */
export const frictionItemSchema = z.strictObject({
  id: key,
  description: longText,
  effort: z.enum(EFFORT_MARKERS),
});

export const purchaseStageSchema = z.strictObject({
  key,
  label: shortText,
  /** What the persona faces at this stage, written as a simulated situation. */
  situation: longText,
  tasks: z.array(stageTaskSchema).min(1).max(8),
  friction: z.array(frictionItemSchema).max(10),
});

/** Content of a purchase-flow simulation: a persona walked through ordered journey stages. */
export const purchaseFlowContentSchema = z
  .strictObject({
    industry: shortText,
    intro: longText,
    persona: personaSchema,
    stages: z.array(purchaseStageSchema).min(2).max(12),
  })
  .superRefine((content, ctx) => {
    uniqueBy(content.stages, (s) => s.key, ctx, ['stages'], 'Stage');
    content.stages.forEach((stage, si) => {
      const at = `Stage "${stage.key}":`;
      uniqueBy(stage.tasks, (t) => t.id, ctx, ['stages', si, 'tasks'], `${at} task`, 'id');
      uniqueBy(stage.friction, (f) => f.id, ctx, ['stages', si, 'friction'], `${at} friction item`, 'id');
      stage.tasks.forEach((task, ti) => {
        if (task.options) {
          uniqueBy(task.options, (o) => o.id, ctx, ['stages', si, 'tasks', ti, 'options'], `${at} task ${ti + 1}: option`, 'id');
        }
      });
    });
  });

export type Persona = z.infer<typeof personaSchema>;
export type TaskOption = z.infer<typeof taskOptionSchema>;
export type StageTask = z.infer<typeof stageTaskSchema>;
export type FrictionItem = z.infer<typeof frictionItemSchema>;
export type PurchaseStage = z.infer<typeof purchaseStageSchema>;
/** A stage as the learner receives it while playing: `friction` is empty and `frictionCount` says how many moments it hides. */
export type PlayedPurchaseStage = PurchaseStage & { frictionCount?: number };
export type PurchaseFlowContent = z.infer<typeof purchaseFlowContentSchema>;
