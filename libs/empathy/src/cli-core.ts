// The command line's per-line logic, kept apart from stdin/stdout so it can be tested directly.
import { analyzeReply } from './analyze.js';
import type { EmpathyAnalysis } from './types.js';

export type CliResult = (EmpathyAnalysis & { id?: string | number }) | { error: string; line: number; id?: string | number };

/**
 * Analyze one JSON Lines input line, `{"customer": "...", "reply": "..."}`, and return the result
 * object to print. Never throws: anything wrong with the line becomes `{ error, line }`. An `id`
 * field on the input, if present, is echoed so results can be joined back to their inputs.
 */
export function handleLine(text: string, lineNumber: number): CliResult {
  const line = lineNumber;
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { error: 'empty line', line };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (e) {
    return { error: `invalid JSON: ${(e as Error).message}`, line };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: 'expected a JSON object with "customer" and "reply" strings', line };
  }
  const row = value as Record<string, unknown>;
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? row.id : undefined;
  const withId = <T extends object>(o: T): T & { id?: string | number } => (id === undefined ? o : { id, ...o });
  if (typeof row.reply !== 'string') return withId({ error: '"reply" must be a string', line });
  if (row.customer !== undefined && typeof row.customer !== 'string') return withId({ error: '"customer" must be a string', line });
  try {
    return withId(analyzeReply({ customer: (row.customer as string | undefined) ?? '', reply: row.reply }));
  } catch (e) {
    return withId({ error: `analysis failed: ${(e as Error).message}`, line });
  }
}
