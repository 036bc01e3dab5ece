import { z } from 'zod';
import { key, longText, shortText, uniqueBy } from '../schema-parts.js';

/** One element an experience can be broken into (speed, attitude, effort...). */
export const recallElementSchema = z.strictObject({
  key,
  label: shortText,
  /** A question or example that helps the learner recognise the element. */
  hint: longText,
});

/** A stage of our organization's customer journey the learner can point at in reflection. */
export const journeyStageOptionSchema = z.strictObject({
  key,
  label: shortText,
});

/**
 * Content of a recall module: the learner recalls a best and a worst experience as a customer,
 * breaks each into elements, reflects on where our organization creates the same, relates it
 * to another industry and commits to one action.
 */
export const recallContentSchema = z
  .strictObject({
    intro: longText,
    bestPrompt: longText,
    worstPrompt: longText,
    /** The element taxonomy the learner chooses from, content-defined. */
    elements: z.array(recallElementSchema).min(2).max(30),
    /** How many elements the learner must choose for each experience. */
    minElements: z.int().min(1).max(10),
    /** Prompt for "why did it stick with you?" (peak, end, defining moment). */
    whyItStuckPrompt: longText,
    /** The stages of our organization's customer journey, for the reflection. */
    journeyStages: z.array(journeyStageOptionSchema).min(1).max(20),
    /** Questions that guide the reflection on our own organization. */
    reflectionPrompts: z.array(longText).min(1).max(10),
    /** Industries the learner may relate the experiences to, as suggestions. */
    analogousIndustries: z.array(shortText).max(20),
    analogyPrompt: longText,
    /** The prompt for the one concrete action the learner commits to. */
    actionPrompt: longText,
    /** Invitation to share the story, anonymized, to the story library. */
    sharingPrompt: longText,
  })
  .superRefine((content, ctx) => {
    uniqueBy(content.elements, (e) => e.key, ctx, ['elements'], 'Element');
    uniqueBy(content.journeyStages, (s) => s.key, ctx, ['journeyStages'], 'Journey stage');
    if (content.minElements > content.elements.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['minElements'],
        message: `Content asks for ${content.minElements} elements but the taxonomy has only ${content.elements.length}`,
      });
    }
  });

export type RecallElement = z.infer<typeof recallElementSchema>;
export type JourneyStageOption = z.infer<typeof journeyStageOptionSchema>;
export type RecallContent = z.infer<typeof recallContentSchema>;
