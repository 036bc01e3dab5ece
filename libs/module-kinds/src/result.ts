import type { z } from 'zod';

/**
 * One problem found in module content or in an answer. `path` is the dotted path of the
 * offending field (`stages.2.tasks.0.prompt`); `message` names the step, node or part in words
 * a coach or learner understands (`Stage "pay": task 1 has no prompt`).
 */
export interface Issue {
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(errors: Issue[]): Result<T> {
  return { ok: false, errors };
}

export function issue(path: readonly (string | number)[], message: string): Issue {
  return { path: path.join('.'), message };
}

/**
 * Names the thing at `path` inside `raw` for a message, e.g. `Stage "pay": task 1`.
 * Each kind passes one: it knows which collections hold stages, tasks or nodes.
 */
export type Locator = (path: readonly PropertyKey[], raw: unknown) => string;

/** Turns `responseDeadline` into `response deadline`. */
export function words(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
}

export function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = raw;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Builds a locator from a table of collection names: for `stages.2.tasks.0.prompt` it asks
 * the `stages` entry to name element 2 and the `tasks` entry to name element 0, and joins them.
 * `sections` names object-valued fields (`persona` -> `Persona`). Other segments (plain
 * fields) are left for the message itself.
 */
export function collectionLocator(
  names: Record<string, (item: unknown, index: number | string) => string>,
  sections: Record<string, string> = {},
): Locator {
  return (path, raw) => {
    const parts: string[] = [];
    for (let i = 0; i < path.length - 1; i += 1) {
      const segment = path[i];
      if (typeof segment !== 'string') continue;
      const section = sections[segment];
      if (section !== undefined) {
        parts.push(section);
        continue;
      }
      const name = names[segment];
      const next = path[i + 1];
      if (!name || (typeof next !== 'number' && typeof next !== 'string')) continue;
      parts.push(name(valueAt(raw, path.slice(0, i + 2)), next));
      i += 1;
    }
    return parts.join(': ');
  };
}

/** Label of an item by a string property, falling back to its position. */
export function labelled(
  noun: string,
  property: string,
): (item: unknown, index: number | string) => string {
  return (item, index) => {
    const value =
      item !== null && typeof item === 'object'
        ? (item as Record<string, unknown>)[property]
        : undefined;
    if (typeof value === 'string' && value.trim() !== '') return `${noun} "${value}"`;
    return typeof index === 'number' ? `${noun} ${index + 1}` : `${noun} "${index}"`;
  };
}

export function numbered(noun: string): (item: unknown, index: number | string) => string {
  return (_item, index) => (typeof index === 'number' ? `${noun} ${index + 1}` : `${noun} "${index}"`);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Converts zod's issues into Footsteps issues whose messages say where the problem is. */
export function fromZod(
  error: z.ZodError,
  raw: unknown,
  locate: Locator,
  fieldNames: Record<string, string> = {},
  rootName = 'Content',
): Issue[] {
  return error.issues.map((zi) => {
    const path = zi.path;
    const where = locate(path, raw);
    const last = path[path.length - 1];
    const field = typeof last === 'string' ? (fieldNames[last] ?? words(last)) : undefined;
    const value = valueAt(raw, path);
    const missing =
      value === undefined ||
      value === null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0 && zi.code === 'too_small');
    let message: string;
    if (zi.code === 'custom') {
      // Our own refinements write complete messages that already name their place.
      message = zi.message;
    } else if (zi.code === 'unrecognized_keys') {
      const keys = zi.keys.map((k) => `"${k}"`).join(', ');
      message = `${where || rootName} has unknown field${zi.keys.length > 1 ? 's' : ''} ${keys}`;
    } else if (missing && field && (zi.code === 'invalid_type' || zi.code === 'too_small')) {
      message = `${where || rootName} has no ${field}`;
    } else {
      const subject = [where, field].filter(Boolean).join(': ') || rootName;
      message = `${subject}: ${lowerFirst(zi.message)}`;
    }
    return { path: path.map(String).join('.'), message: upperFirst(message) };
  });
}

/** Parses with a schema and returns a Result whose errors name the place of each problem. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  locate: Locator,
  fieldNames: Record<string, string> = {},
  rootName = 'Content',
): Result<z.infer<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  return fail(fromZod(parsed.error, raw, locate, fieldNames, rootName));
}
