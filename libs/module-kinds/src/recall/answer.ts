import { z } from 'zod';
import { answerText, key, longText, shortText } from '../schema-parts.js';

export const CREATED_SIMILAR = ['yes', 'no', 'unsure'] as const;
export type CreatedSimilar = (typeof CREATED_SIMILAR)[number];

/** 1 barely, 5 intensely. */
const feeling = z.int().min(1).max(5);
/** A calendar date, `YYYY-MM-DD`. */
const isoDate = z.iso.date();

export const chosenElementSchema = z.strictObject({ key, note: longText });
export const experienceSchema = z.strictObject({
  /** What happened, in the learner's words. */
  what: longText,
  /** The kind of business (a bakery, an airline, a bank's helpline). */
  where: shortText,
  elements: z.array(chosenElementSchema).min(1).max(30),
  feltThen: feeling,
  feltNow: feeling,
  whyItStuck: longText,
});

export const reflectionSchema = z
  .strictObject({
    createdSimilar: z.enum(CREATED_SIMILAR),
    /** A key of the content's `journeyStages`. */
    stageKey: key.optional(),
    /** Id of one of the organization's departments or teams. */
    unitId: z.string().min(1).max(100).optional(),
    note: longText,
  })
  .superRefine((r, ctx) => {
    if (r.createdSimilar === 'no') return;
    if (!r.stageKey) ctx.addIssue({ code: 'custom', path: ['stageKey'], message: 'Reflection has no journey stage' });
    if (!r.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Reflection has no owning team' });
  });

export const analogySchema = z.strictObject({ industry: shortText, lesson: longText });
export const actionSchema = z.strictObject({ text: longText, byDate: isoDate.optional() });
export const sharingSchema = z
  .strictObject({ consent: z.boolean(), story: longText.optional() })
  .superRefine((s, ctx) => {
    if (s.consent && !s.story) ctx.addIssue({ code: 'custom', path: ['story'], message: 'Sharing has no anonymized story' });
  });

/** A complete recall answer. */
export const recallAnswerSchema = z.strictObject({
  best: experienceSchema,
  worst: experienceSchema,
  reflection: reflectionSchema,
  analogy: analogySchema,
  action: actionSchema,
  sharing: sharingSchema,
});

/** A recall draft: the same shape with every part optional and texts possibly empty. */
export const recallDraftSchema = z.strictObject({
  best: z
    .strictObject({
      what: answerText.optional(),
      where: answerText.optional(),
      elements: z.array(z.strictObject({ key, note: answerText.optional() })).max(30).optional(),
      feltThen: feeling.optional(),
      feltNow: feeling.optional(),
      whyItStuck: answerText.optional(),
    })
    .optional(),
  worst: z
    .strictObject({
      what: answerText.optional(),
      where: answerText.optional(),
      elements: z.array(z.strictObject({ key, note: answerText.optional() })).max(30).optional(),
      feltThen: feeling.optional(),
      feltNow: feeling.optional(),
      whyItStuck: answerText.optional(),
    })
    .optional(),
  reflection: z
    .strictObject({
      createdSimilar: z.enum(CREATED_SIMILAR).optional(),
      stageKey: key.optional(),
      unitId: z.string().min(1).max(100).optional(),
      note: answerText.optional(),
    })
    .optional(),
  analogy: z.strictObject({ industry: answerText.optional(), lesson: answerText.optional() }).optional(),
  action: z.strictObject({ text: answerText.optional(), byDate: isoDate.optional() }).optional(),
  sharing: z.strictObject({ consent: z.boolean().optional(), story: answerText.optional() }).optional(),
});

export type ChosenElement = z.infer<typeof chosenElementSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type Analogy = z.infer<typeof analogySchema>;
export type CommittedAction = z.infer<typeof actionSchema>;
export type Sharing = z.infer<typeof sharingSchema>;
export type RecallAnswer = z.infer<typeof recallAnswerSchema>;
export type RecallDraft = z.infer<typeof recallDraftSchema>;
