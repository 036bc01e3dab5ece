import { z } from 'zod';
import { key, longText } from '../schema-parts.js';

/** One learner move: an option picked at a choice turn, or a reply written at a free-text turn. */
export const stepSchema = z.union([
  z.strictObject({ nodeId: key, optionId: key }),
  z.strictObject({ nodeId: key, text: longText }),
]);

/**
 * The learner's moves, in order. The learner never picks a branch: the server replays the
 * steps through the graph to find where each one leads.
 */
export const activeListeningAnswerSchema = z.strictObject({
  steps: z.array(stepSchema).max(100),
});

export type Step = z.infer<typeof stepSchema>;
export type ActiveListeningAnswer = z.infer<typeof activeListeningAnswerSchema>;
