import { z } from 'zod';
import { answerText, key, longText } from '../schema-parts.js';

/** The emotions a learner can attach to a pain point. */
export const PAIN_POINT_EMOTIONS = [
  'frustrated',
  'confused',
  'anxious',
  'annoyed',
  'angry',
  'disappointed',
  'helpless',
  'impatient',
  'distrustful',
  'embarrassed',
  'overwhelmed',
  'ignored',
] as const;
export type PainPointEmotion = (typeof PAIN_POINT_EMOTIONS)[number];

/**
 * Severity 1-5, modelled on Nielsen's usability severity scale and judged by frequency, impact
 * and persistence.
 */
export const SEVERITY_LABELS = {
  1: 'Cosmetic: noticed, but it hardly slows the customer down',
  2: 'Minor: an irritation the customer works around',
  3: 'Moderate: costs real time, money or patience',
  4: 'Major: the customer may give up or call for help',
  5: 'Catastrophe: the customer cannot go on, or will leave us',
} as const satisfies Record<1 | 2 | 3 | 4 | 5, string>;
export type Severity = keyof typeof SEVERITY_LABELS;

/** -2 very negative, 0 neutral, +2 very positive. */
export const EMOTION_SCALE = { min: -2, max: 2 } as const;
const emotion = z.int().min(EMOTION_SCALE.min).max(EMOTION_SCALE.max);
const severity = z.int().min(1).max(5);

/** The learner's result for one task: an option picked, or what they did in their words. */
export const taskResultSchema = z.union([
  z.strictObject({ optionId: key }),
  z.strictObject({ text: longText }),
]);

export const stageAnswerSchema = z.strictObject({
  /** By task id. */
  tasks: z.record(key, taskResultSchema),
  /** How the persona feels at the end of this stage, -2..+2. */
  emotion,
  note: answerText.optional(),
});

export const painPointSchema = z.strictObject({
  stageKey: key,
  severity,
  emotion: z.enum(PAIN_POINT_EMOTIONS),
  note: longText,
  /** Id of the department or team that owns the cause. */
  unitId: z.string().min(1).max(100),
});

/** A complete purchase-flow answer. */
export const purchaseFlowAnswerSchema = z.strictObject({
  /** By stage key. */
  stages: z.record(key, stageAnswerSchema),
  painPoints: z.array(painPointSchema).max(100),
});

export const purchaseFlowDraftSchema = z.strictObject({
  stages: z
    .record(
      key,
      z.strictObject({
        tasks: z
          .record(
            key,
            z.strictObject({ optionId: key.optional(), text: answerText.optional() }),
          )
          .optional(),
        emotion: emotion.optional(),
        note: answerText.optional(),
      }),
    )
    .optional(),
  painPoints: z
    .array(
      z.strictObject({
        stageKey: key.optional(),
        severity: severity.optional(),
        emotion: z.enum(PAIN_POINT_EMOTIONS).optional(),
        note: answerText.optional(),
        unitId: z.string().min(1).max(100).optional(),
      }),
    )
    .max(100)
    .optional(),
});

export type TaskResult = z.infer<typeof taskResultSchema>;
export type StageAnswer = z.infer<typeof stageAnswerSchema>;
export type PainPoint = z.infer<typeof painPointSchema>;
export type PurchaseFlowAnswer = z.infer<typeof purchaseFlowAnswerSchema>;
export type PurchaseFlowDraft = z.infer<typeof purchaseFlowDraftSchema>;
