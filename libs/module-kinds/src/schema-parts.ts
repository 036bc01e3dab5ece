import { z } from 'zod';

/** Short required text: a label, a name, a title. */
export const shortText = z.string().trim().min(1).max(200);
/** Required prose: a situation, a prompt, feedback. */
export const longText = z.string().trim().min(1).max(4000);
/** Prose a learner writes; may be empty in a draft. */
export const answerText = z.string().max(4000);

/** Identifier of a stage, task, option, node or element: letters, digits, `-` and `_`. */
export const key = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be 1-64 letters, digits, "-" or "_"');

/** Reports every key that appears twice in a list, at the path of its second appearance. */
export function uniqueBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  ctx: z.RefinementCtx,
  path: (string | number)[],
  noun: string,
  field = 'key',
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const k = keyOf(item);
    if (seen.has(k)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, field],
        message: `${noun} ${field} "${k}" is used more than once`,
      });
    }
    seen.add(k);
  });
}
